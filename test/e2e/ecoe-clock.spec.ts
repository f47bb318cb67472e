import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';
import type { OfficerRole } from '../../src/domain/auth/roles.js';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import { bilingualIsoDate } from '../../src/domain/verification/index.js';
import { ecoeValidUntil } from '../../src/server/features/issuance/requirements.js';
import { DEMO_ORGANIZATION } from '../../src/server/features/usage-applications/demo-organization.js';
import { readPdfVerificationData } from '../../src/server/features/verification/pdf-metadata.js';
import { officerIssuancePath } from '../../src/web/paths.js';
import { newContextIn } from './support/app.js';
import { fillDemoOrganisationEmployeePages, nextStep, uploadFacePhoto } from './support/application-form.js';
import {
  advanceServerClock, attachRequiredDocuments, choiceIn, expectAxeClean, formField, secondsPastNextJstMidnight, signInDemoOrgStaff,
} from './support/applications.js';
import { waitForMail } from './support/card.js';
import { acceptAtIntake, claimCase, grantCase, proposeGrant, signInOfficer } from './support/officer.js';

// This journey moves the server's clock three months on, so it runs after every other journey, alone
// (playwright.config.ts: the "ecoe-clock" project).
test.describe.configure({ mode: 'serial' });

const ORG_STAFF_EMAIL = DEMO_ORGANIZATION.form.staff[0]?.email ?? '';

/**
 * The server's clock offset from this machine's (the journeys before this one moved it), after moving it past the
 * next 00:00 JST when that is near: the daily acceptance must not take the case from the intake officer.
 */
async function serverOffsetMs(request: APIRequestContext): Promise<number> {
  let now = await advanceServerClock(request, 0);
  if (secondsPastNextJstMidnight(now) < 40 * 60) now = await advanceServerClock(request, secondsPastNextJstMidnight(now));
  return now.getTime() - Date.now();
}

async function fillCoeApplicant(page: Page, today: string, notificationEmail: string): Promise<void> {
  await choiceIn(page, '申請する手続', '在留資格認定証明書交付申請').check();
  await formField(page, '希望する在留資格').selectOption('ENGINEER_HUMANITIES_INTL');
  await formField(page, '申請人の生年月日').fill('1996-07-14');
  await formField(page, '申請人と機関との関係').selectOption('ACCEPTED');
  await expect(page.getByRole('region', { name: 'オンラインで申請できるか' })).toContainText('この内容でオンライン申請ができます');

  await nextStep(page, /申請人の身分事項/);
  await formField(page, '国籍・地域').selectOption('VNM');
  await formField(page, '氏名（ローマ字）').fill('TRAN THI LAN');
  await choiceIn(page, '性別', '女').check();
  await formField(page, '出生地').fill('ベトナム ダナン');
  await choiceIn(page, '配偶者の有無', '無').check();
  await formField(page, '職業').fill('エンジニア');
  await formField(page, '本国における居住地').fill('DA NANG');
  await formField(page, '日本における住居地の郵便番号').fill('1000005');
  await formField(page, '日本における住居地の都道府県').selectOption('13');
  await formField(page, '日本における住居地の市区町村').fill('千代田区');
  await formField(page, '日本における住居地の町名・番地・建物名').fill('丸の内1-1-1');
  await formField(page, '電話番号').fill('03-1234-5678');
  await formField(page, '申請人の通知先メールアドレス').fill(notificationEmail);
  await formField(page, '旅券（パスポート）番号').fill('C7654321');
  await formField(page, '旅券（パスポート）の有効期限').fill(addDays(today, 5 * 365));

  await nextStep(page, /入国の予定と経歴/);
  await formField(page, '入国予定年月日').fill(addDays(today, 60));
  await formField(page, '上陸予定港').fill('成田空港');
  await formField(page, '滞在予定期間').fill('3年');
  await choiceIn(page, '同伴者の有無', 'いいえ').check();
  await formField(page, '査証申請予定地').fill('ハノイ');
  await choiceIn(page, '過去の出入国歴の有無', 'いいえ').check();
  await choiceIn(page, '過去の在留資格認定証明書交付申請の有無', 'いいえ').check();
  await choiceIn(page, '犯罪を理由とする処分を受けたことの有無', 'いいえ').check();
  await choiceIn(page, '退去強制又は出国命令による出国の有無', 'いいえ').check();
  await choiceIn(page, '在日親族', 'いいえ').check();
}

