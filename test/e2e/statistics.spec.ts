import { expect, test, type APIRequestContext, type Locator } from '@playwright/test';
import { collectConsoleErrors, expectNoHorizontalScroll, newContextIn } from './support/app.js';
import { expectAxeClean } from './support/applications.js';

const API = '/api/v1/statistics/processing-times';

/** A JST date `n` days before `date`, at a time of day in Japan. */
function jstInstant(date: string, daysBefore: number, time: string): string {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() - daysBefore);
  return `${day.toISOString().slice(0, 10)}T${time}:00+09:00`;
}

/**
 * Sapporo 就労資格証明書 cases nobody else files in the journeys: 20 engineers decided 10..29 days after acceptance
 * (median 19, 80th percentile 25) and 3 students (40 days): 23 in all (median 21, 80th percentile 28).
 */
async function seedSapporoDecisions(request: APIRequestContext): Promise<void> {
  const today = ((await (await request.get(API)).json()) as { asOf: string }).asOf;
  const decided = (status: string, days: number, decidedDaysAgo: number) => ({
    office: 'SAPPORO', procedure: 'WORK_CERT', status,
    acceptedAt: jstInstant(today, decidedDaysAgo + days, '09:00'),
    decision: { action: decidedDaysAgo % 3 === 0 ? 'REFUSE' : 'GRANT', at: jstInstant(today, decidedDaysAgo, '16:00') },
  });
  const cases = [
    ...Array.from({ length: 20 }, (_, i) => decided('ENGINEER_HUMANITIES_INTL', 10 + i, 1 + i)),
    ...Array.from({ length: 3 }, (_, i) => decided('STUDENT', 40, 2 + i)),
  ];
  const res = await request.post('/api/test/statistics/cases', { data: { cases } });
  expect(res.ok()).toBe(true);
}

async function expectRow(table: Locator, rowName: string, cells: string[]): Promise<void> {
  const row = table.getByRole('row', { name: new RegExp(`^${rowName}`) });
  await expect(row.getByRole('cell')).toHaveText(cells);
}

test('R-CASE-2 the public statistics page shows the figures of decided cases, in Japanese and English, on a phone', async ({ browser }, testInfo) => {
  const ja = await newContextIn(browser, testInfo, 'ja', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const page = await ja.newPage();
  const errors = collectConsoleErrors(page);
  await seedSapporoDecisions(page.request);

  await page.goto('/');
  await page.getByRole('link', { name: '処理期間の統計' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '処理期間の統計' })).toBeVisible();
  await page.getByLabel('地方出入国在留管理局').selectOption({ label: '札幌出入国在留管理局' });
  await expect(page).toHaveURL(/\/statistics\?bureau=SAPPORO$/);
  await expect(page.getByRole('status')).toHaveText('1件の表を表示しています。');

  const section = page.getByRole('region', { name: '札幌出入国在留管理局' });
  const table = section.getByRole('table', { name: '就労資格証明書交付申請' });
  await expect(table.getByRole('columnheader')).toHaveText(['在留資格', '決定件数', '中央値（日）', '8割（日）']);
  await expectRow(table, 'すべての在留資格', ['23', '21', '28']);
  await expectRow(table, '技術・人文知識・国際業務', ['20', '19', '25']);
  await expectRow(table, '留学', ['3', 'データ不足']);
  await expectNoHorizontalScroll(page, 390);
  await page.screenshot({ path: 'test-results/screenshots/statistics-ja-390.png', fullPage: true });
  await expectAxeClean(page);

  await page.getByLabel('手続').selectOption({ value: 'COE' });
  await expect(page.getByRole('status')).toHaveText('この条件では、対象期間に決定された申請はまだありません。');
  await expect(page.getByRole('table')).toHaveCount(0);
  expect(errors).toEqual([]);
  await ja.close();

  const en = await newContextIn(browser, testInfo, 'en', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const english = await en.newPage();
  await english.goto('/statistics?bureau=SAPPORO&procedure=WORK_CERT');
  await expect(english.getByRole('heading', { level: 1, name: 'Processing times' })).toBeVisible();
  const enTable = english.getByRole('region', { name: 'Sapporo Regional Immigration Services Bureau' })
    .getByRole('table', { name: 'Certificate of Authorized Employment' });
  await expect(enTable.getByRole('columnheader')).toHaveText(['Status of residence', 'Decided', 'Median (days)', '80 % (days)']);
  await expectRow(enTable, 'All statuses of residence', ['23', '21', '28']);
  await expectRow(enTable, 'Student', ['3', 'Not enough data yet']);
  await expectNoHorizontalScroll(english, 390);
  await english.screenshot({ path: 'test-results/screenshots/statistics-en-390.png', fullPage: true });
  await expectAxeClean(english);
  await en.close();
});
