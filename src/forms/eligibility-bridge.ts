import {
  ORGANIZATION_RELATIONS, RELATIONSHIPS, type EligibilityRequestInput, type FilerType, type OrganizationRelation, type Relationship,
} from '../domain/eligibility/index.js';
import { DESIGNATED_ACTIVITY_NOTICES, STATUS_CODES, type DesignatedActivityNotice, type StatusCode } from '../domain/reference/index.js';
import { APPLICATION_FORM, step1Context } from './application-form.js';
import { pruneAnswers } from './engine.js';
import { STEP1_IDS, proceduresOf } from './pages/step1.js';
import type { AnswerValue, Answers, FormContext } from './types.js';

/** What the signed-in account says about the filer; a relative's relationship and residence may also be answers. */
export interface FilerFacts {
  type: FilerType;
  hasMyNumberCard?: boolean;
  relationship?: Relationship;
  livesInJapan?: boolean;
}

const S = STEP1_IDS;

const text = (value: AnswerValue | undefined): string | null => (typeof value === 'string' && value !== '' ? value : null);
const bool = (value: AnswerValue | undefined): boolean | null => (typeof value === 'boolean' ? value : null);

function oneOf<T extends string>(values: readonly T[], value: AnswerValue | undefined): T | null {
  return typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : null;
}

/** A status answer and its 告示 number as the eligibility check's StatusSelection. */
function statusSelection(answers: Answers, statusId: string, noticeId: string): EligibilityRequestInput['desiredStatus'] {
  const code = oneOf<StatusCode>(STATUS_CODES, answers[statusId]);
  if (code === null) return null;
  return { code, notice: code === 'DESIGNATED_ACTIVITIES' ? oneOf<DesignatedActivityNotice>(DESIGNATED_ACTIVITY_NOTICES, answers[noticeId]) : null };
}

/**
 * Step 1's answers as the request of `checkFiling` (src/domain/eligibility), so the same rules guard the form live
 * and the submission on the server (R-SUB-1). Works on an incomplete Step 1 too: the request's own schema then says
 * what is missing (see `ELIGIBILITY_FIELD_IDS` to put those errors on the form's fields).
 */
export function toEligibilityRequest(
  answers: Answers,
  context: FormContext | undefined,
  filer: FilerFacts,
  filingDateTime: string,
  organizationRequestOnFile?: boolean,
): EligibilityRequestInput {
  // Pruned, so an answer Step 1 no longer asks for (an expiry date after choosing 永住者) is not sent.
  const a = pruneAnswers(APPLICATION_FORM, answers, context ?? step1Context(filer.type));
  const procedures = [...(context?.procedures ?? proceduresOf(a))];
  const isRelative = filer.type === 'RELATIVE';
  return {
    filer: {
      type: filer.type,
      hasMyNumberCard: filer.hasMyNumberCard ?? null,
      livesInJapan: isRelative ? (filer.livesInJapan ?? bool(a[S.livesInJapan])) : null,
      relationship: isRelative ? (filer.relationship ?? oneOf<Relationship>(RELATIONSHIPS, a[S.relationship])) : null,
    },
    applicant: {
      dateOfBirth: text(a[S.applicantDateOfBirth]) ?? '',
      unableToApplyPersonally: isRelative && bool(a[S.unableToApplyPersonally]) === true,
      currentStatus: procedures.some((p) => p === 'CHANGE' || p === 'EXTENSION' || p === 'WORK_CERT')
        ? statusSelection(a, S.currentStatus, S.currentStatusNotice)
        : null,
      periodOfStayExpiry: text(a[S.periodOfStayExpiry]),
      acquisitionEventDate: procedures.includes('ACQUISITION') ? text(a[S.acquisitionEventDate]) : null,
      relationToOrganization: oneOf<OrganizationRelation>(ORGANIZATION_RELATIONS, a[S.relationToOrganization]),
      organizationRequestOnFile: organizationRequestOnFile ?? null,
    },
    procedures,
    desiredStatus: procedures.some((p) => p === 'COE' || p === 'CHANGE' || p === 'ACQUISITION')
      ? statusSelection(a, S.desiredStatus, S.desiredStatusNotice)
      : null,
    filingDateTime,
  };
}

/** Where the eligibility request's schema errors belong on the form (request path → Step 1 field id). */
export const ELIGIBILITY_FIELD_IDS: Readonly<Record<string, string>> = {
  'filer.livesInJapan': S.livesInJapan,
  'filer.relationship': S.relationship,
  'applicant.dateOfBirth': S.applicantDateOfBirth,
  'applicant.currentStatus': S.currentStatus,
  'applicant.currentStatus.code': S.currentStatus,
  'applicant.currentStatus.notice': S.currentStatusNotice,
  'applicant.periodOfStayExpiry': S.periodOfStayExpiry,
  'applicant.acquisitionEventDate': S.acquisitionEventDate,
  'applicant.relationToOrganization': S.relationToOrganization,
  procedures: S.procedures,
  desiredStatus: S.desiredStatus,
  'desiredStatus.code': S.desiredStatus,
  'desiredStatus.notice': S.desiredStatusNotice,
};
