import { cardClientMessage, type CardClientErrorCode, type CardSlot, type JpkiClientKind } from '../../domain/jpki/index.js';
import type { Bilingual } from '../../domain/validation/field-errors.js';

/**
 * The browser side of the card (R-AUTH-1, R-AUTH-3). Two implementations, one interface:
 *   - SoftwareCard (software-card.ts): development and tests; card files from `npm run card:issue`, keys sealed
 *     under the PIN and password, retry counters kept in the browser, unlocked by `npm run card:unlock`.
 *   - JpkiReaderClient (jpki-reader-client.ts): production; the real JPKI client with a card reader or phone,
 *     where the card itself keeps the keys and the counters. Not available in this environment.
 * Both sign challengeMessage(slot, nonce) with RSASSA-PKCS1-v1_5/SHA-256, and the server verifies both the same
 * way (src/server/adapters/jpki/verify.ts). Which one to use comes from the server (JpkiClientKind).
 */
export interface JpkiClient {
  readonly kind: JpkiClientKind;
  listCards(): Promise<CardSummary[]>;
  getStatus(cardSerial: string): Promise<CardStatus>;
  /** Readable without the PIN, as on a real card. Base64 DER. */
  readAuthenticationCertificate(cardSerial: string): Promise<string>;
  /** Login and registration: the user-authentication key, opened by the 4-digit PIN (locks after 3 wrong entries). */
  signWithAuthenticationKey(cardSerial: string, pin: string, nonce: string): Promise<CardSignature>;
  /** Registration: the signature key, opened by the password (locks after 5); also reveals the signature certificate. */
  signWithSignatureKey(cardSerial: string, password: string, nonce: string): Promise<CardSignature>;
}

/** What the browser posts to the server for one slot (the server's CardResponse). */
export interface CardSignature {
  slot: CardSlot;
  /** Base64 DER. */
  certificate: string;
  /** Base64url, over challengeMessage(slot, nonce). */
  signature: string;
}

export interface CardSummary {
  serial: string;
  issuedAt: string;
}

export interface SecretStatus {
  failures: number;
  triesLeft: number;
  locked: boolean;
}

export interface CardStatus {
  serial: string;
  /** The PIN of the user-authentication key. */
  pin: SecretStatus;
  /** The password of the signature key. */
  password: SecretStatus;
}

/** A refusal with a code, the tries left where they matter, and the ja/en message. Never carries a secret. */
export class JpkiClientError extends Error {
  constructor(
    readonly code: CardClientErrorCode,
    readonly triesLeft?: number,
  ) {
    super(cardClientMessage(code, triesLeft).en);
    this.name = 'JpkiClientError';
  }

  get messages(): Bilingual {
    return cardClientMessage(this.code, this.triesLeft);
  }
}
