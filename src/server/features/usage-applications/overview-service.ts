import { periodicReportWindow, isPeriodicReportOpen } from '../../../domain/organizations/periodic-report.js';
import type { AppContext } from '../../context.js';
import type { SessionAccount } from '../../plugins/session.js';
import { getAccount } from '../accounts/account-repository.js';
import { staffContextOf } from './organisation-service.js';
import { groupKeyOf, latestReportOfGroup } from './periodic-report-repository.js';
import { liveGroupAccounts } from './periodic-report-service.js';
import { listOrganizationApplications, listRanges } from './repository.js';
import type { OrganisationOverview } from './schemas.js';

/** The staff member's page: their organisation, their 認証ID group, the periodic report window and the applications filed. */
export async function organisationOverview(ctx: AppContext, account: SessionAccount): Promise<OrganisationOverview> {
  const db = ctx.database.db;
  const { staff, organization, requesting } = await staffContextOf(db, account);
  const now = ctx.clock.now();
  const me = await getAccount(db, account.id);
  const [group, ranges, latest, applications] = await Promise.all([
    liveGroupAccounts(db, organization.id, staff.requestingRangeId, now),
    listRanges(db, organization.id),
    latestReportOfGroup(db, groupKeyOf(organization.id, staff.requestingRangeId)),
    listOrganizationApplications(db, organization.id),
  ]);
  const window = me.authIdExpiresAt ? periodicReportWindow(me.authIdExpiresAt) : undefined;
  const decided = latest && latest.status !== 'PENDING' ? latest : undefined;
  return {
    organization: { name: organization.name, corporateNumber: organization.corporateNumber, type: organization.orgType, category: organization.category, office: organization.office },
    requestingOrganization: requesting ? { name: requesting.name, corporateNumber: requesting.corporateNumber } : null,
    implementingOrganizations: ranges.filter((r) => r.kind === 'IMPLEMENTING').map((r) => ({ name: r.name, corporateNumber: r.corporateNumber, address: r.address })),
    authIdExpiresAt: me.authIdExpiresAt?.toISOString() ?? null,
    staff: group.map((a) => ({ accountId: a.id, name: a.displayName, email: a.email, authIdExpiresAt: a.authIdExpiresAt?.toISOString() ?? null, hasPassword: a.passwordHash !== null })),
    periodicReport: {
      opensAt: window?.opensAt.toISOString() ?? null,
      dueDate: window?.dueDate ?? null,
      expiryDate: window?.expiryDate ?? null,
      isOpen: me.authIdExpiresAt ? isPeriodicReportOpen(me.authIdExpiresAt, now) : false,
      pendingSince: latest?.status === 'PENDING' ? latest.createdAt.toISOString() : null,
      last: decided ? { status: decided.status, decidedAt: decided.decidedAt?.toISOString() ?? null, decisionNote: decided.decisionNote } : null,
    },
    applications: applications.filter((a) => a.kind === 'ADDITIONAL' && a.filerRequestingRangeId === staff.requestingRangeId).map((a) => ({ id: a.id, kind: a.kind, status: a.status, createdAt: a.createdAt.toISOString() })),
  };
}
