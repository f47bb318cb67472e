import { describe, expect, it } from 'vitest';
import { STATUSES } from '../../../domain/reference/index.js';
import { formatJstDate, offlineStatuses, onlineStatuses, procedureSummaries, todayInJapan } from './home-data.js';

describe('home page data', () => {
  it('lists the 7 procedures in order with the online fees valid on the date', () => {
    const rows = procedureSummaries('2025-04-01');
    expect(rows.map((r) => r.procedure.code)).toEqual(['COE', 'CHANGE', 'EXTENSION', 'ACQUISITION', 'WORK_CERT', 'REENTRY', 'OUTSIDE_ACTIVITY']);
    const online = Object.fromEntries(rows.map((r) => [r.procedure.code, r.fees.map((f) => `${f.variant}:${f.onlineYen}/${f.counterYen}`)]));
    expect(online).toEqual({
      COE: [], CHANGE: ['STANDARD:5500/6000'], EXTENSION: ['STANDARD:5500/6000'], ACQUISITION: [],
      WORK_CERT: ['STANDARD:1600/2000'], REENTRY: ['SINGLE:3500/4000', 'MULTIPLE:6500/7000'], OUTSIDE_ACTIVITY: [],
    });
  });

  it('uses the old fees the day before the 2025 revision', () => {
    const change = procedureSummaries('2025-03-31').find((r) => r.procedure.code === 'CHANGE');
    expect(change?.fees[0]?.onlineYen).toBe(4000);
  });

  it('splits the statuses: all online except Diplomat and Temporary Visitor', () => {
    expect(offlineStatuses().map((s) => s.code)).toEqual(['DIPLOMAT', 'TEMPORARY_VISITOR']);
    expect(onlineStatuses()).toHaveLength(STATUSES.length - 2);
  });

  it('takes today as the Japanese calendar date', () => {
    expect(todayInJapan(new Date('2026-03-31T15:00:00Z'))).toBe('2026-04-01');
    expect(formatJstDate('2026-04-01', 'ja')).toBe('2026年4月1日');
    expect(formatJstDate('2026-04-01', 'en')).toBe('1 April 2026');
  });
});
