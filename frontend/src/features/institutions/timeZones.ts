/** The IANA time zones the browser knows, for choosing the home institution's zone. */

function offset(zone: string, at: Date): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: zone, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  return name ?? 'GMT';
}

/**
 * Every zone as an option "Asia/Bishkek (GMT+06:00)", searchable by city, with the current one
 * kept even when the browser's list lacks it (an alias such as UTC).
 */
export function timeZoneOptions(current?: string | null, at = new Date()) {
  const zones = new Set(Intl.supportedValuesOf('timeZone'));
  zones.add('UTC');
  if (current) zones.add(current);
  return [...zones]
    .sort((a, b) => a.localeCompare(b))
    .map((zone) => ({ value: zone, label: `${zone.replaceAll('_', ' ')} (${offset(zone, at)})` }));
}
