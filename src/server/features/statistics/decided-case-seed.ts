import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { deriveApplicationState, type CaseActionEntry } from '../../../domain/case/index.js';
import { OFFICE_CODES } from '../../../domain/reference/bureaus.js';
import { MAIN_PROCEDURE_CODES } from '../../../domain/reference/procedures.js';
import { STATUS_CODES } from '../../../domain/reference/statuses.js';
import { DECISION_ACTIONS } from '../../../domain/statistics/index.js';
import type { DbOrTx } from '../../db/client.js';
import { appendActionOnce } from '../applications/action-repository.js';
import { insertApplicationOnce } from '../applications/application-repository.js';
import { statusAnswerId } from './repository.js';

/**
 * A submitted, accepted and (unless `decision` is absent) decided case written straight through the applications
 * repositories, for the processing-time tests and the browser journey's test-only seed route: the statistics read
 * nothing else of a case, and the real examination flow has its own tests.
 */
export const CaseSeed = z.object({
  office: z.enum(OFFICE_CODES),
  procedure: z.enum(MAIN_PROCEDURE_CODES),
  status: z.enum(STATUS_CODES),
  acceptedAt: z.coerce.date(),
  decision: z.object({ action: z.enum(DECISION_ACTIONS), at: z.coerce.date() }).optional(),
});
export type CaseSeed = z.infer<typeof CaseSeed>;

const HOUR_MS = 60 * 60 * 1000;

export async function seedCase(tx: DbOrTx, ownerAccountId: string, seed: CaseSeed): Promise<string> {
  const id = randomUUID();
  const submittedAt = new Date(seed.acceptedAt.getTime() - HOUR_MS);
  const log: (CaseActionEntry & { at: Date; key: string })[] = [
    { type: 'SUBMIT', at: submittedAt, key: 'submit' },
    { type: 'ACCEPT', at: seed.acceptedAt, key: 'accept' },
    ...(seed.decision ? [{ type: seed.decision.action, at: seed.decision.at, key: 'decide' }] : []),
  ];
  const last = log.at(-1)?.at ?? submittedAt;
  await insertApplicationOnce(tx, {
    id, ownerAccountId, filerType: 'FOREIGN_NATIONAL', creationKey: id, state: deriveApplicationState(log),
    answers: { 'step1.procedures': [seed.procedure], [statusAnswerId(seed.procedure)]: seed.status },
    savedAt: submittedAt, procedures: [seed.procedure], mainProcedure: seed.procedure, office: seed.office,
    submittedAt, submittedBy: ownerAccountId, acceptedAt: seed.acceptedAt, createdAt: submittedAt, updatedAt: last,
  });
  for (const entry of log) {
    await appendActionOnce(tx, {
      applicationId: id, type: entry.type, idempotencyKey: entry.key, actorType: 'SYSTEM', actorId: null, at: entry.at, details: {},
    });
  }
  return id;
}
