import { expect, test } from '@playwright/test';

test('the development mailbox reads GET /api/dev/mailbox and says when it is empty', async ({ page }) => {
  const api = await page.request.get('/api/dev/mailbox');
  expect(api.status()).toBe(200);
  const mail = (await api.json()) as unknown[];
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('heading', { level: 1, name: '開発用メールボックス' })).toBeVisible();
  // Journeys running beside this one send mail meanwhile: the page shows at least what the API held a moment ago.
  const status = page.getByRole('status');
  await expect(status).toHaveText(/^(メールはまだありません。|\d+通のメール（新しい順）)$/);
  expect(Number(/(\d+)通/.exec(await status.innerText())?.[1] ?? 0)).toBeGreaterThanOrEqual(mail.length);
  await page.getByRole('button', { name: '再読み込み' }).click();
  await expect(page.getByRole('status')).not.toHaveText('メールを読み込んでいます…');
});

test('the development mailbox lists each mail with subject, recipient, time and text', async ({ page }) => {
  await page.route('**/api/dev/mailbox', (route) => route.fulfill({
    json: [
      { id: 2, to: 'tanaka@example.jp', subject: '申請を受け付けました / Application received', text: '受付番号 / Reception number: 2026-0001\n\nZairyu Online', html: '<p>x</p>', sentAt: '2026-04-01T01:02:03.000Z' },
      { id: 1, to: 'a-very-long-address-without-any-break-points@example-organisation.example.jp', subject: 'メールアドレスの確認', text: 'https://example.jp/verify/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', html: null, sentAt: '2026-03-31T23:00:00.000Z' },
    ],
  }));
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('status')).toHaveText('2通のメール（新しい順）');
  const first = page.getByRole('article', { name: '申請を受け付けました / Application received' });
  await expect(first).toContainText('tanaka@example.jp');
  await expect(first).toContainText('2026/04/01 10:02:03');
  await expect(first).toContainText('受付番号 / Reception number: 2026-0001');
  await expect(first).toContainText('HTML版は安全のため表示していません');
  await expect(page.getByRole('article', { name: 'メールアドレスの確認' })).not.toContainText('HTML版');
  expect(await page.evaluate(() => document.scrollingElement?.scrollWidth)).toBeLessThanOrEqual(390);
  await page.screenshot({ path: 'test-results/screenshots/mailbox-list-ja-390.png', fullPage: true });
});

test('the development mailbox says so when it is switched off (404)', async ({ page }) => {
  await page.route('**/api/dev/mailbox', (route) => route.fulfill({ status: 404, json: { error: 'NOT_FOUND' } }));
  await page.goto('/dev/mailbox');
  await expect(page.getByRole('status')).toHaveText(/開発用メールボックスは無効です/);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('status')).toHaveText(/The development mailbox is switched off/);
});
