import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import type { Language } from './languages';
import {
  formatDate,
  formatDateTime,
  formatNumber,
  formatTime,
  numberLocale,
  zoneName,
} from './format';

const INSTANT = '2026-11-25T00:00:00Z';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('dates in the interface language', () => {
  it.each<[Language, string, string]>([
    ['en', '25 Nov 2026 06:00', '1 Feb 2027'],
    ['ru', '25 нояб. 2026 г., 6:00', '1 февр. 2027 г.'],
    ['ky', '25 ноя 2026 06:00', '1 фев 2027'],
    ['kk', '25 қар 2026 06:00', '1 ақп 2027'],
  ])('writes %s month names from its locale data', async (language, dateTime, date) => {
    await i18n.changeLanguage(language);
    expect(formatDateTime(INSTANT, 'Asia/Bishkek')).toBe(dateTime);
    expect(formatDateTime(INSTANT, 'Asia/Bishkek', true)).toBe(dateTime);
    expect(formatDateTime('2026-11-25T17:59:58Z', 'Asia/Bishkek', true)).toBe(
      `${formatDate('2026-11-25')} 23:59:58`,
    );
    expect(formatDate('2027-02-01')).toBe(date);
  });

  it('writes the time of day in the reader’s zone', () => {
    expect(formatTime(new Date(2027, 1, 1, 14, 5))).toBe('14:05');
  });

  it('writes instants in the zone asked for, else the reader’s own', () => {
    expect(formatDateTime('2027-02-01T04:30:00Z', 'Asia/Bishkek')).toBe('1 Feb 2027 10:30');
    expect(formatDateTime('2027-02-01T04:30:00Z', 'Europe/Tallinn')).toBe('1 Feb 2027 06:30');
    expect(formatDateTime('2027-02-01T04:30:00Z', 'Not/AZone')).toBe(
      formatDateTime('2027-02-01T04:30:00Z'),
    );
  });
});

describe('numbers in the interface language', () => {
  it.each<[Language, string, string]>([
    ['en', 'en-GB', '12,345.67'],
    ['ru', 'ru', '12\u00a0345,67'],
    // Chromium's ICU has no ky and a stub kk, which would write "12,345.67"; CLDR writes both as Russian does
    ['ky', 'ru', '12\u00a0345,67'],
    ['kk', 'ru', '12\u00a0345,67'],
  ])('writes %s numbers with the separators of its CLDR data', (language, locale, written) => {
    expect(numberLocale(language)).toBe(locale);
    expect(formatNumber(12345.674, language)).toBe(written);
  });
});

describe('zone names in the interface language', () => {
  it.each<[Language, string, string]>([
    ['en', 'Kyrgyzstan Time', 'Coordinated Universal Time'],
    ['ru', 'Киргизия', 'Всемирное координированное время'],
    ['ky', 'Кыргызстан убактысы', 'Бирдиктүү дүйнөлүк убакыт'],
    ['kk', 'Қырғызстан уақыты', 'Дүниежүзілік үйлестірілген уақыт'],
  ])('names the home and the common zones in %s', async (language, bishkek, utc) => {
    await i18n.changeLanguage(language);
    expect(zoneName('Asia/Bishkek')).toBe(`${bishkek} (Asia/Bishkek)`);
    expect(zoneName('UTC')).toBe(`${utc} (UTC)`);
  });

  it('names other zones by Intl where it knows the language, else by their offset', async () => {
    expect(zoneName('Europe/Berlin', Date.parse('2027-01-15T12:00:00Z'))).toBe(
      'Central European Standard Time (Europe/Berlin)',
    );
    await i18n.changeLanguage('ky');
    const kyrgyz = zoneName('Europe/Berlin', Date.parse('2027-01-15T12:00:00Z'));
    expect(kyrgyz).not.toMatch(/Central European/);
    expect(kyrgyz).toMatch(/\(Europe\/Berlin\)$/);
    expect(zoneName('Not/AZone')).toBe('Not/AZone');
  });
});
