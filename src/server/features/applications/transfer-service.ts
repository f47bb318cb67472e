import { randomUUID } from 'node:crypto';
import { jstDateOf } from '../../../domain/calendar/jst.js';
import { toFieldErrors } from '../../../domain/validation/field-errors.js';
import { APPLICATION_FORM } from '../../../forms/application-form.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { loadOwned, type Meta } from './access.js';
import { createDraft } from './draft-service.js';
import { resolveFiler } from './filer.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { DraftFile, EXPORT_FORMAT } from './schemas.js';

const FILE_VERSION = 1;

/** Every answer id the form knows: a field's id, or a group's id (its rows hold the columns). */
function knownFieldIds(): Set<string> {
  return new Set(APPLICATION_FORM.pages.flatMap((page) => page.fields.map((field) => field.id)));
}

/** R-FORM-3: the answers as a file the filer keeps and imports again later (any state; the answers as stored). */
export async function exportDraft(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<{ fileName: string; file: DraftFile }> {
  const { row } = await loadOwned(ctx, account, id, 'application.export', meta);
  const now = ctx.clock.now();
  const file: DraftFile = {
    format: EXPORT_FORMAT, version: FILE_VERSION, formId: APPLICATION_FORM.id, formVersion: APPLICATION_FORM.version,
    filerType: row.filerType, exportedAt: now.toISOString(), lastField: row.lastField, answers: row.answers as DraftFile['answers'],
  };
  return { fileName: `application-draft-${jstDateOf(now)}.json`, file };
}

/**
 * Imports an exported file as a new draft. A file that is not one, is of a newer version, was made by another kind
 * of filer or names fields the form does not have is refused with the reason; malformed values are kept, as in an
 * autosave, and shown as errors on the new draft.
 */
export async function importDraft(ctx: AppContext, account: SessionAccount, body: unknown, key: string | undefined, meta: Meta) {
  const file = parseFile(body);
  const filer = await resolveFiler(ctx.database.db, account);
  if (file.filerType !== filer.type) throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.otherFilerType, [{ path: 'filerType', message: APPLICATION_MESSAGES.otherFilerType }]);
  const known = knownFieldIds();
  const unknown = Object.keys(file.answers).filter((id) => !known.has(id));
  if (unknown.length > 0) {
    throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.unknownFields, unknown.slice(0, 20).map((path) => ({ path: `answers.${path}`, message: APPLICATION_MESSAGES.unknownFields })));
  }
  return createDraft(ctx, account, key ?? `import:${randomUUID()}`, meta, file.answers, file.lastField);
}

function parseFile(body: unknown): DraftFile {
  const format = (body as { format?: unknown } | null)?.format;
  if (format !== EXPORT_FORMAT) throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.notExportFile, [{ path: 'format', message: APPLICATION_MESSAGES.notExportFile }]);
  const version = (body as { version?: unknown }).version;
  if (typeof version === 'number' && version > FILE_VERSION) {
    throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.exportVersionUnknown, [{ path: 'version', message: APPLICATION_MESSAGES.exportVersionUnknown }]);
  }
  const parsed = DraftFile.safeParse(body);
  if (!parsed.success) throw new AppError('UNPROCESSABLE', APPLICATION_MESSAGES.notExportFile, toFieldErrors(parsed.error.issues));
  return parsed.data;
}
