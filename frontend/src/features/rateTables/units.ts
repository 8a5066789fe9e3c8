import type { RateValue } from './api';

export type RateUnit = 'EUR' | 'days' | 'months' | 'percent';

const LONG_TERM_TYPES = new Set(['STUDENT_STUDIES', 'STUDENT_TRAINEESHIP']);

/** What a value of this rate counts: euros, days, months (long-term durations) or a percentage. */
export function unitOf({ item, qualifier }: Pick<RateValue, 'item' | 'qualifier'>): RateUnit {
  switch (item) {
    case 'STAFF_PERCENT_FROM_DAY_15':
      return 'percent';
    case 'TRAVEL_DAYS':
    case 'LONG_TERM_TRAVEL_DAYS':
      return 'days';
    case 'DURATION_MIN':
    case 'DURATION_MAX':
      return LONG_TERM_TYPES.has(qualifier) ? 'months' : 'days';
    default:
      return 'EUR';
  }
}
