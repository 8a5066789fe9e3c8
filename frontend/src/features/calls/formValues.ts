import type { TFunction } from 'i18next';
import type { ApiProblem } from '../../api/problem';
import {
  isStaffType,
  TEXT_LANGUAGES,
  type Call,
  type CallInput,
  type CallMobilityType,
  type CriterionKind,
  type DocumentFormat,
  type DocumentType,
  type StaffCategory,
  type TextLanguage,
} from './api';
import { bytesToMegabytes, megabytesToBytes } from './text';
import { instantToWallTime, wallTimeToOffsetDateTime } from './zones';

/** The API's limits (CallRules), checked here too so that mistakes show before saving. */
export const LIMITS = {
  title: 200,
  description: 20_000,
  places: 1000,
  placeRows: 100,
  reason: 2000,
  maxPreferences: 3,
  weightTotal: 100,
  maxScore: 1000,
  yearOfStudy: 10,
  gradeScale: 1000,
  documentMb: 20,
  documents: 20,
  criterionDescription: 1000,
  minimumTotal: 100,
  criteria: 20,
  languages: 5,
};

export type Texts = Record<TextLanguage, string>;

export interface PlaceRowValues {
  partnerInstitutionId: string | null;
  places: number | string;
  overrideReason: string;
}

export interface LanguageRowValues {
  language: string | null;
  cefrLevel: string | null;
}

export interface DocumentRowValues {
  type: DocumentType | null;
  label: Texts;
  mandatory: boolean;
  formats: DocumentFormat[];
  maxSizeMb: number | string;
}

export interface CriterionRowValues {
  name: Texts;
  weight: number | string;
  maxScore: number | string;
  kind: CriterionKind;
  /** The language whose CEFR level counts, for LANGUAGE_LEVEL only. */
  language: string | null;
  description: Texts;
}

/** The form's values: texts are strings (empty when not given), choices null until chosen. */
export interface CallFormValues {
  title: Texts;
  description: Texts;
  mobilityType: CallMobilityType | null;
  academicYear: string | null;
  projectId: string | null;
  places: PlaceRowValues[];
  eligibility: {
    eqfLevels: string[];
    minimumYearOfStudy: number | string;
    minimumGrade: { value: number | string; scaleMax: number | string };
    languages: LanguageRowValues[];
    staffCategories: StaffCategory[];
  };
  documents: DocumentRowValues[];
  criteria: CriterionRowValues[];
  ranking: { fewerOpportunitiesFirst: boolean; minimumTotal: number | string };
  maxPreferences: number | string;
  /** Wall-clock times in the home institution's zone, as datetime-local inputs give them. */
  opensAt: string;
  deadline: string;
  changeReason: string;
}

export function emptyTexts(): Texts {
  return { en: '', ru: '', ky: '', kk: '' };
}

function texts(values: Record<string, string> | undefined): Texts {
  const result = emptyTexts();
  for (const language of TEXT_LANGUAGES) result[language] = values?.[language] ?? '';
  return result;
}

export const EMPTY_PLACE: PlaceRowValues = {
  partnerInstitutionId: null,
  places: 1,
  overrideReason: '',
};
export const EMPTY_LANGUAGE: LanguageRowValues = { language: null, cefrLevel: null };

export function emptyDocument(): DocumentRowValues {
  return { type: null, label: emptyTexts(), mandatory: true, formats: ['PDF'], maxSizeMb: 5 };
}

export function emptyCriterion(): CriterionRowValues {
  return {
    name: emptyTexts(),
    weight: '',
    maxScore: 10,
    kind: 'EVALUATOR',
    language: null,
    description: emptyTexts(),
  };
}

export function emptyValues(): CallFormValues {
  return {
    title: emptyTexts(),
    description: emptyTexts(),
    mobilityType: null,
    academicYear: null,
    projectId: null,
    places: [],
    eligibility: {
      eqfLevels: [],
      minimumYearOfStudy: '',
      minimumGrade: { value: '', scaleMax: '' },
      languages: [],
      staffCategories: [],
    },
    documents: [],
    criteria: [],
    ranking: { fewerOpportunitiesFirst: false, minimumTotal: '' },
    maxPreferences: 1,
    opensAt: '',
    deadline: '',
    changeReason: '',
  };
}

