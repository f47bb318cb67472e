import { describe, expect, it } from 'vitest';
import { formatRemaining, planWarning } from './session-timing.js';

const base = { now: '2026-11-23T01:00:00.000Z', warningSeconds: 120 };

describe('R-AUTH-8 the idle-timeout warning', () => {
  it('shows two minutes before the idle deadline, measured on the server clock', () => {
    expect(planWarning({ ...base, idleExpiresAt: '2026-11-23T01:15:00.000Z', absoluteExpiresAt: '2026-11-23T13:00:00.000Z' }))
      .toEqual({ warnInMs: 13 * 60_000, endsInMs: 15 * 60_000, isFinal: false });
  });

  it('shows at once when less than two minutes are left', () => {
    expect(planWarning({ ...base, idleExpiresAt: '2026-11-23T01:01:00.000Z', absoluteExpiresAt: '2026-11-23T13:00:00.000Z' }).warnInMs).toBe(0);
  });

  it('says the end is final when the absolute limit comes first ("continue" cannot move it)', () => {
    expect(planWarning({ ...base, idleExpiresAt: '2026-11-23T01:15:00.000Z', absoluteExpiresAt: '2026-11-23T01:10:00.000Z' }))
      .toEqual({ warnInMs: 8 * 60_000, endsInMs: 10 * 60_000, isFinal: true });
  });

  it('formats the countdown', () => {
    expect([120_000, 65_000, 999, 0, -5].map(formatRemaining)).toEqual(['2:00', '1:05', '0:01', '0:00', '0:00']);
  });
});
