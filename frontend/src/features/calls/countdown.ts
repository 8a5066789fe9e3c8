/** Whole days, hours, minutes and seconds left until an instant; all zero once it has come. */
export interface Remaining {
  /** Milliseconds left, never negative. */
  totalMs: number;
  days: number;
  hours: number;
  minutes: number;
  seconds: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * The time left from now until the target, both instants (milliseconds since the epoch). It is
 * computed from instants, never from wall-clock times, so a change of daylight saving time
 * between the two neither adds nor loses an hour: a "day" here is 24 elapsed hours.
 */
export function remainingParts(now: number, target: number): Remaining {
  const totalMs = Math.max(0, target - now);
  // Seconds are rounded up, so that "0 seconds" is shown only when the instant has come.
  const totalSeconds = Math.ceil(totalMs / SECOND);
  return {
    totalMs,
    days: Math.floor(totalSeconds / (DAY / SECOND)),
    hours: Math.floor((totalSeconds % (DAY / SECOND)) / (HOUR / SECOND)),
    minutes: Math.floor((totalSeconds % (HOUR / SECOND)) / (MINUTE / SECOND)),
    seconds: totalSeconds % (MINUTE / SECOND),
  };
}

export type CallPhase = 'upcoming' | 'open' | 'closed';

export interface CountdownState {
  /** Before the opening, between the opening and the deadline, or from the deadline on. */
  phase: CallPhase;
  /** Until the opening when upcoming, until the deadline when open, zero when closed. */
  remaining: Remaining;
}

/** Where a call stands at the instant now: applications are accepted from opensAt until before the deadline. */
export function countdownState(now: number, opensAt: number, deadline: number): CountdownState {
  if (now >= deadline) return { phase: 'closed', remaining: remainingParts(now, now) };
  if (now < opensAt) return { phase: 'upcoming', remaining: remainingParts(now, opensAt) };
  return { phase: 'open', remaining: remainingParts(now, deadline) };
}
