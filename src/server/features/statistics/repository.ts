import { eq, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { addDays, startOfJstDay, type IsoDate } from '../../../domain/calendar/jst.js';
import { BUREAU_CODES, OFFICES } from '../../../domain/reference/bureaus.js';
import { MAIN_PROCEDURE_CODES, type MainProcedureCode } from '../../../domain/reference/procedures.js';
import { STATUS_CODES } from '../../../domain/reference/statuses.js';
import { DECISION_ACTIONS, FigureGroup, PERCENTILES, percentileFraction, type ProcessingWindow } from '../../../domain/statistics/index.js';
import { DESIRED_STATUS_PROCEDURES, STEP1_IDS } from '../../../forms/pages/step1.js';
import { rowsOf, type DbOrTx } from '../../db/client.js';
import { applications, processingTimeSnapshots } from '../../db/schema.js';

/**
 * The status of residence a case is about, as the forms engine reads it (`contextFromAnswers`): the desired one
 * for a COE, a change or an acquisition, else the current one (extension, work certificate).
 */
export function statusAnswerId(procedure: MainProcedureCode): string {
  return (DESIRED_STATUS_PROCEDURES as readonly string[]).includes(procedure) ? STEP1_IDS.desiredStatus : STEP1_IDS.currentStatus;
}

const literalList = (values: readonly string[]): SQL => sql.raw(values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', '));

const STATUS_OF_CASE = sql`(case when ${applications.mainProcedure} in (${literalList(DESIRED_STATUS_PROCEDURES)})
  then ${applications.answers} ->> ${STEP1_IDS.desiredStatus} else ${applications.answers} ->> ${STEP1_IDS.currentStatus} end)`;

/** Literals, not parameters, so the planner can match the partial index application_actions_decision_idx. */
const DECISION_TYPES = literalList(DECISION_ACTIONS);

const OFFICE_BUREAUS = sql.join(OFFICES.map((o) => sql`(${o.code}::text, ${o.bureau}::text)`), sql`, `);

const jstDate = (column: SQL): SQL => sql`(${column} at time zone 'Asia/Tokyo')::date`;

const AggregateRow = z.object({
  bureau: z.string(),
  procedure: z.string(),
  status: z.string().nullable(),
  every_status: z.coerce.number(),
  decided_cases: z.coerce.number().int(),
  median_days: z.coerce.number().int(),
  p80_days: z.coerce.number().int(),
});

function asGroup(row: z.infer<typeof AggregateRow>): FigureGroup | undefined {
  const procedure = MAIN_PROCEDURE_CODES.find((p) => p === row.procedure);
  const bureau = BUREAU_CODES.find((b) => b === row.bureau);
  if (!procedure || !bureau) return undefined;
  const figures = { decidedCases: row.decided_cases, medianDays: row.median_days, p80Days: row.p80_days };
  if (row.every_status === 1) return { bureau, procedure, status: null, figures };
  const status = STATUS_CODES.find((s) => s === row.status);
  return status ? { bureau, procedure, status, figures } : undefined;
}

/**
 * One aggregate over the cases decided in the window (GRANT or REFUSE; a case has at most one, as the allowed-actions
 * table admits neither after the other): per bureau, procedure and status of residence, and per bureau and procedure
 * over every status (the grouping set without status), the count and the nearest-rank median and 80th percentile of
 * the JST days from acceptance to decision.
 */
export async function aggregateProcessingTimes(db: DbOrTx, window: ProcessingWindow): Promise<FigureGroup[]> {
  const from = startOfJstDay(window.from).toISOString();
  const until = startOfJstDay(addDays(window.to, 1)).toISOString();
  const result = await db.execute(sql`
    with cases as (
      select o.bureau, ${applications.mainProcedure} as procedure, ${STATUS_OF_CASE} as status,
        ${jstDate(sql`d.at`)} - ${jstDate(sql`${applications.acceptedAt}`)} as days
      from application_actions d
      join ${applications} on ${applications.id} = d.application_id
      join (values ${OFFICE_BUREAUS}) as o (office, bureau) on o.office = ${applications.office}
      where d.type in (${DECISION_TYPES}) and d.at >= ${from}::timestamptz and d.at < ${until}::timestamptz
        and ${applications.acceptedAt} is not null and ${applications.mainProcedure} is not null
    )
    select bureau, procedure, status, grouping(status) as every_status, count(*) as decided_cases,
      percentile_disc(${percentileFraction(PERCENTILES.median)}::float8) within group (order by days) as median_days,
      percentile_disc(${percentileFraction(PERCENTILES.p80)}::float8) within group (order by days) as p80_days
    from cases
    group by grouping sets ((bureau, procedure, status), (bureau, procedure))`);
  return rowsOf<unknown>(result).flatMap((raw) => asGroup(AggregateRow.parse(raw)) ?? []);
}

/** What the estimate of one case needs to know about it. */
export interface CaseFacts {
  state: string;
  office: string | null;
  procedure: string | null;
  status: string | null;
  acceptedAt: Date | null;
}

export async function findCaseFacts(db: DbOrTx, applicationId: string): Promise<CaseFacts | undefined> {
  const [row] = await db.select({
    state: applications.state, office: applications.office, procedure: applications.mainProcedure,
    status: sql<string | null>`${STATUS_OF_CASE}`, acceptedAt: applications.acceptedAt,
  }).from(applications).where(eq(applications.id, applicationId)).limit(1);
  return row;
}

const SnapshotGroups = z.array(FigureGroup);

/** The stored figures of a JST date (processing_time_snapshots), if computed. */
export async function findSnapshot(db: DbOrTx, asOf: IsoDate): Promise<FigureGroup[] | undefined> {
  const [row] = await db.select({ groups: processingTimeSnapshots.groups }).from(processingTimeSnapshots)
    .where(eq(processingTimeSnapshots.asOf, asOf)).limit(1);
  return row ? SnapshotGroups.parse(row.groups) : undefined;
}

/** Stores a date's figures; a concurrent first request of the day stored the same figures, so a conflict is no change. */
export async function saveSnapshot(db: DbOrTx, asOf: IsoDate, groups: readonly FigureGroup[], computedAt: Date): Promise<void> {
  await db.insert(processingTimeSnapshots).values({ asOf, groups, computedAt }).onConflictDoNothing({ target: processingTimeSnapshots.asOf });
}

export async function deleteSnapshot(db: DbOrTx, asOf: IsoDate): Promise<void> {
  await db.delete(processingTimeSnapshots).where(eq(processingTimeSnapshots.asOf, asOf));
}
