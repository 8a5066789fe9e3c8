import { describe, expect, it } from 'vitest';
import {
  instantToWallTime,
  sameOffset,
  wallTimeToOffsetDateTime,
  zoneOffsetMinutes,
} from './zones';

describe('time zones', () => {
  it('knows the offset of a zone at an instant', () => {
    expect(zoneOffsetMinutes(Date.parse('2027-03-31T17:59:59Z'), 'Asia/Bishkek')).toBe(360);
    expect(zoneOffsetMinutes(Date.parse('2027-01-15T12:00:00Z'), 'Europe/Berlin')).toBe(60);
    expect(zoneOffsetMinutes(Date.parse('2027-07-15T12:00:00Z'), 'Europe/Berlin')).toBe(120);
    expect(zoneOffsetMinutes(Date.parse('2027-07-15T12:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('turns a wall-clock time of the home zone into a date-time with its offset', () => {
    expect(wallTimeToOffsetDateTime('2027-03-31T23:59', 'Asia/Bishkek')).toBe(
      '2027-03-31T23:59:00+06:00',
    );
    expect(wallTimeToOffsetDateTime('2027-03-31T23:59:59', 'Asia/Bishkek')).toBe(
      '2027-03-31T23:59:59+06:00',
    );
    expect(wallTimeToOffsetDateTime('2027-01-15T09:00', 'Europe/Berlin')).toBe(
      '2027-01-15T09:00:00+01:00',
    );
    expect(wallTimeToOffsetDateTime('2027-07-15T09:00', 'Europe/Berlin')).toBe(
      '2027-07-15T09:00:00+02:00',
    );
    expect(wallTimeToOffsetDateTime('2027-07-15T09:00', 'America/New_York')).toBe(
      '2027-07-15T09:00:00-04:00',
    );
    expect(wallTimeToOffsetDateTime('2027-03-31T23:59:59.000', 'Asia/Bishkek')).toBe(
      '2027-03-31T23:59:59+06:00',
    );
    expect(wallTimeToOffsetDateTime('', 'Asia/Bishkek')).toBeUndefined();
  });

  it('moves a time skipped by daylight saving forward, and takes the first of a repeated one', () => {
    expect(wallTimeToOffsetDateTime('2027-03-28T02:30', 'Europe/Berlin')).toBe(
      '2027-03-28T03:30:00+02:00',
    );
    expect(wallTimeToOffsetDateTime('2027-10-31T02:30', 'Europe/Berlin')).toBe(
      '2027-10-31T02:30:00+02:00',
    );
  });

  it('shows an instant as the wall-clock time of a zone', () => {
    expect(instantToWallTime('2027-03-31T17:59:59Z', 'Asia/Bishkek')).toBe('2027-03-31T23:59');
    expect(instantToWallTime('2027-03-31T17:59:59Z', 'Asia/Bishkek', true)).toBe(
      '2027-03-31T23:59:59',
    );
    expect(instantToWallTime('2027-03-31T17:59:59Z', 'UTC')).toBe('2027-03-31T17:59');
  });

  it('tells whether two zones show the same time', () => {
    expect(sameOffset('2027-03-31T17:59:00Z', 'Asia/Bishkek', 'Asia/Almaty')).toBe(
      zoneOffsetMinutes(Date.parse('2027-03-31T17:59:00Z'), 'Asia/Almaty') === 360,
    );
    expect(sameOffset('2027-03-31T17:59:00Z', 'Asia/Bishkek', 'Europe/Berlin')).toBe(false);
  });
});
