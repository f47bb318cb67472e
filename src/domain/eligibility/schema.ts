import { z } from 'zod';
import { isValidIsoDate } from '../calendar/jst.js';
import { DESIGNATED_ACTIVITY_NOTICES, PROCEDURE_CODES, STATUS_CODES, getStatus, hasIndefinitePeriod, type StatusCode } from '../reference/index.js';
import { bilingual } from '../validation/field-errors.js';
import {
  CARD_HOLDER_FILER_TYPES, ELIGIBILITY_NOTE_CODES, ELIGIBILITY_REASON_CODES, FILER_TYPES, ORGANIZATION_FILER_TYPES,
  ORGANIZATION_RELATIONS, RELATIONSHIPS, type FilerType,
} from './codes.js';
import { isOneOf } from './list.js';
import { findMainProcedure, isMainProcedure, roleOf } from './procedure-roles.js';
import { REQUEST_LETTER_FILER_TYPES } from './tables.js';

/** Explicit messages: zod's default enum message contains "|", which field errors read as the ja|en separator. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, ja: string, en: string) =>
  z.enum(values, { error: bilingual(`${ja}を次のいずれかで指定してください: ${values.join(', ')}`, `Give the ${en} as one of: ${values.join(', ')}`) });

const isoDate = (ja: string, en: string) =>
  z.string().refine(isValidIsoDate, bilingual(`${ja}は YYYY-MM-DD の形式で、実在する日付を入力してください。`, `Give the ${en} as a real date in the form YYYY-MM-DD.`));

/** A status of residence; 特定活動 carries its 告示 number ("33-2" for 33の2) or DEPARTURE_PREPARATION. */
export const StatusSelection = z
  .object({
    code: oneOf(STATUS_CODES, '在留資格', 'status of residence'),
    notice: z.enum(DESIGNATED_ACTIVITY_NOTICES, { error: bilingual('告示番号は "7"、"33-2"（33の2）のような番号か、DEPARTURE_PREPARATION（出国準備期間）で指定してください。', 'Give the public notice number such as "7" or "33-2" (33の2), or DEPARTURE_PREPARATION.') }).nullish().describe('告示 number, only with DESIGNATED_ACTIVITIES'),
  })
  .superRefine((status, ctx) => {
    if (status.code === 'DESIGNATED_ACTIVITIES' && status.notice == null) {
      ctx.addIssue({ code: 'custom', path: ['notice'], message: bilingual('特定活動の場合は告示番号（出国準備期間の場合は DEPARTURE_PREPARATION）を指定してください。', 'For Designated Activities, give the public notice (告示) number, or DEPARTURE_PREPARATION.') });
    }
    if (status.code !== 'DESIGNATED_ACTIVITIES' && status.notice != null) {
      ctx.addIssue({ code: 'custom', path: ['notice'], message: bilingual('告示番号は特定活動の場合だけ指定します。', 'A public notice number is given only for Designated Activities.') });
    }
  });
export type StatusSelection = z.infer<typeof StatusSelection>;

const Filer = z.object({
  type: oneOf(FILER_TYPES, '申請する人の区分', 'filer type'),
  hasMyNumberCard: z.boolean().nullish().describe('required for FOREIGN_NATIONAL, LEGAL_REPRESENTATIVE and RELATIVE'),
  livesInJapan: z.boolean().nullish().describe('required for RELATIVE'),
  relationship: oneOf(RELATIONSHIPS, '続柄', 'relationship').nullish().describe('required for RELATIVE'),
});

const Applicant = z.object({
  dateOfBirth: isoDate('生年月日', 'date of birth'),
  unableToApplyPersonally: z.boolean().default(false).describe('the applicant cannot file personally because of illness or another reason'),
  currentStatus: StatusSelection.nullish().describe('required for CHANGE, EXTENSION and WORK_CERT; ignored for COE; null for ACQUISITION'),
  periodOfStayExpiry: isoDate('在留期間の満了日', 'expiry date of the period of stay').nullish().describe('required with a current status that has a fixed period; null for an indefinite one'),
  acquisitionEventDate: isoDate('出生等の事由が生じた日', 'date of the event (birth, loss of Japanese nationality)').nullish().describe('required for ACQUISITION'),
  relationToOrganization: oneOf(ORGANIZATION_RELATIONS, '申請人と機関との関係', "applicant's relation to the organisation").nullish().describe('required for organisation filers'),
  organizationRequestOnFile: z.boolean().nullish().describe('required for ORG_SUPPORT and ORG_PUBLIC_INTEREST'),
});

