import type { Clock } from '../../../domain/calendar/clock.js';

/** A clock that can be moved forward: the adjustable clock of the browser journeys, or a test's FixedClock. */
export interface AdvanceableClock extends Clock {
  advance(ms: number): void;
}

export function isAdvanceable(clock: Clock): clock is AdvanceableClock {
  return typeof (clock as Partial<AdvanceableClock>).advance === 'function';
}

/**
 * Real time plus an offset that only grows (TEST_CLOCK_CONTROL): the browser journeys run on it and move it
 * forward, e.g. to the next JST day to see the reception number arrive (R-SUB-2). Never used in production.
 */
export class AdjustableClock implements AdvanceableClock {
  private offsetMs = 0;

  constructor(private readonly base: Clock) {}

  now(): Date {
    return new Date(this.base.now().getTime() + this.offsetMs);
  }

  advance(ms: number): void {
    this.offsetMs += ms;
  }
}
