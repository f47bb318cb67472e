import { z } from 'zod';
import { ORGANISATION_AUTH_ID_VALIDITY_YEARS } from '../auth/auth-id.js';
import { addMonthsClamped, jstDateOf, startOfJstDay, type IsoDate } from '../calendar/jst.js';
import { bilingual } from '../validation/field-errors.js';
import { multilineText } from './usage-application.js';

/** 定期報告 (R-ORG-3): a staff member reports for the 認証ID group; a usage reviewer approves or rejects it. */
export const PERIODIC_REPORT_STATUSES = ['PENDING', 'APPROVED', 'REJECTED'] as const;
export type PeriodicReportStatus = (typeof PERIODIC_REPORT_STATUSES)[number];

/**
 * R-ORG-3: reminders 2 months and 1 month before expiry, the report due at least 1 month before. It can be filed
 * from 3 months before, so that the 2-month reminder always finds it open.
 */
export const PERIODIC_REPORT_POLICY = { opensMonthsBefore: 3, dueMonthsBefore: 1 } as const;

export const EXPIRY_REMINDERS = ['TWO_MONTHS', 'ONE_MONTH'] as const;
export type ExpiryReminder = (typeof EXPIRY_REMINDERS)[number];
const REMINDER_MONTHS_BEFORE: Record<ExpiryReminder, number> = { TWO_MONTHS: 2, ONE_MONTH: 1 };

export const PeriodicReportStaff = z.object({ accountId: z.uuid(), inService: z.boolean() }).strict();

const ReportStaff = z.array(PeriodicReportStaff).min(1).max(500).superRefine((staff, ctx) => {
  if (!staff.some((s) => s.inService)) {
    ctx.addIssue({ code: 'custom', path: [], message: bilingual('在職中の職員を1人以上選んでください。', 'Mark at least one staff member as still in service.') });
  }
  const ids = staff.map((s) => s.accountId);
  ids.forEach((id, i) => {
    if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: [i, 'accountId'], message: bilingual('同じ職員が重複しています。', 'This staff member is listed twice.') });
  });
});

/** What the organisation reports: what it still does, and which staff of the group are still in service. */
export const PeriodicReportForm = z.object({
  activities: multilineText(2000, '現在の活動状況', 'current activities'),
  staff: ReportStaff,
  pledgesAccepted: z.literal(true, bilingual('誓約事項に同意してください。', 'Please accept the pledges.')),
}).strict();
export type PeriodicReportForm = z.infer<typeof PeriodicReportForm>;

/** R-ORG-3: an organisation 認証ID is valid 3 years from `from` (the approval, or the renewal base). */
export function authIdValidUntil(from: Date): Date {
  const result = new Date(from.getTime());
  result.setUTCFullYear(result.getUTCFullYear() + ORGANISATION_AUTH_ID_VALIDITY_YEARS);
  return result;
}

/** An approved report adds 3 years to the current expiry (a report filed early loses nothing); a lapsed one counts from the approval. */
export function renewedExpiry(currentExpiry: Date, approvedAt: Date): Date {
  return authIdValidUntil(new Date(Math.max(currentExpiry.getTime(), approvedAt.getTime())));
}

const monthsBefore = (expiresAt: Date, months: number): Date => startOfJstDay(addMonthsClamped(jstDateOf(expiresAt), -months));

export interface PeriodicReportWindow {
  /** The first instant a report can be filed (00:00 JST, 3 months before the expiry date). */
  opensAt: Date;
  /** The JST date by which the report is due. */
  dueDate: IsoDate;
  expiryDate: IsoDate;
}

export function periodicReportWindow(expiresAt: Date): PeriodicReportWindow {
  return {
    opensAt: monthsBefore(expiresAt, PERIODIC_REPORT_POLICY.opensMonthsBefore),
    dueDate: addMonthsClamped(jstDateOf(expiresAt), -PERIODIC_REPORT_POLICY.dueMonthsBefore),
    expiryDate: jstDateOf(expiresAt),
  };
}

/** Open from 3 months before the expiry until the 認証ID expires (after that it can no longer sign in). */
export function isPeriodicReportOpen(expiresAt: Date, now: Date): boolean {
  return now.getTime() >= periodicReportWindow(expiresAt).opensAt.getTime() && now.getTime() < expiresAt.getTime();
}

/** The reminder whose time has come (the later one wins), or null: before the 2-month mark or once expired. */
export function expiryReminderDue(expiresAt: Date, now: Date): ExpiryReminder | null {
  if (now.getTime() >= expiresAt.getTime()) return null;
  const due = [...EXPIRY_REMINDERS].reverse().find((r) => now.getTime() >= monthsBefore(expiresAt, REMINDER_MONTHS_BEFORE[r]).getTime());
  return due ?? null;
}
