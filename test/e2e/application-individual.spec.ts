import { expect, test, type Page } from '@playwright/test';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import { DEMO_INDIVIDUAL } from '../../src/server/features/registration/demo-individual.js';
import { expectNoHorizontalScroll } from './support/app.js';
import {
  chooseCardByMail, fillCurrentStayAndWish, fillDemoApplicantCareer, fillDemoApplicantIdentity, nextStep, uploadFacePhoto,
} from './support/application-form.js';
import {
  attachRequiredDocuments, choiceIn, expectAxeClean, formField, registerAndSignInRelative, samplePdf, signInDemoForeignNational,
} from './support/applications.js';
import { waitForMail } from './support/card.js';

async function fillApplicantPart(page: Page): Promise<void> {
  await nextStep(page, /申請人の身分事項/);
  await expect(formField(page, '生年月日（自動計算）')).toHaveValue('1990-01-01'); // computed from Step 1, read-only
  await fillDemoApplicantIdentity(page, { occupation: '留学生', birthplace: 'HANOI' });

  await nextStep(page, /現在の在留と変更の希望/);
  await fillCurrentStayAndWish(page, {
    period: '2年', cardNumber: 'ab98765432cd', wishedPeriod: '5年', reason: '大学を卒業し、都内のIT企業にシステムエンジニアとして就職するため。',
    relativesInJapan: true,
  });
  // R-FORM-2 item 16: rows are added and removed; the rows' fields are named within their row.
  const relatives = page.getByRole('group', { name: /在日親族及び同居者/ });
  await relatives.getByRole('button', { name: '行を追加' }).click();
  await relatives.getByRole('button', { name: '行を追加' }).click();
  await relatives.getByRole('button', { name: '2行目を削除' }).click();
  const row = relatives.getByRole('group', { name: '1行目' });
  await formField(row, '続柄').fill('兄');
  await formField(row, '氏名').fill('NGUYEN VAN BAO');
  await formField(row, '生年月日').fill('1987-02-03');
  await formField(row, '国籍・地域').selectOption('VNM');
  await choiceIn(row, '同居の有無', 'いいえ').check();
  await expect(relatives.getByRole('group', { name: '2行目' })).toHaveCount(0);
}

/** (b): a foreign national files a change of status alone; the organisation's part goes in as a file (R-ELIG-8). */
async function fileChangeAlone(page: Page, width: number): Promise<void> {
  await signInDemoForeignNational(page);
  await page.goto('/applications');
  await expect(page.getByRole('heading', { level: 1, name: '申請情報一覧' })).toBeVisible();
  await page.getByRole('button', { name: '新しい申請を作成' }).click();
  await choiceIn(page, '申請する手続', '在留資格変更許可申請').check();
  await formField(page, '現在の在留資格').selectOption('STUDENT');
  await formField(page, '在留期間の満了日').fill(addDays(jstDateOf(new Date()), 45));
  await formField(page, '希望する在留資格').selectOption('ENGINEER_HUMANITIES_INTL');
  await formField(page, '申請人の生年月日').fill(DEMO_INDIVIDUAL.facts.dateOfBirth);
  const eligibility = page.getByRole('region', { name: 'オンラインで申請できるか' });
  await expect(eligibility).toContainText('この内容でオンライン申請ができます');
  await expect(eligibility).toContainText('所属機関等作成用の書類をファイルで添付します');
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page, width);
  // The applicant's part only: no organisation pages on the path (on a phone the steps are folded away first).
  if (width < 1024) await page.getByText(/^手順 1／\d+：/).click();
  const steps = page.getByRole('navigation', { name: '申請の手順' });
  await expect(steps.getByRole('link', { name: /申請人の学歴・職歴/ })).toBeVisible();
  await expect(steps.getByRole('link', { name: /所属機関等/ })).toHaveCount(0);

  await fillApplicantPart(page);
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page, width);
  await nextStep(page, /申請人の学歴・職歴/);
  await fillDemoApplicantCareer(page, '2027-03');

  await nextStep(page, /顔写真・添付書類/);
  await uploadFacePhoto(page);
  const organisationPart = page.getByRole('region', { name: '添付書類' }).getByRole('article').filter({ hasText: '所属機関等作成用' }).first();
  await expect(organisationPart).toContainText('必須');
  const name = (await organisationPart.getByRole('heading').innerText()).trim();
  await organisationPart.getByLabel(`「${name}」のファイル`).setInputFiles(await samplePdf(name));
  await organisationPart.getByRole('button', { name: `「${name}」を添付する` }).click();
  await expect(organisationPart).toContainText('添付済み');
  await attachRequiredDocuments(page);
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page, width);

  await nextStep(page, /結果の受取方法/);
  await chooseCardByMail(page);

  await nextStep(page, /確認・申請/);
  await expect(page.getByRole('region', { name: '入力内容の確認' })).toContainText('NGUYEN VAN BAO');
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page, width);
  await page.getByRole('button', { name: '入管庁に申請を行う' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '申請の状況' })).toBeVisible();
  await expect(page.getByRole('region', { name: '現在の状況' })).toContainText('申請完了');
  await waitForMail(page.request, DEMO_INDIVIDUAL.email, '申請受付完了のお知らせ');
  await expectAxeClean(page);
  await expectNoHorizontalScroll(page, width);
}

