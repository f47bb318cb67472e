import { APPLICATION_STATE_NAMES, CASE_ACTION_RULES, assertActionAllowed, deriveApplicationState } from '../../../domain/case/index.js';
import type { Bilingual } from '../../../domain/validation/field-errors.js';
import type { AppContext } from '../../context.js';
import { AppError } from '../../errors.js';
import type { SessionAccount } from '../../plugins/session.js';
import { appendAudit } from '../audit/audit-log.js';
import { auditActor, loadOwned, lockOwned, type Meta } from './access.js';
import { appendActionOnce, findActionByKey, listActions, type ActionRow } from './action-repository.js';
import { findApplication, updateApplication } from './application-repository.js';
import { asConflict } from './case-guard.js';
import { describe } from './draft-service.js';
import { APPLICATION_MESSAGES } from './messages.js';
import { nextStepFor } from './next-steps.js';
import { mailWithdrawal } from './notifications.js';
import type { Timeline } from './schemas.js';
import { stateOf } from './view.js';

const ACTORS: Record<string, Bilingual> = {
  APPLICANT: { ja: '申請者', en: 'The applicant' },
  ORG_STAFF: { ja: '所属機関等の職員', en: 'Organisation staff' },
  INTERMEDIARY: { ja: '申請取次者（弁護士・行政書士）', en: 'The intermediary (lawyer or scrivener)' },
  OFFICER: { ja: '出入国在留管理局', en: 'The immigration bureau' },
  ADMIN: { ja: '出入国在留管理局', en: 'The immigration bureau' },
  SYSTEM: { ja: 'システム（自動処理）', en: 'The system (automatic)' },
};

function actorOf(action: ActionRow, viewer: SessionAccount): Bilingual {
  if (action.actorId === viewer.id) return { ja: 'あなた', en: 'You' };
  return ACTORS[action.actorType] ?? { ja: '—', en: '—' };
}

function noteOf(action: ActionRow): string | null {
  const { details } = action;
  if (typeof details.receptionNumber === 'string') return details.receptionNumber;
  if (typeof details.reason === 'string') return details.reason;
  return null;
}

/** R-CASE-2: every step the filer may see, with when and by whom, and what happens next. */
export async function timelineOf(ctx: AppContext, account: SessionAccount, id: string, meta: Meta): Promise<Timeline> {
  const { row } = await loadOwned(ctx, account, id, 'application.timeline', meta);
  const actions = await listActions(ctx.database.db, id);
  const status = stateOf(row);
  return {
    status, statusName: APPLICATION_STATE_NAMES[status],
    entries: actions.filter((a) => CASE_ACTION_RULES[a.type].visibleToFiler).map((a) => ({
      action: a.type, label: CASE_ACTION_RULES[a.type].name, at: a.at.toISOString(), actor: actorOf(a, account), note: noteOf(a),
    })),
    next: nextStepFor(status, row.receptionNumber !== null),
  };
}

/** R-SUB-4: withdrawal with a reason while the case is undecided (the case table says when); confirmed by email. */
export async function withdrawApplication(ctx: AppContext, account: SessionAccount, id: string, body: { reason: string; idempotencyKey: string }, meta: Meta) {
  const { filer } = await loadOwned(ctx, account, id, 'application.withdraw', meta);
  if (!(await findActionByKey(ctx.database.db, id, body.idempotencyKey))) {
    await ctx.database.db.transaction(async (tx) => {
      const row = await lockOwned(tx, filer, id);
      const earlier = await findActionByKey(tx, id, body.idempotencyKey);
      if (earlier) {
        if (earlier.type !== 'WITHDRAW') throw new AppError('CONFLICT', APPLICATION_MESSAGES.notDraft);
        return;
      }
      const actions = await listActions(tx, id);
      const state = deriveApplicationState(actions);
      if (state === 'DRAFT') throw new AppError('ACTION_NOT_ALLOWED', APPLICATION_MESSAGES.notSubmittedYet, undefined, { status: state });
      asConflict(() => assertActionAllowed(state, 'WITHDRAW', { kind: 'ACCOUNT', role: account.role }));
      const now = ctx.clock.now();
      await appendActionOnce(tx, { applicationId: id, type: 'WITHDRAW', idempotencyKey: body.idempotencyKey, ...auditActor(account), at: now, details: { reason: body.reason } });
      const withdrawn = await updateApplication(tx, id, { state: deriveApplicationState([...actions, { type: 'WITHDRAW' as const }]), updatedAt: now });
      await mailWithdrawal(tx, ctx, withdrawn, body.reason, now);
      await appendAudit(tx, ctx.clock, {
        ...auditActor(account), subjectType: 'application', subjectId: id, action: 'application.withdrawn', ipAddress: meta.ip, outcome: 'SUCCESS',
        details: { from: row.state },
      });
    });
  }
  const row = await findApplication(ctx.database.db, id);
  if (!row) throw new AppError('NOT_FOUND', APPLICATION_MESSAGES.notFound);
  return describe(ctx, row, filer);
}
