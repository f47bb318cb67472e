import { createHash } from 'node:crypto';
import { mkdir, stat, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { buildAuthId, formatAuthId } from '../../../domain/auth/auth-id.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import type { BasicFacts } from '../../../domain/jpki/index.js';
import type { IssuedCard } from '../../adapters/jpki/dev-ca.js';
import { NodeX509Certificate, normalizeSerial } from '../../adapters/jpki/x509.js';
import type { Config } from '../../config.js';
import type { AppContext } from '../../context.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import { findAccountByAuthId } from '../accounts/account-repository.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { insertProfile, personKeyOf, updateProfile } from './profile-repository.js';

/** Development only: a registered foreign national with a software card (PIN 1234, signature password ABC123). */
export const DEMO_INDIVIDUAL = {
  authId: buildAuthId((() => {
    let state = 9001;
    return (bound: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % bound;
    };
  })()),
  password: 'sakura demo card 2026',
  email: 'foreign-national@demo.zairyu.localhost',
  pin: '1234',
  cardPassword: 'ABC123',
  facts: { name: 'NGUYEN VAN AN', nameKana: 'グエン ヴァン アン', sex: 'M', dateOfBirth: '1990-01-01', address: '東京都新宿区西新宿二丁目8番1号' } satisfies BasicFacts,
};

export function demoCardPath(config: Pick<Config, 'jpki'>): string {
  return resolve(join(config.jpki.devCaDir, 'demo-foreign-national-card.json'));
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(() => true, () => false);
}

/** The binding as the verifier describes the certificate (issuer, serial, SHA-256 of the DER). */
function bindingOf(card: IssuedCard) {
  const der = Buffer.from(card.file.authentication.certificate, 'base64');
  const certificate = new NodeX509Certificate(der);
  return { authCertIssuer: certificate.issuer, authCertSerial: normalizeSerial(certificate.serialNumber), authCertFingerprint: createHash('sha256').update(der).digest('hex') };
}

/**
 * Creates the demo foreign national once; when the card file is missing (a fresh development CA), issues a new
 * card and re-binds the account to it. Otherwise changes nothing.
 */
export async function seedDemoIndividual(ctx: AppContext): Promise<void> {
  const ca = ctx.jpki.devCa;
  if (!ca) return;
  const path = demoCardPath(ctx.config);
  const existing = await findAccountByAuthId(ctx.database.db, DEMO_INDIVIDUAL.authId);
  if (existing && (await exists(path))) return;
  const card = await ca.issueCard(DEMO_INDIVIDUAL.facts, { pin: DEMO_INDIVIDUAL.pin, password: DEMO_INDIVIDUAL.cardPassword });
  const sigSerial = card.serial;
  const binding = bindingOf(card);
  const passwordHash = existing ? null : await hashPassword(normalisePassword(DEMO_INDIVIDUAL.password));
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    if (existing) {
      await updateProfile(tx, existing.id, { ...binding, sigCertSerial: sigSerial, updatedAt: now });
      await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', subjectType: 'account', subjectId: existing.id, action: 'card.rebind', outcome: 'SUCCESS', details: { demo: true } });
      return;
    }
    const account = await createAccount(tx, ctx.clock, {
      kind: 'INDIVIDUAL', displayName: DEMO_INDIVIDUAL.facts.name, email: DEMO_INDIVIDUAL.email, authId: DEMO_INDIVIDUAL.authId, passwordHash,
    });
    await insertProfile(tx, {
      accountId: account.id, status: 'ACTIVE', userType: 'SELF', relationship: null, facts: DEMO_INDIVIDUAL.facts, personKey: personKeyOf(DEMO_INDIVIDUAL.facts),
      ...binding, sigCertSerial: sigSerial, createdAt: now, updatedAt: now,
    });
    await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', subjectType: 'account', subjectId: account.id, action: 'registration.created', outcome: 'SUCCESS', details: { demo: true } });
  });
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, `${JSON.stringify(card.file, null, 2)}\n`, { mode: 0o600 });
}

export function demoIndividualLines(config: Pick<Config, 'jpki' | 'publicUrl'>): string[] {
  return [
    `  Foreign national (card sign-in ${config.publicUrl}/sign-in/card):`,
    `    card file ${demoCardPath(config)} (import it at ${config.publicUrl}/card), PIN ${DEMO_INDIVIDUAL.pin}, signature password ${DEMO_INDIVIDUAL.cardPassword}`,
    `    認証ID ${formatAuthId(DEMO_INDIVIDUAL.authId)}, password "${DEMO_INDIVIDUAL.password}"`,
  ];
}
