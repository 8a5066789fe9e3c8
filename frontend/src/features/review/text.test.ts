import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import {
  fileNameFromContentDisposition,
  formatGrade,
  localizedText,
  preferencesText,
} from './text';
import type { InstitutionNames } from '../reference';

const tartu = {
  id: 't',
  name: 'University of Tartu',
  otherNames: { ru: 'Тартуский университет' },
  countryCode: 'EE',
};
const milan = { id: 'm', name: 'University of Milan', otherNames: {}, countryCode: 'IT' };
const countries: Record<string, string> = { EE: 'Estonia', IT: 'Italy' };
const names: InstitutionNames = {
  name: (institution) => institution.otherNames?.ru || institution.name,
  country: ({ countryCode }) => countries[countryCode],
};

describe('the review texts', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en');
  });

  it('writes a grade on its scale in the interface language', async () => {
    expect(formatGrade(i18n.t, 'en', 4.3, 5)).toBe('4.3 of 5');
    expect(formatGrade(i18n.t, 'en', 87.25, 100)).toBe('87.25 of 100');
    expect(formatGrade(i18n.t, 'en', 3.5, undefined)).toBe('3.5');
    expect(formatGrade(i18n.t, 'en', undefined, 5)).toBeUndefined();
    await i18n.changeLanguage('ru');
    expect(formatGrade(i18n.t, 'ru', 4.3, 5)).toBe('4,3 из 5');
  });

  it('ranks the preferences first choice first, with the partner’s country', () => {
    expect(
      preferencesText(
        [
          { rank: 2, partner: milan },
          { rank: 1, partner: tartu },
        ],
        names,
      ),
    ).toEqual(['1. Тартуский университет (Estonia)', '2. University of Milan (Italy)']);
    expect(preferencesText([], names)).toEqual([]);
  });

  it('reads the file name of a Content-Disposition, the UTF-8 one first, never a path', () => {
    expect(
      fileNameFromContentDisposition(
        'attachment; filename="applications-obmen-2027.csv"; filename*=UTF-8\'\'applications-%D0%BE%D0%B1%D0%BC%D0%B5%D0%BD-2027.csv',
      ),
    ).toBe('applications-обмен-2027.csv');
    expect(fileNameFromContentDisposition('attachment; filename="report 1.xlsx"')).toBe(
      'report 1.xlsx',
    );
    expect(fileNameFromContentDisposition('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(fileNameFromContentDisposition('inline; filename="a \\"quoted\\" name.pdf"')).toBe(
      'a "quoted" name.pdf',
    );
    expect(fileNameFromContentDisposition('attachment; filename="../../etc/passwd"')).toBe(
      'passwd',
    );
    expect(
      fileNameFromContentDisposition(
        'attachment; filename="fallback.csv"; filename*=UTF-8\'\'%E0%A4%A.csv',
      ),
    ).toBe('fallback.csv');
    expect(fileNameFromContentDisposition('attachment')).toBeUndefined();
    expect(fileNameFromContentDisposition(null)).toBeUndefined();
  });

  it('takes an IRO text in the interface language, else English, else any', () => {
    const title = { en: 'Study exchange', ru: 'Обмен' };
    expect(localizedText(title, 'ru')).toBe('Обмен');
    expect(localizedText(title, 'kk')).toBe('Study exchange');
    expect(localizedText({ ky: 'Алмашуу' }, 'en')).toBe('Алмашуу');
    expect(localizedText(undefined, 'en')).toBe('');
  });
});
