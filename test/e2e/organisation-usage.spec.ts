import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { corporateNumberCheckDigit } from '../../src/domain/organizations/corporate-number.js';
import { buildPdf, buildPng } from '../../src/server/adapters/uploads/test-support/fixtures.js';
import { base32Decode, totpCode } from '../../src/server/features/accounts/totp.js';
import { DEMO_ORGANIZATION } from '../../src/server/features/usage-applications/demo-organization.js';
import { waitForMail } from './support/card.js';
import { enrolAuthenticator, openMailedPasswordLink, setFirstPassword, startFirstSignIn } from './support/first-sign-in.js';
import { officerPage } from './support/officer.js';

// The demo reviewer signs in in two tests (and in the intermediaries' journey): see signInOfficer.
test.describe.configure({ mode: 'serial' });

async function expectNoAxeViolations(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
}

/** A fictional 法人番号 with a correct check digit, different on every run. */
function corporateNumber(stamp: number): string {
  const base = String(stamp).slice(-12).padStart(12, '0');
  return `${corporateNumberCheckDigit(base)}${base}`;
}

/** Signs the demo usage reviewer in (in its own context, so the organisation's page keeps no officer session). */
async function reviewerPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const page = await officerPage(browser, 'USAGE_REVIEWER', baseURL);
  await expect(page.getByRole('heading', { name: '所属機関等の利用申出（審査待ち）' })).toBeVisible();
  return page;
}

async function fillOrganisation(page: Page, input: { name: string; stamp: number; type: string; staffEmail: string; contactEmail: string }): Promise<void> {
  await page.getByRole('textbox', { name: /^機関の名称/ }).fill(input.name);
  await page.getByRole('textbox', { name: /^法人番号/ }).first().fill(corporateNumber(input.stamp));
  await page.getByRole('textbox', { name: /^所在地（市区町村・番地）/ }).fill('千代田区霞が関1-1-1');
  await page.getByRole('textbox', { name: /^カテゴリーの根拠/ }).fill('前年分の法定調書合計表を提出済み');
  await page.getByRole('combobox', { name: /^所在地（都道府県）/ }).selectOption('13');
  await page.getByRole('combobox', { name: /^カテゴリー/ }).selectOption('3');
  await page.getByRole('combobox', { name: /^機関の種別/ }).selectOption(input.type);
  await page.getByRole('textbox', { name: /^連絡先メールアドレス/ }).fill(input.contactEmail);
  await page.getByRole('textbox', { name: /^氏名/ }).fill('山田 花子');
  await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(input.staffEmail);
  await page.getByLabel('誓約事項に同意します').check();
}

test('R-ORG-1 R-ORG-2 R-AUTH-6 an organisation files a usage application, a Tokyo usage reviewer approves it, the staff member sets a password, gets the 認証ID, enrols TOTP and signs in', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const organisation = `株式会社ブラウザ試験${stamp}`;
  const staffEmail = `org-staff-${stamp}@example.test`;

  await page.goto('/sign-in');
  await page.getByRole('link', { name: '所属機関等の方: 利用申出はこちら' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '利用申出（所属機関等）' })).toBeVisible();
  await page.getByRole('button', { name: '利用申出をする' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await fillOrganisation(page, { name: organisation, stamp, type: 'ACCEPTING', staffEmail, contactEmail: `contact-${stamp}@example.test` });
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '利用申出をする' }).click();
  await expect(page.getByRole('status')).toContainText('利用申出を受け付けました');
  await waitForMail(page.request, `contact-${stamp}@example.test`, '利用申出の受付');

  const reviewer = await reviewerPage(browser, baseURL);
  const card = reviewer.getByRole('article', { name: organisation });
  await expect(card).toContainText('山田 花子');
  await expectNoAxeViolations(reviewer);
  // R-EXAM-3, R-EXAM-5: the reviewer claims it in the back office before deciding.
  await card.getByRole('button', { name: '担当する' }).click();
  await expect(card.getByRole('button', { name: '担当を外れる' })).toBeVisible();
  await card.getByRole('button', { name: '承認する' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: '利用申出を承認しました' })).toBeVisible();
  await expect(reviewer.getByRole('article', { name: organisation })).toHaveCount(0);
  await reviewer.context().close();

  await openMailedPasswordLink(page, staffEmail, '利用申出の承認', '/organisation/password');
  await expect(page.getByRole('heading', { level: 1, name: 'パスワードの設定（所属機関等の職員）' })).toBeVisible();
  await expectNoAxeViolations(page);
  const password = 'our staff file for the whole team 2026';
  const authId = await setFirstPassword(page, staffEmail, password);

  await startFirstSignIn(page, '/sign-in', authId, password);
  await expectNoAxeViolations(page);
  await enrolAuthenticator(page);
  await expect(page).toHaveURL(/\/account$/);
  await page.getByRole('link', { name: /所属機関等の利用者ページ/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '所属機関等の利用者ページ' })).toBeVisible();
  await expect(page.getByText(organisation).first()).toBeVisible();
});

