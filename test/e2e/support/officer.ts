import { expect, type Browser, type Page } from '@playwright/test';
import type { OfficerRole } from '../../../src/domain/auth/roles.js';
import { DEMO_OFFICERS, DEMO_OFFICER_PASSWORD, type DemoOfficer } from '../../../src/server/features/officers/demo-officers.js';
import { officerCasePath, officerIssuancePath, WEB_PATHS } from '../../../src/web/paths.js';
import { enterTotpUntilAccepted } from './totp.js';

/**
 * The bureau's side of the browser journeys: the demo officers' sign-in and the case steps on the officer pages.
 * Every step takes the application's id (the case screen's `/officer/cases/:id` is the applicant's `/applications/:id`).
 */

export function demoOfficer(role: OfficerRole): DemoOfficer {
  const officer = DEMO_OFFICERS.find((d) => d.role === role);
  if (!officer) throw new Error(`no demo officer with the role ${role}`);
  return officer;
}

/**
 * Password + TOTP for the demo officer of this role; ends on the officer home page. `typeAuthId` lets a test type
 * the 認証ID differently (e.g. in lower case, which the server accepts).
 */
/** `clockOffsetMs`: how far the server's clock is ahead of this machine's (journeys that move it), for the TOTP step. */
export async function signInOfficer(page: Page, role: OfficerRole, typeAuthId: (authId: string) => string = (id) => id, clockOffsetMs = 0): Promise<void> {
  const officer = demoOfficer(role);
  await page.goto(WEB_PATHS.officerSignIn);
  await page.getByLabel('認証ID').fill(typeAuthId(officer.authId));
  await page.getByLabel('パスワード').fill(DEMO_OFFICER_PASSWORD);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  // The demo officers are shared by parallel journeys: a code already used in this step is retried with the next.
  await enterTotpUntilAccepted(page, officer.totpSecret, page.getByText(/としてログインしています。/), clockOffsetMs);
}

/** A signed-in officer in a context of their own, so the applicant's page keeps its own session. */
export async function officerPage(browser: Browser, role: OfficerRole, baseURL: string | undefined): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, locale: 'ja-JP', timezoneId: 'Asia/Tokyo' })).newPage();
  await signInOfficer(page, role);
  return page;
}

/** The case screen, loaded (its heading and status shown). */
export async function openCase(page: Page, applicationId: string): Promise<void> {
  await page.goto(officerCasePath(applicationId));
  await expect(page.getByRole('heading', { level: 2, name: '操作' })).toBeVisible();
}

/** The case's status as the case screen shows it (e.g. 審査中, 追完待ち, 発行待ち). */
export function caseStatus(page: Page) {
  return page.getByRole('definition').first();
}

/** R-EXAM-3: the signed-in officer takes the case (opened on the case screen). */
export async function claimCase(page: Page, applicationId: string): Promise<void> {
  await openCase(page, applicationId);
  await page.getByRole('button', { name: '担当する', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: '担当しました。' })).toBeVisible();
}

/** R-EXAM-3: the holder gives the case back, so an officer of the next role can claim it. */
export async function releaseCase(page: Page, applicationId: string): Promise<void> {
  await openCase(page, applicationId);
  await page.getByRole('button', { name: '担当を外れる' }).click();
  await expect(page.getByRole('status').filter({ hasText: '担当を外れました。' })).toBeVisible();
}

/**
 * R-EXAM-2: the intake clerk finds the submission in the intake queue, claims it and accepts it; returns the
 * reception number it was given.
 */
export async function acceptAtIntake(page: Page, applicationId: string): Promise<string> {
  await page.goto(WEB_PATHS.officerIntake);
  await expect(page.getByRole('heading', { level: 1, name: '受付待ちの申請' })).toBeVisible();
  await page.locator(`a[href="${officerCasePath(applicationId)}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${officerCasePath(applicationId)}$`));
  await claimCase(page, applicationId);
  await page.getByRole('button', { name: '受付（受付番号を付与）' }).click();
  const done = page.getByRole('status').filter({ hasText: /受付番号 \S+ を付与しました。/ });
  await expect(done).toBeVisible();
  return /受付番号 (\S+) を付与しました。/.exec(await done.innerText())?.[1] ?? '';
}