export function toFormValues(call: Call): CallFormValues {
  const zone = call.schedule.timeZone;
  const { eligibility } = call;
  return {
    title: texts(call.title),
    description: texts(call.description),
    mobilityType: call.mobilityType,
    academicYear: call.academicYear,
    projectId: call.project?.id ?? null,
    places: call.places.map((place) => ({
      partnerInstitutionId: place.partner.id,
      places: place.places,
      overrideReason: place.overrideReason ?? '',
    })),
    eligibility: {
      eqfLevels: (eligibility.eqfLevels ?? []).map(String),
      minimumYearOfStudy: eligibility.minimumYearOfStudy ?? '',
      minimumGrade: {
        value: eligibility.minimumGrade?.value ?? '',
        scaleMax: eligibility.minimumGrade?.scaleMax ?? '',
      },
      languages: (eligibility.languages ?? []).map(({ language, cefrLevel }) => ({
        language,
        cefrLevel,
      })),
      staffCategories: eligibility.staffCategories ?? [],
    },
    documents: call.documents.map((document) => ({
      type: document.type,
      label: texts(document.label),
      mandatory: document.mandatory,
      formats: document.formats,
      maxSizeMb: bytesToMegabytes(document.maxSizeBytes),
    })),
    criteria: call.criteria.map((criterion) => ({
      name: texts(criterion.name),
      weight: criterion.weight,
      maxScore: criterion.maxScore,
      kind: criterion.kind ?? 'EVALUATOR',
      language: criterion.language ?? null,
      description: texts(criterion.description),
    })),
    ranking: {
      fewerOpportunitiesFirst: call.ranking.fewerOpportunitiesFirst ?? false,
      minimumTotal: call.ranking.minimumTotal ?? '',
    },
    maxPreferences: call.maxPreferences,
    // Seconds are kept when the stored time has them (a deadline at 23:59:59).
    opensAt: wallTime(call.schedule.opensAt, zone),
    deadline: wallTime(call.schedule.deadline, zone),
    changeReason: '',
  };
}

function wallTime(instant: string, zone: string): string {
  const withSeconds = instantToWallTime(instant, zone, true);
  return withSeconds.endsWith(':00') ? withSeconds.slice(0, -3) : withSeconds;
}

function number(value: number | string | null): number | undefined {
  return value === '' || value === null ? undefined : Number(value);
}

function cleanTexts(values: Texts): Record<string, string> {
  return Object.fromEntries(
    TEXT_LANGUAGES.map((language) => [language, values[language].trim()] as const).filter(
      ([, text]) => text,
    ),
  );
}

/** The sum of the criteria's weights, which must be 100. */
export function weightSum(criteria: CriterionRowValues[]): number {
  return criteria.reduce((sum, criterion) => sum + (number(criterion.weight) ?? 0), 0);
}

/**
 * The request body: opening and deadline in the home institution's zone with its offset; only
 * the eligibility conditions of the call's kind (students or staff); the change reason only for
 * a published call; the version loaded when changing one.
 */
