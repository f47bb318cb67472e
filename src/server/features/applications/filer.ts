import { and, eq, sql } from 'drizzle-orm';
import { RELATIONSHIPS, type FilerType, type Relationship } from '../../../domain/eligibility/index.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { ORGANIZATION_FILER_TYPE } from '../../../domain/organizations/filer-range.js';
import type { OrganizationType } from '../../../domain/organizations/usage-application.js';
import { OFFICE_CODES, PREFECTURES, type OfficeCode } from '../../../domain/reference/bureaus.js';
import { preparedFor, type DbOrTx } from '../../db/client.js';
import { individualProfiles, intermediaryRegistrations } from '../../db/schema.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { findOrganizationFilerRange } from '../usage-applications/filer-range.js';
import { APPLICATION_MESSAGES } from './messages.js';

/** The organisation an ORG_STAFF account files for, with its range for the eligibility rules (R-ELIG-7). */
export interface FilerOrganization {
  id: string;
  name: string;
  type: OrganizationType;
  category: 1 | 2 | 3 | 4;
  office: OfficeCode | null;
  /** Support organisations and public-interest corporations: the requesting organisation the 認証ID is for. */
  requestingRange: { id: string; name: string; corporateNumber: string | null } | null;
  implementingOrganizations: readonly { name: string; corporateNumber: string | null }[];
}

/** Who files, as the rules see it: taken from the signed-in account, never from the answers (R-ELIG-1, R-ELIG-7). */
export interface Filer {
  accountId: string;
  accountKind: 'INDIVIDUAL' | 'ORG_STAFF' | 'INTERMEDIARY';
  email: string;
  displayName: string;
  type: FilerType;
  /** Card holders registered with the My Number card: both certificates were verified at registration (R-ELIG-2). */
  hasMyNumberCard: boolean | null;
  relationship: Relationship | null;
  organization: FilerOrganization | null;
  /** The filer's own office (organisation's, intermediary office's, or the individual's address) for jurisdiction. */
  office: OfficeCode | null;
}

const INDIVIDUAL_FILER_TYPES = { SELF: 'FOREIGN_NATIONAL', LEGAL_REPRESENTATIVE: 'LEGAL_REPRESENTATIVE', RELATIVE: 'RELATIVE' } as const;

/** The office with jurisdiction over a Japanese address written out in full (it starts with the prefecture). */
export function officeOfAddress(address: string | null | undefined): OfficeCode | null {
  const text = address?.normalize('NFKC').trim();
  if (!text) return null;
  return PREFECTURES.find((p) => text.startsWith(p.nameJa))?.office ?? null;
}

function asOffice(value: string | null): OfficeCode | null {
  return isOneOf(OFFICE_CODES, value) ? value : null;
}

/** Read on every filing request: built once, a named statement. */
const profileQuery = preparedFor((db) => db.select().from(individualProfiles)
  .where(eq(individualProfiles.accountId, sql.placeholder('accountId'))).limit(1).prepare('filer_individual_profile'));

/** Resolves the filer of a signed-in applicant-side account; an account that cannot file is refused (403). */
export async function resolveFiler(db: DbOrTx, account: SessionAccount): Promise<Filer> {
  const base = { accountId: account.id, email: account.email, displayName: account.displayName };
  switch (account.kind) {
    case 'INDIVIDUAL': {
      const [profile] = await profileQuery(db).execute({ accountId: account.id });
      if (!profile || profile.status !== 'ACTIVE') break;
      const facts = profile.facts as { address?: string };
      return {
        ...base, accountKind: 'INDIVIDUAL', type: INDIVIDUAL_FILER_TYPES[profile.userType], hasMyNumberCard: true,
        relationship: isOneOf(RELATIONSHIPS, profile.relationship) ? profile.relationship : null, organization: null, office: officeOfAddress(facts.address),
      };
    }
    case 'INTERMEDIARY': {
      const [registration] = await db.select().from(intermediaryRegistrations)
        .where(and(eq(intermediaryRegistrations.accountId, account.id), eq(intermediaryRegistrations.status, 'APPROVED'))).limit(1);
      if (!registration) break;
      return { ...base, accountKind: 'INTERMEDIARY', type: 'LAWYER_SCRIVENER', hasMyNumberCard: null, relationship: null, organization: null, office: asOffice(registration.office) };
    }
    case 'ORG_STAFF': {
      const organization = await findFilerOrganization(db, account.id);
      if (!organization) break;
      return { ...base, accountKind: 'ORG_STAFF', type: ORGANIZATION_FILER_TYPE[organization.type], hasMyNumberCard: null, relationship: null, organization, office: organization.office };
    }
    case 'OFFICER':
      break;
  }
  throw new AppError('FORBIDDEN', APPLICATION_MESSAGES.notAFiler);
}

/** The organisation and its range from the usage-applications feature (one reader of those tables). */
async function findFilerOrganization(db: DbOrTx, accountId: string): Promise<FilerOrganization | undefined> {
  const range = await findOrganizationFilerRange(db, accountId);
  if (!range) return undefined;
  return {
    id: range.organizationId, name: range.organizationName, type: range.organizationType, category: range.category, office: range.office,
    requestingRange: range.requestingOrganization,
    implementingOrganizations: range.implementingOrganizations.map((o) => ({ name: o.name, corporateNumber: o.corporateNumber })),
  };
}

/** The organisation category that decides the documents (R-ORG-4); individuals and intermediaries have none. */
export function organizationCategoryOf(filer: Filer): 1 | 2 | 3 | 4 | null {
  return filer.organization?.category ?? null;
}
