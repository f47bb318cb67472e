import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { jstDateOf } from '../../src/domain/calendar/jst.js';
import { collectConsoleErrors, expectNoHorizontalScroll, newContextIn, type Language } from './support/app.js';

/**
 * R-ELIG-10: the public pre-check page. Every case types its own filing date, so nothing depends on today.
 * The expected reasons are written out here from SPEC §3, not taken from src/domain.
 */

const SCREENSHOTS = 'test-results/screenshots';
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };

async function openPrecheck(browser: Browser, testInfo: TestInfo, language: Language, device: typeof PHONE | typeof DESKTOP) {
  const context = await newContextIn(browser, testInfo, language, device);
  const page = await context.newPage();
  const errors = collectConsoleErrors(page);
  await page.goto('/precheck');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'ja' ? '申請できるか確認する' : 'Check whether you can apply');
  return { context, page, errors };
}

async function expectAxeClean(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

async function finish(page: Page, width: number, file: string): Promise<void> {
  await expectNoHorizontalScroll(page, width);
  await expectAxeClean(page);
  await page.screenshot({ path: `${SCREENSHOTS}/${file}`, fullPage: true });
}

const yesNo = (page: Page, question: RegExp, answer: string) => page.getByRole('group', { name: question }).getByRole('radio', { name: answer, exact: true });

test('R-ELIG-10 R-ELIG-1 R-ELIG-3 R-ELIG-8 R-ELIG-9 allowed: a foreign national extends within the window, with re-entry (ja, 390 px)', async ({ browser }, testInfo) => {
  const { context, page, errors } = await openPrecheck(browser, testInfo, 'ja', PHONE);
  const answer = page.getByRole('region', { name: '確認結果' });
  await expect(answer).toContainText('すべての質問に答えると、ここに結果が表示されます。');
  // The filing date starts as today in Japan.
  await expect(page.getByLabel('申請する日')).toHaveValue(jstDateOf(new Date()));

  await page.getByRole('radio', { name: '外国人本人（自分の申請をする）' }).check();
  // R-ELIG-2: the card question concerns the foreign national; the relative's and organisations' do not.
  await expect(page.getByRole('group', { name: /あなたは日本に住んでいますか/ })).toHaveCount(0);
  await expect(page.getByRole('group', { name: /申請人は、あなたの機関から見てどなたですか/ })).toHaveCount(0);
  await yesNo(page, /マイナンバーカードを持っていますか/, 'はい').check();
  await page.getByRole('radio', { name: '在留期間更新許可申請' }).check();
  await page.getByRole('checkbox', { name: '再入国許可申請' }).check();
  await page.getByLabel('申請人の生年月日').fill('1990-04-01');
  // An extension keeps its status: no desired status is asked.
  await expect(page.getByLabel('希望する在留資格')).toHaveCount(0);
  await page.getByLabel('申請人の現在の在留資格').selectOption({ label: '技術・人文知識・国際業務' });
  await page.getByLabel('在留期間の満了日').fill('2027-01-31');
  // The window opens on 2026-10-31 (three months before the expiry); 2026-11-23 is inside it.
  await page.getByLabel('申請する日').fill('2026-11-23');

  // Live, without pressing "Check", in a polite live region.
  await expect(answer.locator('[aria-live="polite"]')).toContainText('オンラインで申請できます');
  await expect(answer).toContainText('2026年11月23日に申請する場合');
  await expect(answer.getByRole('heading', { name: '申請の前に確認してください' })).toBeVisible();
  const note = answer.getByRole('listitem').filter({ hasText: '所属機関等作成用の書類をファイルで添付します' });
  await expect(note).toContainText('所属機関等作成用の申請書と補助用紙を所属機関等に作成してもらい、ファイルとして添付してください。');
  await expect(answer.getByText('更新の受付開始前')).toHaveCount(0);
  await expect(answer).toContainText('許可されるかどうかは、申請を受けた地方出入国在留管理局が審査して決めます。');
  await expect(page.getByRole('alert')).toHaveCount(0);

  await page.getByRole('button', { name: '確認する' }).click();
  await expect(answer).toBeFocused();
  await expect(answer).toBeInViewport();
  await finish(page, 390, 'precheck-allowed-ja-390.png');
  expect(errors).toEqual([]);
  await context.close();
});

test('R-ELIG-10 R-ELIG-7 allowed: an accepting organisation files a COE for an employee it will accept (ja, 1280 px)', async ({ browser }, testInfo) => {
  const { context, page, errors } = await openPrecheck(browser, testInfo, 'ja', DESKTOP);
  await page.getByRole('radio', { name: '所属機関（勤務先の会社、学校など）の職員' }).check();
  await expect(page.getByRole('group', { name: /マイナンバーカード/ })).toHaveCount(0);
  // R-ELIG-7: the request letter is asked of support organisations and public-interest corporations only.
  await expect(page.getByRole('group', { name: /依頼書/ })).toHaveCount(0);
  await page.getByRole('radio', { name: '機関が受け入れている、又は受け入れる予定の外国人（社員、学生など）' }).check();
  await page.getByRole('radio', { name: '在留資格認定証明書交付申請' }).check();
  await page.getByLabel('申請人の生年月日').fill('1995-07-15');
  // A COE is for a person abroad: no current status or period of stay is asked.
  await expect(page.getByLabel('申請人の現在の在留資格')).toHaveCount(0);
  await expect(page.getByLabel('在留期間の満了日')).toHaveCount(0);
  await page.getByLabel('希望する在留資格').selectOption({ label: '技術・人文知識・国際業務' });
  await page.getByLabel('申請する日').fill('2026-11-23');

  const answer = page.getByRole('region', { name: '確認結果' });
  await expect(answer).toContainText('オンラインで申請できます');
  await expect(answer).toContainText('2026年11月23日に申請する場合');
  // Organisation staff enter the organisation's part themselves: no R-ELIG-8 note, and no reasons.
  await expect(answer.getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: '確認する' }).click();
  await expect(answer).toBeFocused();
  await finish(page, 1280, 'precheck-allowed-ja-1280.png');
  expect(errors).toEqual([]);
  await context.close();
});

