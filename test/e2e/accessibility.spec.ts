import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { newContextIn, type Language } from './support/app.js';

const PAGES: { name: string; path: string; language: Language; heading: string }[] = [
  { name: 'home (ja)', path: '/', language: 'ja', heading: '在留手続を、オンラインで' },
  { name: 'home (en)', path: '/', language: 'en', heading: 'Residence procedures, online' },
  { name: 'not found (ja)', path: '/no/such/page', language: 'ja', heading: 'お探しのページが見つかりません' },
  { name: 'not found (en)', path: '/no/such/page', language: 'en', heading: 'We cannot find that page' },
  { name: 'development mailbox (ja)', path: '/dev/mailbox', language: 'ja', heading: '開発用メールボックス' },
  { name: 'pre-check (en)', path: '/precheck', language: 'en', heading: 'Check whether you can apply' },
];

for (const { name, path, language, heading } of PAGES) {
  test(`R-PLUS-8 axe finds no violations on ${name}`, async ({ browser }, testInfo) => {
    const context = await newContextIn(browser, testInfo, language);
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    if (path === '/dev/mailbox') await expect(page.getByRole('status')).not.toContainText('…');
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.passes.length).toBeGreaterThan(10);
    expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
    await context.close();
  });
}
