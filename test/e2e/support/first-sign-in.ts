import { expect, type Page } from '@playwright/test';
import { base32Decode, totpCode } from '../../../src/server/features/accounts/totp.js';
import { waitForMail } from './card.js';

/**
 * An approved account's first steps (foreign nationals and relatives, lawyers and scriveners, organisation staff,
 * officers): the password link of the approval mail, the 認証ID mail, and for those who sign in with a password alone
 * the authenticator enrolled at the first sign-in (R-AUTH-6).
 */

/** Opens the password link (its path is `linkPath`) of the mail to `email` whose subject contains `subject`. */
export async function openMailedPasswordLink(page: Page, email: string, subject: string, linkPath: string): Promise<void> {
  const mail = await waitForMail(page.request, email, subject);
  const link = new RegExp(`(https?://\\S+${linkPath}#token=[A-Za-z0-9_-]+)`).exec(mail.text)?.[1] ?? '';
  expect(link).not.toBe('');
  await page.goto(new URL(link).pathname + new URL(link).hash);
}

/** Sets the first password on the open password page; returns the 認証ID then mailed to `email`. */
export async function setFirstPassword(page: Page, email: string, password: string, submit = 'パスワードを設定する'): Promise<string> {
  await page.getByLabel(/新しいパスワード/).fill(password);
  await page.getByRole('button', { name: submit }).click();
  await expect(page.getByRole('status')).toContainText('パスワードを設定しました');
  const idMail = await waitForMail(page.request, email, '認証IDのお知らせ');
  const authId = /([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4})/.exec(idMail.text)?.[1] ?? '';
  expect(authId).not.toBe('');
  return authId;
}

/** Signs in with the 認証ID and password on `signInPath` for the first time: the authenticator enrolment comes up. */
export async function startFirstSignIn(page: Page, signInPath: string, authId: string, password: string): Promise<void> {
  await page.goto(signInPath);
  await page.getByLabel('認証ID').fill(authId);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('heading', { name: '認証アプリの登録' })).toBeVisible();
}

/** Enrols an authenticator with the key the enrolment page shows, which completes the sign-in. */
export async function enrolAuthenticator(page: Page): Promise<void> {
  const secret = await page.getByLabel('認証アプリに入力するキー').innerText();
  await page.getByLabel('確認コード（6桁）').fill(totpCode(base32Decode(secret), new Date()));
  await page.getByRole('button', { name: '登録してログイン' }).click();
}
