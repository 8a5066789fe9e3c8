import { describe, expect, it } from 'vitest';
import { unitOf } from './units';

describe('unitOf', () => {
  it.each([
    ['STAFF_DAY', 'PROGRAMME_TO_PARTNER', 'EUR'],
    ['TRAVEL_GREEN', '500', 'EUR'],
    ['STAFF_PERCENT_FROM_DAY_15', '', 'percent'],
    ['TRAVEL_DAYS', 'GREEN', 'days'],
    ['DURATION_MAX', 'STUDENT_STUDIES', 'months'],
    ['DURATION_MIN', 'STAFF_TEACHING', 'days'],
  ] as const)('%s %s counts in %s', (item, qualifier, unit) => {
    expect(unitOf({ item, qualifier })).toBe(unit);
  });
});
