import { CASE_ACTION_RULES } from '../../../domain/case/index.js';
import type { ActionRow } from '../applications/action-repository.js';
import { Decision, type CaseMessage, type DocumentRequest, type Proposal } from './schemas.js';

/**
 * Reading the examination out of the case's action log (DESIGN §3.1): requests, answers, messages, notes and
 * proposals travel in the details of their log rows, so the log stays the one record of what happened.
 */
export interface RequestedItem {
  id: string;
  description: string;
}
export interface AnsweredFile {
  storedFileId: string;
  contentType: string;
  sizeBytes: number;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

function itemsOf(details: Record<string, unknown>): RequestedItem[] {
  const raw = Array.isArray(details.items) ? details.items : [];
  return raw.flatMap((i: unknown) => {
    if (typeof i !== 'object' || i === null) return [];
    const o = i as Record<string, unknown>;
    const id = str(o.id);
    const description = str(o.description);
    return id && description ? [{ id, description }] : [];
  });
}

function filesOf(details: Record<string, unknown>): AnsweredFile[] {
  const raw = Array.isArray(details.files) ? details.files : [];
  return raw.flatMap((f: unknown) => {
    if (typeof f !== 'object' || f === null) return [];
    const o = f as Record<string, unknown>;
    const id = str(o.storedFileId);
    return id ? [{ storedFileId: id, contentType: str(o.contentType) ?? 'application/octet-stream', sizeBytes: Number(o.sizeBytes ?? 0) }] : [];
  });
}

export function documentRequestsOf(log: readonly ActionRow[]): DocumentRequest[] {
  const requests: DocumentRequest[] = [];
  for (const a of log) {
    const requestId = str(a.details.requestId);
    if (a.type === 'REQUEST_DOCUMENTS' && requestId) {
      requests.push({
        id: requestId, requestedAt: a.at.toISOString(), deadline: str(a.details.deadline) ?? '', message: str(a.details.message), state: 'OPEN',
        items: itemsOf(a.details).map((i) => ({ ...i, answeredAt: null, files: [] })),
      });
      continue;
    }
    const request = requests.find((r) => r.id === requestId);
    if (!request) continue;
    if (a.type === 'ANSWER_DOCUMENT_ITEM') {
      const item = request.items.find((i) => i.id === a.details.itemId);
      if (!item) continue;
      item.answeredAt = a.at.toISOString();
      item.files.push(...filesOf(a.details).map((f) => ({ id: f.storedFileId, contentType: f.contentType, sizeBytes: f.sizeBytes })));
    }
    if (a.type === 'ANSWER_DOCUMENTS') request.state = 'ANSWERED';
    if (a.type === 'CLOSE_DOCUMENT_REQUEST') request.state = 'CLOSED';
  }
  return requests;
}

/** The request the filer is answering now: the last one, while still open. */
export function openRequestOf(log: readonly ActionRow[]): DocumentRequest | undefined {
  const last = documentRequestsOf(log).at(-1);
  return last?.state === 'OPEN' ? last : undefined;
}

export function messagesOf(log: readonly ActionRow[]): CaseMessage[] {
  return log.filter((a) => a.type === 'MESSAGE').map((a) => ({
    id: a.id, side: a.details.side === 'BUREAU' ? 'BUREAU' : 'FILER', body: str(a.details.body) ?? '', at: a.at.toISOString(),
  }));
}

export function notesOf(log: readonly ActionRow[]) {
  return log.filter((a) => a.type === 'NOTE' && typeof a.details.body === 'string')
    .map((a) => ({ id: a.id, authorId: a.actorId, body: str(a.details.body) ?? '', at: a.at.toISOString() }));
}

/**
 * The proposal in force: the last PROPOSE_DECISION since the case last changed status (a request for documents
 * and its answers send the examination back, so an older proposal no longer counts), with its approval if any.
 */
export function currentProposalOf(log: readonly ActionRow[]): Proposal | null {
  let proposal: Proposal | null = null;
  for (const a of log) {
    if (a.type === 'PROPOSE_DECISION') {
      const decision = Decision.safeParse(a.details.decision);
      proposal = decision.success ? { id: a.id, proposedBy: a.actorId, at: a.at.toISOString(), approvedBy: null, decision: decision.data } : null;
    } else if (a.type === 'APPROVE_DECISION' && proposal && a.details.proposalId === proposal.id) {
      proposal.approvedBy = a.actorId;
    } else if (CASE_ACTION_RULES[a.type].effect !== null) {
      proposal = null;
    }
  }
  return proposal;
}
