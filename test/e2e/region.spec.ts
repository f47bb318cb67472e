import { expect, test } from '@playwright/test';

/** The server trusts 127.0.0.1 as a proxy (TRUSTED_PROXIES), so X-Forwarded-For stands for the visitor's address. */
for (const address of ['8.8.8.8', '2001:4860:4860::8888']) {
  test(`R-OPS-1 a visitor from abroad (${address}) gets the bilingual page explaining why`, async ({ browser }, testInfo) => {
    const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { 'X-Forwarded-For': address } });
    const page = await context.newPage();
    const response = await page.goto('/');
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: '日本国外からはご利用いただけません' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Not available from outside Japan' })).toBeVisible();
    await expect(page.getByText('VPN', { exact: false }).first()).toBeVisible();
    await context.close();
  });
}

test('R-OPS-1 a visitor from a Japanese address (133.242.0.1) gets the home page', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, extraHTTPHeaders: { 'X-Forwarded-For': '133.242.0.1' } });
  const page = await context.newPage();
  const response = await page.goto('/');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: '在留手続を、オンラインで' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'オンラインで申請できる手続（7種類）' })).toBeVisible();
  await context.close();
});
