import { expect, type Browser, type BrowserContext, type Page, type TestInfo } from '@playwright/test';

export type Language = 'ja' | 'en';

/** A fresh context that inherits nothing from the default one (axe wants its own page), in the given language. */
export async function newContextIn(
  browser: Browser,
  testInfo: TestInfo,
  language: Language,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL, locale: 'ja-JP', ...options });
  await context.addInitScript((lang) => window.localStorage.setItem('zairyu.language', lang), language);
  return context;
}

/** Collects console errors (CSP violations, failed requests, React errors) so a test can assert there are none. */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

export async function expectNoHorizontalScroll(page: Page, width: number): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.scrollingElement?.scrollWidth ?? Number.POSITIVE_INFINITY);
  expect(scrollWidth).toBeLessThanOrEqual(width);
}
