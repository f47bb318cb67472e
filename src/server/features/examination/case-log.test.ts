import { describe, expect, it } from 'vitest';
import type { CaseAction } from '../../../domain/case/index.js';
import type { ActionRow } from '../applications/action-repository.js';
import { currentProposalOf, documentRequestsOf, messagesOf, notesOf, openRequestOf } from './case-log.js';

let serial = 0;
const row = (type: CaseAction, details: Record<string, unknown> = {}, actorId: string | null = null): ActionRow => {
  serial += 1;
  return { id: serial, applicationId: 'a', type, idempotencyKey: `k${serial}`, actorType: 'OFFICER', actorId, at: new Date(Date.UTC(2026, 10, 23, 0, serial)), details };
};
const items = [{ id: 'i1', description: '在職証明書' }, { id: 'i2', description: '課税証明書' }];
const refuse = { decision: 'REFUSE', reason: '理由' };

describe('reading the examination from the action log (R-CASE-3, R-CASE-4, R-EXAM-4)', () => {
  it('R-CASE-3: a request stays open until ANSWER_DOCUMENTS; answers and files attach to their items', () => {
    const log = [row('SUBMIT'), row('ACCEPT'), row('REQUEST_DOCUMENTS', { requestId: 'r1', deadline: '2026-12-10', items }),
      row('ANSWER_DOCUMENT_ITEM', { requestId: 'r1', itemId: 'i1', files: [{ storedFileId: 'f1', contentType: 'application/pdf', sizeBytes: 10 }] })];
    expect(openRequestOf(log)?.items.map((i) => i.answeredAt !== null)).toEqual([true, false]);
    expect(documentRequestsOf(log)[0]?.items[0]?.files).toEqual([{ id: 'f1', contentType: 'application/pdf', sizeBytes: 10 }]);
    log.push(row('ANSWER_DOCUMENTS', { requestId: 'r1' }));
    expect(openRequestOf(log)).toBeUndefined();
    expect(documentRequestsOf(log)[0]?.state).toBe('ANSWERED');
  });

  it('R-EXAM-4: a proposal and its approval count until the status changes; another officer\'s approval of an old proposal does not', () => {
    const log = [row('SUBMIT'), row('ACCEPT'), row('PROPOSE_DECISION', { decision: refuse }, 'examiner')];
    const proposalId = log[2]?.id;
    log.push(row('APPROVE_DECISION', { proposalId }, 'approver'));
    expect(currentProposalOf(log)).toMatchObject({ proposedBy: 'examiner', approvedBy: 'approver', decision: refuse });
    log.push(row('REQUEST_DOCUMENTS', { requestId: 'r2', deadline: '2026-12-10', items }));
    expect(currentProposalOf(log)).toBeNull();
  });

  it('R-CASE-4, R-EXAM-4: messages carry their side; notes are read separately', () => {
    const log = [row('MESSAGE', { side: 'BUREAU', body: 'a' }), row('MESSAGE', { side: 'FILER', body: 'b' }), row('NOTE', { body: 'n' }, 'o')];
    expect(messagesOf(log).map((m) => [m.side, m.body])).toEqual([['BUREAU', 'a'], ['FILER', 'b']]);
    expect(notesOf(log)).toMatchObject([{ body: 'n', authorId: 'o' }]);
  });
});
