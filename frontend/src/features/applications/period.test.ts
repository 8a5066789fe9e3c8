import { describe, expect, it } from 'vitest';
import { checkPeriod } from './period';

describe('the planned period', () => {
  it('counts long-term mobility in 30-day months, as the Commission does', () => {
    const feb = checkPeriod('MONTHS', 2, 12, '2027-02-01', '2027-03-31');
    expect(feb).toMatchObject({ kind: 'length', days: 60, months: 2, remainingDays: 0 });
    expect(feb).toMatchObject({ withinLimits: true });
    expect(checkPeriod('MONTHS', 2, 12, '2027-02-01', '2027-02-28')).toMatchObject({
      days: 28,
      tooShort: true,
    });
    expect(checkPeriod('MONTHS', 2, 12, '2027-09-01', '2028-09-15')).toMatchObject({
      days: 375,
      months: 12,
      remainingDays: 15,
      tooLong: true,
    });
  });

  it('counts short mobility in calendar days, both ends included', () => {
    expect(checkPeriod('DAYS', 5, 60, '2027-02-26', '2027-03-02')).toMatchObject({
      days: 5,
      withinLimits: true,
    });
    expect(checkPeriod('DAYS', 5, 60, '2027-03-01', '2027-03-04')).toMatchObject({
      days: 4,
      tooShort: true,
    });
  });

  it('needs both dates in order', () => {
    expect(checkPeriod('DAYS', 5, 60, '2027-03-01', undefined)).toEqual({ kind: 'incomplete' });
    expect(checkPeriod('DAYS', 5, 60, '2027-03-01', '2027-02-01')).toEqual({
      kind: 'endBeforeStart',
    });
  });
});
