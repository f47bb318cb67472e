import { createHmac, hkdfSync } from 'node:crypto';
import type { Config } from '../../config.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { accountActor } from '../accounts/audit-actor.js';
import { SecretBox } from '../accounts/secret-box.js';
import { IDENTITY_FIELDS, type IdentityDetails } from './identity-rules.js';
import { REGISTRATION_MESSAGES } from './messages.js';
import { findProfile, updateProfile, type IndividualProfile } from './profile-repository.js';

/**
 * R-PLUS-6: the person's identity numbers are sealed (AES-256-GCM) on their profile; the two lookups an
 * intermediary's filing needs go through keyed HMACs, so neither the database nor a log holds a number in clear.
 * Both keys derive from TOTP_ENCRYPTION_KEY with purposes of their own.
 */
const SEAL_PURPOSE = 'profile-identity-encryption v1';
const INDEX_PURPOSE = 'profile-identity-index v1';

interface Keys {
  box: SecretBox;
  index: Buffer;
}

const keys = new WeakMap<Config, Keys>();

function keysFor(config: Config): Keys {
  let found = keys.get(config);
  if (!found) {
    const index = Buffer.from(hkdfSync('sha256', config.totpEncryptionKey, 'zairyu-online', INDEX_PURPOSE, 32));
    found = { box: new SecretBox(config.totpEncryptionKey, SEAL_PURPOSE), index };
    keys.set(config, found);
  }
  return found;
}

function hmac(config: Config, text: string): string {
  return createHmac('sha256', keysFor(config).index).update(text).digest('base64url');
}

export interface IdentityIndexes {
  residenceCardIndex: string | null;
  passportIndex: string | null;
}

/** The lookup keys of normalised identity numbers (as the forms engine normalises them, R-FORM-4). */
export function identityIndexes(config: Config, person: IdentityDetails): IdentityIndexes {
  return {
    residenceCardIndex: person.residenceCardNumber ? hmac(config, `card\n${person.residenceCardNumber}`) : null,
    passportIndex: person.nationality && person.passportNumber ? hmac(config, `passport\n${person.nationality}\n${person.passportNumber}`) : null,
  };
}

const EMPTY: IdentityDetails = { residenceCardNumber: null, nationality: null, passportNumber: null };

export function openIdentity(config: Config, profile: Pick<IndividualProfile, 'identitySealed'>): IdentityDetails {
  if (!profile.identitySealed) return EMPTY;
  const stored = JSON.parse(keysFor(config).box.open(profile.identitySealed).toString('utf8')) as Partial<IdentityDetails>;
  return { residenceCardNumber: stored.residenceCardNumber ?? null, nationality: stored.nationality ?? null, passportNumber: stored.passportNumber ?? null };
}

/** Only a foreign national's own registered account holds these numbers: a representative's or relative's are not theirs. */
async function ownProfile(ctx: AppContext, account: SessionAccount): Promise<IndividualProfile> {
  const profile = await findProfile(ctx.database.db, account.id);
  if (!profile || profile.status !== 'ACTIVE' || profile.userType !== 'SELF') throw new AppError('FORBIDDEN', REGISTRATION_MESSAGES.identityNotSelf);
  return profile;
}

export async function readIdentity(ctx: AppContext, account: SessionAccount): Promise<IdentityDetails> {
  return openIdentity(ctx.config, await ownProfile(ctx, account));
}

/** Replaces the numbers (already normalised and checked by the request schema); the audit row names the fields only. */
export async function saveIdentity(ctx: AppContext, account: SessionAccount, details: IdentityDetails, meta: { ip: string }): Promise<IdentityDetails> {
  const profile = await ownProfile(ctx, account);
  const before = openIdentity(ctx.config, profile);
  const changed = IDENTITY_FIELDS.filter((name) => before[name] !== details[name]);
  if (changed.length === 0) return before;
  const blank = IDENTITY_FIELDS.every((name) => details[name] === null);
  await ctx.database.db.transaction(async (tx) => {
    await updateProfile(tx, account.id, {
      identitySealed: blank ? null : keysFor(ctx.config).box.seal(Buffer.from(JSON.stringify(details), 'utf8')),
      ...identityIndexes(ctx.config, details),
      updatedAt: ctx.clock.now(),
    });
    await appendAudit(tx, ctx.clock, { ...accountActor(account), action: 'account.identity-changed', ipAddress: meta.ip, outcome: 'SUCCESS', details: { changed } });
  });
  return details;
}
