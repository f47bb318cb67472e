import { and, eq, inArray, ne, type SQL } from 'drizzle-orm';
import { hasScope, type Role } from '../../../domain/auth/roles.js';
import type { CaseStatus } from '../../../domain/case/index.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { ISSUANCE_UNIT, OFFICES, OFFICE_CODES, type OfficeCode } from '../../../domain/reference/bureaus.js';
import { applications } from '../../db/schema.js';

/**
 * Which cases an officer sees (R-EXAM-1): the offices (a bureau with its branches, or every office) and the
 * statuses (every status, or only the issuance stage). `NONE` sees nothing.
 */
export type Visibility =
  | { kind: 'NONE' }
  | { kind: 'SOME'; offices: readonly OfficeCode[] | 'ALL'; statuses: readonly CaseStatus[] | 'ALL' };

const ISSUANCE_STAGE: readonly CaseStatus[] = ['AWAITING_ISSUE'];
const NOTHING: Visibility = { kind: 'NONE' };

/** The offices of the regional bureau an office belongs to (a branch's bureau includes the bureau and its other branches). */
export function bureauOffices(office: OfficeCode): OfficeCode[] {
  const bureau = OFFICES.find((o) => o.code === office)?.bureau;
  return OFFICES.filter((o) => o.bureau === bureau).map((o) => o.code);
}

/**
 * The one decision of who sees which case (R-EXAM-1). Administrators (cases:read-all-bureaus) see every case; the
 * nationwide issuance unit sees every case in the issuance stage and nothing earlier (an issuance clerk of a regional
 * bureau: that bureau's); every other officer with cases:read sees the cases of their own regional bureau.
 */
export function visibilityOf(account: { role: Role; office: string | null }): Visibility {
  const { role, office } = account;
  if (hasScope(role, 'cases:read-all-bureaus')) return { kind: 'SOME', offices: 'ALL', statuses: 'ALL' };
  if (!hasScope(role, 'cases:read')) return NOTHING;
  const isIssuanceUnit = office === ISSUANCE_UNIT.code;
  if (role === 'ISSUANCE_CLERK' || isIssuanceUnit) {
    if (isIssuanceUnit) return { kind: 'SOME', offices: 'ALL', statuses: ISSUANCE_STAGE };
    return isOneOf(OFFICE_CODES, office) ? { kind: 'SOME', offices: bureauOffices(office), statuses: ISSUANCE_STAGE } : NOTHING;
  }
  return isOneOf(OFFICE_CODES, office) ? { kind: 'SOME', offices: bureauOffices(office), statuses: 'ALL' } : NOTHING;
}

/** The same decision for one case row (drafts are never cases). */
export function isVisible(visibility: Visibility, row: { office: string | null; state: string }): boolean {
  if (visibility.kind === 'NONE' || row.state === 'DRAFT') return false;
  const officeOk = visibility.offices === 'ALL' || (row.office !== null && (visibility.offices as readonly string[]).includes(row.office));
  const statusOk = visibility.statuses === 'ALL' || (visibility.statuses as readonly string[]).includes(row.state);
  return officeOk && statusOk;
}

/** The same decision as a SQL condition, for the queues. */
export function visibilityCondition(visibility: Visibility): SQL | undefined {
  if (visibility.kind === 'NONE') return eq(applications.id, '00000000-0000-0000-0000-000000000000');
  const conditions: SQL[] = [ne(applications.state, 'DRAFT')];
  if (visibility.offices !== 'ALL') conditions.push(inArray(applications.office, [...visibility.offices]));
  if (visibility.statuses !== 'ALL') conditions.push(inArray(applications.state, [...visibility.statuses]));
  return and(...conditions);
}

/**
 * Which offices' usage applications and periodic reports an officer sees (R-EXAM-1, R-EXAM-5): the bureau the
 * organisation filed with. Usage reviewers and supervisors see their bureau's (a branch's officer the whole bureau,
 * as for cases); administrators every office; everyone else none.
 */
export function reviewOfficesOf(account: { role: Role; office: string | null }): readonly OfficeCode[] {
  if (hasScope(account.role, 'cases:read-all-bureaus')) return OFFICE_CODES;
  if (!hasScope(account.role, 'usage-applications:review') && !hasScope(account.role, 'cases:assign')) return [];
  return isOneOf(OFFICE_CODES, account.office) ? bureauOffices(account.office) : [];
}

export function isReviewVisible(account: { role: Role; office: string | null }, office: string): boolean {
  return (reviewOfficesOf(account) as readonly string[]).includes(office);
}
