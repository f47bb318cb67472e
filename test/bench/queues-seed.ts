/**
 * Seeding of the back-office queue benchmark (test/bench/queues.ts): a million applications written with set-based
 * SQL, two officers of the Tokyo bureau with open sessions, and the action-log rows the queue reads (the holder).
 */
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { OfficerRole } from '../../src/domain/auth/roles.js';
import { SESSION_POLICY } from '../../src/domain/auth/session-policy.js';
import { systemClock } from '../../src/domain/calendar/clock.js';
import { OFFICE_CODES } from '../../src/domain/reference/bureaus.js';
import { FILER_TYPES } from '../../src/domain/eligibility/index.js';
import { MAIN_PROCEDURE_CODES } from '../../src/domain/reference/procedures.js';
import { openDatabase } from '../../src/server/db/client.js';
import { sessions } from '../../src/server/db/schema.js';
import { createAccount } from '../../src/server/features/accounts/account-factory.js';
import { newToken, sha256Hex } from '../../src/server/features/accounts/tokens.js';

export interface Officer {
  id: string;
  headers: Record<string, string>;
}

/** A signed-in officer (session row straight in the table), as the applications bench does for its filer. */
export async function seedOfficer(databaseUrl: string, role: OfficerRole, office: string): Promise<Officer> {
  const database = await openDatabase({ kind: 'postgres', url: databaseUrl });
  const token = newToken();
  try {
    const account = await database.db.transaction(async (tx) => {
      const created = await createAccount(tx, systemClock, { kind: 'OFFICER', officerRole: role, office, displayName: `BENCH ${role}`, email: `bench-${randomUUID().slice(0, 8)}@example.test` });
      const now = new Date();
      const absolute = new Date(now.getTime() + SESSION_POLICY.absoluteMs);
      await tx.insert(sessions).values({ idHash: sha256Hex(token), accountId: created.id, stage: 'ACTIVE', createdAt: now, lastSeenAt: now, idleExpiresAt: absolute, absoluteExpiresAt: absolute, reauthenticatedAt: now });
      return created;
    });
    return { id: account.id, headers: { cookie: `__Host-session=${token}` } };
  } finally {
    await database.close();
  }
}

/**
 * Weighted slots (out of 100) for the state: mostly decided history, an open backlog of about 20 %. Open cases are
 * recent (SUBMITTED within 2 days, under examination within 60), so about half of them are overdue.
 */
const STATE_SLOTS: [string, number, number][] = [
  // state, share in %, spread of submitted_at back from now in minutes
  ['DRAFT', 2, 0],
  ['SUBMITTED', 3, 2 * 1440],
  ['UNDER_EXAMINATION', 10, 60 * 1440],
  ['AWAITING_DOCUMENTS', 3, 60 * 1440],
  ['AWAITING_ISSUE', 3, 90 * 1440],
  ['RETURNED', 2, 365 * 1440],
  ['WITHDRAWN', 3, 3 * 365 * 1440],
  ['REFUSED', 5, 3 * 365 * 1440],
  ['COMPLETED', 69, 3 * 365 * 1440],
];

/** Offices by share of 20 slots: the Tokyo bureau (TOKYO + YOKOHAMA) takes 40 %, the biggest queue to read. */
const OFFICE_SLOTS = ['TOKYO', 'TOKYO', 'TOKYO', 'TOKYO', 'TOKYO', 'TOKYO', 'YOKOHAMA', 'YOKOHAMA', ...OFFICE_CODES.filter((o) => o !== 'TOKYO' && o !== 'YOKOHAMA'),
  'OSAKA', 'OSAKA', 'NAGOYA'];

const LOGS: Record<string, string[]> = {
  SUBMITTED: ['SUBMIT'],
  RETURNED: ['SUBMIT', 'RETURN'],
  UNDER_EXAMINATION: ['SUBMIT', 'ACCEPT', 'CLAIM'],
  AWAITING_DOCUMENTS: ['SUBMIT', 'ACCEPT', 'CLAIM', 'REQUEST_DOCUMENTS'],
  AWAITING_ISSUE: ['SUBMIT', 'ACCEPT', 'GRANT'],
};

