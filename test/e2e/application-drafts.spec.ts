import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { addDays, jstDateOf } from '../../src/domain/calendar/jst.js';
import { choiceIn, expectAxeClean, signInDemoForeignNational } from './support/applications.js';

test('R-FORM-3 R-PLUS-7 R-ATT-2 drafts in English: autosaved, exported to a file and imported again as a new draft; a file that is not what it claims is refused with the reason', async ({ page }) => {
  test.setTimeout(120_000);
  await signInDemoForeignNational(page);
  await page.getByRole('link', { name: '申請情報一覧' }).click();
  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Applications' })).toBeVisible();
  await page.getByRole('button', { name: 'Start a new application' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application details' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Procedures and status of residence' })).toBeVisible();

  await choiceIn(page, 'Procedures to file', 'Change of Status of Residence').check();
  await page.getByLabel(/^Current status of residence/).selectOption('STUDENT');
  await page.getByLabel(/^Expiry date of the period of stay/).fill(addDays(jstDateOf(new Date()), 45));
  await page.getByLabel(/^Desired status of residence/).selectOption('ENGINEER_HUMANITIES_INTL');
  await page.getByLabel(/^Applicant's date of birth/).fill('1990-01-01');
  await expect(page.getByRole('status').filter({ hasText: /^Saved \d\d:\d\d$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Can this be filed online?' })).toContainText('This can be filed online');
  await expectAxeClean(page);

  const draftPath = new URL(page.url()).pathname;
  await page.getByRole('link', { name: 'Back to the applications' }).click();
  // Other journeys file as the same demo person at the same time: find this draft by its link.
  const card = page.getByRole('article').filter({ has: page.locator(`a[href="${draftPath}"]`) });
  const [download] = await Promise.all([page.waitForEvent('download'), card.getByRole('link', { name: 'Save application data' }).click()]);
  const exported = JSON.parse(await readFile(await download.path(), 'utf8')) as { answers: Record<string, unknown> };
  expect(exported.answers['step1.desiredStatus']).toBe('ENGINEER_HUMANITIES_INTL');
  await expectAxeClean(page);

  await page.getByLabel('Load a saved application file').setInputFiles(await download.path());
  await expect(page.getByRole('heading', { level: 1, name: 'Application details' })).toBeVisible();
  await expect(page).not.toHaveURL(new RegExp(`${draftPath}$`));
  await expect(page.getByLabel(/^Desired status of residence/)).toHaveValue('ENGINEER_HUMANITIES_INTL');

  // R-ATT-2: a text file named .pdf is refused by its content, and the item says why.
  await page.getByRole('navigation', { name: 'Steps of the application' }).getByRole('link', { name: 'Photo and documents' }).click();
  const item = page.getByRole('region', { name: 'Documents' }).getByRole('article').first();
  const name = (await item.getByRole('heading').innerText()).trim();
  await item.getByLabel(`Files for "${name}"`).setInputFiles({ name: 'letter.pdf', mimeType: 'application/pdf', buffer: Buffer.from('This is not a PDF at all.\n') });
  await item.getByRole('button', { name: `Attach "${name}"` }).click();
  await expect(item.getByRole('alert')).toBeVisible();
  await expect(item).toContainText('Not attached');
  await expectAxeClean(page);
});