test('R-ELIG-8 R-FORM-1 R-ATT-3 R-ATT-4 R-SUB-1 R-SUB-4 (b) a foreign national files a change of status alone, attaching the organisation’s part; then withdraws it', async ({ page }) => {
  test.setTimeout(180_000);
  await fileChangeAlone(page, 1280);
  // R-SUB-3: what was submitted stays downloadable as a PDF.
  const pdfLink = page.getByRole('link', { name: '申請内容をPDFで保存' });
  const pdf = await page.request.get((await pdfLink.getAttribute('href')) ?? '');
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await page.getByLabel(/取下げの理由/).fill('就職先が変わったため、改めて申請します。');
  await page.getByRole('button', { name: '申請を取り下げる' }).click();
  await expect(page.getByRole('region', { name: '現在の状況' })).toContainText('取下げ');
  await expect(page.getByRole('region', { name: 'これまでの経過' })).toContainText('取下げ');
  await waitForMail(page.request, DEMO_INDIVIDUAL.email, '申請取下げのお知らせ');
});

test.describe('on a 390 px phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('R-OPS-3 R-PLUS-8 (b) the same change of status, filed on a phone', async ({ page }) => {
    test.setTimeout(180_000);
    await fileChangeAlone(page, 390);
  });
});

test('R-ELIG-1 R-SUB-1 (c) a relative trying a work certificate is refused with the reason, live on Step 1 and again by the server', async ({ page }) => {
  test.setTimeout(120_000);
  await registerAndSignInRelative(page);
  await page.goto('/applications');
  await page.getByRole('button', { name: '新しい申請を作成' }).click();
  await choiceIn(page, '申請する手続', '就労資格証明書交付申請').check();
  await formField(page, '現在の在留資格').selectOption('DEPENDENT');
  await formField(page, '在留期間の満了日').fill(addDays(jstDateOf(new Date()), 200));
  await formField(page, '申請人の生年月日').fill('2014-09-01');
  await choiceIn(page, 'あなたと申請人との続柄', '母').check();
  await choiceIn(page, 'あなた（親族）は日本に住んでいますか', 'はい').check();
  await choiceIn(page, '申請人本人は、病気その他の理由で申請することができませんか', 'いいえ').check();
  const eligibility = page.getByRole('region', { name: 'オンラインで申請できるか' });
  await expect(eligibility).toContainText('この内容ではオンライン申請ができません');
  await expect(eligibility).toContainText('親族は申請できない手続です');
  await expectAxeClean(page);

  await page.getByRole('navigation', { name: '申請の手順' }).getByRole('link', { name: '確認・申請' }).click();
  await page.getByRole('button', { name: '入管庁に申請を行う' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: '親族' });
  await expect(refusal).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '申請情報の入力' })).toBeVisible(); // still a draft
  await expectAxeClean(page);
});
