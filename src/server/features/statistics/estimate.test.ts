import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../../domain/calendar/jst.js';
import { startTestApp, type TestApp } from '../../../../test/helpers/app.js';
import { testBackends } from '../../../../test/helpers/database.js';
import { AppError } from '../../errors.js';
import { SYSTEM_ACCEPTOR, acceptApplication } from '../applications/acceptance-service.js';
import { INDIVIDUAL_EXTENSION } from '../applications/test-answers.js';
import { completeDraft, submit } from '../applications/test-flows.js';
import { individualFiler, testStorageEnv } from '../applications/test-support.js';
import { estimateForApplication } from './service.js';
import type { CaseSeed } from './decided-case-seed.js';
import { decidedCases, jstAt, seedCases } from './test-support.js';

/** The test clock's date: 2026-11-23 10:00 JST, the date INDIVIDUAL_EXTENSION may be filed on. */
const TODAY = '2026-11-23';
const ago = (n: number) => addDays(TODAY, -n);
const ENGINEER = 'ENGINEER_HUMANITIES_INTL';

describe.each(testBackends())('R-CASE-2 estimateForApplication on %s', (backend) => {
  let t: TestApp;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp(backend, testStorageEnv());
    // Tokyo extensions: 20 engineers (10..29 days: median 19, 80th 25) and 19 students (50 days) decided lately.
    await seedCases(t, [
      ...decidedCases({ office: 'TOKYO', procedure: 'EXTENSION', status: ENGINEER }, 20, (i) => ago(1 + i), (i) => 10 + i),
      ...decidedCases({ office: 'YOKOHAMA', procedure: 'EXTENSION', status: 'STUDENT' }, 19, (i) => ago(1 + i), () => 50),
      ...decidedCases({ office: 'OSAKA', procedure: 'EXTENSION', status: ENGINEER }, 19, (i) => ago(1 + i), () => 5),
    ]);
    const open = (office: CaseSeed['office'], status: CaseSeed['status']): CaseSeed => ({ office, procedure: 'EXTENSION', status, acceptedAt: jstAt(ago(3)) });
    const [student, osaka, decided] = await seedCases(t, [
      open('TOKYO', 'STUDENT'), open('OSAKA', ENGINEER),
      { office: 'SAPPORO', procedure: 'COE', status: ENGINEER, acceptedAt: jstAt(ago(3)), decision: { action: 'GRANT', at: jstAt(ago(1)) } },
    ]);
    Object.assign(ids, { student, osaka, decided });
  });
  afterAll(async () => t.close());

  const estimate = (id: string) => t.ctx.database.db.transaction((tx) => estimateForApplication(tx, id, t.clock));

  it('an application filed and accepted through the applications API: estimated from its status (20 decided cases)', async () => {
    const filer = await individualFiler(t);
    const draft = await completeDraft(filer.browser, INDIVIDUAL_EXTENSION);
    expect(await estimate(draft.id)).toEqual({ kind: 'NOT_RECEIVED' });
    expect((await submit(filer.browser, draft.id)).statusCode).toBe(200);
    expect(await estimate(draft.id)).toEqual({ kind: 'NOT_RECEIVED' });
    await t.ctx.database.db.transaction((tx) => acceptApplication(tx, t.ctx, draft.id, SYSTEM_ACCEPTOR));
    expect(await estimate(draft.id)).toEqual({
      kind: 'ESTIMATED', basis: 'STATUS', receivedOn: TODAY, medianDate: addDays(TODAY, 19), p80Date: addDays(TODAY, 25),
      medianDays: 19, p80Days: 25, decidedCases: 20,
    });
  });

  it('19 decided cases for its status: the bureau-wide figure for the procedure (39 cases, branches included)', async () => {
    expect(await estimate(ids.student ?? '')).toMatchObject({
      kind: 'ESTIMATED', basis: 'PROCEDURE', receivedOn: ago(3), decidedCases: 39, medianDays: 29, p80Days: 50, medianDate: addDays(ago(3), 29),
    });
  });

  it('fewer than 20 for the status and for the bureau: not enough data yet', async () => {
    expect(await estimate(ids.osaka ?? '')).toEqual({ kind: 'NOT_ENOUGH_DATA', receivedOn: ago(3) });
  });

  it('a decided case has nothing left to estimate', async () => {
    expect(await estimate(ids.decided ?? '')).toEqual({ kind: 'CLOSED' });
  });

  it('an unknown application is NOT_FOUND', async () => {
    await expect(estimate(randomUUID())).rejects.toSatisfy((e) => e instanceof AppError && e.code === 'NOT_FOUND');
  });

  it('the first request of the day stores its figures: a decision added today counts from tomorrow', async () => {
    expect(await estimate(ids.osaka ?? '')).toEqual({ kind: 'NOT_ENOUGH_DATA', receivedOn: ago(3) });
    await seedCases(t, decidedCases({ office: 'OSAKA', procedure: 'EXTENSION', status: ENGINEER }, 1, () => ago(1), () => 5));
    expect(await estimate(ids.osaka ?? '')).toEqual({ kind: 'NOT_ENOUGH_DATA', receivedOn: ago(3) });
    const now = t.clock.now();
    t.clock.set(jstAt(addDays(TODAY, 1)));
    try {
      expect(await estimate(ids.osaka ?? '')).toMatchObject({ kind: 'ESTIMATED', basis: 'STATUS', decidedCases: 20, medianDate: addDays(ago(3), 5) });
    } finally {
      t.clock.set(now);
    }
  });

  it('the figures are those of the 90 days before the day asked: 91 days on, nothing counts', async () => {
    const later = t.clock.now();
    t.clock.set(jstAt(addDays(TODAY, 91)));
    try {
      expect(await estimate(ids.student ?? '')).toEqual({ kind: 'NOT_ENOUGH_DATA', receivedOn: ago(3) });
    } finally {
      t.clock.set(later);
    }
  });
});
