import {
  CARD_KEY_ALGORITHM, CardFile, LOCK_AFTER, SealedSlotContent, bufferOf, challengeMessage, fromBase64, isValidPin,
  isValidSignaturePassword, openSecret, sealContext, toBase64Url, type CardSlot,
} from '../../domain/jpki/index.js';
import type { CardStorage } from './card-storage.js';
import { JpkiClientError, type CardSignature, type CardStatus, type CardSummary, type JpkiClient } from './jpki-client.js';
import { applyUnlock, freshCounters, loadCounters, saveCounters, statusOf, type CounterRecord } from './lock-counters.js';

const CARD_PREFIX = 'zairyu.jpki.card.';

export interface SoftwareCardOptions {
  storage: CardStorage;
  subtle?: SubtleCrypto;
  now?: () => Date;
}

/**
 * The software card (R-AUTH-3): a development stand-in for a My Number card in the browser. It imports card
 * files from the development CA, keeps them (keys sealed under the PIN and password) in the browser's storage,
 * enforces the retry counters (PIN 3, password 5) and signs the server's challenge exactly as the real JPKI client
 * would. The counters survive reloads and re-imports; only an unlock token from `npm run card:unlock` resets them.
 */
export class SoftwareCard implements JpkiClient {
  readonly kind = 'software-card' as const;
  private readonly storage: CardStorage;
  private readonly subtle: SubtleCrypto;
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(options: SoftwareCardOptions) {
    this.storage = options.storage;
    this.subtle = options.subtle ?? globalThis.crypto.subtle;
    this.now = options.now ?? (() => new Date());
  }

  /** Imports (or re-imports) a card file; the counters of a card already seen are kept as they are. */
  async importCard(input: string | unknown): Promise<CardSummary> {
    let data: unknown = input;
    if (typeof input === 'string') {
      try {
        data = JSON.parse(input);
      } catch {
        throw new JpkiClientError('CARD_FILE_INVALID');
      }
    }
    const parsed = CardFile.safeParse(data);
    if (!parsed.success) throw new JpkiClientError('CARD_FILE_INVALID');
    const card = parsed.data;
    return this.exclusive(async () => {
      const counters = await loadCounters(this.storage, card.serial, card.unlockAuthority.publicKey);
      if (counters && counters.unlockAuthority !== card.unlockAuthority.publicKey) throw new JpkiClientError('CARD_CONFLICT');
      await this.storage.set(CARD_PREFIX + card.serial, JSON.stringify(card));
      if (!counters) await saveCounters(this.storage, freshCounters(card.serial, card.unlockAuthority.publicKey));
      return { serial: card.serial, issuedAt: card.issuedAt };
    });
  }

  async listCards(): Promise<CardSummary[]> {
    const keys = (await this.storage.keys()).filter((k) => k.startsWith(CARD_PREFIX)).sort();
    const cards: CardSummary[] = [];
    for (const key of keys) {
      const card = await this.findCard(key.slice(CARD_PREFIX.length));
      if (card) cards.push({ serial: card.serial, issuedAt: card.issuedAt });
    }
    return cards;
  }

  /** Removes the card data; its counters stay, so importing it again does not reset them. */
  async removeCard(cardSerial: string): Promise<void> {
    await this.storage.remove(CARD_PREFIX + cardSerial);
  }

  async getStatus(cardSerial: string): Promise<CardStatus> {
    const card = await this.getCard(cardSerial);
    return statusOf(await this.getCounters(card));
  }

  async readAuthenticationCertificate(cardSerial: string): Promise<string> {
    return (await this.getCard(cardSerial)).authentication.certificate;
  }

  async signWithAuthenticationKey(cardSerial: string, pin: string, nonce: string): Promise<CardSignature> {
    if (!isValidPin(pin)) throw new JpkiClientError('PIN_FORMAT');
    return this.sign(cardSerial, 'AUTHENTICATION', pin, nonce);
  }

  async signWithSignatureKey(cardSerial: string, password: string, nonce: string): Promise<CardSignature> {
    if (!isValidSignaturePassword(password)) throw new JpkiClientError('PASSWORD_FORMAT');
    return this.sign(cardSerial, 'SIGNATURE', password, nonce);
  }