export function toInput(
  values: CallFormValues,
  zone: string,
  call?: Pick<Call, 'status' | 'version'>,
): CallInput {
  const staff = values.mobilityType !== null && isStaffType(values.mobilityType);
  const grade = values.eligibility.minimumGrade;
  const gradeValue = number(grade.value);
  const gradeScale = number(grade.scaleMax);
  return {
    title: cleanTexts(values.title),
    description: cleanTexts(values.description),
    mobilityType: values.mobilityType ?? 'STUDENT_STUDIES',
    direction: 'OUTGOING',
    academicYear: values.academicYear ?? '',
    projectId: values.projectId ?? undefined,
    places: values.places.map((place) => ({
      partnerInstitutionId: place.partnerInstitutionId ?? '',
      places: Number(place.places),
      overrideReason: place.overrideReason.trim() || undefined,
    })),
    eligibility: {
      eqfLevels: staff ? [] : values.eligibility.eqfLevels.map(Number),
      minimumYearOfStudy: staff ? undefined : number(values.eligibility.minimumYearOfStudy),
      minimumGrade:
        staff || gradeValue === undefined || gradeScale === undefined
          ? undefined
          : { value: gradeValue, scaleMax: gradeScale },
      languages: values.eligibility.languages.map((row) => ({
        language: row.language ?? '',
        cefrLevel: row.cefrLevel ?? '',
      })),
      staffCategories: staff ? values.eligibility.staffCategories : [],
    },
    documents: values.documents.map((document) => ({
      type: document.type ?? 'OTHER',
      label: cleanTexts(document.label),
      mandatory: document.mandatory,
      formats: document.formats,
      maxSizeBytes: megabytesToBytes(Number(document.maxSizeMb)),
    })),
    criteria: values.criteria.map((criterion) => ({
      name: cleanTexts(criterion.name),
      weight: Number(criterion.weight),
      maxScore: Number(criterion.maxScore),
      kind: criterion.kind,
      language: criterion.kind === 'LANGUAGE_LEVEL' ? (criterion.language ?? '') : undefined,
      description: cleanTexts(criterion.description),
    })),
    ranking: {
      fewerOpportunitiesFirst: values.ranking.fewerOpportunitiesFirst,
      minimumTotal: number(values.ranking.minimumTotal),
    },
    maxPreferences: Number(values.maxPreferences),
    opensAt: wallTimeToOffsetDateTime(values.opensAt, zone) ?? values.opensAt,
    deadline: wallTimeToOffsetDateTime(values.deadline, zone) ?? values.deadline,
    changeReason: call?.status === 'PUBLISHED' ? values.changeReason.trim() : undefined,
    version: call?.version,
  };
}

/** What the agreements in force allow at a partner, as the server last said (editing only). */
export type AgreementCapacity = Map<string, number | undefined>;

function between(value: number | undefined, min: number, max: number): boolean {
  return value !== undefined && Number.isInteger(value) && value >= min && value <= max;
}

/**
 * The obvious mistakes, keyed by form path ("criteria.0.weight"); partners' agreements and
 * reference codes are left to the API, which explains them. capacity holds what the server said
 * of the loaded partners, for the call's type and year as loaded.
 */
