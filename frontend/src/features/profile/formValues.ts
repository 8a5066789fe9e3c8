import type { TFunction } from 'i18next';
import type { Profile, ProfileInput } from './api';

/** EQF levels of higher education: short cycle, bachelor, master, doctoral. */
export const STUDY_CYCLES = ['5', '6', '7', '8'] as const;
export const YEARS_OF_STUDY = ['1', '2', '3', '4', '5', '6', '7', '8'] as const;
export const CEFR_LEVELS = ['A1', 'A2', 'B1', 'B2', 'C1', 'C2'] as const;
export const LIMITS = { name: 200, phone: 30, programme: 300, staff: 200, languages: 10 };
export const MAX_GRADE_SCALE = 100;

/** The API's rule: a plus, a country code and at most 15 digits, spaces and hyphens aside. */
const PHONE = /^\+[1-9][0-9]{6,14}$/;

export interface LanguageRowValues {
  language: string | null;
  cefrLevel: string | null;
}

/** The form's values: texts are strings (empty when not given), choices null until chosen. */
export interface ProfileFormValues {
  givenName: string;
  familyName: string;
  dateOfBirth: string;
  citizenship: string | null;
  phone: string;
  studyProgramme: string;
  studyCycle: string | null;
  yearOfStudy: string | null;
  gradeAverage: number | string;
  gradeScale: number | string;
  languages: LanguageRowValues[];
  department: string;
  position: string;
  fewerOpportunities: boolean;
}

export const EMPTY_LANGUAGE_ROW: LanguageRowValues = { language: null, cefrLevel: null };

export function toFormValues(profile: Profile): ProfileFormValues {
  return {
    givenName: profile.givenName,
    familyName: profile.familyName,
    dateOfBirth: profile.dateOfBirth ?? '',
    citizenship: profile.citizenship ?? null,
    phone: profile.phone ?? '',
    studyProgramme: profile.studyProgramme ?? '',
    studyCycle: profile.studyCycle?.toString() ?? null,
    yearOfStudy: profile.yearOfStudy?.toString() ?? null,
    gradeAverage: profile.gradeAverage ?? '',
    gradeScale: profile.gradeScale ?? '',
    languages: profile.languages.map(({ language, cefrLevel }) => ({ language, cefrLevel })),
    department: profile.department ?? '',
    position: profile.position ?? '',
    fewerOpportunities: profile.fewerOpportunities,
  };
}

function text(value: string): string | undefined {
  return value.trim() || undefined;
}

function number(value: number | string | null): number | undefined {
  return value === '' || value === null ? undefined : Number(value);
}

/** The request body; the version is the one loaded, absent before the first save. */
export function toInput(values: ProfileFormValues, version: number | undefined): ProfileInput {
  return {
    givenName: values.givenName.trim(),
    familyName: values.familyName.trim(),
    dateOfBirth: values.dateOfBirth || undefined,
    citizenship: values.citizenship ?? undefined,
    phone: text(values.phone),
    studyProgramme: text(values.studyProgramme),
    studyCycle: number(values.studyCycle),
    yearOfStudy: number(values.yearOfStudy),
    gradeAverage: number(values.gradeAverage),
    gradeScale: number(values.gradeScale),
    languages: values.languages.map((row) => ({
      language: row.language ?? '',
      cefrLevel: row.cefrLevel ?? '',
    })),
    department: text(values.department),
    position: text(values.position),
    fewerOpportunities: values.fewerOpportunities,
    version,
  };
}

function gradeErrors(values: ProfileFormValues, t: TFunction): Record<string, string> {
  const average = number(values.gradeAverage);
  const scale = number(values.gradeScale);
  if (scale !== undefined && !(scale > 0 && scale <= MAX_GRADE_SCALE)) {
    return { gradeScale: t('profile.validation.gradeScale', { max: MAX_GRADE_SCALE }) };
  }
  if (average === undefined) return {};
  if (scale === undefined) return { gradeScale: t('profile.validation.scaleNeeded') };
  if (!(average > 0 && average <= scale)) {
    return { gradeAverage: t('profile.validation.gradeAboveScale', { scale }) };
  }
  return {};
}

/**
 * The obvious mistakes, keyed by form path ("languages.0.cefrLevel"); the age limits and the
 * reference codes are left to the API, which explains them.
 */
export function validateProfile(values: ProfileFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('validation.required');
  if (!values.givenName.trim()) errors.givenName = required;
  if (!values.familyName.trim()) errors.familyName = required;
  const phone = values.phone.trim();
  if (phone && !PHONE.test(phone.replace(/[ -]/g, ''))) {
    errors.phone = t('profile.validation.phone');
  }
  Object.assign(errors, gradeErrors(values, t));
  values.languages.forEach((row, index) => {
    if (!row.language) errors[`languages.${index}.language`] = required;
    if (!row.cefrLevel) errors[`languages.${index}.cefrLevel`] = required;
  });
  return errors;
}
