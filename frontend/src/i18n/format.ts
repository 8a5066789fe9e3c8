import dayjs from 'dayjs';
import type { Language } from './languages';

/** A date and time in the reader's time zone and interface language, e.g. "24 Nov 2026 14:05". */
export function formatDateTime(instant: string): string {
  return dayjs(instant).format('lll');
}

interface Named {
  name: string;
  otherNames?: Record<string, string>;
}

/** The name in the interface language when one was entered, else the default name. */
export function localizedName(named: Named, language: Language): string {
  return named.otherNames?.[language] || named.name;
}
