import dayjs from 'dayjs';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldError } from '../api/problem';
import { formatDateTime, formatNumber } from '../i18n';
import { useCountryNames, useLanguageNames } from '../features/reference';

/** Translates a key the API chose at run time; unknown keys are checked with i18n.exists first. */
type DynamicT = (key: string, options?: Record<string, unknown>) => string;

/** How an argument of a refusal goes into its message. */
type ArgKind =
  | 'plain'
  | 'number'
  | 'date'
  | 'instant'
  | 'country'
  | 'language'
  | 'mobilityType'
  | 'unit'
  | 'cycles'
  | 'staffCategories'
  | 'budgetLine'
  | 'profileField'
  | 'documentType'
  | 'institution'
  | 'institutions';

/**
 * Every argument name the API's refusals use (frontend/src/i18n/refusalCodes.json lists them per
 * code) and how it is shown. An institution's id comes as nameId beside its default name.
 */
export const REFUSAL_ARGS: Record<string, ArgKind> = {
  academicYear: 'plain',
  firstAcademicYear: 'plain',
  lastAcademicYear: 'plain',
  callYear: 'plain',
  referenceYear: 'plain',
  project: 'plain',
  label: 'plain',
  kind: 'plain',
  criterion: 'plain',
  level: 'plain',
  yourLevel: 'plain',
  partnerId: 'plain',
  partnerIds: 'plain',
  minimum: 'number',
  maximum: 'number',
  minimumEach: 'number',
  maximumEach: 'number',
  expected: 'number',
  total: 'number',
  places: 'number',
  mobilities: 'number',
  days: 'number',
  year: 'number',
  region: 'number',
  otherFlow: 'number',
  scale: 'number',
  grade: 'number',
  gradeScale: 'number',
  minimumGrade: 'number',
  minimumScale: 'number',
  minimumAge: 'number',
  maximumAge: 'number',
  maximumMegabytes: 'number',
  startDate: 'date',
  today: 'date',
  earliestDate: 'date',
  latestDate: 'date',
  twoYearEndDate: 'date',
  threeYearEndDate: 'date',
  opensAt: 'instant',
  respondBy: 'instant',
  appealUntil: 'instant',
  agencyCountry: 'country',
  beneficiaryCountry: 'country',
  language: 'language',
  mobilityType: 'mobilityType',
  unit: 'unit',
  cycle: 'cycles',
  cycles: 'cycles',
  category: 'staffCategories',
  categories: 'staffCategories',
  line: 'budgetLine',
  profileField: 'profileField',
  documentType: 'documentType',
  partner: 'institution',
  partners: 'institutions',
};

export interface RefusalNames {
  /** The name of an institution in the interface language, when the screen knows it. */
  institution?: (id: string) => string | undefined;
}

/**
 * The one way the SPA words a rule's refusal: the message under `refusals.<code>` with its
 * arguments named and formatted in the interface language, or the API's English message for a
 * refusal without a known code.
 */
export function useRefusalText(names: RefusalNames = {}) {
  const { t: typedT, i18n } = useTranslation();
  const t = typedT as unknown as DynamicT;
  const countryName = useCountryNames();
  const languageName = useLanguageNames();
  const institution = names.institution;

  const list = useCallback(
    (value: string, name: (item: string) => string) =>
      value.split(',').filter(Boolean).map(name).join(', '),
    [],
  );

  const format = useCallback(
    (name: string, value: string, args: Record<string, string>): string => {
      const known = (key: string) => (i18n.exists(key) ? t(key) : undefined);
      switch (REFUSAL_ARGS[name]) {
        case 'number':
          return /^-?\d+(\.\d+)?$/.test(value)
            ? formatNumber(Number(value), i18n.resolvedLanguage ?? 'en')
            : value;
        case 'date':
          return dayjs(value).isValid() ? dayjs(value).format('ll') : value;
        case 'instant':
          return dayjs(value).isValid() ? formatDateTime(value) : value;
        case 'country':
          return countryName(value);
        case 'language':
          return languageName(value);
        case 'mobilityType':
          return known(`calls.mobilityType.${value}`) ?? value;
        case 'unit':
          return known(`applications.period.unit.${value}`) ?? value;
        case 'cycles':
          return list(value, (level) => known(`calls.eqfCycle.${level}`) ?? level);
        case 'staffCategories':
          return list(value, (category) => known(`calls.staffCategory.${category}`) ?? category);
        case 'budgetLine':
          return known(`projects.line.${value}`) ?? value;
        case 'profileField':
          return known(`applications.profileField.${value}`) ?? value;
        case 'documentType':
          return value === 'OTHER' && args.label
            ? args.label
            : (known(`documentTypes.${value}`) ?? value);
        case 'institution':
          return (args[`${name}Id`] && institution?.(args[`${name}Id`])) || value;
        case 'institutions': {
          const ids = (args[`${name.replace(/s$/, '')}Ids`] ?? '').split(',').filter(Boolean);
          const localized = ids.map((id) => institution?.(id));
          return ids.length > 0 && localized.every(Boolean) ? localized.join(', ') : value;
        }
        default:
          return value;
      }
    },
    [countryName, i18n, institution, languageName, list, t],
  );

  /** The refusal in the interface language. */
  return useCallback(
    (error: Pick<FieldError, 'code' | 'args' | 'message'>): string => {
      const key = error.code ? `refusals.${error.code}` : undefined;
      if (!key || !i18n.exists(key)) return error.message;
      const args = error.args ?? {};
      return t(
        key,
        Object.fromEntries(
          Object.entries(args).map(([name, value]) => [name, format(name, value, args)]),
        ),
      );
    },
    [format, i18n, t],
  );
}
