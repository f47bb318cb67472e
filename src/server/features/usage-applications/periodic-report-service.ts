import { randomUUID } from 'node:crypto';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import { PeriodicReportForm, isPeriodicReportOpen, renewedExpiry } from '../../../domain/organizations/periodic-report.js';
import { enqueueMail } from '../../adapters/mail/mailer.js';
import type { AppContext } from '../../context.js';
import type { DbOrTx } from '../../db/client.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { findAccount, getAccount, updateAccount, type Account } from '../accounts/account-repository.js';
import { accountActor } from '../accounts/audit-actor.js';
import { endOtherSessions } from '../accounts/session-repository.js';
import { requireHolder } from '../back-office/hold-guard.js';
import { isReviewVisible, reviewOfficesOf } from '../back-office/visibility.js';
import { USAGE_MESSAGES } from './messages.js';
import { staffContextOf } from './organisation-service.js';
import { reportApprovedMail, reportEndedMail, reportReceivedMail, reportRejectedMail } from './periodic-report-mails.js';
import { findReport, groupKeyOf, insertReport, latestReportOfGroup, listReports, lockReport, updateReport, type PeriodicReport } from './periodic-report-repository.js';
import { findRange, getOrganization, listGroupAccounts } from './repository.js';
import { auditViews, holderNames, holderOf, refuse, type Meta } from './review-service.js';
import type { PeriodicReportView } from './schemas.js';

/** The group's 認証IDs that are still valid: the ones a report can renew. */
export async function liveGroupAccounts(db: DbOrTx, organizationId: string, requestingRangeId: string | null, now: Date): Promise<Account[]> {
  const accounts = await listGroupAccounts(db, organizationId, requestingRangeId);
  return accounts.filter((a) => a.authIdExpiresAt === null || a.authIdExpiresAt.getTime() > now.getTime());
}

/** R-ORG-3: a staff member reports for their 認証ID group, from 3 months before their 認証ID expires; one report waits at a time. */
export async function filePeriodicReport(ctx: AppContext, account: SessionAccount, form: PeriodicReportForm, meta: Meta): Promise<{ id: string }> {
  const { staff, organization } = await staffContextOf(ctx.database.db, account);
  const me = await getAccount(ctx.database.db, account.id);
  const now = ctx.clock.now();
  if (!me.authIdExpiresAt || !isPeriodicReportOpen(me.authIdExpiresAt, now)) throw new AppError('ACTION_NOT_ALLOWED', USAGE_MESSAGES.reportNotOpen, undefined, { reason: 'REPORT_NOT_OPEN' });
  const group = await liveGroupAccounts(ctx.database.db, organization.id, staff.requestingRangeId, now);
  const listed = new Set(form.staff.map((s) => s.accountId));
  if (listed.size !== group.length || group.some((a) => !listed.has(a.id))) {
    throw new AppError('CONFLICT', USAGE_MESSAGES.reportStaffMismatch, [{ path: 'staff', message: USAGE_MESSAGES.reportStaffMismatch }]);
  }
  const groupKey = groupKeyOf(organization.id, staff.requestingRangeId);
  const id = randomUUID();
  await ctx.database.db.transaction(async (tx) => {
    if ((await latestReportOfGroup(tx, groupKey))?.status === 'PENDING') throw new AppError('CONFLICT', USAGE_MESSAGES.reportAlreadyFiled, undefined, { reason: 'REPORT_PENDING' });
    await insertReport(tx, {
      id, organizationId: organization.id, requestingRangeId: staff.requestingRangeId, groupKey, office: organization.office, status: 'PENDING',
      filedBy: account.id, body: form, createdAt: now, updatedAt: now,
    });
    await appendAudit(tx, ctx.clock, {
      ...accountActor(account), subjectType: 'periodic-report', subjectId: id, action: 'periodic-report.filed', ipAddress: meta.ip, outcome: 'SUCCESS',
      details: { organizationId: organization.id, staff: form.staff.length, inService: form.staff.filter((s) => s.inService).length },
    });
    await enqueueMail(tx, ctx.clock, `periodic-report-received:${id}`, reportReceivedMail(account.email, organization.name));
  });
  return { id };
}

async function describeReport(db: DbOrTx, report: PeriodicReport, holders: Map<string, string>): Promise<PeriodicReportView> {
  const form = PeriodicReportForm.parse(report.body);
  const organization = await getOrganization(db, report.organizationId);
  const requesting = report.requestingRangeId ? await findRange(db, report.requestingRangeId) : undefined;
  const filer = await getAccount(db, report.filedBy);
  const staff = await Promise.all(form.staff.map(async (s) => {
    const account = await findAccount(db, s.accountId);
    return { accountId: s.accountId, name: account?.displayName ?? '', email: account?.email ?? '', inService: s.inService, authIdExpiresAt: account?.authIdExpiresAt?.toISOString() ?? null };
  }));
  return {
    id: report.id, status: report.status, office: report.office, organizationName: organization.name, corporateNumber: organization.corporateNumber, type: organization.orgType,
    requestingOrganization: requesting?.name ?? null, filedBy: { name: filer.displayName, email: filer.email }, activities: form.activities, staff, createdAt: report.createdAt.toISOString(),
    holder: holderOf(report.holderId, holders),
  };
}