const ACCEPTED = ['UNDER_EXAMINATION', 'AWAITING_DOCUMENTS', 'AWAITING_ISSUE', 'REFUSED', 'COMPLETED'];

function stateCase(): { state: string; spread: string } {
  let from = 0;
  const state: string[] = [];
  const spread: string[] = [];
  for (const [name, share, minutes] of STATE_SLOTS) {
    state.push(`when b < ${from + share} then '${name}'`);
    spread.push(`when b < ${from + share} then ${Math.max(minutes, 1)}`);
    from += share;
  }
  return { state: `case ${state.join(' ')} end`, spread: `case ${spread.join(' ')} end` };
}

/**
 * `count` applications in one INSERT … SELECT generate_series: office, state, procedures and filer type from
 * multiplicative hashes of the row number (so they are not correlated with each other or with the insertion order).
 */
export async function seedApplications(pool: pg.Pool, ownerId: string, examinerId: string, count: number): Promise<void> {
  const { state, spread } = stateCase();
  const offices = `array[${OFFICE_SLOTS.map((o) => `'${o}'`).join(',')}]`;
  const filers = `array[${FILER_TYPES.map((f) => `'${f}'`).join(',')}]`;
  const mains = `array[${MAIN_PROCEDURE_CODES.map((p) => `'${p}'`).join(',')}]`;
  await pool.query(`
    insert into applications (id, owner_account_id, filer_type, creation_key, state, answers, revision, saved_at, procedures, main_procedure,
      applicant_name, receipt_method, office, submitted_at, submitted_by, reception_number, accepted_at, created_at, updated_at)
    select gen_random_uuid(), $1, (${filers})[1 + abs(hashtext('filer' || i)) % ${FILER_TYPES.length}], 'bench-' || i, st, '{}'::jsonb, 0, at,
      case when abs(hashtext('extra' || i)) % 10 = 0 then array[main, 'REENTRY'] when abs(hashtext('extra' || i)) % 10 = 1 then array[main, 'OUTSIDE_ACTIVITY'] else array[main] end, main,
      'BENCH APPLICANT ' || i, 'CARD_BY_MAIL', case when st = 'DRAFT' then null else office end, case when st = 'DRAFT' then null else at end,
      case when st = 'DRAFT' then null else $1::uuid end,
      case when st = any($2::text[]) then 'B' || lpad(i::text, 9, '0') end, case when st = any($2::text[]) then at + interval '1 day' end, at, at
    from (
      select i, st, (${offices})[1 + abs(hashtext('office' || i)) % ${OFFICE_SLOTS.length}] as office, (${mains})[1 + abs(hashtext('procedure' || i)) % ${MAIN_PROCEDURE_CODES.length}] as main,
        now() - interval '1 minute' * (abs(hashtext('at' || i)) % spread) as at
      from (select i, ${state} as st, ${spread} as spread from (select i, abs(hashtext('state' || i)) % 100 as b from generate_series(1, $3::bigint) i) h) s
    ) r`, [ownerId, ACCEPTED, count]);
  await pool.query(`
    insert into application_actions (application_id, type, idempotency_key, actor_type, actor_id, at, details)
    select a.id, l.type, 'seed-' || l.n, case when l.type = 'SUBMIT' then 'APPLICANT' else 'OFFICER' end,
      case when l.type = 'CLAIM' then $1::uuid end, a.submitted_at + interval '1 hour' * l.n, '{}'::jsonb
    from applications a cross join lateral unnest(($2::jsonb ->> a.state)::text[]) with ordinality l(type, n)
    where a.state = any($3::text[])`,
  [examinerId, JSON.stringify(Object.fromEntries(Object.entries(LOGS).map(([k, v]) => [k, `{${v.join(',')}}`]))), Object.keys(LOGS)]);
  // What autovacuum would have done on a long-lived table: statistics and the visibility map (index-only scans).
  await pool.query('vacuum (analyze) applications');
  await pool.query('vacuum (analyze) application_actions');
}