test('R-ORG-1 R-ORG-2 a support organisation uploads the request letter and pledge; the reviewer asks for more; the organisation answers by the emailed link with a document', async ({ page, browser, baseURL }) => {
  test.setTimeout(90_000);
  const stamp = Date.now() + 1;
  const organisation = `登録支援機関ブラウザ試験${stamp}`;
  const contactEmail = `support-${stamp}@example.test`;
  const dir = await mkdtemp(join(tmpdir(), 'e2e-usage-'));
  await writeFile(join(dir, 'irai.pdf'), buildPdf());
  await writeFile(join(dir, 'seiyaku.png'), buildPng());

  await page.goto('/organisation/usage-application');
  await fillOrganisation(page, { name: organisation, stamp, type: 'SUPPORT', staffEmail: `support-staff-${stamp}@example.test`, contactEmail });
  await page.getByRole('textbox', { name: /^委託元の名称/ }).fill('委託元株式会社');
  await page.getByRole('textbox', { name: /^委託元の法人番号/ }).fill(corporateNumber(stamp + 7));
  await page.getByLabel(/^委託元の機関からの依頼書/).setInputFiles(join(dir, 'irai.pdf'));
  await page.getByLabel(/^委託元の機関の誓約書/).setInputFiles(join(dir, 'seiyaku.png'));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '利用申出をする' }).click();
  await expect(page.getByRole('status')).toContainText('利用申出を受け付けました');

  const reviewer = await reviewerPage(browser, baseURL);
  const card = reviewer.getByRole('article', { name: organisation });
  await expect(card.getByRole('link', { name: /依頼書/ })).toBeVisible();
  await expect(card.getByRole('link', { name: /誓約書/ })).toBeVisible();
  const download = await reviewer.request.get(String(await card.getByRole('link', { name: /依頼書/ }).getAttribute('href')));
  expect(download.headers()['content-type']).toBe('application/pdf');
  await card.getByRole('button', { name: '担当する' }).click();
  await expect(card.getByRole('button', { name: '担当を外れる' })).toBeVisible();
  await card.getByLabel('不承認の理由または求める情報').fill('登記事項証明書を添付してください。');
  await card.getByRole('button', { name: '追加の情報を求める' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: '追加の情報を求めるメールを送信しました' })).toBeVisible();

  const request = await waitForMail(page.request, contactEmail, '追加の情報のお願い');
  const link = /(https?:\/\/\S+\/organisation\/usage-application\/reply#token=[A-Za-z0-9_-]+)/.exec(request.text)?.[1] ?? '';
  expect(link).not.toBe('');
  await page.goto(new URL(link).pathname + new URL(link).hash);
  await expect(page.getByText('登記事項証明書を添付してください。')).toBeVisible();
  await page.getByRole('button', { name: '回答する' }).click();
  await expect(page.getByRole('alert').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('textbox', { name: /^回答/ }).fill('登記事項証明書を添付します。');
  await page.getByLabel(/^添付書類/).setInputFiles(join(dir, 'irai.pdf'));
  await page.getByRole('button', { name: '回答する' }).click();
  await expect(page.getByRole('status')).toContainText('回答を受け付けました');
  await waitForMail(page.request, contactEmail, '利用申出への回答の受付');

  await reviewer.reload();
  const answered = reviewer.getByRole('article', { name: organisation });
  await expect(answered).toContainText('登記事項証明書を添付します。');
  await expect(answered.getByRole('link', { name: /回答の添付書類/ })).toBeVisible();
  await expectNoAxeViolations(reviewer);
  await answered.getByRole('button', { name: '承認する' }).click();
  await expect(reviewer.getByRole('status').filter({ hasText: '利用申出を承認しました' })).toBeVisible();
  await reviewer.context().close();
});

test('R-ORG-2 R-ORG-3 the demo organisation\'s staff member sees the periodic report window and files an additional usage application', async ({ page }) => {
  const stamp = Date.now();
  await page.goto('/sign-in');
  await page.getByLabel('認証ID').fill(DEMO_ORGANIZATION.authId);
  await page.getByLabel('パスワード').fill(DEMO_ORGANIZATION.password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await page.getByLabel('確認コード（6桁）').fill(totpCode(base32Decode(DEMO_ORGANIZATION.totpSecret), new Date()));
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(page).toHaveURL(/\/account$/);
  await page.goto('/organisation');
  await expect(page.getByRole('heading', { level: 2, name: '定期報告' })).toBeVisible();
  await expect(page.getByText('定期報告はまだ提出できません。')).toBeVisible();
  await page.getByRole('button', { name: '追加の利用申出をする' }).click();
  await expect(page.getByRole('alert').first()).toContainText('誓約事項に同意してください。');
  await page.getByRole('button', { name: '職員を追加' }).click();
  await page.getByRole('textbox', { name: /^氏名/ }).fill('追加 太郎');
  await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(`added-${stamp}@example.test`);
  await page.getByRole('checkbox', { name: '誓約事項に同意します' }).check();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: '追加の利用申出をする' }).click();
  await expect(page.getByRole('status').filter({ hasText: '追加の利用申出を受け付けました' })).toBeVisible();
  await expect(page.getByText('提出した追加の利用申出')).toBeVisible();
});
