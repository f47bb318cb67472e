import { expect, test, type Page } from '@playwright/test';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import { DEMO_ORGANIZATION } from '../../src/server/features/usage-applications/demo-organization.js';
import { fillCurrentStayAndWish, fillDemoOrganisationEmployeePages, nextStep, uploadFacePhoto } from './support/application-form.js';
import {
  advanceServerClock, attachRequiredDocuments, choiceIn, expectAxeClean, fillCardSignIn, fillPasswordSignIn, formField,
  secondsPastNextJstMidnight, signInDemoForeignNational, signInDemoOrgStaff,
} from './support/applications.js';
import { waitForMail } from './support/card.js';

// These journeys move the server's clock, so they run after every other journey and one after the other
// (playwright.config.ts: the "clock" project).
test.describe.configure({ mode: 'serial' });

const ORG_STAFF_EMAIL = DEMO_ORGANIZATION.form.staff[0]?.email ?? '';

async function fillStepOne(page: Page, expiry: string): Promise<void> {
  await choiceIn(page, '申請する手続', '在留期間更新許可申請').check();
  await choiceIn(page, '申請する手続', '再入国許可申請').check();
  await formField(page, '現在の在留資格').selectOption('ENGINEER_HUMANITIES_INTL');
  await formField(page, '在留期間の満了日').fill(expiry);
  await formField(page, '申請人の生年月日').fill('1990-04-01');
  await formField(page, '申請人と機関との関係').selectOption('ACCEPTED');
}

async function fillApplicantPart(page: Page, notificationEmail: string): Promise<void> {
  await nextStep(page, /申請人の身分事項/);
  await formField(page, '国籍・地域').selectOption('VNM');
  const name = formField(page, '氏名（ローマ字）');
  await name.fill('nguyen  van binh');
  await name.blur();
  await expect(name).toHaveValue('NGUYEN VAN BINH'); // R-FORM-4: normalised, not refused
  await choiceIn(page, '性別', '男').check();
  await choiceIn(page, '配偶者の有無', '無').check();
  await formField(page, '職業').fill('会社員');
  await formField(page, '本国における居住地').fill('HANOI');
  const postal = formField(page, '日本における住居地の郵便番号');
  await postal.fill('１６０－００２３');
  await postal.blur();
  await expect(postal).toHaveValue('1600023');
  await formField(page, '日本における住居地の都道府県').selectOption('13');
  await formField(page, '日本における住居地の市区町村').fill('新宿区');
  const street = formField(page, '日本における住居地の町名・番地・建物名');
  await street.fill('西新宿2-8-1');
  await street.blur();
  await expect(street).toHaveValue('西新宿２－８－１');
  await formField(page, '携帯電話番号').fill('090-1234-5678');
  await formField(page, '申請人の通知先メールアドレス').fill(notificationEmail);
  await formField(page, '旅券（パスポート）番号').fill('c1234567');
  await formField(page, '旅券（パスポート）の有効期限').fill('2030-12-31');
  await expectAxeClean(page);

  await nextStep(page, /現在の在留と更新の希望/);
  await fillCurrentStayAndWish(page, {
    period: '3年', cardNumber: 'AB12345678CD', wishedPeriod: '3年', reason: '引き続き同じ会社でシステムエンジニアとして働くため。', relativesInJapan: false,
  });
}

async function fillStatusParts(page: Page): Promise<void> {
  await fillDemoOrganisationEmployeePages(page, {
    school: 'HANOI UNIVERSITY OF SCIENCE AND TECHNOLOGY', graduated: '2012-06', employmentStart: '2021-04-01', monthlySalary: '350000',
    yearsOfExperience: '9', duties: '社内業務システムの設計、開発及び保守に従事する。',
  });

  await nextStep(page, /再入国許可申請/);
  await choiceIn(page, '渡航目的', '観光').check();
  await formField(page, '予定渡航先国名').selectOption('VNM');
  const today = jstDateOf(new Date());
  await formField(page, '出国予定年月日').fill(addDays(today, 90));
  await formField(page, '出国予定港').fill('成田空港');
  await formField(page, '再入国予定年月日').fill(addDays(today, 110));
  await formField(page, '再入国予定港').fill('成田空港');
  await choiceIn(page, '希望する再入国許可', '1回限り有効').check();
  await expectAxeClean(page);
}

