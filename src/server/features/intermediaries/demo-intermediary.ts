import { randomUUID } from 'node:crypto';
import { buildAuthId, formatAuthId } from '../../../domain/auth/auth-id.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import type { AppContext } from '../../context.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import { findAccountByAuthId } from '../accounts/account-repository.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { secretBoxFor } from '../accounts/totp-secrets.js';
import { base32Decode, base32Encode } from '../accounts/totp.js';
import { insertRegistration } from './repository.js';

/** Development only: an approved lawyer (申請等取次者) in Tokyo, with a known password and TOTP secret. */
export const DEMO_LAWYER = {
  authId: buildAuthId((() => {
    let state = 9101;
    return (bound: number) => {
      state = (state * 1103515245 + 12345) % 2 ** 31;
      return state % bound;
    };
  })()),
  password: 'sakura demo counsel 2026',
  email: 'lawyer@demo.zairyu.localhost',
  totpSecret: base32Encode(Buffer.from('zairyu-demo-LAWYER'.padEnd(20, '!').slice(0, 20))),
};

/** Creates the demo lawyer once: the account and its approved registration; a restart changes nothing. */
export async function seedDemoIntermediary(ctx: AppContext): Promise<void> {
  if (await findAccountByAuthId(ctx.database.db, DEMO_LAWYER.authId)) return;
  const passwordHash = await hashPassword(normalisePassword(DEMO_LAWYER.password));
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const account = await createAccount(tx, ctx.clock, {
      kind: 'INTERMEDIARY', displayName: '弁護士 山田 花子（デモ）', email: DEMO_LAWYER.email, authId: DEMO_LAWYER.authId, passwordHash,
      totpSecret: secretBoxFor(ctx.config).seal(base32Decode(DEMO_LAWYER.totpSecret)),
    });
    const id = randomUUID();
    await insertRegistration(tx, {
      id, status: 'APPROVED', profession: 'LAWYER', fullName: '山田 花子', fullNameKana: 'ヤマダ ハナコ', email: DEMO_LAWYER.email, phone: '0335810000',
      associationName: '東京弁護士会', registrationNumber: '99001', officeName: '山田法律事務所（デモ）', postalCode: '1000013', prefectureCode: '13',
      officeAddress: '千代田区霞が関1-1-3', office: 'TOKYO', accountId: account.id, decidedAt: now, activatedAt: now, createdAt: now, updatedAt: now,
    });
    await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', subjectType: 'intermediary-registration', subjectId: id, action: 'intermediary.approved', outcome: 'SUCCESS', details: { demo: true, accountId: account.id } });
  });
}

export function demoIntermediaryLines(): string[] {
  return [
    '  Lawyer (申請等取次者, sign-in /sign-in):',
    `    認証ID ${formatAuthId(DEMO_LAWYER.authId)}, password "${DEMO_LAWYER.password}", TOTP ${DEMO_LAWYER.totpSecret}`,
  ];
}