test('R-ELIG-10 R-ELIG-1 R-ELIG-5 refused: a relative files a work certificate → RELATIVE_NOT_ALLOWED_FOR_PROCEDURE; the language switch keeps the answers (ja → en, 390 px)', async ({ browser }, testInfo) => {
  const { context, page, errors } = await openPrecheck(browser, testInfo, 'ja', PHONE);
  await page.getByRole('radio', { name: '親族（配偶者、子、父または母。法定代理人である場合を除く）' }).check();
  await yesNo(page, /マイナンバーカードを持っていますか/, 'はい').check();
  await yesNo(page, /あなたは日本に住んでいますか/, 'はい').check();
  await page.getByRole('group', { name: /あなたは申請人の/ }).getByRole('radio', { name: '母' }).check();
  await page.getByRole('radio', { name: '就労資格証明書交付申請' }).check();
  // R-ELIG-5's question concerns a relative's change, extension, acquisition or re-entry only.
  await expect(page.getByRole('checkbox', { name: /病気その他の理由/ })).toHaveCount(0);
  await page.getByLabel('申請人の生年月日').fill('2015-06-01');
  await page.getByLabel('申請人の現在の在留資格').selectOption({ label: '家族滞在' });
  await page.getByLabel('在留期間の満了日').fill('2027-03-31');
  await page.getByLabel('申請する日').fill('2026-11-23');

  const answer = page.getByRole('region', { name: '確認結果' });
  await expect(answer).toContainText('オンラインでは申請できません');
  await expect(answer.getByRole('heading', { name: '理由と、代わりにできること（1件）' })).toBeVisible();
  const reason = answer.getByRole('listitem');
  await expect(reason).toHaveCount(1);
  await expect(reason).toContainText('親族は申請できない手続です');
  await expect(reason).toContainText('親族（配偶者・子・父母）は「就労資格証明書交付申請」をオンラインで申請できません。申請人本人、法定代理人又は弁護士・行政書士が申請するか、窓口で申請してください。');
  await expect(reason).toContainText('対象の手続：就労資格証明書交付申請');
  await finish(page, 390, 'precheck-refused-relative-ja-390.png');

  // The same answers, now in English.
  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  const english = page.getByRole('region', { name: 'The answer' });
  await expect(english).toContainText('This cannot be filed online');
  await expect(english).toContainText('Filing on 23 November 2026');
  await expect(english.getByRole('listitem')).toContainText('A relative (spouse, child, father or mother) cannot file the Certificate of Authorized Employment online. The applicant, a legal representative, or a lawyer or administrative scrivener can file it online, or it can be filed at a bureau counter.');
  await expect(page.getByRole('radio', { name: 'A relative: spouse, child, father or mother (who is not a legal representative)' })).toBeChecked();
  await expect(page.getByRole('radio', { name: 'Mother', exact: true })).toBeChecked();
  await expect(page.getByLabel("Applicant's date of birth")).toHaveValue('2015-06-01');
  await expect(page.getByLabel("Applicant's current status of residence")).toHaveValue('DEPENDENT');
  await expectNoHorizontalScroll(page, 390);
  expect(errors).toEqual([]);
  await context.close();
});

