import { expect, type Locator, type Page } from '@playwright/test';
import { base32Decode, totpCode } from '../../../src/server/features/accounts/totp.js';

/**
 * Enters the current TOTP code until the page shows `accepted`. Demo officers are signed in by several journeys
 * running in parallel, and the server accepts each 30-second step once (RFC 6238 §5.2), so a refused code is
 * retried with the next step's code.
 */
export async function enterTotpUntilAccepted(page: Page, secret: string, accepted: Locator, clockOffsetMs = 0): Promise<void> {
  const serverNow = () => Date.now() + clockOffsetMs;
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await page.getByLabel('確認コード（6桁）').fill(totpCode(base32Decode(secret), new Date(serverNow())));
    await page.getByRole('button', { name: '確認する' }).click();
    if (await accepted.waitFor({ state: 'visible', timeout: 5_000 }).then(() => true, () => false)) return;
    await page.waitForTimeout(30_000 - (serverNow() % 30_000) + 200);
  }
  await expect(accepted).toBeVisible();
}