const Procedures = z
  .array(oneOf(PROCEDURE_CODES, '手続', 'procedure'))
  .min(1, bilingual('手続を1つ以上選択してください。', 'Choose at least one procedure.'))
  .max(3, bilingual('手続は3つまでです（主たる手続1つと、再入国許可・資格外活動許可）。', 'Choose at most three procedures (one main procedure plus re-entry and outside activity).'))
  .superRefine((procedures, ctx) => {
    if (new Set(procedures).size !== procedures.length) {
      ctx.addIssue({ code: 'custom', path: [], message: bilingual('同じ手続が重複しています。', 'The same procedure is listed twice.') });
    }
    if (new Set(procedures.filter(isMainProcedure)).size > 1) {
      ctx.addIssue({
        code: 'custom', path: [],
        message: bilingual(
          '在留資格認定証明書交付・在留資格変更・在留期間更新・在留資格取得・就労資格証明書交付のうち、1回に申請できるのは1つだけです。',
          'Only one of COE, change, extension, acquisition and work certificate can be filed in one submission.',
        ),
      });
    }
  });

const FilingDateTime = z.iso
  .datetime({ offset: true, error: bilingual('申請日時は ISO 8601 形式で、時差（Z 又は ±hh:mm）を付けて入力してください（例: 2026-11-23T10:00:00+09:00）。', 'Give the filing time in ISO 8601 with an offset (Z or ±hh:mm), e.g. 2026-11-23T10:00:00+09:00.') })
  .refine((s) => !Number.isNaN(Date.parse(s)), bilingual('申請日時が正しくありません。', 'The filing time is not a valid instant.'));

/** The public pre-check request (issue 3's contract). Unknown properties are ignored. */
export const EligibilityRequest = z
  .object({
    filer: Filer,
    applicant: Applicant,
    procedures: Procedures.describe('1–3 distinct procedures, at most one of COE, CHANGE, EXTENSION, ACQUISITION, WORK_CERT'),
    desiredStatus: StatusSelection.nullish().describe('required for COE, CHANGE and ACQUISITION; ignored otherwise'),
    filingDateTime: FilingDateTime.optional().describe('ISO 8601 with an offset; default now. The check uses its JST calendar date.'),
  })
  // Runs even when other fields failed, so one answer lists every missing field, as long as the parts it reads parsed.
  .superRefine(requireFieldsByType, { when: (payload) => payload.issues.every((issue) => !blocksCrossFieldCheck(issue.path ?? [])) });
export type EligibilityRequest = z.infer<typeof EligibilityRequest>;
export type EligibilityRequestInput = z.input<typeof EligibilityRequest>;

/** The cross-field check reads the procedures and the filer and applicant objects; it waits until they parse. */
function blocksCrossFieldCheck(path: readonly PropertyKey[]): boolean {
  const [head] = path;
  return head === undefined || head === 'procedures' || (path.length === 1 && (head === 'filer' || head === 'applicant'));
}