const LAST_DAY_CASES: { language: Language; device: typeof PHONE | typeof DESKTOP; width: number }[] = [
  { language: 'ja', device: PHONE, width: 390 },
  { language: 'en', device: DESKTOP, width: 1280 },
];

for (const { language, device, width } of LAST_DAY_CASES) {
  test(`R-ELIG-10 R-ELIG-9 refused: an extension on the last day of the period of stay → LAST_DAY_OF_STAY, "go to the counter" (${language}, ${width} px)`, async ({ browser }, testInfo) => {
    const ja = language === 'ja';
    const { context, page, errors } = await openPrecheck(browser, testInfo, language, device);
    await page.getByRole('radio', { name: ja ? '外国人本人（自分の申請をする）' : 'The foreign national (filing for myself)' }).check();
    await yesNo(page, ja ? /マイナンバーカードを持っていますか/ : /Do you have a My Number card/, ja ? 'はい' : 'Yes').check();
    await page.getByRole('radio', { name: ja ? '在留期間更新許可申請' : 'Extension of Period of Stay' }).check();
    await page.getByLabel(ja ? '申請人の生年月日' : "Applicant's date of birth").fill('1988-02-29');
    await page.getByLabel(ja ? '申請人の現在の在留資格' : "Applicant's current status of residence").selectOption('SPOUSE_OF_JAPANESE');
    await page.getByLabel(ja ? '在留期間の満了日' : 'Expiry date of the period of stay').fill('2026-12-10');
    await page.getByLabel(ja ? '申請する日' : 'Filing date').fill('2026-12-10');

    const answer = page.getByRole('region', { name: ja ? '確認結果' : 'The answer' });
    await expect(answer).toContainText(ja ? 'オンラインでは申請できません' : 'This cannot be filed online');
    const reason = answer.getByRole('listitem');
    await expect(reason).toHaveCount(1);
    await expect(reason).toContainText(ja ? '在留期間の満了日です' : 'It is the last day of the period of stay');
    await expect(reason).toContainText(ja
      ? '在留期間の満了日（2026-12-10）には、オンラインでは申請できません。その日のうちに最寄りの地方出入国在留管理官署の窓口で申請してください。'
      : 'You cannot file online on the last day of your period of stay (2026-12-10). On that day, go to the counter of the nearest regional immigration services bureau during its opening hours and file there.');

    // The day before, the same answers can be filed online.
    await page.getByLabel(ja ? '申請する日' : 'Filing date').fill('2026-12-09');
    await expect(answer).toContainText(ja ? 'オンラインで申請できます' : 'You can file this online');
    await page.getByLabel(ja ? '申請する日' : 'Filing date').fill('2026-12-10');
    await expect(answer).toContainText(ja ? 'オンラインでは申請できません' : 'This cannot be filed online');
    await finish(page, width, `precheck-refused-last-day-${language}-${width}.png`);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('R-ELIG-10 field errors appear after a question is left or "Check" is pressed, link to their questions, and keep the answers (ja, 390 px)', async ({ browser }, testInfo) => {
  const { context, page, errors } = await openPrecheck(browser, testInfo, 'ja', PHONE);
  const dateOfBirth = page.getByLabel('申請人の生年月日');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(dateOfBirth).not.toHaveAttribute('aria-invalid');

  // Leaving an empty question shows its error, and only its error.
  await dateOfBirth.focus();
  await dateOfBirth.blur();
  await expect(dateOfBirth).toHaveAttribute('aria-invalid', 'true');
  await expect(dateOfBirth).toHaveAccessibleDescription('申請人の生年月日を入力してください。');
  await expect(page.getByText('申請する人を選んでください。')).toHaveCount(0);

  await page.getByRole('radio', { name: '親族（配偶者、子、父または母。法定代理人である場合を除く）' }).check();
  await page.getByRole('radio', { name: '在留資格変更許可申請' }).check();
  await page.getByRole('button', { name: '確認する' }).click();
  const summary = page.getByRole('alert');
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('heading', { name: '入力内容を確認してください（6件）' })).toBeVisible();
  await expect(summary.getByRole('link')).toHaveText([
    'マイナンバーカードを持っているかを選択してください（外国人本人・法定代理人・親族の場合は必須です）。',
    '親族（あなた）が日本に住んでいるかを選択してください。',
    '申請人との続柄（配偶者・子・父・母）を選択してください。',
    '申請人の生年月日を入力してください。',
    '現在の在留資格を選択してください（在留資格変更・在留期間更新・就労資格証明書の申請では必須です）。',
    '希望する在留資格を選択してください（在留資格認定証明書交付・在留資格変更・在留資格取得の申請では必須です）。',
  ]);
  await expectAxeClean(page);

  // A link takes the keyboard to its question.
  await summary.getByRole('link', { name: '申請人の生年月日を入力してください。' }).click();
  await expect(dateOfBirth).toBeFocused();
  await summary.getByRole('link', { name: /日本に住んでいるか/ }).click();
  await expect(page.getByRole('group', { name: /あなたは日本に住んでいますか/ }).getByRole('radio', { name: 'はい' })).toBeFocused();

  // R-ELIG-6: 特定活動 asks its 告示 number, 出国準備期間 included.
  await page.getByLabel('申請人の現在の在留資格').selectOption({ label: '特定活動' });
  const notice = page.getByLabel('特定活動の告示番号');
  await expect(notice).toHaveAttribute('aria-invalid', 'true');
  await expect(notice).toHaveAccessibleDescription(/特定活動の告示番号（又は出国準備期間）を選んでください。/);
  await notice.selectOption({ label: '出国準備期間' });
  await expect(summary.getByRole('link')).toHaveCount(6); // the notice is answered; the expiry date is now asked

  // Fixing the answers keeps everything typed, and the answer follows.
  await yesNo(page, /マイナンバーカードを持っていますか/, 'はい').check();
  await yesNo(page, /あなたは日本に住んでいますか/, 'はい').check();
  await page.getByRole('group', { name: /あなたは申請人の/ }).getByRole('radio', { name: '子' }).check();
  await dateOfBirth.fill('2014-03-03');
  await page.getByLabel('在留期間の満了日').fill('2027-01-15');
  await page.getByLabel('希望する在留資格').selectOption({ label: '家族滞在' });
  await page.getByLabel('申請する日').fill('2026-11-23');
  await expect(page.getByRole('alert')).toHaveCount(0);
  const answer = page.getByRole('region', { name: '確認結果' });
  await expect(answer).toContainText('オンラインでは申請できません');
  await expect(answer.getByRole('listitem').filter({ hasText: 'オンライン申請の対象外の在留資格です' })).toContainText('特定活動（出国準備期間）');
  await expect(notice).toHaveValue('DEPARTURE_PREPARATION');
  await expect(dateOfBirth).toHaveValue('2014-03-03');
  await finish(page, 390, 'precheck-errors-fixed-ja-390.png');
  expect(errors).toEqual([]);
  await context.close();
});
