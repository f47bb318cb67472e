import { randomUUID } from 'node:crypto';
import { normaliseReceptionNumberQuery } from '../../../domain/numbering/index.js';
import type { FieldError } from '../../../domain/validation/field-errors.js';
import type { Answers } from '../../../forms/types.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { assertEditable, auditActor, loadOwned, lockOwned, ownerScopeFor, ownerScopeOf, type Meta } from './access.js';
import { searchColumnChanges, searchColumnsOf } from './applicant-facts.js';
import { deleteApplication, insertApplicationOnce, listApplications, mergeDraftAnswers, type ApplicationRow } from './application-repository.js';
import { deleteFile, listFiles, type ApplicationFile } from './file-repository.js';
import { resolveFiler, type Filer } from './filer.js';
import { draftErrors, normalise } from './form-checks.js';
import { APPLICATION_MESSAGES } from './messages.js';
import type { ApplicationList, ApplicationView, ListQuery, SaveAnswersRequest, SaveAnswersResponse } from './schemas.js';
import { describeApplication, summarise } from './view.js';

export const PAGE_SIZE = 20;

export function describe(ctx: AppContext, row: ApplicationRow, filer: Filer, files?: readonly ApplicationFile[]): Promise<ApplicationView> {
  return describeApplication(ctx.database.db, ctx.config, ctx.clock, row, filer, files);
}

/** A new draft, once per idempotency key and owner (a retried create returns the same draft). */
export async function createDraft(ctx: AppContext, account: SessionAccount, key: string, meta: Meta, answers: Answers = {}, lastField: string | null = null) {
  const filer = await resolveFiler(ctx.database.db, account);
  const normalised = normalise(answers);
  const { row, created } = await ctx.database.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const result = await insertApplicationOnce(tx, {
      id: randomUUID(), ownerAccountId: account.id, organizationId: filer.organization?.id ?? null,
      requestingRangeId: filer.organization?.requestingRange?.id ?? null, filerType: filer.type, creationKey: key, state: 'DRAFT',
      answers: normalised, revision: 0, savedAt: now, lastField, ...searchColumnsOf(normalised), createdAt: now, updatedAt: now,
    });
    if (result.created) {
      await appendAudit(tx, ctx.clock, {
        ...auditActor(account), subjectType: 'application', subjectId: result.row.id, action: 'application.created', ipAddress: meta.ip, outcome: 'SUCCESS',
        details: { filerType: filer.type, imported: Object.keys(answers).length > 0 },
      });
    }
    return result;
  });
  return { view: await describe(ctx, row, filer), created };
}

/** The filer's applications, newest first; `q` finds an applicant's name or a reception number typed half-width (R-SUB-2). */
export async function listOwn(ctx: AppContext, account: SessionAccount, query: ListQuery): Promise<ApplicationList> {
  const filer = await resolveFiler(ctx.database.db, account);
  const text = query.q?.normalize('NFKC').trim();
  const { rows, total } = await listApplications(ctx.database.db, ownerScopeOf(filer), {
    state: query.state, procedure: query.procedure,
    nameQuery: text ? text.toUpperCase().replace(/\s+/g, ' ') : undefined,
    receptionNumberQuery: text ? normaliseReceptionNumberQuery(text) : undefined,
    page: query.page, pageSize: PAGE_SIZE,
  });
  return { items: rows.map(summarise), total, page: query.page, pageSize: PAGE_SIZE };
}

export async function getOwn(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<ApplicationView> {
  const { filer, row } = await loadOwned(ctx, account, id, 'application.read', meta);
  return describe(ctx, row, filer);
}

/** Splits a patch: null clears a field; every other value is normalised and kept even when malformed (nothing typed is lost). */
export function splitChanges(changes: Answers): { set: Answers; removed: string[] } {
  const removed = Object.entries(changes).filter(([, value]) => value === null).map(([id]) => id);
  const set = normalise(Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== null)));
  return { set, removed };
}

/**
 * Autosave (R-FORM-3): the normalised patch is merged in one statement, only over the revision the client edited
 * (409 with the current revision otherwise); the merged answers are checked in draft mode and the malformed values
 * come back as errors. The common case costs the session lookup and this one update.
 */
export async function saveAnswers(ctx: AppContext, account: SessionAccount, id: string, body: SaveAnswersRequest, meta: Meta): Promise<SaveAnswersResponse> {
  const { set, removed } = splitChanges(body.changes);
  const now = ctx.clock.now();
  const saved = await mergeDraftAnswers(ctx.database.db, id, await ownerScopeFor(ctx.database.db, account), body.revision, set, removed, {
    savedAt: now, updatedAt: now, ...(body.lastField === undefined ? {} : { lastField: body.lastField }), ...searchColumnChanges(set, removed),
  });
  if (!saved) {
    const { row } = await loadOwned(ctx, account, id, 'application.save', meta);
    assertEditable(row);
    throw stale(row.revision);
  }
  const errors: FieldError[] = draftErrors(saved.answers as Answers, saved.filerType);
  return { revision: saved.revision, savedAt: saved.savedAt.toISOString(), errors };
}

function stale(revision: number): AppError {
  return new AppError('CONFLICT', APPLICATION_MESSAGES.staleRevision, undefined, { revision });
}

/** Deletes a draft with its files (drafts only: a submitted application is a case and stays). */
export async function deleteDraft(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<void> {
  const { filer } = await loadOwned(ctx, account, id, 'application.delete', meta);
  const storageKeys = await ctx.database.db.transaction(async (tx) => {
    const row = await lockOwned(tx, filer, id);
    if (row.state !== 'DRAFT') throw new AppError('ACTION_NOT_ALLOWED', APPLICATION_MESSAGES.draftOnlyDelete, undefined, { status: row.state });
    const files = await listFiles(tx, id);
    for (const file of files) await deleteFile(tx, file);
    await deleteApplication(tx, id);
    await appendAudit(tx, ctx.clock, {
      ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.deleted', ipAddress: meta.ip, outcome: 'SUCCESS', details: { files: files.length },
    });
    return files.map((f) => f.storageKey);
  });
  await Promise.all(storageKeys.map((key) => ctx.storage.delete(key).catch(() => undefined)));
}
