import { randomUUID } from 'node:crypto';
import { buildAuthId, formatAuthId } from '../../../domain/auth/auth-id.js';
import { normalisePassword } from '../../../domain/auth/password-policy.js';
import { authIdValidUntil } from '../../../domain/organizations/periodic-report.js';
import type { UsageApplicationForm } from '../../../domain/organizations/usage-application.js';
import type { AppContext } from '../../context.js';
import { appendAudit } from '../audit/audit-log.js';
import { createAccount } from '../accounts/account-factory.js';
import { findAccountByAuthId } from '../accounts/account-repository.js';
import { hashPassword } from '../accounts/password-hashing.js';
import { secretBoxFor } from '../accounts/totp-secrets.js';
import { base32Decode, base32Encode } from '../accounts/totp.js';
import { insertOrganization, insertStaff, insertUsageApplication } from './repository.js';

function deterministicIndex(seed: number): (bound: number) => number {
  let state = seed;
  return (bound) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % bound;
  };
}

const DEMO_STAFF = { name: '佐藤 花子', email: 'org-staff@demo.zairyu.localhost' };

/** Development only: an approved accepting organisation (fictional 法人番号) with one staff member. */
export const DEMO_ORGANIZATION = {
  authId: buildAuthId(deterministicIndex(9201)),
  password: 'sakura demo company 2026',
  totpSecret: base32Encode(Buffer.from('zairyu-demo-ORGSTAFF'.padEnd(20, '!').slice(0, 20))),
  form: {
    organization: {
      name: '株式会社さくら技研（デモ）', corporateNumber: '8000000000001', prefectureCode: '13', address: '東京都千代田区丸の内一丁目1番1号',
      category: 2, categoryEvidence: '前年分の給与所得の源泉徴収票等の法定調書合計表（デモ）',
    },
    type: 'ACCEPTING',
    contactEmail: 'hr@demo-org.zairyu.localhost',
    staff: [DEMO_STAFF],
    pledgesAccepted: true,
  } satisfies UsageApplicationForm,
};

/** Creates the demo organisation once; a restart changes nothing. */
export async function seedDemoOrganization(ctx: AppContext): Promise<boolean> {
  if (await findAccountByAuthId(ctx.database.db, DEMO_ORGANIZATION.authId)) return false;
  const passwordHash = await hashPassword(normalisePassword(DEMO_ORGANIZATION.password));
  const { form } = DEMO_ORGANIZATION;
  await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const applicationId = randomUUID();
    const organizationId = randomUUID();
    await insertUsageApplication(tx, {
      id: applicationId, status: 'APPROVED', office: 'TOKYO', bureau: 'TOKYO', organizationName: form.organization.name, corporateNumber: form.organization.corporateNumber,
      orgType: form.type, category: form.organization.category, contactEmail: form.contactEmail, body: form, organizationId, decidedAt: now, createdAt: now, updatedAt: now,
    });
    await insertOrganization(tx, {
      id: organizationId, corporateNumber: form.organization.corporateNumber, name: form.organization.name, prefectureCode: form.organization.prefectureCode,
      address: form.organization.address, office: 'TOKYO', orgType: form.type, category: form.organization.category, approvedAt: now, updatedAt: now,
    });
    const account = await createAccount(tx, ctx.clock, {
      kind: 'ORG_STAFF', displayName: DEMO_STAFF.name, email: DEMO_STAFF.email, authId: DEMO_ORGANIZATION.authId, passwordHash,
      totpSecret: secretBoxFor(ctx.config).seal(base32Decode(DEMO_ORGANIZATION.totpSecret)), authIdExpiresAt: authIdValidUntil(now),
    });
    await insertStaff(tx, { accountId: account.id, organizationId, requestingRangeId: null, usageApplicationId: applicationId, createdAt: now });
    await appendAudit(tx, ctx.clock, { actorType: 'SYSTEM', subjectType: 'usage-application', subjectId: applicationId, action: 'usage-application.approved', outcome: 'SUCCESS', details: { demo: true } });
  });
  return true;
}

export function demoOrganizationLines(): string[] {
  return [
    `  Demo organisation staff (${DEMO_ORGANIZATION.form.organization.name}, accepting, category 2):`,
    `    認証ID ${formatAuthId(DEMO_ORGANIZATION.authId)}, password "${DEMO_ORGANIZATION.password}", TOTP ${DEMO_ORGANIZATION.totpSecret}`,
  ];
}
