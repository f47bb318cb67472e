import { expect, test } from '@playwright/test';
import { WEB_PATHS } from '../../src/web/paths.js';

test('an unknown path answers 404 with the not-found page in Japanese and English', async ({ page }) => {
  const response = await page.goto('/no/such/page');
  expect(response?.status()).toBe(404);
  await expect(page).toHaveTitle('ページが見つかりません | 在留申請オンラインシステム');
  await expect(page.getByRole('heading', { level: 1, name: 'お探しのページが見つかりません' })).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'We cannot find that page' })).toBeVisible();
  await expect(page).toHaveTitle('Page not found | Online Residence Application System');

  await page.getByRole('link', { name: 'Back to the home page' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Residence procedures, online' })).toBeVisible();
});

test('every known page answers 200', async ({ request }) => {
  for (const path of Object.values(WEB_PATHS)) {
    const response = await request.get(path, { headers: { accept: 'text/html' } });
    expect(response.status(), path).toBe(200);
  }
});