/** The waiting reports of the reviewer's bureau: each one shown is an audited view (R-EXAM-6). */
export async function listReportsForReviewer(ctx: AppContext, reviewer: SessionAccount, meta: Meta): Promise<PeriodicReportView[]> {
  const reports = await listReports(ctx.database.db, [...reviewOfficesOf(reviewer)], ['PENDING']);
  const holders = await holderNames(ctx.database.db, reports.map((r) => r.holderId));
  const views = await Promise.all(reports.map((r) => describeReport(ctx.database.db, r, holders)));
  await auditViews(ctx, reviewer, 'periodic-report', views.map((v) => v.id), 'periodic-report.viewed', meta);
  return views;
}

export type ReportDecision = { kind: 'APPROVE' } | { kind: 'REJECT'; reason: string };

/** Staff still in service get 3 more years (R-ORG-3); the others' 認証IDs end now and their sessions with them. */
async function renewGroup(tx: DbOrTx, ctx: AppContext, report: PeriodicReport, organizationName: string, reviewer: SessionAccount, now: Date): Promise<number> {
  const form = PeriodicReportForm.parse(report.body);
  let renewed = 0;
  for (const entry of form.staff) {
    const account = await findAccount(tx, entry.accountId);
    if (!account) continue;
    if (entry.inService) {
      const validUntil = renewedExpiry(account.authIdExpiresAt ?? now, now);
      await updateAccount(tx, account.id, { authIdExpiresAt: validUntil, updatedAt: now });
      await enqueueMail(tx, ctx.clock, `auth-id-renewed:${report.id}:${account.id}`, reportApprovedMail(account.email, organizationName, jstDateOf(validUntil)));
      await appendAudit(tx, ctx.clock, { ...accountActor(reviewer), subjectId: account.id, action: 'auth-id.renewed', outcome: 'SUCCESS', details: { periodicReportId: report.id, validUntil: validUntil.toISOString() } });
      renewed += 1;
    } else {
      await updateAccount(tx, account.id, { authIdExpiresAt: now, updatedAt: now });
      await endOtherSessions(tx, account.id, null, now, 'ACCOUNT_DISABLED');
      await enqueueMail(tx, ctx.clock, `auth-id-ended:${report.id}:${account.id}`, reportEndedMail(account.email, organizationName));
      await appendAudit(tx, ctx.clock, { ...accountActor(reviewer), subjectId: account.id, action: 'auth-id.ended', outcome: 'SUCCESS', details: { periodicReportId: report.id } });
    }
  }
  return renewed;
}

/** R-ORG-3: approve or reject, by the reviewer of the bureau holding the report (R-EXAM-3, R-EXAM-5); the hold ends with it. */
export async function decidePeriodicReport(ctx: AppContext, reviewer: SessionAccount, id: string, decision: ReportDecision, meta: Meta): Promise<void> {
  const action = decision.kind === 'APPROVE' ? 'periodic-report.approved' : 'periodic-report.rejected';
  const preview = await findReport(ctx.database.db, id);
  if (!preview) throw new AppError('NOT_FOUND', USAGE_MESSAGES.reportNotFound);
  if (!isReviewVisible(reviewer, preview.office)) {
    await refuse(ctx, reviewer, { type: 'periodic-report', id }, action, meta, new AppError('FORBIDDEN', USAGE_MESSAGES.reportOtherBureau));
  }
  await ctx.database.db.transaction(async (tx) => {
    const report = await lockReport(tx, id);
    if (!report) throw new AppError('NOT_FOUND', USAGE_MESSAGES.reportNotFound);
    if (report.status !== 'PENDING') throw new AppError('ACTION_NOT_ALLOWED', USAGE_MESSAGES.reportAlreadyDecided);
    await requireHolder(tx, report.holderId, reviewer.id);
    const now = ctx.clock.now();
    const organization = await getOrganization(tx, report.organizationId);
    const decided = { holderId: null, decidedBy: reviewer.id, decidedAt: now, updatedAt: now };
    let details: Record<string, unknown> = {};
    if (decision.kind === 'APPROVE') {
      details = { renewed: await renewGroup(tx, ctx, report, organization.name, reviewer, now) };
      await updateReport(tx, id, { status: 'APPROVED', ...decided });
    } else {
      await updateReport(tx, id, { status: 'REJECTED', decisionNote: decision.reason, ...decided });
      const filer = await getAccount(tx, report.filedBy);
      await enqueueMail(tx, ctx.clock, `periodic-report-rejected:${id}`, reportRejectedMail(filer.email, organization.name, decision.reason));
    }
    await appendAudit(tx, ctx.clock, { ...accountActor(reviewer), subjectType: 'periodic-report', subjectId: id, action, ipAddress: meta.ip, outcome: 'SUCCESS', details });
  });
}
