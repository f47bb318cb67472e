import type { EligibilityReason } from '../../../domain/eligibility/index.js';
import type { Bilingual, FieldError } from '../../../domain/validation/field-errors.js';
import type { Language } from '../../i18n/index.js';
import { fieldDomId } from '../../components/form-renderer/field-paths.js';
import type { SummaryEntry } from '../../components/form-renderer/ErrorSummary.js';
import { pageOfPath, type FormModel } from './form-model.js';
import { STEP_HEADING_ID } from './step-ids.js';

/** What a refused submission (422) carries besides the message: the fields, the eligibility reasons, the documents. */
export interface SubmitRefusal {
  message: Bilingual;
  fields: FieldError[];
  reasons: EligibilityReason[];
  missingDocuments: { code: string; name: Bilingual }[];
}

const isBilingual = (v: unknown): v is Bilingual => typeof v === 'object' && v !== null && typeof (v as Bilingual).ja === 'string' && typeof (v as Bilingual).en === 'string';
const arrayOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Reads the 422 body defensively: whatever is malformed is left out, the message always stays. */
export function readRefusal(body: unknown, fallback: Bilingual): SubmitRefusal {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  return {
    message: isBilingual(b.message) ? b.message : fallback,
    fields: arrayOf(b.fields).filter((f): f is FieldError => typeof (f as FieldError).path === 'string' && isBilingual((f as FieldError).message)),
    reasons: arrayOf(b.reasons).filter((r): r is EligibilityReason => typeof (r as EligibilityReason).code === 'string' && isBilingual((r as EligibilityReason).message)),
    missingDocuments: arrayOf(b.missingDocuments).flatMap((d) => {
      if (typeof d === 'string') return [{ code: d, name: { ja: d, en: d } }];
      const item = d as { code?: unknown; name?: unknown };
      return typeof item.code === 'string' ? [{ code: item.code, name: isBilingual(item.name) ? item.name : { ja: item.code, en: item.code } }] : [];
    }),
  };
}

/** Problems the server names by a path outside the form: where they are fixed. */
const OUTSIDE_FORM: Readonly<Record<string, { step: string; targetId: string }>> = {
  photo: { step: 'attachments', targetId: 'photo-heading' },
  receiptMethod: { step: 'receipt', targetId: STEP_HEADING_ID },
};

export interface ProblemLink extends SummaryEntry {
  /** The step to open before focusing `targetId`. */
  step: string;
}

/** Every problem as a link to where it is fixed: the field on its page, Step 1 for eligibility, the documents step. */
export function problemLinks(refusal: Omit<SubmitRefusal, 'message'>, model: FormModel, language: Language, texts: { missingDocument: (name: string) => string; photoMissing?: string }): ProblemLink[] {
  const stepOne = model.pages[0]?.page.id ?? '';
  const href = (step: string) => `?step=${encodeURIComponent(step)}`;
  const fieldLinks = refusal.fields.map((f) => {
    const outside = OUTSIDE_FORM[f.path];
    if (outside) return { ...outside, href: href(outside.step), text: f.message[language] };
    const step = pageOfPath(model, f.path) ?? stepOne;
    return { step, href: href(step), targetId: fieldDomId(f.path), text: f.message[language] };
  });
  const reasonLinks = refusal.reasons.map((r) => ({ step: stepOne, href: href(stepOne), targetId: 'eligibility-heading', text: r.message[language] }));
  const documentLinks = refusal.missingDocuments.map((d) => ({ step: 'attachments', href: href('attachments'), targetId: 'documents-heading', text: texts.missingDocument(d.name[language]) }));
  const photoLink = texts.photoMissing ? [{ step: 'attachments', href: href('attachments'), targetId: 'photo-heading', text: texts.photoMissing }] : [];
  return [...fieldLinks, ...reasonLinks, ...photoLink, ...documentLinks];
}
