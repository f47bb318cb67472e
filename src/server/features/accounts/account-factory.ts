import { randomInt, randomUUID } from 'node:crypto';
import { buildAuthId } from '../../../domain/auth/auth-id.js';
import type { AccountKind, OfficerRole } from '../../../domain/auth/roles.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import type { DbOrTx } from '../../db/client.js';
import { insertAccount, isAuthIdTaken, type Account } from './account-repository.js';
import { normaliseEmail } from './recovery-service.js';

export interface NewAccountInput {
  kind: AccountKind;
  officerRole?: OfficerRole | null;
  office?: string | null;
  displayName: string;
  email: string;
  authIdExpiresAt?: Date | null;
  creationKey?: string | null;
  createdBy?: string | null;
  passwordHash?: string | null;
  /** Sealed TOTP secret (see totp-secrets.ts), for demo data and tests. */
  totpSecret?: string | null;
  /** A fixed 認証ID (demo data); otherwise a new random one. */
  authId?: string;
}

export async function newAuthId(db: DbOrTx): Promise<string> {
  for (;;) {
    const candidate = buildAuthId((bound) => randomInt(bound));
    if (!(await isAuthIdTaken(db, candidate))) return candidate;
  }
}

/** Creates an account with a fresh 認証ID in the caller's transaction (the caller writes the audit row). */
export async function createAccount(tx: DbOrTx, clock: Clock, input: NewAccountInput): Promise<Account> {
  const now = clock.now();
  return insertAccount(tx, {
    id: randomUUID(),
    authId: input.authId ?? (await newAuthId(tx)),
    kind: input.kind,
    officerRole: input.officerRole ?? null,
    office: input.office ?? null,
    displayName: input.displayName,
    email: normaliseEmail(input.email),
    passwordHash: input.passwordHash ?? null,
    passwordChangedAt: input.passwordHash ? now : null,
    totpSecret: input.totpSecret ?? null,
    totpEnrolledAt: input.totpSecret ? now : null,
    authIdExpiresAt: input.authIdExpiresAt ?? null,
    creationKey: input.creationKey ?? null,
    createdBy: input.createdBy ?? null,
    createdAt: now,
    updatedAt: now,
  });
}
