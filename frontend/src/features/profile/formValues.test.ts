import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/setup';
import type { Profile } from './api';
import { toFormValues, toInput, validateProfile } from './formValues';

const t = i18n.t.bind(i18n) as TFunction;

const fresh: Profile = {
  saved: false,
  fewerOpportunities: false,
  username: 'applicant',
  givenName: 'Aizada',
  familyName: 'Toktogulova',
  languages: [],
};

describe('the profile form values', () => {
  it('send only what was filled in, trimmed, and no version before the first save', () => {
    const values = { ...toFormValues(fresh), phone: '  ', department: ' Surgery ' };
    expect(JSON.parse(JSON.stringify(toInput(values, undefined)))).toStrictEqual({
      givenName: 'Aizada',
      familyName: 'Toktogulova',
      languages: [],
      department: 'Surgery',
      fewerOpportunities: false,
    });
    expect(toInput(values, 4).version).toBe(4);
  });

  it('carry the declaration of fewer opportunities both ways', () => {
    const values = toFormValues({ ...fresh, fewerOpportunities: true });
    expect(values.fewerOpportunities).toBe(true);
    expect(toInput(values, undefined).fewerOpportunities).toBe(true);
  });

  it('accept phone numbers in international form, spaced or hyphenated', () => {
    const phoneError = (phone: string) =>
      validateProfile({ ...toFormValues(fresh), phone }, t).phone;
    expect(phoneError('+996 555 123 456')).toBeUndefined();
    expect(phoneError('+7-701-000-00-00')).toBeUndefined();
    expect(phoneError('0555 123 456')).toMatch(/international form/);
    expect(phoneError('+996 (555) 123')).toMatch(/international form/);
  });

  it('check the grade against its own scale', () => {
    const errors = (gradeAverage: number | string, gradeScale: number | string) =>
      validateProfile({ ...toFormValues(fresh), gradeAverage, gradeScale }, t);
    expect(errors(4.3, 5)).toEqual({});
    expect(errors(85, 100)).toEqual({});
    expect(errors('', '')).toEqual({});
    expect(errors(5.5, 5)).toHaveProperty('gradeAverage');
    expect(errors(0, 5)).toHaveProperty('gradeAverage');
    expect(errors(4.3, '')).toHaveProperty('gradeScale');
    expect(errors('', 101)).toHaveProperty('gradeScale');
  });

  it('require a name, and a language and level in every language row', () => {
    const errors = validateProfile(
      {
        ...toFormValues(fresh),
        givenName: ' ',
        languages: [{ language: 'en', cefrLevel: null }],
      },
      t,
    );
    expect(Object.keys(errors).sort()).toEqual(['givenName', 'languages.0.cefrLevel']);
  });
});
