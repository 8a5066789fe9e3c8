/**
 * The planned period of a mobility measured as the API measures it (DOMAIN-KA171 §2): long-term
 * student mobility in the Commission's 30-day months, everything else in calendar days, the first
 * and the last day both counted.
 */
export type DurationUnit = 'MONTHS' | 'DAYS';

export const DAYS_PER_MONTH = 30;

interface Ymd {
  year: number;
  month: number;
  day: number;
}

function parse(date: string): Ymd | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  return { year, month, day };
}

function epochDay({ year, month, day }: Ymd): number {
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Every month counts 30 days: the 31st counts as the 30th; 1 Feb – 31 Mar is 60 days. */
export function thirtyDayMonthDays(start: Ymd, end: Ymd): number {
  return (
    (end.year - start.year) * 360 +
    (end.month - start.month) * DAYS_PER_MONTH +
    Math.min(end.day, DAYS_PER_MONTH) -
    Math.min(start.day, DAYS_PER_MONTH) +
    1
  );
}

export function calendarDays(start: Ymd, end: Ymd): number {
  return epochDay(end) - epochDay(start) + 1;
}

export type PeriodCheck =
  | { kind: 'incomplete' }
  | { kind: 'endBeforeStart' }
  | {
      kind: 'length';
      /** Days as the unit counts them (30-day-month days or calendar days). */
      days: number;
      /** For MONTHS: whole 30-day months and the days beyond them. */
      months: number;
      remainingDays: number;
      withinLimits: boolean;
      tooShort: boolean;
      tooLong: boolean;
    };

/** The length of the period from start to end (ISO dates) against the type's limits. */
export function checkPeriod(
  unit: DurationUnit,
  minimum: number,
  maximum: number,
  start: string | undefined,
  end: string | undefined,
): PeriodCheck {
  const from = start ? parse(start) : undefined;
  const to = end ? parse(end) : undefined;
  if (!from || !to) return { kind: 'incomplete' };
  if (epochDay(to) < epochDay(from)) return { kind: 'endBeforeStart' };
  const months = unit === 'MONTHS';
  const days = months ? thirtyDayMonthDays(from, to) : calendarDays(from, to);
  const min = months ? minimum * DAYS_PER_MONTH : minimum;
  const max = months ? maximum * DAYS_PER_MONTH : maximum;
  return {
    kind: 'length',
    days,
    months: Math.floor(days / DAYS_PER_MONTH),
    remainingDays: days % DAYS_PER_MONTH,
    withinLimits: days >= min && days <= max,
    tooShort: days < min,
    tooLong: days > max,
  };
}
