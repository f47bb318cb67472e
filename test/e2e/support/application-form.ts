import { expect, type Page } from '@playwright/test';
import { addDays, jstDateOf } from '../../../src/domain/calendar/jst.js';
import { DEMO_INDIVIDUAL } from '../../../src/server/features/registration/demo-individual.js';
import { WEB_PATHS } from '../../../src/web/paths.js';
import { attachRequiredDocuments, choiceIn, formField, samplePhoto, signInDemoForeignNational } from './applications.js';

/** Pages of the application form that several journeys fill the same way (test/e2e/application-*.spec.ts and others). */

/** The form's "次へ" button; the next page's heading takes the focus. */
export async function nextStep(page: Page, to: RegExp): Promise<void> {
  await page.getByRole('button', { name: /^次へ：/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: to })).toBeFocused();
}

/** 申請人の身分事項 of the demo foreign national, on the open page; `birthplace` is asked by some procedures only. */
export async function fillDemoApplicantIdentity(page: Page, details: { occupation: string; birthplace?: string }): Promise<void> {
  await formField(page, '国籍・地域').selectOption('VNM');
  await formField(page, '氏名（ローマ字）').fill(DEMO_INDIVIDUAL.facts.name);
  await choiceIn(page, '性別', '男').check();
  if (details.birthplace) await formField(page, '出生地').fill(details.birthplace);
  await choiceIn(page, '配偶者の有無', '無').check();
  await formField(page, '職業').fill(details.occupation);
  await formField(page, '本国における居住地').fill('HANOI');
  await formField(page, '日本における住居地の郵便番号').fill('1600023');
  await formField(page, '日本における住居地の都道府県').selectOption('13');
  await formField(page, '日本における住居地の市区町村').fill('新宿区');
  await formField(page, '日本における住居地の町名・番地・建物名').fill('西新宿二丁目8番1号');
  await formField(page, '携帯電話番号').fill('08012345678');
  await formField(page, '旅券（パスポート）番号').fill('C7654321');
  await formField(page, '旅券（パスポート）の有効期限').fill('2031-03-31');
}

/** The page 現在の在留と更新（変更）の希望, on the open page; with relatives in Japan, their rows are the caller's. */
export async function fillCurrentStayAndWish(
  page: Page,
  stay: { period: string; cardNumber: string; wishedPeriod: string; reason: string; relativesInJapan: boolean },
): Promise<void> {
  await formField(page, '在留期間').fill(stay.period);
  await formField(page, '在留カード番号').fill(stay.cardNumber);
  await formField(page, '希望する在留期間').fill(stay.wishedPeriod);
  await formField(page, '申請の理由').fill(stay.reason);
  await choiceIn(page, '犯罪を理由とする処分を受けたことの有無', 'いいえ').check();
  await choiceIn(page, '在日親族', stay.relativesInJapan ? 'はい' : 'いいえ').check();
}

/** 申請人の学歴・職歴 of the demo foreign national (employer and a Japanese bachelor's degree), on the open page. */
export async function fillDemoApplicantCareer(page: Page, graduated: string): Promise<void> {
  await formField(page, '勤務先の名称').fill('株式会社さくら技研');
  await formField(page, '勤務先の所在地').fill('東京都千代田区丸の内1-1-1');
  await formField(page, '勤務先の電話番号').fill('0312345678');
  await formField(page, '最終学歴').selectOption('BACHELOR');
  await choiceIn(page, '最終学歴は日本の学校である', 'はい').check();
  await formField(page, '学校名').fill('東京情報大学');
  await formField(page, '卒業年月日').fill(graduated);
  await formField(page, '専攻・専門分野（大学・大学院・短期大学）').selectOption('ENGINEERING');
  await choiceIn(page, '情報処理技術者資格又は試験合格の有無', 'いいえ').check();
}

/** Uploads a face photo on the open 顔写真・添付書類 page (cropped as proposed). */
export async function uploadFacePhoto(page: Page): Promise<void> {
  await page.getByLabel('顔写真の画像ファイル（JPEGまたはPNG）').setInputFiles(await samplePhoto());
  await page.getByRole('button', { name: 'この範囲で切り抜いて送信する' }).click();
  await expect(page.getByRole('status').filter({ hasText: '顔写真を登録しました。' })).toBeVisible();
}

/** On the open 結果の受取方法 page: the new residence card by mail. */
export async function chooseCardByMail(page: Page): Promise<void> {
  await page.getByRole('group', { name: /受取方法/ }).getByLabel('在留カードを郵送で受け取る').check();
  await expect(page.getByRole('status').filter({ hasText: '受取方法を保存しました。' })).toBeVisible();
}

