import { z } from 'zod';
import type { Bilingual } from '../validation/field-errors.js';

/** The status vocabulary shown to filers and officers (R-CASE-1), derived from the action log, never stored as truth. */
export const CASE_STATUSES = [
  'SUBMITTED', 'UNDER_EXAMINATION', 'AWAITING_DOCUMENTS', 'AWAITING_ISSUE', 'COMPLETED', 'RETURNED', 'WITHDRAWN', 'REFUSED',
] as const;
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

/** An application is a draft until its first SUBMIT; from then on it is a case with a CaseStatus. */
export const APPLICATION_STATES = ['DRAFT', ...CASE_STATUSES] as const;
export const ApplicationState = z.enum(APPLICATION_STATES);
export type ApplicationState = z.infer<typeof ApplicationState>;

export const APPLICATION_STATE_NAMES: Readonly<Record<ApplicationState, Bilingual>> = {
  DRAFT: { ja: '下書き', en: 'Draft' },
  SUBMITTED: { ja: '申請完了', en: 'Submitted' },
  UNDER_EXAMINATION: { ja: '審査中', en: 'Under examination' },
  AWAITING_DOCUMENTS: { ja: '追完待ち', en: 'Awaiting additional documents' },
  AWAITING_ISSUE: { ja: '発行待ち', en: 'Awaiting issue' },
  COMPLETED: { ja: '完了', en: 'Completed' },
  RETURNED: { ja: '差戻し', en: 'Returned for correction' },
  WITHDRAWN: { ja: '取下げ', en: 'Withdrawn' },
  REFUSED: { ja: '不許可', en: 'Refused' },
};

/** R-SUB-4: a case can be withdrawn until it is decided; these are the statuses before a decision. */
export const UNDECIDED_STATUSES = ['SUBMITTED', 'RETURNED', 'UNDER_EXAMINATION', 'AWAITING_DOCUMENTS'] as const satisfies readonly CaseStatus[];

/** Nothing changes the status any more; only notes (and, except after a withdrawal, messages) are added. */
export const FINAL_STATUSES = ['COMPLETED', 'WITHDRAWN', 'REFUSED'] as const satisfies readonly CaseStatus[];

/** The statuses of a case still in the bureau's work (not final): the work queue's default (R-EXAM-3). */
export const OPEN_STATUSES = CASE_STATUSES.filter((s) => !(FINAL_STATUSES as readonly string[]).includes(s));

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}
