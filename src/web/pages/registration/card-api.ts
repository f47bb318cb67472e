import type { BasicFacts, CardSlot, JpkiClientKind } from '../../../domain/jpki/index.js';
import { createJpkiClient, JpkiClientError, type CardSignature, type JpkiClient, type SecretStatus } from '../../card/index.js';
import { apiGet, apiPost, type ApiResult, type Bilingual } from '../sign-in/auth-api.js';

export type { BasicFacts };

let client: Promise<JpkiClient> | undefined;

/** The card client the server asks for (the software card in development, the real JPKI client otherwise). */
export function cardClient(): Promise<JpkiClient> {
  client ??= apiGet<{ kind: JpkiClientKind }>('/api/v1/jpki/client').then((r) => createJpkiClient(r.ok ? r.data.kind : 'jpki-reader'));
  return client;
}

export function challenge(purpose: 'REGISTRATION' | 'LOGIN' | 'CARD_RENEWAL'): Promise<ApiResult<{ nonce: string }>> {
  return apiPost<{ nonce: string }>('/api/v1/jpki/challenge', { purpose });
}

/** What the secret dialog needs: which slot, its counters, and the refusal of the previous try. */
export interface SecretPrompt {
  slot: CardSlot;
  status: SecretStatus;
  error?: Bilingual;
}

/** Shows the dialog and resolves with what was typed, or null when cancelled (or locked). */
export type AskSecret = (prompt: SecretPrompt) => Promise<string | null>;

/**
 * Signs the nonce with one slot's key, asking for the PIN or password until it is right, cancelled or locked.
 * The card module counts wrong entries itself (R-AUTH-1: 3 for the PIN, 5 for the password).
 */
export async function signWithSlot(card: JpkiClient, serial: string, slot: CardSlot, nonce: string, ask: AskSecret): Promise<CardSignature | null> {
  let error: Bilingual | undefined;
  for (;;) {
    const status = await card.getStatus(serial);
    const secret = await ask({ slot, status: slot === 'AUTHENTICATION' ? status.pin : status.password, error });
    if (secret === null) return null;
    try {
      return slot === 'AUTHENTICATION' ? await card.signWithAuthenticationKey(serial, secret, nonce) : await card.signWithSignatureKey(serial, secret, nonce);
    } catch (caught) {
      if (!(caught instanceof JpkiClientError)) throw caught;
      if (caught.code === 'PIN_LOCKED' || caught.code === 'PASSWORD_LOCKED') error = undefined;
      else if (/_(FORMAT|INCORRECT)$/.test(caught.code)) error = caught.messages;
      else throw caught;
    }
  }
}

export function cardErrorMessage(caught: unknown): Bilingual {
  if (caught instanceof JpkiClientError) return caught.messages;
  return { ja: 'カードを読み取れませんでした。', en: 'The card could not be read.' };
}
