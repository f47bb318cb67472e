import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  PERCENTILES, PROCESSING_WINDOW_DAYS, isInProcessingWindow, nearestRank, processingDays, processingWindow, summarizeDurations,
} from './index.js';

describe('R-CASE-2 percentiles (nearest rank)', () => {
  it.each([
    // n, median rank, 80th-percentile rank: ceil(n/2) and ceil(4n/5)
    [1, 1, 1], [2, 1, 2], [3, 2, 3], [4, 2, 4], [5, 3, 4], [10, 5, 8], [19, 10, 16], [20, 10, 16], [21, 11, 17], [35, 18, 28], [100, 50, 80],
  ])('with %i values the median is rank %i and the 80th percentile rank %i', (n, median, p80) => {
    expect(nearestRank(PERCENTILES.median, n)).toBe(median);
    expect(nearestRank(PERCENTILES.p80, n)).toBe(p80);
  });

  it.each([
    [[], undefined],
    [[7], { decidedCases: 1, medianDays: 7, p80Days: 7 }],
    [[4, 2], { decidedCases: 2, medianDays: 2, p80Days: 4 }],
    [[10, 1, 9, 2, 8, 3, 7, 4, 6, 5], { decidedCases: 10, medianDays: 5, p80Days: 8 }],
    [[0, 0, 0, 30, 30], { decidedCases: 5, medianDays: 0, p80Days: 30 }],
    [Array.from({ length: 20 }, (_, i) => 20 - i), { decidedCases: 20, medianDays: 10, p80Days: 16 }],
  ])('durations %j give %j', (durations, expected) => {
    expect(summarizeDurations(durations)).toEqual(expected);
  });

  it('the result is the smallest value with at least p of the values at or below it', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 300 }), (durations) => {
      const figures = summarizeDurations(durations);
      if (!figures) return false;
      for (const [value, p] of [[figures.medianDays, PERCENTILES.median], [figures.p80Days, PERCENTILES.p80]] as const) {
        const atOrBelow = durations.filter((d) => d <= value).length;
        const below = durations.filter((d) => d < value).length;
        const needed = (durations.length * p.numerator) / p.denominator;
        if (!(atOrBelow >= needed && below < needed)) return false;
      }
      return figures.medianDays <= figures.p80Days && figures.decidedCases === durations.length;
    }));
  });
});

describe('R-CASE-2 the 90-day window (JST dates)', () => {
  const today = '2026-11-23';

  it('covers the 90 whole days before today', () => {
    expect(processingWindow(today)).toEqual({ from: '2026-08-25', to: '2026-11-22' });
    expect(processingDays('2026-08-25', '2026-11-23')).toBe(PROCESSING_WINDOW_DAYS);
  });

  it.each([
    ['2026-08-24', false, '91 days ago'],
    ['2026-08-25', true, 'exactly 90 days ago'],
    ['2026-10-01', true, 'inside'],
    ['2026-11-22', true, 'yesterday'],
    ['2026-11-23', false, 'today (the figures of a day do not change during it)'],
    ['2026-11-24', false, 'tomorrow'],
  ])('a decision on %s counts: %s (%s)', (decidedOn, counts) => {
    expect(isInProcessingWindow(decidedOn, today)).toBe(counts);
  });

  it.each([
    ['2026-11-23', '2026-11-23', 0],
    ['2026-11-23', '2026-11-24', 1],
    ['2026-12-20', '2027-01-03', 14],
    ['2028-02-28', '2028-03-01', 2],
  ])('received %s, decided %s: %i days', (receivedOn, decidedOn, days) => {
    expect(processingDays(receivedOn, decidedOn)).toBe(days);
  });
});
