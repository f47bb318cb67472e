import type { BasicFacts } from '../../../domain/jpki/index.js';
import type { TestApp } from '../../../../test/helpers/app.js';
import type { IssuedCard } from '../../adapters/jpki/dev-ca.js';
import { respondWithCard } from '../../adapters/jpki/test-support.js';
import type { TestBrowser } from '../accounts/test-support.js';

export const FACTS: BasicFacts = { name: 'NGUYEN VAN AN', sex: 'M', dateOfBirth: '1990-01-02', address: '東京都新宿区西新宿二丁目8番1号' };

/** A software card from the test app's development CA, with cheap key sealing. */
export async function issueTestCard(t: TestApp, facts: BasicFacts = FACTS): Promise<IssuedCard> {
  const ca = t.ctx.jpki.devCa;
  if (!ca) throw new Error('the test app does not trust the development CA');
  return ca.issueCard(facts, { pin: '1234', password: 'ABC123', kdfIterations: 1_000 });
}

export async function challenge(browser: TestBrowser, purpose: 'REGISTRATION' | 'LOGIN' | 'CARD_RENEWAL'): Promise<string> {
  const res = await browser.post('/api/v1/jpki/challenge', { purpose });
  if (res.statusCode !== 200) throw new Error(`challenge failed: ${res.statusCode} ${res.body}`);
  return String(res.json().nonce);
}

/** What the browser sends after reading the card for registration: both slots signing one nonce. */
export async function cardReadBody(card: IssuedCard, nonce: string) {
  return { nonce, signature: await respondWithCard(card, 'SIGNATURE', nonce), authentication: await respondWithCard(card, 'AUTHENTICATION', nonce) };
}

export async function readCard(browser: TestBrowser, card: IssuedCard) {
  return browser.post('/api/v1/registration/card', await cardReadBody(card, await challenge(browser, 'REGISTRATION')));
}

export async function cardSignInBody(browser: TestBrowser, card: IssuedCard, authId: string, password: string) {
  const nonce = await challenge(browser, 'LOGIN');
  return { authId, password, nonce, authentication: await respondWithCard(card, 'AUTHENTICATION', nonce) };
}