/** R-CASE-3: the examiner (holding the case) asks for these items by this deadline (YYYY-MM-DD) → 追完待ち. */
export async function requestDocuments(page: Page, applicationId: string, items: readonly string[], deadline: string, note = ''): Promise<void> {
  await openCase(page, applicationId);
  await page.getByLabel('提出を求める資料（1行に1つ）').fill(items.join('\n'));
  await page.getByLabel('提出期限', { exact: true }).fill(deadline);
  if (note) await page.getByLabel('申請者へのお知らせ（任意）').fill(note);
  await page.getByRole('button', { name: '資料の提出を求める' }).click();
  await expect(page.getByTestId('document-request').filter({ hasText: deadline })).toContainText('回答待ち');
  await expect(caseStatus(page)).toHaveText('追完待ち');
}

export interface GrantChoice {
  /** The granted status of residence as the decision form names it, e.g. 技術・人文知識・国際業務. */
  status: string;
  /** The period as the decision form names it; the form's first period when not given. */
  period?: string;
}

async function chooseGrant(page: Page, choice: GrantChoice): Promise<void> {
  await page.getByRole('radio', { name: '許可', exact: true }).check();
  await page.getByLabel('在留資格', { exact: true }).selectOption({ label: choice.status });
  if (choice.period) await page.getByLabel('在留期間', { exact: true }).selectOption({ label: choice.period });
}

/** R-EXAM-4: the examiner claims the case, proposes 許可 and releases the case for the decision maker. */
export async function proposeGrant(page: Page, applicationId: string, choice: GrantChoice): Promise<void> {
  await claimCase(page, applicationId);
  await chooseGrant(page, choice);
  await page.getByRole('button', { name: '処分案を起案する' }).click();
  await expect(page.getByTestId('proposal')).toContainText(`許可 — ${choice.status}`);
  await releaseCase(page, applicationId);
}

/** R-EXAM-4: the decision maker claims the case and decides 許可 → 発行待ち (the examination-completed mail goes out). */
export async function grantCase(page: Page, applicationId: string, choice: GrantChoice): Promise<void> {
  await claimCase(page, applicationId);
  await chooseGrant(page, choice);
  await page.getByRole('button', { name: '許可する', exact: true }).click();
  await expect(caseStatus(page)).toHaveText('発行待ち');
}

/** R-RES-1: the issuance clerk claims the case and opens the issuance page from the case screen. */
export async function openIssuance(page: Page, applicationId: string): Promise<void> {
  await claimCase(page, applicationId);
  await page.getByRole('link', { name: '交付処理', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${officerIssuancePath(applicationId)}$`));
  await expect(page.getByRole('heading', { level: 1, name: '交付処理（在留カード等の交付）' })).toBeVisible();
}

/** R-RES-1: records receipt of one mailed item, named as the issuance page lists it (e.g. 返信用封筒). */
export async function recordMailedItem(page: Page, itemName: string | RegExp): Promise<void> {
  const item = page.getByRole('region', { name: '提出物の受領' }).getByRole('listitem').filter({ hasText: itemName });
  await item.getByRole('button', { name: '受領を記録' }).click();
  await expect(item).toContainText('受領済み');
}

/** R-RES-1: confirms the revenue stamps of the fee the page says is due; returns that amount in yen. */
export async function recordFee(page: Page): Promise<number> {
  const fee = page.getByRole('region', { name: '手数料' });
  const due = Number((/([\d,]+)円/.exec(await fee.getByText(/^手数料額/).innerText())?.[1] ?? '').replace(/,/g, ''));
  await fee.getByLabel(/^収入印紙の額（円）/).fill(String(due));
  await fee.getByRole('button', { name: '納付を確認' }).click();
  await expect(fee).toContainText(`納付確認済み: ${due.toLocaleString('ja-JP')}円`);
  return due;
}

/** R-RES-1: records the new residence card's number (e.g. AB12345678CD). */
export async function recordCardNumber(page: Page, cardNumber: string): Promise<void> {
  const card = page.getByRole('region', { name: '新しい在留カード番号' });
  await card.getByLabel(/^在留カード番号/).fill(cardNumber);
  await card.getByRole('button', { name: '番号を記録' }).click();
  await expect(card).toContainText(cardNumber.replace(/\s/g, '').toUpperCase());
}

/** R-RES-1: dispatch by registered mail with the tracking number → 完了. */
export async function dispatchWithTracking(page: Page, trackingNumber: string): Promise<void> {
  const dispatch = page.getByRole('region', { name: '発送' });
  await dispatch.getByLabel(/^追跡番号/).fill(trackingNumber);
  await dispatch.getByRole('button', { name: '発送を記録して完了にする' }).click();
  await expect(dispatch).toContainText(trackingNumber.replace(/\D/g, ''));
}
