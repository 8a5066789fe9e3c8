/** Time zones with the browser's Intl: the home institution's zone and the viewer's own. */

const MINUTE = 60_000;

function wallParts(instant: number, zone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const value = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((part) => part.type === type)?.value);
  return {
    year: value('year'),
    month: value('month'),
    day: value('day'),
    hour: value('hour') % 24,
    minute: value('minute'),
    second: value('second'),
  };
}

/** The zone's offset from UTC at the instant, in minutes (Asia/Bishkek: 360). */
export function zoneOffsetMinutes(instant: number, zone: string): number {
  const wall = wallParts(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / MINUTE);
}

function pad(value: number, length = 2): string {
  return String(Math.abs(value)).padStart(length, '0');
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * A wall-clock time in the zone ("2027-03-31T23:59", as a datetime-local input gives it) as an
 * ISO 8601 date-time with that zone's offset at that moment ("2027-03-31T23:59:00+06:00"), or
 * undefined when the text is not such a time. A time skipped by a daylight-saving change is
 * moved forward by the gap; a repeated one takes the earlier instant.
 */
export function wallTimeToOffsetDateTime(wallTime: string, zone: string): string | undefined {
  const match = WALL_TIME.exec(wallTime);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0));
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  if (Number.isNaN(asUtc)) return undefined;
  // A zone has at most two offsets around one day: the wall time is valid at those whose
  // instant shows that offset; the earlier such instant wins, and in a gap the offset before it.
  const before = zoneOffsetMinutes(asUtc - 24 * 60 * MINUTE, zone);
  const after = zoneOffsetMinutes(asUtc + 24 * 60 * MINUTE, zone);
  const valid = [before, after]
    .map((offset) => asUtc - offset * MINUTE)
    .filter((instant) => zoneOffsetMinutes(instant, zone) * MINUTE === asUtc - instant);
  const instant = valid.length > 0 ? Math.min(...valid) : asUtc - before * MINUTE;
  const actual = zoneOffsetMinutes(instant, zone);
  return `${instantToWallTime(instant, zone, true)}${offsetText(actual)}`;
}

/** The instant as the zone's wall-clock time, "2027-03-31T23:59" (with seconds when asked). */
export function instantToWallTime(instant: number | string, zone: string, seconds = false): string {
  const wall = wallParts(typeof instant === 'number' ? instant : Date.parse(instant), zone);
  const time = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
  return seconds ? `${time}:${pad(wall.second)}` : time;
}

/** Whether the two zones show the same wall-clock time at the instant. */
export function sameOffset(instant: string, zone: string, other: string): boolean {
  const at = Date.parse(instant);
  return zone === other || zoneOffsetMinutes(at, zone) === zoneOffsetMinutes(at, other);
}
