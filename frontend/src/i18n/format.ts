import dayjs from 'dayjs';
import 'dayjs/locale/en-gb';
import 'dayjs/locale/kk';
import 'dayjs/locale/ky';
import 'dayjs/locale/ru';
import localizedFormat from 'dayjs/plugin/localizedFormat';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';
import i18next from 'i18next';
import { isLanguage, type Language } from './languages';

/*
 * Every date, time and zone name the SPA shows is written here, in the interface language. Dates come from dayjs'
 * locale data, not from Intl: Chromium's ICU has no Kyrgyz and only a stub of Kazakh, so Intl writes "Nov 25, 2026"
 * or "2026 M11 25" there. Intl still does the zone arithmetic, which needs no locale data.
 */
dayjs.extend(localizedFormat);
dayjs.extend(utc);
dayjs.extend(timezone);

/** Makes the interface language the one dates are written in; Erasmus+ offices write British English. */
export function writeDatesIn(language: string): void {
  dayjs.locale(language === 'en' ? 'en-gb' : language);
}

function interfaceLanguage(): Language {
  return isLanguage(i18next.resolvedLanguage) ? i18next.resolvedLanguage : 'en';
}

function inZone(instant: string | Date, zone?: string) {
  const at = dayjs(instant);
  if (!zone) return at;
  try {
    return at.tz(zone);
  } catch {
    // An unknown zone: the reader's own time rather than nothing.
    return at;
  }
}

/**
 * An instant in the zone (the reader's own when absent): "25 Nov 2026 06:00", "25 нояб. 2026 г., 6:00",
 * "25 ноя 2026 06:00", "25 қар 2026 06:00"; with seconds when asked and the instant has some.
 */
export function formatDateTime(instant: string, zone?: string, withSeconds = false): string {
  const at = inZone(instant, zone);
  return withSeconds && at.second() !== 0
    ? `${at.format('ll')} ${at.format('LTS')}`
    : at.format('lll');
}

/** A calendar date (ISO "2027-02-01"), without time-zone shifts: "1 Feb 2027", "1 февр. 2027 г.". */
export function formatDate(date: string): string {
  return dayjs(date).format('ll');
}

/**
 * The locale numbers and euros are written in. Chromium ships no Kyrgyz number data and only a stub of Kazakh
 * ("€ 4,830.50"); CLDR writes both as Russian does ("4 830,50 €"), so they borrow Russian's.
 */
export function numberLocale(language: string): string {
  if (language === 'en') return 'en-GB';
  return language === 'ky' || language === 'kk' ? 'ru' : language;
}

/** A number in the language's digits and separators: "12,345.67", in Russian "12 345,67". */
export function formatNumber(value: number, language: string, maximumFractionDigits = 2): string {
  return new Intl.NumberFormat(numberLocale(language), { maximumFractionDigits }).format(value);
}

/** The time of day of an instant in the reader's zone: "14:05". */
export function formatTime(instant: string | Date): string {
  return dayjs(instant).format('LT');
}

/** The reader's own time zone, as the browser knows it. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The zone's offset as "GMT+6" or "GMT+5:30", a name that needs no locale data. */
function gmtOffset(zone: string, instant: number): string {
  const minutes = dayjs(instant).tz(zone).utcOffset();
  if (minutes === 0) return 'GMT';
  const hours = Math.trunc(Math.abs(minutes) / 60);
  const rest = Math.abs(minutes) % 60;
  return `GMT${minutes < 0 ? '-' : '+'}${hours}${rest ? `:${String(rest).padStart(2, '0')}` : ''}`;
}

function intlZoneName(zone: string, locale: string, instant: number): string | undefined {
  return new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(new Date(instant))
    .find((part) => part.type === 'timeZoneName')?.value;
}

/** Zones the office and its applicants mostly live in, named from CLDR in the message files. */
const NAMED_ZONES: Record<string, 'bishkek' | 'almaty' | 'utc'> = {
  'Asia/Bishkek': 'bishkek',
  'Asia/Almaty': 'almaty',
  UTC: 'utc',
  'Etc/UTC': 'utc',
};

/**
 * The zone's name as people read it, with its identifier: "Kyrgyzstan Time (Asia/Bishkek)". A zone the message files
 * do not name takes Intl's name when Intl has one in the language (it answers in English where it lacks the locale),
 * else its GMT offset: "GMT+1 (Europe/Berlin)".
 */
export function zoneName(zone: string, instant = Date.now()): string {
  const language = interfaceLanguage();
  const named = NAMED_ZONES[zone];
  if (named) return `${i18next.t(`timeZones.${named}`)} (${zone})`;
  try {
    const local = intlZoneName(zone, language === 'en' ? 'en-GB' : language, instant);
    const english = intlZoneName(zone, 'en-GB', instant);
    const name =
      local && (language === 'en' || local !== english) ? local : gmtOffset(zone, instant);
    return name !== zone ? `${name} (${zone})` : zone;
  } catch {
    return zone;
  }
}

interface Named {
  name: string;
  otherNames?: Record<string, string>;
}

/** The name in the interface language when one was entered, else the default name. */
export function localizedName(named: Named, language: Language): string {
  return named.otherNames?.[language] || named.name;
}
