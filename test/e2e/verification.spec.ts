import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoHorizontalScroll, newContextIn } from './support/app.js';

/**
 * R-PLUS-1, R-OPS-1, R-OPS-3: a third party abroad checks documents on the public page with a phone. Documents are
 * issued through the test-only route (TEST_CLOCK_CONTROL); the back office issues them for real.
 */
interface Issued {
  id: string;
  number: string;
  code: string;
  payload: string;
  verificationUrl: string;
}

const ABROAD = { 'X-Forwarded-For': '8.8.8.8' };
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, extraHTTPHeaders: ABROAD };

async function issue(request: APIRequestContext): Promise<Issued> {
  const res = await request.post('/api/test/verification/documents', {
    data: {
      kind: 'E_COE', validUntil: '2099-12-31',
      subject: { name: 'NGUYEN VAN AN', nationality: 'VNM', status: 'ENGINEER_HUMANITIES_INTL', procedure: 'COE', decision: null, dates: { DATE_OF_BIRTH: '1990-01-02' } },
    },
  });
  expect(res.status()).toBe(200);
  return (await res.json()) as Issued;
}

async function expectAxeClean(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

test('R-PLUS-1 R-OPS-1 from abroad on a 390 px phone: a genuine e-COE by number and code, then by opening its QR code', async ({ browser, request }, testInfo) => {
  const doc = await issue(request);
  const context = await newContextIn(browser, testInfo, 'ja', PHONE);
  const page = await context.newPage();
  const response = await page.goto('/verify');
  expect(response?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: '交付文書の確認' })).toBeVisible();
  await expectAxeClean(page);

  await page.getByRole('textbox', { name: '文書番号' }).fill(doc.number.toLowerCase());
  await page.getByRole('textbox', { name: '確認コード' }).fill(doc.code);
  await page.getByRole('region', { name: '文書番号と確認コードで確認する' }).getByRole('button', { name: '確認する' }).click();
  const result = page.getByRole('region', { name: '確認結果' });
  await expect(result.getByText('有効な文書です')).toBeVisible();
  await expect(result).toBeFocused();
  for (const text of [doc.number, 'NGUYEN VAN AN', 'ベトナム', '技術・人文知識・国際業務', '在留資格認定証明書（電子交付）', '1990年1月2日', '2099年12月31日']) {
    await expect(result.getByText(text, { exact: true })).toBeVisible();
  }
  await expectNoHorizontalScroll(page, 390);
  await expectAxeClean(page);
  await page.screenshot({ path: 'test-results/screenshots/verify-genuine-ja-390.png', fullPage: true });

  // A phone camera opens the URL in the QR code: the page checks the payload at once and drops it from the address.
  const scanned = await context.newPage();
  await scanned.goto(doc.verificationUrl.replace(/^https?:\/\/[^/]+/, ''));
  await expect(scanned.getByRole('region', { name: '確認結果' }).getByText('有効な文書です')).toBeVisible();
  await expect(scanned.getByRole('textbox', { name: 'QRコードの内容' })).toHaveValue(doc.payload);
  expect(new URL(scanned.url()).hash).toBe('');
  await expectAxeClean(scanned);
  await context.close();
});

test('R-PLUS-1 not valid, in English: a wrong code, an altered QR content, and a revoked document (axe clean, 390 px)', async ({ browser, request }, testInfo) => {
  const doc = await issue(request);
  const context = await newContextIn(browser, testInfo, 'en', PHONE);
  const page = await context.newPage();
  await page.goto('/verify');
  const byNumber = page.getByRole('region', { name: 'Check by document number and verification code' });
  const byPayload = page.getByRole('region', { name: 'Check by the content of the QR code' });
  const result = page.getByRole('region', { name: 'Result' });

  await byNumber.getByRole('button', { name: 'Check' }).click();
  await expect(page.getByText('Enter the document number.')).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Document number' })).toBeFocused();

  await page.getByRole('textbox', { name: 'Document number' }).fill(doc.number);
  await page.getByRole('textbox', { name: 'Verification code' }).fill('ZZZZ-ZZZZ');
  await byNumber.getByRole('button', { name: 'Check' }).click();
  await expect(result.getByText('This document is not valid')).toBeVisible();
  await expect(result.getByText('No document matches this document number and verification code.', { exact: false })).toBeVisible();
  await expect(result.getByText('NGUYEN VAN AN')).toHaveCount(0);

  await page.getByRole('textbox', { name: 'Content of the QR code' }).fill(doc.payload.replace('.20991231.', '.21001231.'));
  await byPayload.getByRole('button', { name: 'Check' }).click();
  await expect(result.getByText('The electronic signature in the QR code could not be confirmed', { exact: false })).toBeVisible();

  const revoked = await request.post(`/api/test/verification/documents/${doc.id}/status`, { data: { status: 'REVOKED' } });
  expect(revoked.status()).toBe(200);
  await page.getByRole('textbox', { name: 'Verification code' }).fill(doc.code);
  await byNumber.getByRole('button', { name: 'Check' }).click();
  await expect(result.getByText('This document was revoked and is not valid.')).toBeVisible();
  await expect(result.getByText(doc.number, { exact: true })).toBeVisible();
  await expect(result.getByText('NGUYEN VAN AN')).toHaveCount(0);
  await expectNoHorizontalScroll(page, 390);
  await expectAxeClean(page);
  await page.screenshot({ path: 'test-results/screenshots/verify-revoked-en-390.png', fullPage: true });
  await context.close();
});

test('R-OPS-1 from abroad the verification page is served while the rest of the site shows the region page', async ({ browser }, testInfo) => {
  const context = await newContextIn(browser, testInfo, 'ja', { extraHTTPHeaders: ABROAD });
  const page = await context.newPage();
  expect((await page.goto('/verify'))?.status()).toBe(200);
  expect((await page.goto('/applications'))?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: '日本国外からはご利用いただけません' })).toBeVisible();
  await context.close();
});