/** The demo organisation's staff file a COE for a new engineer, to be received by email (R-RES-2); returns the case id. */
async function fileCoeByEmail(page: Page, offsetMs: number, notificationEmail: string): Promise<string> {
  const today = jstDateOf(new Date(Date.now() + offsetMs));
  await signInDemoOrgStaff(page, offsetMs);
  await page.goto('/applications');
  await page.getByRole('button', { name: '新しい申請を作成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請情報の入力' })).toBeVisible();
  await fillCoeApplicant(page, today, notificationEmail);
  await fillDemoOrganisationEmployeePages(page, {
    school: 'UNIVERSITY OF DA NANG', graduated: '2018-06', employmentStart: addDays(today, 90), monthlySalary: '300000',
    yearsOfExperience: '5', duties: '社内業務システムの設計及び開発に従事する。',
  });

  await nextStep(page, /顔写真・添付書類/);
  await uploadFacePhoto(page);
  await attachRequiredDocuments(page);

  await nextStep(page, /結果の受取方法/);
  await page.getByRole('radio', { name: /在留資格認定証明書を電子メールで受け取る/ }).check();
  await expect(page.getByRole('status').filter({ hasText: '受取方法を保存しました。' })).toBeVisible();

  await nextStep(page, /確認・申請/);
  await expect(page.getByRole('region', { name: /申請の前に対応が必要な点/ })).toHaveCount(0);
  await page.getByRole('button', { name: '入管庁に申請を行う' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請の状況' })).toBeVisible();
  await expect(page.getByRole('region', { name: '現在の状況' })).toContainText('申請完了');
  await waitForMail(page.request, notificationEmail, '申請受付完了のお知らせ');
  const id = /\/applications\/([0-9a-f-]{36})/.exec(page.url())?.[1];
  expect(id).toBeDefined();
  return id ?? '';
}

async function officerIn(browser: Browser, testInfo: TestInfo, role: OfficerRole, offsetMs: number): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' });
  const page = await context.newPage();
  // The journeys before this one moved the server's clock: the TOTP code is of the server's time.
  await signInOfficer(page, role, undefined, offsetMs);
  return page;
}

/** R-RES-2: the issuance clerk (Odaiba) claims the granted case and issues the e-COE on the issuance page. */
async function issueEcoe(page: Page, caseId: string): Promise<{ number: string; validUntil: string }> {
  await claimCase(page, caseId);
  await page.goto(officerIssuancePath(caseId));
  const section = page.getByRole('region', { name: '電子在留資格認定証明書' });
  await section.getByRole('button', { name: '電子交付する（メール送信）' }).click();
  const issued = section.getByText(/^交付済み: /);
  await expect(issued).toBeVisible();
  const [, number = '', validUntil = ''] = /交付済み: (\S+)（有効期限 (\d{4}-\d\d-\d\d)）/.exec(await issued.innerText()) ?? [];
  await expect(section).toContainText('受領登録: まだありません');
  return { number, validUntil };
}

/** A person abroad (R-OPS-1: the e-COE link and the verification page are open to them), not signed in. */
const ABROAD = { extraHTTPHeaders: { 'X-Forwarded-For': '8.8.8.8' } };

async function expectGenuine(page: Page, number: string): Promise<void> {
  const result = page.getByRole('region', { name: '確認結果' });
  await expect(result.getByText('有効な文書です', { exact: true })).toBeVisible();
  await expect(result).toBeFocused();
  for (const text of [number, 'TRAN THI LAN', 'ベトナム', '技術・人文知識・国際業務', '在留資格認定証明書（電子交付）']) {
    await expect(result.getByText(text, { exact: true })).toBeVisible();
  }
  // The minimum data (R-PLUS-1): nothing of the application beyond the certificate's own facts.
  for (const hidden of ['1996', 'C7654321', '丸の内', 'さくら技研']) await expect(result).not.toContainText(hidden);
}

async function checkByNumber(page: Page, number: string, code: string): Promise<void> {
  await page.goto('/verify');
  await expect(page.getByRole('heading', { level: 1, name: '交付文書の確認' })).toBeVisible();
  await page.getByRole('textbox', { name: '文書番号' }).fill(number);
  await page.getByRole('textbox', { name: '確認コード' }).fill(code);
  await page.getByRole('region', { name: '文書番号と確認コードで確認する' }).getByRole('button', { name: '確認する' }).click();
}

