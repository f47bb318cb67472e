import { expect, test, type Page } from '@playwright/test';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import { DEMO_INDIVIDUAL } from '../../src/server/features/registration/demo-individual.js';
import { attachRequiredDocuments, choiceIn, expectAxeClean, formField, samplePdf, samplePhoto, signInDemoForeignNational } from './support/applications.js';
import { waitForMail } from './support/card.js';
import {
  acceptAtIntake, caseStatus, claimCase, dispatchWithTracking, grantCase, officerPage, openCase, openIssuance, proposeGrant, recordCardNumber, recordFee,
  recordMailedItem, requestDocuments,
} from './support/officer.js';

// Issue 6, first journey: both sides of a residence card sent by mail. The server's clock is never moved here
// (this spec runs beside the other journeys); the demo officers are shared, see signInOfficer.

const GRANT = { status: '技術・人文知識・国際業務' };
const REQUESTED = ['在職証明書（最新のもの）', '住民税の課税証明書（直近1年分）'];

async function next(page: Page, to: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^次へ：/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: to })).toBeFocused();
}

/** The demo foreign national files an extension alone, card received by mail; returns the application's id. */
async function fileExtensionByMail(page: Page): Promise<string> {
  await signInDemoForeignNational(page);
  await page.goto('/applications');
  await page.getByRole('button', { name: '新しい申請を作成' }).click();
  await choiceIn(page, '申請する手続', '在留期間更新許可申請').check();
  await formField(page, '現在の在留資格').selectOption('ENGINEER_HUMANITIES_INTL');
  await formField(page, '在留期間の満了日').fill(addDays(jstDateOf(new Date()), 60));
  await formField(page, '申請人の生年月日').fill(DEMO_INDIVIDUAL.facts.dateOfBirth);
  await expect(page.getByRole('region', { name: 'オンラインで申請できるか' })).toContainText('この内容でオンライン申請ができます');

  await next(page, /申請人の身分事項/);
  await formField(page, '国籍・地域').selectOption('VNM');
  await formField(page, '氏名（ローマ字）').fill(DEMO_INDIVIDUAL.facts.name);
  await choiceIn(page, '性別', '男').check();
  await choiceIn(page, '配偶者の有無', '無').check();
  await formField(page, '職業').fill('会社員');
  await formField(page, '本国における居住地').fill('HANOI');
  await formField(page, '日本における住居地の郵便番号').fill('1600023');
  await formField(page, '日本における住居地の都道府県').selectOption('13');
  await formField(page, '日本における住居地の市区町村').fill('新宿区');
  await formField(page, '日本における住居地の町名・番地・建物名').fill('西新宿二丁目8番1号');
  await formField(page, '携帯電話番号').fill('08012345678');
  await formField(page, '旅券（パスポート）番号').fill('C7654321');
  await formField(page, '旅券（パスポート）の有効期限').fill('2031-03-31');

  await next(page, /現在の在留と更新の希望/);
  await formField(page, '在留期間').fill('3年');
  await formField(page, '在留カード番号').fill('AB12345678CD');
  await formField(page, '希望する在留期間').fill('5年');
  await formField(page, '申請の理由').fill('引き続き同じ会社でシステムエンジニアとして働くため。');
  await choiceIn(page, '犯罪を理由とする処分を受けたことの有無', 'いいえ').check();
  await choiceIn(page, '在日親族', 'いいえ').check();

  await next(page, /申請人の学歴・職歴/);
  await formField(page, '勤務先の名称').fill('株式会社さくら技研');
  await formField(page, '勤務先の所在地').fill('東京都千代田区丸の内1-1-1');
  await formField(page, '勤務先の電話番号').fill('0312345678');
  await formField(page, '最終学歴').selectOption('BACHELOR');
  await choiceIn(page, '最終学歴は日本の学校である', 'はい').check();
  await formField(page, '学校名').fill('東京情報大学');
  await formField(page, '卒業年月日').fill('2020-03');
  await formField(page, '専攻・専門分野（大学・大学院・短期大学）').selectOption('ENGINEERING');
  await choiceIn(page, '情報処理技術者資格又は試験合格の有無', 'いいえ').check();

  await next(page, /顔写真・添付書類/);
  await page.getByLabel('顔写真の画像ファイル（JPEGまたはPNG）').setInputFiles(await samplePhoto());
  await page.getByRole('button', { name: 'この範囲で切り抜いて送信する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '顔写真を登録しました。' })).toBeVisible();
  await attachRequiredDocuments(page);

  await next(page, /結果の受取方法/);
  await page.getByRole('group', { name: /受取方法/ }).getByLabel('在留カードを郵送で受け取る').check();
  await expect(page.getByRole('status').filter({ hasText: '受取方法を保存しました。' })).toBeVisible();

  await next(page, /確認・申請/);
  await page.getByRole('button', { name: '入管庁に申請を行う' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請の状況' })).toBeVisible();
  const id = /\/applications\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  return id;
}

function statusOf(page: Page) {
  return page.getByRole('region', { name: '現在の状況' });
}

test('R-EXAM-2 R-EXAM-3 R-EXAM-4 R-CASE-2 R-CASE-3 R-RES-1 R-MAIL-1 a card by mail: accepted, claimed, documents requested and uploaded, granted, the mailed items and fee recorded and the new card dispatched; every mail and every step on the timeline', async ({ page, browser, baseURL }) => {
  // Five officer sign-ins, each of which may wait for the next TOTP step when a parallel journey used the code.
  test.setTimeout(480_000);
  const mail = (subject: string, containing: string) => waitForMail(page.request, DEMO_INDIVIDUAL.email, subject, containing);

  const id = await fileExtensionByMail(page);
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
