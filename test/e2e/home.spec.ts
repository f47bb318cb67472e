import { expect, test } from '@playwright/test';
import { jstDateOf } from '../../src/domain/calendar/jst.js';
import { PROCEDURES, STATUSES, feeFor, isStatusAvailableOnline } from '../../src/domain/reference/index.js';
import { collectConsoleErrors } from './support/app.js';

const today = jstDateOf(new Date());
const onlineStatuses = STATUSES.filter((s) => isStatusAvailableOnline(s.code, null));

test('R-PLUS-7 the home page in Japanese explains the service from the reference data', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page).toHaveTitle('ホーム | 在留申請オンラインシステム');
  await expect(page.getByRole('banner').getByRole('link', { name: '在留申請オンラインシステム' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: '在留手続を、オンラインで' })).toBeVisible();

  const who = page.getByRole('region', { name: '利用できる方' });
  for (const actor of ['外国人ご本人', '法定代理人', '配偶者、子、父または母', '弁護士・行政書士', '所属機関', '監理団体', '登録支援機関の職員', '公益法人の職員']) {
    await expect(who.getByRole('listitem').filter({ hasText: actor })).toHaveCount(1);
  }

  const procedures = page.getByRole('region', { name: 'オンラインで申請できる手続（7種類）' });
  await expect(procedures.getByRole('listitem')).toHaveCount(PROCEDURES.length);
  for (const procedure of PROCEDURES) {
    const item = procedures.getByRole('listitem').filter({ has: page.getByRole('heading', { name: procedure.nameJa, exact: true }) });
    await expect(item).toContainText(procedure.nameEn);
    await expect(item.getByText('と同時にのみ申請できます')).toHaveCount(procedure.standAlone ? 0 : 1);
  }
  const change = feeFor('CHANGE', 'STANDARD', today);
  await expect(procedures.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '在留資格変更許可申請' }) }))
    .toContainText(`${change.onlineYen.toLocaleString('ja-JP')}円（窓口では${change.counterYen.toLocaleString('ja-JP')}円）`);
  const single = feeFor('REENTRY', 'SINGLE', today);
  await expect(procedures.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '再入国許可申請' }) })).toContainText(`1回限り：${single.onlineYen.toLocaleString('ja-JP')}円`);
  await expect(procedures.getByRole('listitem').filter({ has: page.getByRole('heading', { name: '在留資格認定証明書交付申請' }) })).toContainText('無料');

  const statuses = page.getByRole('region', { name: 'オンライン申請の対象となる在留資格' });
  await expect(statuses.getByRole('list').first().getByRole('listitem')).toHaveCount(onlineStatuses.length);
  await expect(statuses.getByText('技術・人文知識・国際業務', { exact: true })).toBeVisible();
  const notOnline = statuses.getByRole('heading', { name: 'オンライン申請の対象外' }).locator('..');
  for (const name of ['外交', '短期滞在', '特定活動（出国準備期間）']) await expect(notOnline.getByRole('listitem').filter({ hasText: name })).toBeVisible();

  await expect(page.getByRole('region', { name: 'これまでのシステムとの違い' }).getByRole('listitem')).toHaveCount(6);
  await expect(page.getByRole('contentinfo')).toContainText('Zairyu Online');

  await page.getByRole('link', { name: '申請できるか確認する' }).first().click();
  await expect(page).toHaveURL(/\/precheck$/);
  await expect(page.getByRole('heading', { level: 1, name: '申請できるか確認する' })).toBeVisible();
  await expect(page.getByRole('main')).toBeFocused();
  expect(errors).toEqual([]);
});

test('R-PLUS-7 the home page in English names procedures and statuses in English, with the Japanese beside them', async ({ page }) => {
  const errors = collectConsoleErrors(page);
  await page.goto('/');
  await page.getByRole('group', { name: '表示言語' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveTitle('Home | Online Residence Application System');
  await expect(page.getByRole('heading', { level: 1, name: 'Residence procedures, online' })).toBeVisible();

  const procedures = page.getByRole('region', { name: 'The seven procedures you can file online' });
  await expect(procedures.getByRole('listitem')).toHaveCount(PROCEDURES.length);
  for (const procedure of PROCEDURES) {
    await expect(procedures.getByRole('heading', { name: procedure.nameEn, exact: true })).toBeVisible();
    await expect(procedures.getByText(procedure.nameJa, { exact: true })).toHaveAttribute('lang', 'ja');
  }
  const extension = feeFor('EXTENSION', 'STANDARD', today);
  await expect(procedures.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Extension of Period of Stay' }) }))
    .toContainText(`¥${extension.onlineYen.toLocaleString('en-GB')} (¥${extension.counterYen.toLocaleString('en-GB')} at the counter)`);

  const statuses = page.getByRole('region', { name: 'Statuses of residence eligible online' });
  await expect(statuses).toContainText(`These ${onlineStatuses.length} statuses of residence are eligible.`);
  await expect(statuses.getByText('Engineer/Specialist in Humanities/International Services', { exact: true })).toBeVisible();
  for (const name of ['Diplomat', 'Temporary Visitor', 'Designated Activities (preparation for departure)']) {
    await expect(statuses.getByRole('listitem').filter({ hasText: new RegExp(`^${name.replace(/[()]/g, '\\$&')}$`) })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: 'Who can use it' })).toContainText('Staff of a registered support organisation');
  expect(errors).toEqual([]);
});

test('R-PLUS-7 the language choice persists across reloads and sets <html lang>', async ({ page }) => {
  await page.goto('/');
  const switcher = page.getByRole('group', { name: '表示言語' });
  await expect(switcher.getByRole('button', { name: '日本語' })).toHaveAttribute('aria-pressed', 'true');
  await switcher.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Residence procedures, online');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Residence procedures, online');
  const englishSwitcher = page.getByRole('group', { name: 'Language' });
  await expect(englishSwitcher.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');

  await page.goto('/precheck');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check whether you can apply');

  await englishSwitcher.getByRole('button', { name: '日本語' }).click();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('申請できるか確認する');
});

test('R-PLUS-8 the skip link is the first stop on the keyboard and moves to the main content', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: '本文へ移動' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: '申請できるか確認する' }).first()).toBeFocused();
});

test('R-AUTH-1 R-AUTH-6 the home page leads each kind of user to its sign-in or registration page', async ({ page }) => {
  const cases = [
    ['マイナンバーカードでログイン', '/sign-in/card'],
    ['利用者登録（マイナンバーカード）', '/register'],
    ['開発用ソフトウェアカードの読込み', '/card'],
    ['認証IDとパスワードでログイン', '/sign-in'],
    ['職員ログイン', '/officer/sign-in'],
  ] as const;
  for (const [name, path] of cases) {
    await page.goto('/');
    await page.getByRole('region', { name: 'ログイン・利用者登録' }).getByRole('link', { name }).click();
    await expect(page).toHaveURL(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
