import { buildAuthId, formatAuthId } from '../../../domain/auth/auth-id.js';
import { OFFICER_ROLES, ROLE_NAMES, type OfficerRole } from '../../../domain/auth/roles.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import type { OfficerOffice } from '../../../domain/auth/officer-offices.js';
import type { AppContext } from '../../context.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import { findAccountByAuthId } from '../accounts/account-repository.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { secretBoxFor } from '../accounts/totp-secrets.js';
import { base32Decode, base32Encode } from '../accounts/totp.js';

/** Development only: one administrator and one officer per role, with known passwords and TOTP secrets. */
export const DEMO_OFFICER_PASSWORD = 'sakura demo shift 2026';

export interface DemoOfficer {
  role: OfficerRole;
  office: OfficerOffice;
  authId: string;
  email: string;
  displayName: string;
  totpSecret: string;
}

function deterministicIndex(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % bound;
  };
}

export const DEMO_OFFICERS: readonly DemoOfficer[] = OFFICER_ROLES.map((role, i) => ({
  role,
  // The issuance clerk works in the Tokyo bureau's Odaiba unit, the one that issues residence cards (R-EXAM-1).
  office: role === 'ISSUANCE_CLERK' ? 'ODAIBA' : 'TOKYO',
  authId: buildAuthId(deterministicIndex(7001 + i)),
  email: `${role.toLowerCase().replace(/_/g, '-')}@demo.zairyu.localhost`,
  displayName: `${ROLE_NAMES[role].ja}（デモ）`,
  totpSecret: base32Encode(Buffer.from(`zairyu-demo-${role}`.padEnd(20, '!').slice(0, 20))),
}));

/** Creates the demo officers that do not exist yet (so a restart or another feature's demo data changes nothing). */
export async function seedDemoOfficers(ctx: AppContext): Promise<number> {
  const missing: DemoOfficer[] = [];
  for (const demo of DEMO_OFFICERS) if (!(await findAccountByAuthId(ctx.database.db, demo.authId))) missing.push(demo);
  if (missing.length === 0) return 0;
  const passwordHash = await hashPassword(normalisePassword(DEMO_OFFICER_PASSWORD));
  await ctx.database.db.transaction(async (tx) => {
    for (const demo of missing) {
      const account = await createAccount(tx, ctx.clock, {
        kind: 'OFFICER', officerRole: demo.role, office: demo.office, displayName: demo.displayName, email: demo.email, authId: demo.authId,
        passwordHash, totpSecret: secretBoxFor(ctx.config).seal(base32Decode(demo.totpSecret)),
      });
      await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', subjectType: 'account', subjectId: account.id, action: 'officer.created', outcome: 'SUCCESS', details: { role: demo.role, office: demo.office, demo: true } });
    }
  });
  return missing.length;
}

export function demoOfficerLines(): string[] {
  return [
    `  Demo officers:  password "${DEMO_OFFICER_PASSWORD}" for each; add the TOTP secret to an`,
    '                   authenticator app, or print the current code with `npm run totp:code -- SECRET`.',
    ...DEMO_OFFICERS.map((d) => `    ${d.role.padEnd(15)} ${formatAuthId(d.authId)}  ${d.office.padEnd(7)} TOTP ${d.totpSecret}`),
  ];
}
