import { describe, expect, it } from 'vitest';
import { buildReport, filterReport, type FigureGroup } from './index.js';

const group = (bureau: FigureGroup['bureau'], procedure: FigureGroup['procedure'], status: FigureGroup['status'], decidedCases: number, medianDays = 10, p80Days = 20): FigureGroup =>
  ({ bureau, procedure, status, figures: { decidedCases, medianDays, p80Days } });

describe('R-CASE-2 the public report', () => {
  const aggregates = [
    group('OSAKA', 'EXTENSION', null, 5),
    group('TOKYO', 'EXTENSION', 'STUDENT', 4),
    group('TOKYO', 'EXTENSION', null, 24, 21, 35),
    group('TOKYO', 'COE', null, 20, 30, 50),
    group('TOKYO', 'EXTENSION', 'ENGINEER_HUMANITIES_INTL', 20, 18, 30),
    group('TOKYO', 'COE', 'ENGINEER_HUMANITIES_INTL', 20, 30, 50),
  ];
  const report = buildReport('2026-11-23', aggregates);

  it('states the date, the window and the minimum', () => {
    expect(report).toMatchObject({ asOf: '2026-11-23', window: { from: '2026-08-25', to: '2026-11-22' }, windowDays: 90, minimumCases: 20 });
  });

  it('orders bureaus, procedures and statuses as the reference data does', () => {
    expect(report.groups.map((g) => `${g.bureau}/${g.procedure}`)).toEqual(['TOKYO/COE', 'TOKYO/EXTENSION', 'OSAKA/EXTENSION']);
    expect(report.groups[1]?.byStatus.map((s) => s.status)).toEqual(['ENGINEER_HUMANITIES_INTL', 'STUDENT']);
  });

  it('publishes days only from 20 decided cases on (19 or fewer: not enough data yet), counts always', () => {
    expect(report.groups[1]).toEqual({
      bureau: 'TOKYO', procedure: 'EXTENSION', decidedCases: 24, medianDays: 21, p80Days: 35,
      byStatus: [
        { status: 'ENGINEER_HUMANITIES_INTL', decidedCases: 20, medianDays: 18, p80Days: 30 },
        { status: 'STUDENT', decidedCases: 4, medianDays: null, p80Days: null },
      ],
    });
    expect(report.groups[2]).toMatchObject({ bureau: 'OSAKA', decidedCases: 5, medianDays: null, p80Days: null, byStatus: [] });
  });

  it.each([
    [{}, 3],
    [{ bureau: 'TOKYO' as const }, 2],
    [{ procedure: 'EXTENSION' as const }, 2],
    [{ bureau: 'OSAKA' as const, procedure: 'COE' as const }, 0],
  ])('filter %j keeps %i groups', (query, n) => {
    expect(filterReport(report, query).groups).toHaveLength(n);
  });
});
