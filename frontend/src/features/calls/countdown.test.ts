import { describe, expect, it } from 'vitest';
import { countdownState, remainingParts } from './countdown';

const at = (iso: string) => Date.parse(iso);

describe('remainingParts', () => {
  it('splits the time left into days, hours, minutes and seconds', () => {
    expect(remainingParts(at('2027-03-01T00:00:00Z'), at('2027-03-03T04:05:06Z'))).toEqual({
      totalMs: (2 * 86400 + 4 * 3600 + 5 * 60 + 6) * 1000,
      days: 2,
      hours: 4,
      minutes: 5,
      seconds: 6,
    });
  });

  it('rounds a part of a second up, so that zero means the instant has come', () => {
    const parts = remainingParts(at('2027-03-01T00:00:00.400Z'), at('2027-03-01T00:01:00Z'));
    expect(parts).toMatchObject({ days: 0, hours: 0, minutes: 1, seconds: 0 });
    expect(
      remainingParts(at('2027-03-01T00:00:59.999Z'), at('2027-03-01T00:01:00Z')),
    ).toMatchObject({ minutes: 0, seconds: 1 });
  });

  it('is all zero at and after the target', () => {
    const zero = { totalMs: 0, days: 0, hours: 0, minutes: 0, seconds: 0 };
    expect(remainingParts(at('2027-03-01T00:00:00Z'), at('2027-03-01T00:00:00Z'))).toEqual(zero);
    expect(remainingParts(at('2027-03-02T00:00:00Z'), at('2027-03-01T00:00:00Z'))).toEqual(zero);
  });

  it('counts elapsed time across the spring daylight-saving change: 23 hours, not a day', () => {
    // Noon in Berlin on 27 March 2027 (CET, +01:00) to noon on 28 March (CEST, +02:00)
    const parts = remainingParts(at('2027-03-27T12:00:00+01:00'), at('2027-03-28T12:00:00+02:00'));
    expect(parts).toMatchObject({ days: 0, hours: 23, minutes: 0, seconds: 0 });
  });

  it('counts elapsed time across the autumn change: a day and an hour', () => {
    // Noon in Berlin on 30 October 2027 (CEST) to noon on 31 October (CET)
    const parts = remainingParts(at('2027-10-30T12:00:00+02:00'), at('2027-10-31T12:00:00+01:00'));
    expect(parts).toMatchObject({ days: 1, hours: 1, minutes: 0, seconds: 0 });
  });
});

describe('countdownState', () => {
  const opensAt = at('2027-01-15T03:00:00Z');
  const deadline = at('2027-03-31T17:59:59Z');

  it('counts to the opening before it', () => {
    const state = countdownState(at('2027-01-14T03:00:00Z'), opensAt, deadline);
    expect(state.phase).toBe('upcoming');
    expect(state.remaining).toMatchObject({ days: 1, hours: 0 });
  });

  it('counts to the deadline from the opening on', () => {
    expect(countdownState(opensAt, opensAt, deadline).phase).toBe('open');
    const state = countdownState(at('2027-03-31T17:58:58Z'), opensAt, deadline);
    expect(state).toMatchObject({ phase: 'open', remaining: { minutes: 1, seconds: 1 } });
  });

  it('is closed from the deadline on', () => {
    expect(countdownState(deadline, opensAt, deadline)).toMatchObject({
      phase: 'closed',
      remaining: { totalMs: 0 },
    });
    expect(countdownState(deadline + 1, opensAt, deadline).phase).toBe('closed');
  });
});
