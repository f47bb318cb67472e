import { expect, test } from '@playwright/test';
import { collectConsoleErrors, expectNoHorizontalScroll, newContextIn, type Language } from './support/app.js';

const SCREENSHOTS = 'test-results/screenshots';

const CASES: { language: Language; width: number; path: string; file: string; heading: string }[] = [
  { language: 'ja', width: 390, path: '/', file: 'home-ja-390.png', heading: '在留手続を、オンラインで' },
  { language: 'en', width: 390, path: '/', file: 'home-en-390.png', heading: 'Residence procedures, online' },
  { language: 'ja', width: 390, path: '/no/such/page', file: 'not-found-ja-390.png', heading: 'お探しのページが見つかりません' },
  { language: 'ja', width: 390, path: '/dev/mailbox', file: 'mailbox-ja-390.png', heading: '開発用メールボックス' },
  { language: 'ja', width: 1280, path: '/', file: 'home-ja-1280.png', heading: '在留手続を、オンラインで' },
  { language: 'en', width: 1280, path: '/', file: 'home-en-1280.png', heading: 'Residence procedures, online' },
];

for (const { language, width, path, file, heading } of CASES) {
  test(`R-OPS-3 ${path} in ${language} at ${width} px fits without horizontal scrolling (${file})`, async ({ browser }, testInfo) => {
    const context = await newContextIn(browser, testInfo, language, { viewport: { width, height: 844 }, isMobile: width < 500, hasTouch: width < 500 });
    const page = await context.newPage();
    const errors = collectConsoleErrors(page);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expectNoHorizontalScroll(page, width);
    await page.screenshot({ path: `${SCREENSHOTS}/${file}`, fullPage: true });
    // The 404 status of an unknown page shows up as a console error; nothing else may.
    expect(errors.filter((e) => !(path.startsWith('/no/') && e.includes('404')))).toEqual([]);
    await context.close();
  });
}