function requireFieldsByType(request: EligibilityRequest, ctx: z.RefinementCtx): void {
  const required = (path: string[], ja: string, en: string) => ctx.addIssue({ code: 'custom', path, message: bilingual(ja, en) });
  const { filer, applicant } = request;
  const type: FilerType | undefined = isOneOf(FILER_TYPES, filer.type) ? filer.type : undefined;

  if (isOneOf(CARD_HOLDER_FILER_TYPES, type) && filer.hasMyNumberCard == null) {
    required(['filer', 'hasMyNumberCard'], 'マイナンバーカードを持っているかを選択してください（外国人本人・法定代理人・親族の場合は必須です）。', 'Say whether you have a My Number card (required for the foreign national, a legal representative or a relative).');
  }
  if (type === 'RELATIVE' && filer.livesInJapan == null) {
    required(['filer', 'livesInJapan'], '親族（あなた）が日本に住んでいるかを選択してください。', 'Say whether you (the relative) live in Japan.');
  }
  if (type === 'RELATIVE' && filer.relationship == null) {
    required(['filer', 'relationship'], '申請人との続柄（配偶者・子・父・母）を選択してください。', 'Choose your relationship to the applicant (spouse, child, father or mother).');
  }
  if (isOneOf(ORGANIZATION_FILER_TYPES, type) && applicant.relationToOrganization == null) {
    required(['applicant', 'relationToOrganization'], '申請人と機関との関係を選択してください（所属機関等の職員が申請する場合は必須です）。', "Choose the applicant's relation to your organisation (required for organisation staff).");
  }
  if (isOneOf(REQUEST_LETTER_FILER_TYPES, type) && applicant.organizationRequestOnFile == null) {
    required(['applicant', 'organizationRequestOnFile'], '所属機関からの依頼書を受けているかを選択してください（登録支援機関・公益法人の場合は必須です）。', "Say whether the applicant's organisation has asked you in writing to file (required for support organisations and public-interest corporations).");
  }

  const main = findMainProcedure(request.procedures);
  const role = roleOf(main);
  const current = applicant.currentStatus;
  if (role.requiresCurrentStatus && current == null) {
    required(['applicant', 'currentStatus'], '現在の在留資格を選択してください（在留資格変更・在留期間更新・就労資格証明書の申請では必須です）。', 'Choose the current status of residence (required for a change, an extension or a work certificate).');
  }
  if (main === 'ACQUISITION' && current != null) {
    required(['applicant', 'currentStatus'], '在留資格取得許可申請は在留資格を持たない方の申請のため、現在の在留資格は指定しません。', 'An acquisition is for a person without a status of residence: leave the current status empty.');
  }
  // At runtime the code may still be malformed here (its own issue is already reported).
  const currentCode = role.holdsPeriodOfStay && current != null && isOneOf(STATUS_CODES, current.code) ? current.code : undefined;
  if (currentCode && hasIndefinitePeriod(currentCode) && applicant.periodOfStayExpiry != null) {
    required(['applicant', 'periodOfStayExpiry'], '在留期間が無期限の在留資格（永住者・高度専門職2号）では、在留期間の満了日は入力しません。', 'Leave the expiry date empty: this status has an indefinite period of stay.');
  }
  if (currentCode && hasDatedPeriod(currentCode) && applicant.periodOfStayExpiry == null) {
    required(['applicant', 'periodOfStayExpiry'], '在留期間の満了日（在留カードに記載の日付）を入力してください。', 'Enter the expiry date of the period of stay (as on the residence card).');
  }
  if (main === 'ACQUISITION' && applicant.acquisitionEventDate == null) {
    required(['applicant', 'acquisitionEventDate'], '出生、日本国籍の離脱など、在留資格の取得が必要になった事由の日を入力してください。', 'Enter the date of the event (birth, loss of Japanese nationality) that calls for the acquisition.');
  }
  if (role.requiresDesiredStatus && request.desiredStatus == null) {
    required(['desiredStatus'], '希望する在留資格を選択してください（在留資格認定証明書交付・在留資格変更・在留資格取得の申請では必須です）。', 'Choose the desired status of residence (required for a COE, a change or an acquisition).');
  }
}

/** A period that ends on a date (fixed or individually designated), unlike an indefinite one or a diplomat's. */
function hasDatedPeriod(code: StatusCode): boolean {
  return getStatus(code).periods.some((p) => p.kind === 'FIXED' || p.kind === 'DESIGNATED');
}

const BilingualText = z.object({ ja: z.string(), en: z.string() });

export const EligibilityReason = z.object({
  code: z.enum(ELIGIBILITY_REASON_CODES),
  procedure: z.enum(PROCEDURE_CODES).optional().describe('the procedure the reason concerns, where it concerns one'),
  message: BilingualText,
});
export type EligibilityReason = z.infer<typeof EligibilityReason>;

export const EligibilityNote = z.object({
  code: z.enum(ELIGIBILITY_NOTE_CODES),
  procedure: z.enum(PROCEDURE_CODES).optional(),
  message: BilingualText,
});
export type EligibilityNote = z.infer<typeof EligibilityNote>;

/** The answer: `allowed` is true exactly when `reasons` is empty; notes never refuse. */
export const EligibilityResult = z.object({
  allowed: z.boolean(),
  reasons: z.array(EligibilityReason),
  notes: z.array(EligibilityNote),
});
export type EligibilityResult = z.infer<typeof EligibilityResult>;