test('R-FORM-1 R-FORM-3 R-FORM-4 R-ATT-1 R-ATT-3 R-ATT-4 R-SUB-1 R-SUB-2 R-CASE-1 R-CASE-2 (a) organisation staff file an extension with re-entry for an employee under 区分N; the reception number arrives the next day', async ({ page, request }) => {
  test.setTimeout(240_000);
  const notificationEmail = `employee-${Date.now()}@example.test`;
  await signInDemoOrgStaff(page);
  await page.goto('/applications');
  await expect(page.getByRole('heading', { level: 1, name: '申請情報一覧' })).toBeVisible();
  await expectAxeClean(page);
  await page.getByRole('button', { name: '新しい申請を作成' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請情報の入力' })).toBeVisible();

  await fillStepOne(page, addDays(jstDateOf(new Date()), 60));
  await expect(page.getByRole('region', { name: 'オンラインで申請できるか' })).toContainText('この内容でオンライン申請ができます');
  await expect(page.getByRole('status').filter({ hasText: /保存しました \d\d:\d\d/ })).toBeVisible();
  await expectAxeClean(page);
  await fillApplicantPart(page, notificationEmail);
  await fillStatusParts(page);

  await nextStep(page, /顔写真・添付書類/);
  await uploadFacePhoto(page);
  await expect(page.getByRole('img', { name: '登録済みの顔写真' })).toBeVisible();
  expect(await attachRequiredDocuments(page)).toBeGreaterThan(0);
  await expect(page.getByRole('status').filter({ hasText: '必須の書類はすべて添付されています。' })).toBeVisible();
  await expectAxeClean(page);

  await nextStep(page, /結果の受取方法/);
  const methods = page.getByRole('group', { name: /受取方法/ }).getByRole('radio');
  await methods.first().check();
  await expect(page.getByRole('status').filter({ hasText: '受取方法を保存しました。' })).toBeVisible();

  await nextStep(page, /確認・申請/);
  await expect(page.getByRole('region', { name: /申請の前に対応が必要な点/ })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '入力内容の確認' })).toContainText('NGUYEN VAN BINH');
  await expectAxeClean(page);
  await page.getByRole('button', { name: '入管庁に申請を行う' }).click();

  await expect(page.getByRole('heading', { level: 1, name: '申請の状況' })).toBeVisible();
  const status = page.getByRole('region', { name: '現在の状況' });
  await expect(status).toContainText('申請完了');
  await expect(status).toContainText('受付後（遅くとも申請の翌日）にメールでお知らせします。');
  await waitForMail(page.request, ORG_STAFF_EMAIL, '申請受付完了のお知らせ');
  await waitForMail(page.request, notificationEmail, '申請受付完了のお知らせ');
  await expectAxeClean(page);

  // R-SUB-2: the daily acceptance at 00:00 JST assigns the reception number and mails it.
  const serverNow = await advanceServerClock(request, 0);
  // Past 00:00 JST, and at least past the 30-minute idle timeout even when the run starts just before midnight.
  const nextDay = await advanceServerClock(request, Math.max(secondsPastNextJstMidnight(serverNow), 31 * 60));
  const numberMail = await waitForMail(page.request, ORG_STAFF_EMAIL, '申請受付番号のお知らせ');
  const receptionNumber = /(東オン[ＥＮ]{2}[０-９]{8})/.exec(numberMail.text)?.[1] ?? '';
  expect(receptionNumber).not.toBe('');
  await waitForMail(page.request, notificationEmail, '申請受付番号のお知らせ');
  // A day later the session has long timed out: sign in again on the page, which then shows the case.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'ログインし直してください' })).toBeFocused();
  await fillPasswordSignIn(page, nextDay.getTime() - Date.now());
  await expect(page.getByRole('region', { name: '現在の状況' })).toContainText(receptionNumber);
  await expect(page.getByRole('region', { name: '現在の状況' })).toContainText('審査中');
  await expect(page.getByRole('region', { name: 'これまでの経過' })).toContainText('受付（受付番号の付与）');
  await expectAxeClean(page);
});

test('R-FORM-3 R-AUTH-8 (d) a session timeout in the middle of a form loses nothing: re-sign-in on the page returns to the field and saves it', async ({ page, request }) => {
  test.setTimeout(120_000);
  await signInDemoForeignNational(page);
  await page.goto('/applications');
  await page.getByRole('button', { name: '新しい申請を作成' }).click();
  await choiceIn(page, '申請する手続', '在留期間更新許可申請').check();
  await expect(page.getByRole('status').filter({ hasText: /保存しました \d\d:\d\d/ })).toBeVisible();

  await advanceServerClock(request, 31 * 60); // past the 30-minute idle timeout of applicants (R-AUTH-8)
  const dateOfBirth = formField(page, '申請人の生年月日');
  await dateOfBirth.fill('1992-08-15');
  await expect(page.getByRole('status').filter({ hasText: 'ログインの有効期限が切れたため' })).toBeVisible();
  const prompt = page.getByRole('region', { name: 'ログインし直してください' });
  await expect(prompt.getByRole('heading', { name: 'ログインし直してください' })).toBeFocused();
  await expectAxeClean(page);

  await expect(prompt.getByRole('button', { name: 'マイナンバーカードでログイン' })).toHaveAttribute('aria-pressed', 'true');
  await fillCardSignIn(page, prompt);
  await expect(page.getByRole('status').filter({ hasText: /保存しました \d\d:\d\d/ })).toBeVisible();
  await expect(prompt).toHaveCount(0);
  await expect(dateOfBirth).toHaveValue('1992-08-15');
  await expect(dateOfBirth).toBeFocused();

  await page.reload();
  await expect(formField(page, '申請人の生年月日')).toHaveValue('1992-08-15');
});
