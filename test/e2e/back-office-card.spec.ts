import { expect, test, type Page } from '@playwright/test';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import { DEMO_INDIVIDUAL } from '../../src/server/features/registration/demo-individual.js';
import { fileDemoExtensionByMail } from './support/application-form.js';
import { expectAxeClean, samplePdf } from './support/applications.js';
import { waitForMail } from './support/card.js';
import {
  acceptAtIntake, caseStatus, claimCase, dispatchWithTracking, grantCase, officerPage, openCase, openIssuance, proposeGrant, recordCardNumber, recordFee,
  recordMailedItem, requestDocuments,
} from './support/officer.js';

// Issue 6, first journey: both sides of a residence card sent by mail. The server's clock is never moved here
// (this spec runs beside the other journeys); the demo officers are shared, see signInOfficer.

const GRANT = { status: '技術・人文知識・国際業務' };
const REQUESTED = ['在職証明書（最新のもの）', '住民税の課税証明書（直近1年分）'];

function statusOf(page: Page) {
  return page.getByRole('region', { name: '現在の状況' });
}

test('R-EXAM-2 R-EXAM-3 R-EXAM-4 R-CASE-2 R-CASE-3 R-RES-1 R-MAIL-1 a card by mail: accepted, claimed, documents requested and uploaded, granted, the mailed items and fee recorded and the new card dispatched; every mail and every step on the timeline', async ({ page, browser, baseURL }) => {
  // Five officer sign-ins, each of which may wait for the next TOTP step when a parallel journey used the code.
  test.setTimeout(480_000);
  const mail = (subject: string, containing: string) => waitForMail(page.request, DEMO_INDIVIDUAL.email, subject, containing);

  const id = await fileDemoExtensionByMail(page, '引き続き同じ会社でシステムエンジニアとして働くため。');
  await expect(statusOf(page)).toContainText('申請完了');
  await mail('申請受付完了のお知らせ', id);

  // Intake (Tokyo): the reception number is assigned and mailed.
  const intake = await officerPage(browser, 'INTAKE_CLERK', baseURL);
  const receptionNumber = await acceptAtIntake(intake, id);
  expect(receptionNumber).not.toBe('');
  await mail('申請受付番号のお知らせ', receptionNumber);
  await intake.context().close();

  // Examination: the examiner claims the case and asks for two documents by a deadline → 追完待ち.
  const examiner = await officerPage(browser, 'EXAMINER', baseURL);
  await examiner.goto('/officer/cases');
  await expect(examiner.getByRole('heading', { level: 1, name: '案件一覧' })).toBeVisible();
  await claimCase(examiner, id);
  await expect(caseStatus(examiner)).toHaveText('審査中');
  await expectAxeClean(examiner);
  const deadline = addDays(jstDateOf(new Date()), 14);
  await requestDocuments(examiner, id, REQUESTED, deadline, '在職証明書は発行後3か月以内のものを提出してください。');
  await expectAxeClean(examiner);
  const requestMail = await mail('資料提出通知', id);
  for (const item of REQUESTED) expect(requestMail.text).toContain(item);
  expect(requestMail.text).toContain(deadline);

  // The applicant sees the request on the status page and answers each item with a file.
  await page.reload();
  await expect(statusOf(page)).toContainText('追完待ち');
  const request = page.getByTestId('document-request');
  await expect(request).toContainText(`提出期限: ${deadline}`);
  for (const item of REQUESTED) {
    await request.getByLabel(`「${item}」のファイル`).setInputFiles(await samplePdf(item));
    const entry = request.getByRole('listitem').filter({ hasText: item });
    await entry.getByRole('button', { name: '提出する' }).click();
    await expect(entry).toContainText(`${item} — 提出済み`);
  }
  await expect(statusOf(page).getByRole('definition').first()).toHaveText('審査中');
  await expectAxeClean(page);

  // The examiner sees both answers, proposes 許可 and hands over; the decision maker decides (Tokyo needs no second approval by default).
  await openCase(examiner, id);
  await expect(caseStatus(examiner)).toHaveText('審査中');
  for (const item of REQUESTED) await expect(examiner.getByTestId('document-request').getByRole('listitem').filter({ hasText: item })).toContainText('提出済み');
  await expect(examiner.getByText('この官署では、処分の前に別の決裁者の承認が必要です。')).toHaveCount(0);
  await proposeGrant(examiner, id, GRANT);
  await examiner.context().close();
  const decider = await officerPage(browser, 'DECISION_MAKER', baseURL);
  await grantCase(decider, id, GRANT);
  await decider.context().close();

  const completed = await mail('審査終了のお知らせ（在留カード等の郵送による受領）', id);
  expect(completed.text).toContain('・現在お持ちの在留カード');
  expect(completed.text).toContain('・手数料納付書');
  expect(completed.text).toContain('・返信用封筒');
  expect(completed.text).toContain('旅券（パスポート）は送らないでください。');
  expect(completed.text).not.toMatch(/・旅券|- Your passport/);

  // Issuance (Odaiba): each mailed item, the fee, the new card number and dispatch, each mailed to the applicant.
  const clerk = await officerPage(browser, 'ISSUANCE_CLERK', baseURL);
  await openIssuance(clerk, id);
  await expectAxeClean(clerk);
  for (const item of ['現在お持ちの在留カード', '手数料納付書', '返信用封筒']) await recordMailedItem(clerk, new RegExp(`^${item}`));
  const fee = await recordFee(clerk);
  expect(completed.text).toContain(`${fee.toLocaleString('ja-JP')}円`);
  const cardNumber = `AB${String(Date.now()).slice(-8)}CD`;
  await recordCardNumber(clerk, cardNumber);
  const tracking = String(Date.now()).slice(-12).padStart(12, '1');
  await dispatchWithTracking(clerk, tracking);
  await expectAxeClean(clerk);
  await clerk.context().close();

  for (const subject of ['手数料の納付を確認しました', '新しい在留カードを作成しました']) await mail(subject, id);
  await expect.poll(async () => {
    const mails = (await (await page.request.get('/api/dev/mailbox')).json()) as { to: string; subject: string; text: string }[];
    return mails.filter((m) => m.to === DEMO_INDIVIDUAL.email && m.subject.includes('提出物を受領しました') && m.text.includes(id)).length;
  }).toBe(3);
  const dispatched = await mail('在留カード等を発送しました', id);
  expect(dispatched.text).toContain(tracking);

  // The applicant's status page: 完了, and every step on the timeline.
  await page.reload();
  await expect(statusOf(page).getByRole('definition').first()).toHaveText('完了');
  await expect(statusOf(page)).toContainText(receptionNumber);
  const timeline = page.getByRole('region', { name: 'これまでの経過' });
  await expect(timeline.getByRole('listitem').locator('p:first-child')).toHaveText([
    '申請', '受付（受付番号の付与）', '資料提出通知', '追加資料の提出', '追加資料の提出', '追加資料の提出完了', '許可',
    '提出物の受領', '提出物の受領', '提出物の受領', '手数料の納付確認', '発送',
  ]);
  await expect(timeline.getByRole('listitem').filter({ hasText: '受付（受付番号の付与）' })).toContainText(receptionNumber);
  await expectAxeClean(page);
});
