import { rateKeyOf } from '../grants/text';
import type { RateValue } from './api';

export interface RateChange {
  /** The rate key as the API's explanations write it, e.g. "STAFF_DAY:PROGRAMME_TO_PARTNER". */
  key: string;
  kind: 'added' | 'removed' | 'changed';
  before?: RateValue;
  after?: RateValue;
}

function same(a: RateValue, b: RateValue): boolean {
  const amount = (value: RateValue) =>
    value.amount === undefined ? undefined : Number(value.amount);
  const source = (value: RateValue) =>
    [value.source.kind, value.source.edition ?? '', value.source.note ?? ''].join('|');
  return amount(a) === amount(b) && a.confidence === b.confidence && source(a) === source(b);
}

/**
 * What changed from one version's values to another's: values added, removed, or with another
 * amount, confidence or source, in the order of the newer version (removed ones last).
 */
export function compareVersions(before: RateValue[], after: RateValue[]): RateChange[] {
  const old = new Map(before.map((value) => [rateKeyOf(value), value]));
  const changes: RateChange[] = [];
  for (const value of after) {
    const key = rateKeyOf(value);
    const previous = old.get(key);
    old.delete(key);
    if (!previous) changes.push({ key, kind: 'added', after: value });
    else if (!same(previous, value))
      changes.push({ key, kind: 'changed', before: previous, after: value });
  }
  for (const [key, value] of old) changes.push({ key, kind: 'removed', before: value });
  return changes;
}
