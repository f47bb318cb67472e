import { createHash, randomBytes } from 'node:crypto';
import { and, eq, gt, isNull, lt } from 'drizzle-orm';
import type { Clock } from '../../../domain/calendar/clock.js';
import { NONCE_BYTES, NONCE_PATTERN, NONCE_TTL_MS } from '../../../domain/jpki/index.js';
import type { DbOrTx } from '../../db/client.js';
import { jpkiNonces } from '../../db/schema.js';

/** What a nonce may be used for; a nonce issued for one purpose is refused for another. */
export type JpkiNoncePurpose = 'REGISTRATION' | 'LOGIN' | 'CARD_RENEWAL' | 'ID_RECOVERY';

export interface IssuedNonce {
  /** base64url of 32 random bytes: what the card signs (see challengeMessage). */
  nonce: string;
  expiresAt: Date;
}

export type NonceFailure = 'NONCE_UNKNOWN' | 'NONCE_REPLAYED' | 'NONCE_EXPIRED' | 'NONCE_WRONG_SESSION' | 'NONCE_WRONG_PURPOSE';
export type NonceConsumption = { ok: true } | { ok: false; reason: NonceFailure };

export interface NonceInput {
  /** The server-side session the nonce is bound to. Stored hashed. */
  sessionId: string;
  purpose: JpkiNoncePurpose;
}

/** Challenge nonces for the card (R-AUTH-2): ≥128 random bits, single use, bound to a session, 5 minutes. */
export interface NonceStore {
  issue(input: NonceInput): Promise<IssuedNonce>;
  /**
   * Uses the nonce up. Succeeds once, for its own session and purpose, before it expires. A nonce presented by
   * another session or for another purpose is not used up, so its owner can still finish.
   */
  consume(input: NonceInput & { nonce: string }): Promise<NonceConsumption>;
  /** Deletes expired nonces (a replay of a deleted nonce is refused as unknown); returns how many. */
  purgeExpired(): Promise<number>;
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export class DbNonceStore implements NonceStore {
  constructor(
    private readonly db: DbOrTx,
    private readonly clock: Clock,
  ) {}

  async issue(input: NonceInput): Promise<IssuedNonce> {
    const nonce = randomBytes(NONCE_BYTES).toString('base64url');
    const now = this.clock.now();
    const expiresAt = new Date(now.getTime() + NONCE_TTL_MS);
    await this.db.insert(jpkiNonces).values({
      nonceHash: sha256(nonce), sessionId: sha256(input.sessionId), purpose: input.purpose, createdAt: now, expiresAt,
    });
    return { nonce, expiresAt };
  }

  async consume(input: NonceInput & { nonce: string }): Promise<NonceConsumption> {
    if (!NONCE_PATTERN.test(input.nonce)) return { ok: false, reason: 'NONCE_UNKNOWN' };
    const now = this.clock.now();
    const nonceHash = sha256(input.nonce);
    const sessionHash = sha256(input.sessionId);
    // One conditional UPDATE: of two concurrent uses, the second finds consumed_at set and gets no row.
    const used = await this.db
      .update(jpkiNonces)
      .set({ consumedAt: now })
      .where(and(
        eq(jpkiNonces.nonceHash, nonceHash), isNull(jpkiNonces.consumedAt), eq(jpkiNonces.sessionId, sessionHash),
        eq(jpkiNonces.purpose, input.purpose), gt(jpkiNonces.expiresAt, now),
      ))
      .returning({ nonceHash: jpkiNonces.nonceHash });
    if (used.length === 1) return { ok: true };

    const [row] = await this.db.select().from(jpkiNonces).where(eq(jpkiNonces.nonceHash, nonceHash));
    if (!row) return { ok: false, reason: 'NONCE_UNKNOWN' };
    if (row.consumedAt) return { ok: false, reason: 'NONCE_REPLAYED' };
    if (row.sessionId !== sessionHash) return { ok: false, reason: 'NONCE_WRONG_SESSION' };
    if (row.purpose !== input.purpose) return { ok: false, reason: 'NONCE_WRONG_PURPOSE' };
    return { ok: false, reason: 'NONCE_EXPIRED' };
  }

  async purgeExpired(): Promise<number> {
    const deleted = await this.db.delete(jpkiNonces).where(lt(jpkiNonces.expiresAt, this.clock.now())).returning({ nonceHash: jpkiNonces.nonceHash });
    return deleted.length;
  }
}
