import { describe, expect, it } from 'vitest';
import type { RateValue } from './api';
import { compareVersions } from './diff';

const value = (
  item: RateValue['item'],
  qualifier: string,
  amount?: number,
  confidence: RateValue['confidence'] = 'CONFIRMED',
  source: RateValue['source'] = { kind: 'PROGRAMME_GUIDE', edition: 2024 },
): RateValue => ({
  item,
  qualifier,
  amount,
  confidence: amount === undefined ? 'UNKNOWN' : confidence,
  source,
});

describe('compareVersions', () => {
  const v1 = [
    value('STAFF_DAY', 'PROGRAMME_TO_PARTNER', 180),
    value('TRAVEL_STANDARD', '10', 28),
    value('ORGANISATIONAL_SUPPORT', ''),
    value('TRAVEL_STANDARD', '8000', 1500),
  ];

  it('finds nothing between equal versions, whatever the order', () => {
    expect(compareVersions(v1, [...v1].reverse())).toEqual([]);
  });

  it('names changed amounts, confidences and sources, added and removed values', () => {
    const v2 = [
      value('STAFF_DAY', 'PROGRAMME_TO_PARTNER', 190),
      value('TRAVEL_STANDARD', '10', 28, 'PROBABLE'),
      value('ORGANISATIONAL_SUPPORT', '', undefined, 'UNKNOWN', { kind: 'OFFICE', note: 'asked' }),
      value('TRAVEL_STANDARD', '1000', 400),
    ];
    expect(compareVersions(v1, v2).map(({ key, kind }) => [key, kind])).toEqual([
      ['STAFF_DAY:PROGRAMME_TO_PARTNER', 'changed'],
      ['TRAVEL_STANDARD:10', 'changed'],
      ['ORGANISATIONAL_SUPPORT', 'changed'],
      ['TRAVEL_STANDARD:1000', 'added'],
      ['TRAVEL_STANDARD:8000', 'removed'],
    ]);
    expect(compareVersions(v1, v2)[0]).toMatchObject({
      before: { amount: 180 },
      after: { amount: 190 },
    });
  });

  it('sees another edition or note of the source as a change', () => {
    const cited = (source: RateValue['source']) => [
      value('STAFF_DAY', 'PROGRAMME_TO_PARTNER', 180, 'CONFIRMED', source),
    ];
    const guide = cited({ kind: 'PROGRAMME_GUIDE', edition: 2024 });
    expect(compareVersions(guide, cited({ kind: 'PROGRAMME_GUIDE', edition: 2024 }))).toEqual([]);
    expect(compareVersions(guide, cited({ kind: 'PROGRAMME_GUIDE', edition: 2025 }))).toHaveLength(
      1,
    );
    expect(
      compareVersions(guide, cited({ kind: 'PROGRAMME_GUIDE', edition: 2024, note: 'p. 77' })),
    ).toHaveLength(1);
  });

  it('treats an unknown amount becoming known as a change', () => {
    const known = [...v1.slice(0, 2), value('ORGANISATIONAL_SUPPORT', '', 100), v1[3]];
    expect(compareVersions(v1, known)).toEqual([
      { key: 'ORGANISATIONAL_SUPPORT', kind: 'changed', before: v1[2], after: known[2] },
    ]);
  });
});
