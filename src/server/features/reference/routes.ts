import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { isValidIsoDate, jstDateOf } from '../../../domain/calendar/jst.js';
import { OFFICES, PREFECTURES, PROCEDURES, STATUSES, feesOn, describePeriod, isStatusAvailableOnline, ISSUANCE_UNIT, DESIGNATED_ACTIVITY_NOTICES } from '../../../domain/reference/index.js';
import { bilingual } from '../../../domain/validation/field-errors.js';
import type { AppContext } from '../../context.js';

const ReferenceQuery = z.object({
  date: z
    .string()
    .refine(isValidIsoDate, bilingual('日付は YYYY-MM-DD の形式で入力してください。', 'Give the date as YYYY-MM-DD.'))
    .optional()
    .describe('JST date (YYYY-MM-DD) for which fees are listed; default today'),
});

/** Everything a client needs to explain the service: procedures, statuses, bureaus and fees (SPEC §2). */
export function buildReference(date: string) {
  return {
    date,
    procedures: PROCEDURES,
    statuses: STATUSES.map((s) => ({
      code: s.code, nameJa: s.nameJa, nameEn: s.nameEn, family: s.family ?? null,
      availableOnline: isStatusAvailableOnline(s.code, null), requiresNotice: s.requiresNotice,
      periods: s.periods.map((p) => ({ ...p, label: describePeriod(p) })), note: s.note ?? null,
    })),
    designatedActivityNotices: DESIGNATED_ACTIVITY_NOTICES,
    offices: OFFICES,
    issuanceUnit: ISSUANCE_UNIT,
    prefectures: PREFECTURES,
    fees: feesOn(date),
  };
}

/** The reference changes only with the date (fees), so each date's JSON is built once. */
const serializedByDate = new Map<string, string>();
function serializedReference(date: string): string {
  let json = serializedByDate.get(date);
  if (json === undefined) {
    if (serializedByDate.size > 64) serializedByDate.clear();
    json = JSON.stringify(buildReference(date));
    serializedByDate.set(date, json);
  }
  return json;
}

export function referenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/reference',
    { schema: { tags: ['reference'], summary: 'Procedures, statuses of residence, bureaus, prefectures and the fees valid on a date', querystring: ReferenceQuery } },
    async (request, reply) => {
      reply.header('cache-control', 'public, max-age=300').type('application/json; charset=utf-8');
      return reply.send(serializedReference(request.query.date ?? jstDateOf(ctx.clock.now())));
    },
  );
}
