import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { newContextIn, type Language } from './support/app.js';
import { enrolAuthenticator, startFirstSignIn } from './support/first-sign-in.js';
import { signInOfficer } from './support/officer.js';

const PAGES: { path: string; language: Language; heading: string }[] = [
  { path: '/sign-in', language: 'ja', heading: 'ログイン（法人、弁護士・行政書士）' },
  { path: '/officer/sign-in', language: 'en', heading: 'Officer sign-in' },
  { path: '/password/forgot', language: 'ja', heading: 'パスワードを忘れた方' },
];

for (const { path, language, heading } of PAGES) {
  test(`R-PLUS-8 axe finds no violations on ${path} (${language})`, async ({ browser }, testInfo) => {
    const context = await newContextIn(browser, testInfo, language);
    const page = await context.newPage();
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
    await context.close();
  });
}

test('R-AUTH-8 an unknown 認証ID is refused with the same message as a wrong password, announced as an alert', async ({ page }) => {
  await page.goto('/sign-in');
  await page.getByLabel('認証ID').fill('ZZZZ-ZZZZ-ZZZZ');
  await page.getByLabel('パスワード').fill('not a real password');
  await page.getByRole('button', { name: 'ログイン' }).click();
  await expect(page.getByRole('alert')).toContainText('認証IDまたはパスワードが正しくありません。');
});

async function mailLink(page: Page, to: string): Promise<string> {
  for (let i = 0; i < 40; i += 1) {
    const mail = (await (await page.request.get(`/api/dev/mailbox?to=${encodeURIComponent(to)}`)).json()) as { text: string }[];
    const link = /https?:\/\/\S+#token=[A-Za-z0-9_-]+/.exec(mail[0]?.text ?? '')?.[0];
    if (link) return new URL(link).pathname + new URL(link).hash;
    await page.waitForTimeout(250);
  }
  throw new Error(`no mail to ${to}`);
}

test('R-AUTH-6 R-EXAM-1 an administrator signs in with password and TOTP and creates an officer, who sets a password, enrols TOTP and signs in', async ({ page }) => {
  await signInOfficer(page, 'ADMINISTRATOR', (authId) => authId.toLowerCase());
  await expect(page.getByText('（システム管理者、東京出入国在留管理局）としてログインしています。')).toBeVisible();

  await page.getByRole('link', { name: '職員アカウントの管理' }).click();
  const email = `e2e-${Date.now()}@isa.example.jp`;
  await page.getByLabel('氏名').fill('交付 次郎');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('役割').selectOption('ISSUANCE_CLERK');
  await page.getByLabel('所属官署').selectOption('ODAIBA');
  await page.getByRole('button', { name: '作成する' }).click();
  await expect(page.getByRole('status')).toContainText('交付 次郎 さんのアカウント');
  await page.goto('/account');
  await page.getByRole('button', { name: 'ログアウト' }).click();

  await page.goto(await mailLink(page, email));
  await page.getByLabel('新しいパスワード').fill('short');
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();
  await expect(page.getByRole('alert')).toContainText('12文字以上');
  const password = 'parcels leave odaiba every evening';
  await page.getByLabel('新しいパスワード').fill(password);
  await page.getByRole('button', { name: 'パスワードを設定する' }).click();
  const done = await page.getByRole('status').innerText();
  const authId = /認証ID (\S+) のパスワード/.exec(done)?.[1] ?? '';

  await startFirstSignIn(page, '/officer/sign-in', authId, password);
  await enrolAuthenticator(page);
  await expect(page.getByText('交付 次郎（交付担当、東京出入国在留管理局 お台場分室 オンライン審査部門）としてログインしています。')).toBeVisible();
});
