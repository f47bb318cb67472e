import { ApplicationState as ApplicationStateSchema, allowedActionsFor, isEditableByFiler, type ApplicationState } from '../../../domain/case/index.js';
import { isOneOf } from '../../../domain/eligibility/list.js';
import { RECEIPT_METHODS } from '../../../domain/receipt/index.js';
import { OFFICE_CODES } from '../../../domain/reference/bureaus.js';
import type { Clock } from '../../../domain/calendar/clock.js';
import type { Config } from '../../config.js';
import type { DbOrTx } from '../../db/client.js';
import { proceduresOf } from './applicant-facts.js';
import type { ApplicationRow } from './application-repository.js';
import { listFiles, type ApplicationFile } from './file-repository.js';
import type { Filer } from './filer.js';
import { checkEligibility, checklistOf, draftErrors, organizationRequestOnFile, receiptMethodsOf } from './form-checks.js';
import { readLatestReturn } from './return-reasons.js';
import type { ApplicationSummary, ApplicationView } from './schemas.js';

const EXTENSIONS: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };

/** A safe download name made from the document code and the file's position, never from the uploader's name. */
export function generatedFileName(file: Pick<ApplicationFile, 'kind' | 'documentCode' | 'contentType'>, position: number): string {
  const stem = file.kind === 'PHOTO' ? 'photo' : `${(file.documentCode ?? 'document').toLowerCase().replace(/[^a-z0-9-]+/g, '-')}-${position}`;
  return `${stem}.${EXTENSIONS[file.contentType] ?? 'bin'}`;
}

function fileView(file: ApplicationFile, position: number) {
  return {
    id: file.id, documentCode: file.documentCode, contentType: file.contentType, sizeBytes: file.sizeBytes,
    fileName: generatedFileName(file, position), uploadedAt: file.createdAt.toISOString(),
  };
}

export function stateOf(row: Pick<ApplicationRow, 'state'>): ApplicationState {
  return ApplicationStateSchema.parse(row.state);
}

/** Everything the filer's pages need in one answer: answers, checks, checklist, files, the case's state. */
export async function describeApplication(
  db: DbOrTx, config: Pick<Config, 'uploads'>, clock: Clock, row: ApplicationRow, filer: Filer, known?: readonly ApplicationFile[],
): Promise<ApplicationView> {
  const files = known ?? (await listFiles(db, row.id));
  const documents = files.filter((f) => f.kind === 'DOCUMENT');
  const photo = files.find((f) => f.kind === 'PHOTO');
  const answers = row.answers as ApplicationView['answers'];
  const state = stateOf(row);
  const isEditable = isEditableByFiler(state);
  const eligibility = isEditable ? checkEligibility(answers, filer, clock) : undefined;
  const returned = state === 'RETURNED' ? await readLatestReturn(db, row.id) : null;
  const positions = new Map<string, number>();
  return {
    id: row.id, state, filerType: row.filerType,
    filer: { type: filer.type, hasMyNumberCard: filer.hasMyNumberCard, relationship: filer.relationship },
    organizationRequestOnFile: organizationRequestOnFile(filer),
    answers, revision: row.revision, savedAt: row.savedAt.toISOString(), lastField: row.lastField,
    procedures: proceduresOf(answers),
    checklist: checklistOf(answers, filer, documents.map((d) => d.documentCode ?? '')),
    photo: photo ? fileView(photo, 1) : null,
    attachments: documents.map((d) => {
      const code = d.documentCode ?? '';
      const position = (positions.get(code) ?? 0) + 1;
      positions.set(code, position);
      return fileView(d, position);
    }),
    limits: {
      maxFiles: config.uploads.maxFiles, maxTotalBytes: config.uploads.maxTotalBytes, maxFileBytes: config.uploads.maxFileBytes,
      usedFiles: files.length, usedBytes: files.reduce((n, f) => n + f.sizeBytes, 0),
    },
    receiptMethod: isOneOf(RECEIPT_METHODS, row.receiptMethod) ? row.receiptMethod : null,
    receiptMethods: receiptMethodsOf(answers, filer),
    office: isOneOf(OFFICE_CODES, row.office) ? row.office : null,
    receptionNumber: row.receptionNumber,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    acceptedAt: row.acceptedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    eligibility: eligibility?.kind === 'CHECKED' ? eligibility.result : null,
    errors: isEditable ? draftErrors(answers, filer.type) : [],
    returned: returned && { at: returned.at, reasons: returned.reasons },
    allowedActions: allowedActionsFor(state, { kind: 'ACCOUNT', role: filer.accountKind }),
  };
}

export function summarise(row: ApplicationRow): ApplicationSummary {
  return {
    id: row.id, state: stateOf(row), procedures: proceduresOf(row.answers as ApplicationView['answers']), applicantName: row.applicantName,
    receptionNumber: row.receptionNumber, savedAt: row.savedAt.toISOString(), submittedAt: row.submittedAt?.toISOString() ?? null,
    updatedAt: row.updatedAt.toISOString(),
  };
}
