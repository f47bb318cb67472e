import type { FilerType } from '../domain/eligibility/index.js';
import { STATUS_CODES, isMainProcedure, type StatusCode } from '../domain/reference/index.js';
import { validateAnswers } from './engine.js';
import { FORM_MESSAGES } from './messages/index.js';
import { ACQUISITION_PAGES } from './pages/acquisition.js';
import { applicantAnswerErrors, computeApplicantAnswers } from './pages/applicant-rules.js';
import { CHANGE_PAGES } from './pages/change.js';
import { COE_PAGES } from './pages/coe.js';
import { EXTENSION_PAGES } from './pages/extension.js';
import { OUTSIDE_ACTIVITY_PAGE } from './pages/outside-activity.js';
import { REENTRY_PAGE } from './pages/reentry.js';
import { CURRENT_STATUS_PROCEDURES, DESIRED_STATUS_PROCEDURES, STEP1_IDS, STEP1_PAGE, checkStep1, proceduresOf } from './pages/step1.js';
import { WORK_CERT_PAGES } from './pages/work-cert.js';
import { STATUS_PAGES, computeStatusAnswers, statusAnswerErrors } from './status/index.js';
import type { AnswerValue, Answers, FormContext, FormDefinition } from './types.js';

/**
 * The application form (R-FORM-1): Step 1, the applicant's part per procedure in the paper forms' numbering,
 * the status-specific part and the organisation's part (所属機関等作成用), then the re-entry and
 * outside-activity additions. One engine walks it (`engine.ts`).
 *
 * Step 1's answer ids (`STEP1_IDS`): `step1.procedures` (ProcedureCode[]), `step1.currentStatus` and
 * `step1.currentStatusNotice` (change, extension, work certificate), `step1.periodOfStayExpiry` (a current status
 * with a dated period), `step1.desiredStatus` and `step1.desiredStatusNotice` (COE, change, acquisition),
 * `step1.acquisitionEventDate` (acquisition), `step1.applicantDateOfBirth` (always), `step1.relationToOrganization`
 * (organisation filers), `step1.relationship`, `step1.livesInJapan`, `step1.unableToApplyPersonally` and
 * `step1.unableReason` (relatives). The filer type is never an answer: it comes from the signed-in account.
 */
export const APPLICATION_FORM: FormDefinition = {
  id: 'application',
  version: 1,
  pages: [
    STEP1_PAGE, ...COE_PAGES, ...CHANGE_PAGES, ...EXTENSION_PAGES, ...ACQUISITION_PAGES, ...WORK_CERT_PAGES,
    ...STATUS_PAGES, REENTRY_PAGE, OUTSIDE_ACTIVITY_PAGE,
  ],
  compute: (answers, context) => ({ ...computeApplicantAnswers(answers, context), ...computeStatusAnswers(answers, context) }),
  check: (answers, context, mode) => [
    ...checkStep1(answers, context, mode),
    ...applicantAnswerErrors(answers, context, mode, FORM_MESSAGES),
    ...statusAnswerErrors(answers, context, mode),
  ],
  messages: FORM_MESSAGES,
};

const STEP1_FORM: FormDefinition = { id: 'application-step1', version: 1, pages: [STEP1_PAGE], check: checkStep1, messages: FORM_MESSAGES };

const asStatus = (value: AnswerValue | undefined): StatusCode | null =>
  typeof value === 'string' && (STATUS_CODES as readonly string[]).includes(value) ? (value as StatusCode) : null;

/** The context of a form whose Step 1 is not complete: the path is Step 1 alone. */
export function step1Context(filerType: FilerType): FormContext {
  return { filerType, procedures: [], currentStatus: null, desiredStatus: null };
}

/**
 * The filing context once Step 1 is complete (every required Step 1 answer given and valid); undefined before.
 * The status in question (`desiredStatus`) is the current status for an extension or a work certificate.
 */
export function contextFromAnswers(answers: Answers, filerType: FilerType): FormContext | undefined {
  const step1 = validateAnswers(STEP1_FORM, answers, step1Context(filerType), 'submit');
  if (step1.errors.length > 0) return undefined;
  const procedures = proceduresOf(step1.answers);
  const main = procedures.find(isMainProcedure);
  if (main === undefined) return undefined;
  const currentStatus = (CURRENT_STATUS_PROCEDURES as readonly string[]).includes(main) ? asStatus(step1.answers[STEP1_IDS.currentStatus]) : null;
  const desiredStatus = (DESIRED_STATUS_PROCEDURES as readonly string[]).includes(main) ? asStatus(step1.answers[STEP1_IDS.desiredStatus]) : currentStatus;
  return { filerType, procedures, currentStatus, desiredStatus };
}

/** The context to walk the form with now: the filing context, or Step 1 alone while it is incomplete. */
export function pathContext(answers: Answers, filerType: FilerType): FormContext {
  return contextFromAnswers(answers, filerType) ?? step1Context(filerType);
}
