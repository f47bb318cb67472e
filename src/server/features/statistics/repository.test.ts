import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar/jst.js';
import { processingWindow } from '../../../domain/statistics/index.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import type { CaseSeed } from './decided-case-seed.js';
import { aggregateProcessingTimes } from './repository.js';
import { decidedCases, expectedGroups, jstAt, seedCases, sortGroups } from './test-support.js';

const TODAY = '2026-11-23';
const ago = (n: number) => addDays(TODAY, -n);

const ENGINEER_EXTENSION = { procedure: 'EXTENSION', status: 'ENGINEER_HUMANITIES_INTL' } as const;

/** Varied durations and decision dates inside the window, several groups, a branch office and the window's edges. */
const SEEDS: CaseSeed[] = [
  ...decidedCases({ office: 'TOKYO', ...ENGINEER_EXTENSION }, 13, (i) => ago(1 + ((i * 11) % 89)), (i) => (i * 17) % 53),
  ...decidedCases({ office: 'YOKOHAMA', ...ENGINEER_EXTENSION }, 7, (i) => ago(2 + i * 9), (i) => 10 + i * 4),
  ...decidedCases({ office: 'TOKYO', procedure: 'EXTENSION', status: 'STUDENT' }, 19, (i) => ago(1 + i * 4), (i) => (i * 7) % 31),
  ...decidedCases({ office: 'TOKYO', procedure: 'COE', status: 'ENGINEER_HUMANITIES_INTL' }, 6, (i) => ago(5 + i), (i) => 40 + i),
  ...decidedCases({ office: 'KOBE', procedure: 'CHANGE', status: 'SPOUSE_OF_JAPANESE' }, 3, (i) => ago(30 + i), (i) => 60 - i * 20),
  ...decidedCases({ office: 'NAHA', procedure: 'WORK_CERT', status: 'DEPENDENT' }, 1, () => ago(3), () => 0),
  // The edges: decided at 00:00 JST exactly 90 days ago (counts), at 23:59 JST 91 days ago and at 00:00 JST today (do not).
  { office: 'OSAKA', procedure: 'EXTENSION', status: 'STUDENT', acceptedAt: jstAt(ago(100)), decision: { action: 'GRANT', at: jstAt(ago(90), '00:00') } },
  { office: 'OSAKA', procedure: 'EXTENSION', status: 'STUDENT', acceptedAt: jstAt(ago(100)), decision: { action: 'GRANT', at: jstAt(ago(91), '23:59') } },
  { office: 'OSAKA', procedure: 'EXTENSION', status: 'STUDENT', acceptedAt: jstAt(ago(100)), decision: { action: 'REFUSE', at: jstAt(TODAY, '00:00') } },
  // Accepted at 23:59 JST, decided at 00:00 JST the next day: one calendar day in Japan, though one minute.
  { office: 'OSAKA', procedure: 'COE', status: 'STUDENT', acceptedAt: jstAt(ago(10), '23:59'), decision: { action: 'GRANT', at: jstAt(ago(9), '00:00') } },
  // Accepted and not decided: not counted.
  { office: 'TOKYO', ...ENGINEER_EXTENSION, acceptedAt: jstAt(ago(20)) },
];

describe.each(testBackends())('R-CASE-2 processing-time aggregate on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(backend, {}, jstAt(TODAY));
    await seedCases(t, SEEDS);
  });
  afterAll(async () => t.close());

  const aggregate = async (filter: { bureau?: string; procedure?: string } = {}) => (await aggregateProcessingTimes(t.ctx.database.db, processingWindow(TODAY)))
    .filter((g) => (!filter.bureau || g.bureau === filter.bureau) && (!filter.procedure || g.procedure === filter.procedure));

  it('equals the domain definitions (nearest-rank median and 80th percentile of JST days) for every group', async () => {
    const groups = await aggregate();
    expect(sortGroups(groups)).toEqual(sortGroups(expectedGroups(SEEDS, TODAY)));
  });

  it('rolls branch offices up to their regional bureau (Yokohama into Tokyo) and adds the all-status figure', async () => {
    const tokyoExtension = (await aggregate({ bureau: 'TOKYO', procedure: 'EXTENSION' })).map((g) => [g.status, g.figures.decidedCases]);
    expect(tokyoExtension).toEqual(expect.arrayContaining([['ENGINEER_HUMANITIES_INTL', 20], ['STUDENT', 19], [null, 39]]));
    expect(tokyoExtension).toHaveLength(3);
  });

  it('counts a decision exactly 90 days ago, not one 91 days ago or today', async () => {
    const osaka = await aggregate({ bureau: 'OSAKA', procedure: 'EXTENSION' });
    expect(osaka.find((g) => g.status === null)?.figures).toEqual({ decidedCases: 1, medianDays: 10, p80Days: 10 });
  });

  it('measures JST calendar days: 23:59 to 00:00 JST is one day', async () => {
    const osakaCoe = await aggregate({ bureau: 'OSAKA', procedure: 'COE' });
    expect(osakaCoe.find((g) => g.status === 'STUDENT')?.figures).toEqual({ decidedCases: 1, medianDays: 1, p80Days: 1 });
  });

  it('a branch outside the main island counts for its bureau (Naha into Fukuoka); a bureau without decisions has no group', async () => {
    expect((await aggregate({ bureau: 'FUKUOKA' })).map((g) => [g.procedure, g.status])).toEqual(expect.arrayContaining([['WORK_CERT', 'DEPENDENT'], ['WORK_CERT', null]]));
    expect(await aggregate({ bureau: 'SAPPORO' })).toEqual([]);
  });
});
