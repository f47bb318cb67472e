import { jstDateOf, type IsoDate } from '../../../domain/calendar/jst.js';
import { getOffice } from '../../../domain/reference/bureaus.js';
import { isInProcessingWindow, processingDays, summarizeDurations, type FigureGroup } from '../../../domain/statistics/index.js';
import type { TestApp } from '../../../../test/helpers/app.js';
import { seedAccount } from '../accounts/test-support.js';
import { seedCase, type CaseSeed } from './decided-case-seed.js';

/** An instant on a JST date (default 10:00 JST). */
export function jstAt(date: IsoDate, time = '10:00'): Date {
  return new Date(`${date}T${time}:00+09:00`);
}

type Kind = Pick<CaseSeed, 'office' | 'procedure' | 'status'>;

/** `n` cases of one kind decided on `decidedOn(i)` after `days(i)` days, alternately granted and refused. */
export function decidedCases(kind: Kind, n: number, decidedOn: (i: number) => IsoDate, days: (i: number) => number): CaseSeed[] {
  return Array.from({ length: n }, (_, i): CaseSeed => {
    const decided = decidedOn(i);
    const accepted = jstDateOf(new Date(jstAt(decided).getTime() - days(i) * 24 * 60 * 60 * 1000));
    return { ...kind, acceptedAt: jstAt(accepted, '09:00'), decision: { action: i % 3 === 0 ? 'REFUSE' : 'GRANT', at: jstAt(decided, '16:00') } };
  });
}

export async function seedCases(t: TestApp, seeds: readonly CaseSeed[]): Promise<string[]> {
  const owner = await seedAccount(t, { kind: 'INDIVIDUAL', withTotp: false });
  return t.ctx.database.db.transaction(async (tx) => {
    const ids: string[] = [];
    for (const seed of seeds) ids.push(await seedCase(tx, owner.account.id, seed));
    return ids;
  });
}

/** The figures the domain's definitions give for these seeds on `today`: the oracle for the SQL aggregate. */
export function expectedGroups(seeds: readonly CaseSeed[], today: IsoDate): FigureGroup[] {
  const durations = new Map<string, { group: Omit<FigureGroup, 'figures'>; days: number[] }>();
  for (const seed of seeds) {
    if (!seed.decision) continue;
    const decidedOn = jstDateOf(seed.decision.at);
    if (!isInProcessingWindow(decidedOn, today)) continue;
    const days = processingDays(jstDateOf(seed.acceptedAt), decidedOn);
    const bureau = getOffice(seed.office).bureau;
    for (const status of [seed.status, null]) {
      const key = `${bureau}/${seed.procedure}/${status ?? '*'}`;
      const entry = durations.get(key) ?? { group: { bureau, procedure: seed.procedure, status }, days: [] };
      entry.days.push(days);
      durations.set(key, entry);
    }
  }
  return [...durations.values()].flatMap(({ group, days }) => {
    const figures = summarizeDurations(days);
    return figures ? [{ ...group, figures }] : [];
  });
}

export function sortGroups(groups: readonly FigureGroup[]): FigureGroup[] {
  const key = (g: FigureGroup) => `${g.bureau}/${g.procedure}/${g.status ?? '*'}`;
  return [...groups].sort((a, b) => key(a).localeCompare(key(b)));
}