  /** The municipal office's unlock (`npm run card:unlock`): resets the counters the token names. */
  async applyUnlockToken(token: string): Promise<CardStatus> {
    return this.exclusive(async () => {
      const record = await applyUnlock(this.subtle, token, async (serial) => {
        const card = await this.findCard(serial);
        return loadCounters(this.storage, serial, card?.unlockAuthority.publicKey);
      }, this.now());
      await saveCounters(this.storage, record);
      return statusOf(record);
    });
  }

  private async sign(cardSerial: string, slot: CardSlot, secret: string, nonce: string): Promise<CardSignature> {
    const message = challengeMessage(slot, nonce);
    const card = await this.getCard(cardSerial);
    const opened = await this.exclusive(async () => {
      const counters = await this.getCounters(card);
      if (counters.lockedAt[slot] !== null) throw lockedError(slot);
      // Counted before the attempt, as a card decrements its retry counter first: closing the page mid-way cannot skip it.
      const failures = counters.failures[slot] + 1;
      await saveCounters(this.storage, withFailures(counters, slot, failures, null));
      const sealed = slot === 'SIGNATURE' ? card.signature.sealed : card.authentication.sealed;
      const plaintext = await openSecret(this.subtle, sealed, secret, sealContext(card.serial, slot));
      if (!plaintext) {
        if (failures >= LOCK_AFTER[slot]) {
          await saveCounters(this.storage, withFailures(counters, slot, failures, this.now().toISOString()));
          throw lockedError(slot);
        }
        throw new JpkiClientError(slot === 'SIGNATURE' ? 'PASSWORD_INCORRECT' : 'PIN_INCORRECT', LOCK_AFTER[slot] - failures);
      }
      await saveCounters(this.storage, withFailures(counters, slot, 0, null));
      return plaintext;
    });
    const content = SealedSlotContent.safeParse(JSON.parse(new TextDecoder().decode(opened)));
    if (!content.success) throw new JpkiClientError('CARD_FILE_INVALID');
    const certificate = slot === 'SIGNATURE' ? content.data.certificate : card.authentication.certificate;
    if (!certificate) throw new JpkiClientError('CARD_FILE_INVALID');
    const key = await this.subtle.importKey(
      'pkcs8', bufferOf(fromBase64(content.data.privateKey)), { name: CARD_KEY_ALGORITHM.name, hash: CARD_KEY_ALGORITHM.hash }, false, ['sign'],
    );
    const signature = new Uint8Array(await this.subtle.sign(CARD_KEY_ALGORITHM.name, key, bufferOf(message)));
    return { slot, certificate, signature: toBase64Url(signature) };
  }

  private async findCard(serial: string): Promise<CardFile | undefined> {
    const text = await this.storage.get(CARD_PREFIX + serial);
    if (text === undefined) return undefined;
    try {
      const parsed = CardFile.safeParse(JSON.parse(text));
      return parsed.success ? parsed.data : undefined;
    } catch {
      return undefined;
    }
  }

  private async getCard(serial: string): Promise<CardFile> {
    const card = await this.findCard(serial);
    if (!card) throw new JpkiClientError('CARD_NOT_FOUND');
    return card;
  }

  private async getCounters(card: CardFile): Promise<CounterRecord> {
    const record = await loadCounters(this.storage, card.serial, card.unlockAuthority.publicKey);
    return record ?? freshCounters(card.serial, card.unlockAuthority.publicKey);
  }

  /**
   * One counter update at a time: across tabs through the Web Locks API where the browser has it, and within this
   * instance through a queue.
   */
  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const locks = (globalThis.navigator as Navigator | undefined)?.locks;
    const run = locks ? () => locks.request('zairyu-software-card', task) : task;
    const result = this.queue.then(run, run);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function withFailures(record: CounterRecord, slot: CardSlot, failures: number, lockedAt: string | null): CounterRecord {
  return { ...record, failures: { ...record.failures, [slot]: failures }, lockedAt: { ...record.lockedAt, [slot]: lockedAt } };
}

function lockedError(slot: CardSlot): JpkiClientError {
  return new JpkiClientError(slot === 'SIGNATURE' ? 'PASSWORD_LOCKED' : 'PIN_LOCKED');
}