/** A phone camera opens the verification URL of the QR code (here, the one in the mail): checked at once. */
async function openVerificationLink(context: BrowserContext, link: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(link);
  await expect(page.getByRole('textbox', { name: 'QRコードの内容' })).toHaveValue(link.slice(link.indexOf('#') + 1));
  return page;
}

async function checkByPayload(page: Page, payload: string): Promise<void> {
  await page.goto('/verify');
  await page.getByRole('textbox', { name: 'QRコードの内容' }).fill(payload);
  await page.getByRole('region', { name: 'QRコードの内容で確認する' }).getByRole('button', { name: '確認する' }).click();
}

/** Seconds from the server's now to this hour (JST) of this date. */
function secondsUntilJst(serverNow: Date, date: string, hour: number): number {
  const target = Date.parse(`${date}T${String(hour).padStart(2, '0')}:00:00+09:00`);
  return Math.ceil((target - serverNow.getTime()) / 1000);
}

test('R-RES-2 R-RES-4 R-PLUS-1 R-OPS-1 an e-COE filed by organisation staff is accepted, granted and issued, mailed ja/en, received (受領登録) through the link, verified by a third party by number and code and by its QR content, and not valid after 3 months', async ({ page, request, browser }, testInfo) => {
  // Slow on a loaded machine: four officers, a full COE form and three months of clock.
  test.setTimeout(900_000);
  const contexts: BrowserContext[] = [];
  const offsetMs = await serverOffsetMs(request);
  const notificationEmail = `coe-${Date.now()}@example.test`;
  const caseId = await fileCoeByEmail(page, offsetMs, notificationEmail);

  // The bureau: intake (reception number), the examiner's proposal, the decision maker's grant, the e-COE. Each
  // officer's context is closed once done (the machine running the journeys is small).
  const intake = await officerIn(browser, testInfo, 'INTAKE_CLERK', offsetMs);
  const receptionNumber = await acceptAtIntake(intake, caseId);
  expect(receptionNumber).toMatch(/^東オン/);
  await intake.context().close();
  const examiner = await officerIn(browser, testInfo, 'EXAMINER', offsetMs);
  await proposeGrant(examiner, caseId, { status: '技術・人文知識・国際業務' });
  await examiner.context().close();
  const decider = await officerIn(browser, testInfo, 'DECISION_MAKER', offsetMs);
  await grantCase(decider, caseId, { status: '技術・人文知識・国際業務' });
  await decider.context().close();
  await waitForMail(request, notificationEmail, '在留資格認定証明書の電子交付');
  const clerk = await officerIn(browser, testInfo, 'ISSUANCE_CLERK', offsetMs);
  const { number, validUntil } = await issueEcoe(clerk, caseId);
  await clerk.context().close();
  expect(number).not.toBe('');
  const serverToday = jstDateOf(new Date(Date.now() + offsetMs));
  expect(validUntil).toBe(ecoeValidUntil(serverToday)); // three months from issue

  // The mail (R-RES-2): Japanese and English, the certificate's details, the link to the e-COE, to both addresses.
  const mail = await waitForMail(request, notificationEmail, '在留資格認定証明書（電子交付）のお知らせ');
  expect(mail.subject).toContain('Certificate of Eligibility');
  for (const text of [`証明書番号: ${number}`, `Certificate number: ${number}`, 'TRAN THI LAN', '技術・人文知識・国際業務', 'Engineer/Specialist', `有効期限: ${validUntil}`, `Valid until: ${validUntil}`, receptionNumber]) {
    expect(mail.text).toContain(text);
  }
  const ecoeLinkPattern = new RegExp(`https?://\\S+(/ecoe/${caseId}#token=[A-Za-z0-9_-]+)`);
  expect(mail.text).toMatch(/確認コード: [0-9A-Z]{4}-[0-9A-Z]{4}\n/);
  expect(mail.text).toMatch(ecoeLinkPattern);
  expect(mail.text).toMatch(/真正性の確認: https?:\/\/\S+\/verify#\S+/);
  const code = /確認コード: (\S+)/.exec(mail.text)?.[1] ?? '';
  const ecoeLink = ecoeLinkPattern.exec(mail.text)?.[1] ?? '';
  const verifyLink = /https?:\/\/\S+(\/verify#\S+)/.exec(mail.text)?.[1] ?? '';
  const ownerMail = await waitForMail(request, ORG_STAFF_EMAIL, '在留資格認定証明書（電子交付）のお知らせ');
  expect(ownerMail.text).toContain(`証明書番号: ${number}`);

  // The recipient abroad opens the forwarded link (no account), downloads the signed PDF and registers receipt.
  const recipientContext = await newContextIn(browser, testInfo, 'ja', ABROAD);
  contexts.push(recipientContext);
  const recipient = await recipientContext.newPage();
  await recipient.goto(ecoeLink);
  await expect(recipient.getByRole('heading', { level: 1, name: '在留資格認定証明書（電子交付）' })).toBeVisible();
  await expect(recipient.getByText(number, { exact: true })).toBeVisible();
  await expect(recipient.getByText('TRAN THI LAN', { exact: true })).toBeVisible();
  for (const text of ['ベトナム', '技術・人文知識・国際業務', bilingualIsoDate(validUntil).ja, code]) await expect(recipient.getByText(text, { exact: true })).toBeVisible();
  await expectAxeClean(recipient);
  const [download] = await Promise.all([recipient.waitForEvent('download'), recipient.getByRole('button', { name: 'PDFをダウンロード' }).click()]);
  const pdf = await readFile(await download.path());
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const qrContent = readPdfVerificationData(pdf)?.payload ?? '';
  expect(qrContent).not.toBe('');
  await recipient.getByRole('button', { name: '受領登録をする' }).click();
  await expect(recipient.getByRole('status').filter({ hasText: '受領登録が完了しました。' })).toBeVisible();
  await expect(recipient.getByText(/^受領登録済み/)).toBeVisible();
  await expect(recipient.getByRole('button', { name: '受領登録をする' })).toHaveCount(0);
  await expectAxeClean(recipient);
  await waitForMail(request, notificationEmail, '受領登録が完了しました');
  // Once only: the link opened again shows the registration and offers no second one.
  await recipient.reload();
  await expect(recipient.getByText(/^受領登録済み/)).toBeVisible();
  await expect(recipient.getByRole('button', { name: '受領登録をする' })).toHaveCount(0);

  // A third party (an embassy abroad, no account) checks it: by number and code, by the link, by the QR content.
  const thirdPartyContext = await newContextIn(browser, testInfo, 'ja', ABROAD);
  contexts.push(thirdPartyContext);
  const verifier = await thirdPartyContext.newPage();
  await checkByNumber(verifier, number, code);
  await expectGenuine(verifier, number);
  await expectAxeClean(verifier);
  const scanned = await openVerificationLink(thirdPartyContext, verifyLink);
  await expectGenuine(scanned, number);
  await expectAxeClean(scanned);
  await scanned.close();
  await checkByPayload(verifier, qrContent);
  await expectGenuine(verifier, number);

  // R-RES-2: valid on its last day (noon JST), not valid once it has passed.
  let serverNow = await advanceServerClock(request, 0);
  serverNow = await advanceServerClock(request, secondsUntilJst(serverNow, validUntil, 12));
  await checkByNumber(verifier, number, code);
  await expectGenuine(verifier, number);
  await advanceServerClock(request, secondsUntilJst(serverNow, addDays(validUntil, 1), 0) + 60);
  const expiredLead = `この文書は真正ですが、有効期限（${bilingualIsoDate(validUntil).ja}）を過ぎているため、現在は有効ではありません。`;
  const checks = [
    async () => { await checkByNumber(verifier, number, code); return verifier; },
    () => openVerificationLink(thirdPartyContext, verifyLink),
    async () => { await checkByPayload(verifier, qrContent); return verifier; },
  ];
  for (const check of checks) {
    const checked = await check();
    const result = checked.getByRole('region', { name: '確認結果' });
    await expect(result.getByText('有効な文書ではありません', { exact: true })).toBeVisible();
    await expect(result.getByText(expiredLead)).toBeVisible();
    await expect(result.getByText(number, { exact: true })).toBeVisible();
    await expect(result.getByText('TRAN THI LAN')).toHaveCount(0);
    await expectAxeClean(checked);
  }
  for (const c of contexts) await c.close();
});