/**
 * The demo foreign national signs in and files an extension of a 技術・人文知識・国際業務 stay alone, the card received
 * by mail, giving `reason` as 申請の理由; ends on the status page and returns the application's id.
 */
export async function fileDemoExtensionByMail(page: Page, reason: string): Promise<string> {
  await signInDemoForeignNational(page);
  await page.goto(WEB_PATHS.applications);
  await page.getByRole('button', { name: '新しい申請を作成' }).click();
  await choiceIn(page, '申請する手続', '在留期間更新許可申請').check();
  await formField(page, '現在の在留資格').selectOption('ENGINEER_HUMANITIES_INTL');
  await formField(page, '在留期間の満了日').fill(addDays(jstDateOf(new Date()), 60));
  await formField(page, '申請人の生年月日').fill(DEMO_INDIVIDUAL.facts.dateOfBirth);
  await expect(page.getByRole('region', { name: 'オンラインで申請できるか' })).toContainText('この内容でオンライン申請ができます');

  await nextStep(page, /申請人の身分事項/);
  await fillDemoApplicantIdentity(page, { occupation: '会社員' });
  await nextStep(page, /現在の在留と更新の希望/);
  await fillCurrentStayAndWish(page, { period: '3年', cardNumber: 'AB12345678CD', wishedPeriod: '5年', reason, relativesInJapan: false });
  await nextStep(page, /申請人の学歴・職歴/);
  await fillDemoApplicantCareer(page, '2020-03');

  await nextStep(page, /顔写真・添付書類/);
  await uploadFacePhoto(page);
  await attachRequiredDocuments(page);
  await nextStep(page, /結果の受取方法/);
  await chooseCardByMail(page);

  await nextStep(page, /確認・申請/);
  await page.getByRole('button', { name: '入管庁に申請を行う' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請の状況' })).toBeVisible();
  const id = /\/applications\/([0-9a-f-]{36})$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  return id;
}

/** What an organisation's filing says of the engineer it employs, beyond the organisation itself. */
export interface EmployeeRecord {
  school: string;
  graduated: string;
  employmentStart: string;
  monthlySalary: string;
  yearsOfExperience: string;
  duties: string;
}

/**
 * The pages the demo organisation (株式会社さくら技研) fills for an engineer with a foreign bachelor's degree:
 * 申請人の学歴・職歴, 所属機関等 and 契約・職務内容・派遣先 (no dispatch).
 */
export async function fillDemoOrganisationEmployeePages(page: Page, employee: EmployeeRecord): Promise<void> {
  await nextStep(page, /申請人の学歴・職歴/);
  await formField(page, '最終学歴').selectOption('BACHELOR');
  await choiceIn(page, '最終学歴は日本の学校である', 'いいえ').check();
  await formField(page, '学校名').fill(employee.school);
  await formField(page, '卒業年月日').fill(employee.graduated);
  await formField(page, '専攻・専門分野（大学・大学院・短期大学）').selectOption('ENGINEERING');
  await choiceIn(page, '情報処理技術者資格又は試験合格の有無', 'いいえ').check();

  await nextStep(page, /^所属機関等/);
  await formField(page, '名称').fill('株式会社さくら技研');
  await choiceIn(page, '雇用保険の適用事業所である', 'はい').check();
  await formField(page, '雇用保険適用事業所番号（11桁）').fill('1301-123456-7');
  await formField(page, '主たる業種').selectOption({ index: 12 });
  await formField(page, '所在地').fill('東京都千代田区丸の内1-1-1');
  await formField(page, '電話番号').fill('03-1234-5678');
  // Written with separators as people do; the form takes it (R-FORM-4).
  await formField(page, '資本金（円）').fill('10,000,000');
  await formField(page, '年間売上高（直近年度・円）').fill('500000000');
  await formField(page, '従業員数').fill('120');
  await formField(page, 'うち外国人職員数').fill('8');

  await nextStep(page, /契約・職務内容・派遣先/);
  await choiceIn(page, '契約の形態', '雇用').check();
  await choiceIn(page, '就労予定期間', '期間の定めなし').check();
  await formField(page, '雇用開始（入社）年月日').fill(employee.employmentStart);
  await formField(page, '給与・報酬（月額・税引き前・円）').fill(employee.monthlySalary);
  await formField(page, '実務経験年数').fill(employee.yearsOfExperience);
  await formField(page, '主たる職種').selectOption({ index: 5 });
  await formField(page, '活動内容詳細').fill(employee.duties);
  await choiceIn(page, '派遣先等がある', 'いいえ').check();
}
