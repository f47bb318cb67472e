import { ORGANIZATION_FILER_TYPE, OrganizationFilerRange } from '../../../domain/organizations/filer-range.js';
import type { DbOrTx } from '../../db/client.js';
import { findAccount } from '../accounts/account-repository.js';
import { findStaff, getOrganization, listRanges } from './repository.js';

export type { OrganizationFilerRange };

/**
 * The range data the eligibility engine needs for an organisation staff member's 認証ID (R-ELIG-7, R-ORG-1..4):
 * filer type, organisation, office with jurisdiction, category (already lifted by the approval, R-ORG-4), the listed
 * implementing organisations and the requesting organisation of this 認証ID. Undefined for any other account.
 */
export async function findOrganizationFilerRange(db: DbOrTx, accountId: string): Promise<OrganizationFilerRange | undefined> {
  const staff = await findStaff(db, accountId);
  const account = staff ? await findAccount(db, accountId) : undefined;
  if (!staff || account?.kind !== 'ORG_STAFF') return undefined;
  const organization = await getOrganization(db, staff.organizationId);
  const ranges = await listRanges(db, organization.id);
  const requesting = ranges.find((r) => r.kind === 'REQUESTING' && r.id === staff.requestingRangeId);
  return OrganizationFilerRange.parse({
    accountId,
    filerType: ORGANIZATION_FILER_TYPE[organization.orgType],
    organizationId: organization.id,
    organizationName: organization.name,
    corporateNumber: organization.corporateNumber,
    organizationType: organization.orgType,
    office: organization.office,
    category: organization.category,
    implementingOrganizations: ranges.filter((r) => r.kind === 'IMPLEMENTING').map((r) => ({ id: r.id, name: r.name, corporateNumber: r.corporateNumber, address: r.address })),
    requestingOrganization: requesting ? { id: requesting.id, name: requesting.name, corporateNumber: requesting.corporateNumber } : null,
    authIdExpiresAt: account.authIdExpiresAt,
  });
}
