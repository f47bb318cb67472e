import { APPLICATION_STATE_NAMES } from '../../../domain/case/index.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { getOffice, OFFICE_CODES } from '../../../domain/reference/bureaus.js';
import { getProcedure } from '../../../domain/reference/procedures.js';
import { STATUS_CODES, getStatus } from '../../../domain/reference/statuses.js';
import { APPLICATION_FORM, pathContext } from '../../../forms/application-form.js';
import { labelOf, pagesOnPath, fieldsOnPath } from '../../../forms/index.js';
import type { AnswerScalar, AnswerValue, Answers, FieldDefinition } from '../../../forms/types.js';
import { renderBilingualDocument, type BilingualRow } from '../../adapters/documents/bilingual-document.js';
import type { ApplicationFile } from './file-repository.js';
import type { Filer } from './filer.js';
import { bilingualDateTime } from './mail-templates.js';
import type { ApplicationView } from './schemas.js';

const both = (text: { ja: string; en: string }) => (text.ja === text.en ? text.ja : `${text.ja} / ${text.en}`);

function scalarText(field: FieldDefinition, value: AnswerScalar): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'はい / Yes' : 'いいえ / No';
  const option = field.options?.find((o) => o.value === value);
  if (option) return both(labelOf(APPLICATION_FORM, option.labelKey));
  if (field.type === 'status' && isOneOf(STATUS_CODES, value)) {
    const status = getStatus(value);
    return `${status.nameJa} / ${status.nameEn}`;
  }
  return String(value);
}

/** An answer as text: options and statuses by their names in both languages, group rows one per line. */
export function answerText(field: FieldDefinition, value: AnswerValue): string {
  if (!Array.isArray(value)) return scalarText(field, value as AnswerScalar);
  if (field.type !== 'group') return (value as readonly string[]).map((v) => scalarText(field, v)).join('\n');
  return (value as readonly Record<string, AnswerScalar>[]).map((row, index) => {
    const cells = (field.columns ?? []).filter((c) => row[c.id] !== undefined && row[c.id] !== null && row[c.id] !== '')
      .map((c) => `${labelOf(APPLICATION_FORM, c.labelKey).ja}: ${scalarText(c, row[c.id] ?? null)}`);
    return `${index + 1}. ${cells.join('、')}`;
  }).join('\n');
}

/** The PDF's rows: the case facts, every answer on the path taken labelled as on the form in both languages, the files. */
export function applicationPdfRows(view: ApplicationView, files: readonly ApplicationFile[], filer: Filer): BilingualRow[] {
  const answers = view.answers as Answers;
  const context = pathContext(answers, filer.type);
  const rows: BilingualRow[] = [
    { labelJa: '状況', labelEn: 'Status', value: both(APPLICATION_STATE_NAMES[view.state]) },
    { labelJa: '受付番号', labelEn: 'Reception number', value: view.receptionNumber ?? '—' },
    { labelJa: '申請日時', labelEn: 'Submitted', value: view.submittedAt ? both(bilingualDateTime(new Date(view.submittedAt))) : '—' },
    { labelJa: '申請の種類', labelEn: 'Procedures', value: view.procedures.map((p) => both({ ja: getProcedure(p).nameJa, en: getProcedure(p).nameEn })).join('\n') || '—' },
  ];
  if (view.office && isOneOf(OFFICE_CODES, view.office)) rows.push({ labelJa: '審査する官署', labelEn: 'Examining office', value: both({ ja: getOffice(view.office).nameJa, en: getOffice(view.office).nameEn }) });
  const onPath = new Set(fieldsOnPath(APPLICATION_FORM, answers, context).map((f) => f.id));
  for (const page of pagesOnPath(APPLICATION_FORM, answers, context)) {
    const title = labelOf(APPLICATION_FORM, page.titleKey);
    rows.push({ labelJa: `■ ${title.ja}`, labelEn: title.en, value: '' });
    for (const field of page.fields) {
      const value = answers[field.id];
      if (!onPath.has(field.id) || value === undefined) continue;
      const label = labelOf(APPLICATION_FORM, field.labelKey);
      rows.push({ labelJa: field.number ? `${field.number} ${label.ja}` : label.ja, labelEn: label.en, value: answerText(field, value) });
    }
  }
  const names = new Map([...view.attachments, ...(view.photo ? [view.photo] : [])].map((f) => [f.id, f.fileName]));
  rows.push({ labelJa: '添付ファイル', labelEn: 'Attached files', value: files.map((f) => names.get(f.id) ?? f.id).join('\n') || '—' });
  return rows;
}

/** R-SUB-3: the submitted content as a bilingual PDF in the house document layout. */
export async function renderApplicationPdf(view: ApplicationView, files: readonly ApplicationFile[], filer: Filer, now: Date): Promise<Buffer> {
  const isDraft = view.state === 'DRAFT';
  return renderBilingualDocument({
    titleJa: isDraft ? '申請内容（下書き）' : '申請内容', titleEn: isDraft ? 'Application (draft)' : 'Submitted application',
    issuerJa: '在留申請オンラインシステム', issuerEn: 'Zairyu Online', ...(view.receptionNumber ? { documentNumber: view.receptionNumber } : {}), issuedAt: now,
    rows: applicationPdfRows(view, files, filer),
    footerJa: 'この書面は申請者の控えです。', footerEn: "This is the filer's copy of the application.",
  });
}