export function validateCall(
  values: CallFormValues,
  t: TFunction,
  options: { published: boolean; capacity?: AgreementCapacity },
): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('validation.required');
  if (!values.title.en.trim()) errors['title.en'] = required;
  if (!values.mobilityType) errors.mobilityType = required;
  if (!values.academicYear) errors.academicYear = required;
  if (options.published && !values.changeReason.trim()) errors.changeReason = required;

  const seen = new Set<string>();
  values.places.forEach((place, index) => {
    const path = `places.${index}`;
    if (!place.partnerInstitutionId) errors[`${path}.partnerInstitutionId`] = required;
    else if (seen.has(place.partnerInstitutionId))
      errors[`${path}.partnerInstitutionId`] = t('calls.validation.partnerTwice');
    else seen.add(place.partnerInstitutionId);
    const places = number(place.places);
    if (!between(places, 1, LIMITS.places))
      errors[`${path}.places`] = t('calls.validation.between', { min: 1, max: LIMITS.places });
    else if (
      place.partnerInstitutionId &&
      options.capacity?.has(place.partnerInstitutionId) &&
      !place.overrideReason.trim()
    ) {
      const mobilities = options.capacity.get(place.partnerInstitutionId);
      if (mobilities === undefined)
        errors[`${path}.overrideReason`] = t('calls.validation.overrideNoAgreement');
      else if (places !== undefined && places > mobilities)
        errors[`${path}.overrideReason`] = t('calls.validation.overrideMore', { mobilities });
    }
  });

  const staff = values.mobilityType !== null && isStaffType(values.mobilityType);
  if (!staff) {
    const year = number(values.eligibility.minimumYearOfStudy);
    if (year !== undefined && !between(year, 1, LIMITS.yearOfStudy))
      errors['eligibility.minimumYearOfStudy'] = t('calls.validation.between', {
        min: 1,
        max: LIMITS.yearOfStudy,
      });
    const value = number(values.eligibility.minimumGrade.value);
    const scale = number(values.eligibility.minimumGrade.scaleMax);
    if (value !== undefined && scale === undefined)
      errors['eligibility.minimumGrade.scaleMax'] = required;
    else if (value === undefined && scale !== undefined)
      errors['eligibility.minimumGrade.value'] = required;
    else if (scale !== undefined && !(scale > 0 && scale <= LIMITS.gradeScale))
      errors['eligibility.minimumGrade.scaleMax'] = t('calls.validation.gradeScale', {
        max: LIMITS.gradeScale,
      });
    else if (value !== undefined && scale !== undefined && !(value > 0 && value <= scale))
      errors['eligibility.minimumGrade.value'] = t('calls.validation.gradeAboveScale', { scale });
  }
  values.eligibility.languages.forEach((row, index) => {
    if (!row.language) errors[`eligibility.languages.${index}.language`] = required;
    if (!row.cefrLevel) errors[`eligibility.languages.${index}.cefrLevel`] = required;
  });

  values.documents.forEach((document, index) => {
    const path = `documents.${index}`;
    if (!document.type) errors[`${path}.type`] = required;
    if (document.type === 'OTHER' && !document.label.en.trim())
      errors[`${path}.label.en`] = t('calls.validation.otherLabel');
    if (document.formats.length === 0) errors[`${path}.formats`] = required;
    const size = number(document.maxSizeMb);
    if (size === undefined || !(size > 0 && size <= LIMITS.documentMb))
      errors[`${path}.maxSizeMb`] = t('calls.validation.size', { max: LIMITS.documentMb });
  });

  values.criteria.forEach((criterion, index) => {
    const path = `criteria.${index}`;
    if (!criterion.name.en.trim()) errors[`${path}.name.en`] = required;
    if (!between(number(criterion.weight), 1, LIMITS.weightTotal))
      errors[`${path}.weight`] = t('calls.validation.between', { min: 1, max: LIMITS.weightTotal });
    if (!between(number(criterion.maxScore), 1, LIMITS.maxScore))
      errors[`${path}.maxScore`] = t('calls.validation.between', { min: 1, max: LIMITS.maxScore });
    if (criterion.kind === 'LANGUAGE_LEVEL' && !criterion.language)
      errors[`${path}.language`] = t('calls.validation.criterionLanguage');
  });
  const minimum = number(values.ranking.minimumTotal);
  if (
    minimum !== undefined &&
    !(/^\d{1,3}(\.\d{1,2})?$/.test(String(minimum)) && minimum <= LIMITS.minimumTotal)
  )
    errors['ranking.minimumTotal'] = t('calls.validation.minimumTotal');
  const sum = weightSum(values.criteria);
  if (values.criteria.length > 0 && sum !== LIMITS.weightTotal)
    errors.criteria = t('calls.validation.weights', { total: LIMITS.weightTotal, sum });

  if (!between(number(values.maxPreferences), 1, LIMITS.maxPreferences))
    errors.maxPreferences = t('calls.validation.between', { min: 1, max: LIMITS.maxPreferences });
  if (!values.opensAt) errors.opensAt = required;
  if (!values.deadline) errors.deadline = required;
  else if (values.opensAt && values.deadline <= values.opensAt)
    errors.deadline = t('calls.validation.deadlineAfterOpening');
  return errors;
}

/**
 * The API's refusal with its field paths turned into the form's: the EQF levels are one field and
 * sizes are entered in megabytes.
 */
export function toFormProblem(problem: ApiProblem): ApiProblem {
  return problem.withErrors((error) => ({
    ...error,
    field: error.field
      .replace(/^eligibility\.eqfLevels\[\d+\]$/, 'eligibility.eqfLevels')
      .replace(/^(documents\[\d+\])\.maxSizeBytes$/, '$1.maxSizeMb'),
  }));
}
