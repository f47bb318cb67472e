import { expect, test, type Page } from '@playwright/test';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import { DEMO_INDIVIDUAL } from '../../src/server/features/registration/demo-individual.js';
import { officerCasePath, WEB_PATHS } from '../../src/web/paths.js';
import { fileDemoExtensionByMail, nextStep } from './support/application-form.js';
import { expectAxeClean, formField } from './support/applications.js';
import { waitForMail } from './support/card.js';
import { acceptAtIntake, caseStatus, claimCase, officerPage } from './support/officer.js';

// R-EXAM-2: the intake clerk returns a submission for defects with the reasons; the filer corrects the same
// application and resubmits it; the clerk then accepts it. The server's clock is never moved (this spec runs beside
// the other journeys); the demo officers and the demo foreign national are shared, so everything is found by the id.

const FIRST_REASON = '仕事のため。';
const REASONS = ['申請の理由をより具体的に記入してください。', '勤務先の電話番号を確認してください。'];
const CORRECTED_REASON = '現在の勤務先で引き続きシステムエンジニアとしてクラウド基盤の開発に従事するため。';

const statusOf = (page: Page) => page.getByRole('region', { name: '現在の状況' });

test('R-EXAM-2 R-CASE-2 R-MAIL-1 returned for defects with the reasons, corrected and resubmitted by the filer (same application, its history kept), then accepted at intake', async ({ page, browser, baseURL }) => {
  test.setTimeout(300_000);
  const mail = (subject: string, containing: string) => waitForMail(page.request, DEMO_INDIVIDUAL.email, subject, containing);

  const id = await fileDemoExtensionByMail(page, FIRST_REASON);
  await expect(statusOf(page)).toContainText('申請完了');

  // Intake: the clerk finds the submission in the intake queue, claims it and returns it with two reasons.
  const intake = await officerPage(browser, 'INTAKE_CLERK', baseURL);
  await intake.goto(WEB_PATHS.officerIntake);
  await expect(intake.getByRole('heading', { level: 1, name: '受付待ちの申請' })).toBeVisible();
  await expect(intake.locator(`a[href="${officerCasePath(id)}"]`)).toBeVisible();
  await claimCase(intake, id);
  await intake.getByLabel('差戻しの理由（1行に1つ）').fill(REASONS.join('\n'));
  await intake.getByRole('button', { name: '差し戻す' }).click();
  await expect(intake.getByRole('status').filter({ hasText: '差し戻しました。' })).toBeVisible();
  await expect(caseStatus(intake)).toHaveText('差戻し');
  const returnMail = await mail('申請差戻しのお知らせ', `/applications/${id}`);
  for (const reason of REASONS) expect(returnMail.text).toContain(reason);

  // The filer's status page: the reasons and the way to correct.
  await page.reload();
  await expect(statusOf(page)).toContainText('差戻し');
  const notice = page.getByRole('region', { name: '差し戻された理由' });
  for (const reason of REASONS) await expect(notice).toContainText(reason);
  await expectAxeClean(page);
  await notice.getByRole('link', { name: '修正して再提出' }).click();

  // The form reopens on the returned content, the reasons above it; the correction is autosaved.
  await expect(page.getByRole('heading', { level: 1, name: '差し戻された申請の訂正' })).toBeVisible();
  await expect(page.getByRole('region', { name: '差し戻された理由' })).toContainText(REASONS[0] ?? '');
  await expect(formField(page, '在留期間の満了日')).toHaveValue(addDays(jstDateOf(new Date()), 60));
  await nextStep(page, /申請人の身分事項/);
  await nextStep(page, /現在の在留と更新の希望/);
  await expect(formField(page, '申請の理由')).toHaveValue(FIRST_REASON);
  await formField(page, '申請の理由').fill(CORRECTED_REASON);
  await nextStep(page, /申請人の学歴・職歴/);
  await formField(page, '勤務先の電話番号').fill('0398765432');
  await expect(page.getByText(/保存しました/).first()).toBeVisible();
  await expectAxeClean(page);
  await nextStep(page, /顔写真・添付書類/);
  await nextStep(page, /結果の受取方法/);
  await nextStep(page, /確認・申請/);
  await expect(page.getByRole('button', { name: '入管庁に申請を行う' })).toHaveCount(0);
  await page.getByRole('button', { name: '訂正した内容で再提出する' }).click();

  // Back to the status page: submitted again, same application, mailed.
  await expect(page.getByRole('heading', { level: 1, name: '申請の状況' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}$`));
  await expect(page.getByRole('status').filter({ hasText: '再提出しました。' })).toBeVisible();
  await expect(statusOf(page)).toContainText('申請完了');
  await expect(page.getByRole('region', { name: '差し戻された理由' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: '申請した内容' })).toContainText(CORRECTED_REASON);
  await mail('再提出を受け付けました', `/applications/${id}`);

  // Intake again: the clerk accepts the corrected application; the reception number is given now.
  const receptionNumber = await acceptAtIntake(intake, id);
  expect(receptionNumber).not.toBe('');
  await mail('申請受付番号のお知らせ', receptionNumber);
  await intake.context().close();

  // The timeline keeps the whole history.
  await page.reload();
  await expect(statusOf(page)).toContainText(receptionNumber);
  const steps = page.getByRole('region', { name: 'これまでの経過' }).getByRole('listitem');
  await expect(steps).toHaveCount(4);
  const labels = ['申請', '差戻し', '補正後の再申請', '受付（受付番号の付与）'];
  for (const [index, label] of labels.entries()) await expect(steps.nth(index).locator('p').first()).toHaveText(label);
  await expect(steps.nth(1)).toContainText(REASONS[0] ?? '');
  await expect(steps.nth(2)).toContainText('あなた');
  await expect(steps.nth(3)).toContainText(receptionNumber);
});
