import type { TFunction } from 'i18next';
import { ApiProblem, problemToFormErrors, type FormErrors } from '../../api/problem';
import {
  DURATION_PER_MOBILITY,
  isStudent,
  type Agreement,
  type AgreementFlow,
  type AgreementInput,
  type AgreementSide,
  type MobilityType,
} from './api';

export const LIMITS = {
  notes: 4000,
  otherTerms: 2000,
  clarification: 200,
  localId: 100,
  signerName: 200,
  email: 254,
  contacts: 20,
  flows: 100,
  projects: 20,
  subjectAreas: 50,
  languageSkills: 20,
  mobilitiesPerYear: 1000,
};

/** Which way a flow goes; the two ends are always the agreement's two institutions. */
export type Direction = 'HOME_TO_PARTNER' | 'PARTNER_TO_HOME';
export const DIRECTIONS: Direction[] = ['HOME_TO_PARTNER', 'PARTNER_TO_HOME'];

export interface ContactValues {
  name: string;
  role: string;
  email: string;
  phone: string;
}

export interface SideValues {
  localId: string;
  signerName: string;
  signerEmail: string;
  signingDate: string;
  contacts: ContactValues[];
}

export interface SubjectAreaValues {
  iscedCode: string;
  clarification: string;
}

export interface LanguageSkillValues {
  language: string | null;
  cefrLevel: string | null;
  iscedCode: string | null;
}

/** One flow as the form holds it: numbers as typed, choices null until chosen. */
export interface FlowValues {
  mobilityType: MobilityType;
  direction: Direction;
  firstAcademicYear: string | null;
  lastAcademicYear: string | null;
  mobilitiesPerYear: number | string;
  totalMonthsPerYear: number | string;
  totalDaysPerYear: number | string;
  subjectAreas: SubjectAreaValues[];
  eqfLevels: string[];
  languageSkills: LanguageSkillValues[];
  blendedAllowed: boolean;
  otherTerms: string;
}

export interface AgreementFormValues {
  partnerInstitutionId: string | null;
  firstAcademicYear: string | null;
  lastAcademicYear: string | null;
  home: SideValues;
  partner: SideValues;
  notes: string;
  projectIds: string[];
  flows: FlowValues[];
}

export const EMPTY_CONTACT: ContactValues = { name: '', role: '', email: '', phone: '' };
export const EMPTY_LANGUAGE_SKILL: LanguageSkillValues = {
  language: null,
  cefrLevel: null,
  iscedCode: null,
};

const emptySide = (): SideValues => ({
  localId: '',
  signerName: '',
  signerEmail: '',
  signingDate: '',
  contacts: [],
});

/** A new flow over the agreement's years. */
export function newFlow(values: AgreementFormValues): FlowValues {
  return {
    mobilityType: 'STUDENT_STUDIES',
    direction: 'HOME_TO_PARTNER',
    firstAcademicYear: values.firstAcademicYear,
    lastAcademicYear: values.lastAcademicYear,
    mobilitiesPerYear: 1,
    totalMonthsPerYear: '',
    totalDaysPerYear: '',
    subjectAreas: [],
    eqfLevels: [],
    languageSkills: [],
    blendedAllowed: false,
    otherTerms: '',
  };
}

export function emptyValues(): AgreementFormValues {
  return {
    partnerInstitutionId: null,
    firstAcademicYear: null,
    lastAcademicYear: null,
    home: emptySide(),
    partner: emptySide(),
    notes: '',
    projectIds: [],
    flows: [],
  };
}

function toSideValues(side: AgreementSide): SideValues {
  return {
    localId: side.localId ?? '',
    signerName: side.signerName ?? '',
    signerEmail: side.signerEmail ?? '',
    signingDate: side.signingDate ?? '',
    contacts: (side.contacts ?? []).map((contact) => ({
      name: contact.name,
      role: contact.role ?? '',
      email: contact.email ?? '',
      phone: contact.phone ?? '',
    })),
  };
}

function toFlowValues(flow: AgreementFlow, homeId: string): FlowValues {
  return {
    mobilityType: flow.mobilityType,
    direction: flow.sendingInstitutionId === homeId ? 'HOME_TO_PARTNER' : 'PARTNER_TO_HOME',
    firstAcademicYear: flow.firstAcademicYear,
    lastAcademicYear: flow.lastAcademicYear,
    mobilitiesPerYear: flow.mobilitiesPerYear,
    totalMonthsPerYear: flow.totalMonthsPerYear ?? '',
    totalDaysPerYear: flow.totalDaysPerYear ?? '',
    subjectAreas: (flow.subjectAreas ?? []).map((area) => ({
      iscedCode: area.iscedCode ?? '',
      clarification: area.clarification ?? '',
    })),
    eqfLevels: (flow.eqfLevels ?? []).map(String),
    languageSkills: (flow.languageSkills ?? []).map((skill) => ({
      language: skill.language ?? null,
      cefrLevel: skill.cefrLevel ?? null,
      iscedCode: skill.iscedCode ?? null,
    })),
    blendedAllowed: flow.blendedAllowed ?? false,
    otherTerms: flow.otherTerms ?? '',
  };
}

/** The values to edit: the amendment's conditions while one is in progress, else those of the agreement. */
export function toFormValues(agreement: Agreement): AgreementFormValues {
  const conditions = agreement.amendment ?? agreement;
  return {
    partnerInstitutionId: agreement.partnerInstitutionId,
    firstAcademicYear: conditions.firstAcademicYear,
    lastAcademicYear: conditions.lastAcademicYear,
    home: toSideValues(agreement.home),
    partner: toSideValues(agreement.partner),
    notes: agreement.notes ?? '',
    projectIds: agreement.projects.map((project) => project.id),
    flows: conditions.flows.map((flow) => toFlowValues(flow, agreement.homeInstitutionId)),
  };
}

const text = (value: string) => value.trim() || undefined;

function toSide(side: SideValues): AgreementSide {
  return {
    localId: text(side.localId),
    signerName: text(side.signerName),
    signerEmail: text(side.signerEmail),
    signingDate: side.signingDate || undefined,
    contacts: side.contacts.map((contact) => ({
      name: contact.name.trim(),
      role: text(contact.role),
      email: text(contact.email),
      phone: text(contact.phone),
    })),
  };
}

function toFlow(flow: FlowValues, homeId: string, partnerId: string): AgreementFlow {
  const outgoing = flow.direction === 'HOME_TO_PARTNER';
  const student = isStudent(flow.mobilityType);
  return {
    mobilityType: flow.mobilityType,
    sendingInstitutionId: outgoing ? homeId : partnerId,
    receivingInstitutionId: outgoing ? partnerId : homeId,
    firstAcademicYear: flow.firstAcademicYear ?? '',
    lastAcademicYear: flow.lastAcademicYear ?? '',
    mobilitiesPerYear: Number(flow.mobilitiesPerYear),
    totalMonthsPerYear: student ? Number(flow.totalMonthsPerYear) : undefined,
    totalDaysPerYear: student ? undefined : Number(flow.totalDaysPerYear),
    subjectAreas: flow.subjectAreas.map((area) => ({
      iscedCode: area.iscedCode,
      clarification: text(area.clarification),
    })),
    eqfLevels: student ? flow.eqfLevels.map(Number).sort() : [],
    languageSkills: flow.languageSkills.map((skill) => ({
      language: skill.language ?? '',
      cefrLevel: skill.cefrLevel ?? '',
      iscedCode: skill.iscedCode ?? undefined,
    })),
    blendedAllowed: student && flow.blendedAllowed,
    otherTerms: text(flow.otherTerms),
  };
}

/** The request body; homeId is the home institution's, one end of every flow. */
export function toInput(
  values: AgreementFormValues,
  homeId: string,
  editing?: Agreement,
): AgreementInput {
  const partnerId = values.partnerInstitutionId ?? '';
  return {
    partnerInstitutionId: partnerId,
    firstAcademicYear: values.firstAcademicYear ?? '',
    lastAcademicYear: values.lastAcademicYear ?? '',
    home: toSide(values.home),
    partner: toSide(values.partner),
    notes: text(values.notes),
    projectIds: values.projectIds,
    flows: values.flows.map((flow) => toFlow(flow, homeId, partnerId)),
    version: editing?.version,
  };
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function validateSide(
  side: SideValues,
  path: 'home' | 'partner',
  errors: Record<string, string>,
  t: TFunction,
) {
  if (side.signerEmail.trim() && !EMAIL.test(side.signerEmail.trim()))
    errors[`${path}.signerEmail`] = t('validation.email');
  side.contacts.forEach((contact, index) => {
    if (!contact.name.trim()) errors[`${path}.contacts.${index}.name`] = t('validation.required');
    if (contact.email.trim() && !EMAIL.test(contact.email.trim()))
      errors[`${path}.contacts.${index}.email`] = t('validation.email');
  });
}

function validateFlow(
  flow: FlowValues,
  path: string,
  values: AgreementFormValues,
  errors: Record<string, string>,
  t: TFunction,
) {
  const required = t('validation.required');
  const { firstAcademicYear: first, lastAcademicYear: last } = flow;
  if (!first) errors[`${path}.firstAcademicYear`] = required;
  if (!last) errors[`${path}.lastAcademicYear`] = required;
  else if (first && last < first)
    errors[`${path}.lastAcademicYear`] = t('agreements.form.yearsOrder');
  const { firstAcademicYear: from, lastAcademicYear: to } = values;
  if (from && to && from <= to) {
    const within = t('agreements.form.flowYearsWithin', { first: from, last: to });
    if (first && first < from) errors[`${path}.firstAcademicYear`] = within;
    if (last && last > to) errors[`${path}.lastAcademicYear`] = within;
  }

  const mobilities = Number(flow.mobilitiesPerYear);
  const mobilitiesValid =
    flow.mobilitiesPerYear !== '' &&
    Number.isInteger(mobilities) &&
    mobilities >= 1 &&
    mobilities <= LIMITS.mobilitiesPerYear;
  if (flow.mobilitiesPerYear === '') errors[`${path}.mobilitiesPerYear`] = required;
  else if (!mobilitiesValid)
    errors[`${path}.mobilitiesPerYear`] = t('validation.range', {
      min: 1,
      max: LIMITS.mobilitiesPerYear,
    });

  const student = isStudent(flow.mobilityType);
  const field = student ? 'totalMonthsPerYear' : 'totalDaysPerYear';
  const total = flow[field];
  const { min, max } = DURATION_PER_MOBILITY[flow.mobilityType];
  if (total === '') errors[`${path}.${field}`] = required;
  else if (
    mobilitiesValid &&
    !(Number(total) >= mobilities * min && Number(total) <= mobilities * max)
  )
    errors[`${path}.${field}`] = t(
      student ? 'agreements.form.monthsRange' : 'agreements.form.daysRange',
      { min: mobilities * min, max: mobilities * max },
    );

  flow.subjectAreas.forEach((area, index) => {
    if (area.clarification.trim().length > LIMITS.clarification)
      errors[`${path}.subjectAreas.${index}.clarification`] = t('validation.maxLength', {
        max: LIMITS.clarification,
      });
  });

  const seen = new Set<string>();
  flow.languageSkills.forEach((skill, index) => {
    const at = `${path}.languageSkills.${index}`;
    if (!skill.language) errors[`${at}.language`] = required;
    if (!skill.cefrLevel) errors[`${at}.cefrLevel`] = required;
    const key = `${skill.language}/${skill.iscedCode ?? ''}`;
    if (skill.language && seen.has(key))
      errors[`${at}.language`] = t('agreements.form.languageTwice');
    seen.add(key);
  });
  if (flow.otherTerms.trim().length > LIMITS.otherTerms)
    errors[`${path}.otherTerms`] = t('validation.maxLength', { max: LIMITS.otherTerms });
}

/** Two flows of one type and direction with the same subject areas must not share a year. */
function overlapping(a: FlowValues, b: FlowValues): boolean {
  const codes = (flow: FlowValues) =>
    flow.subjectAreas
      .map((area) => area.iscedCode)
      .sort()
      .join();
  return (
    a.mobilityType === b.mobilityType &&
    a.direction === b.direction &&
    codes(a) === codes(b) &&
    Boolean(
      a.firstAcademicYear && a.lastAcademicYear && b.firstAcademicYear && b.lastAcademicYear,
    ) &&
    a.firstAcademicYear! <= b.lastAcademicYear! &&
    b.firstAcademicYear! <= a.lastAcademicYear!
  );
}

/**
 * The obvious mistakes, keyed by form path ("flows.0.totalMonthsPerYear"), as the API's rules
 * (ConditionsRules) would find them; the API still checks the codes against the reference data.
 */
export function validateAgreement(
  values: AgreementFormValues,
  t: TFunction,
): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('validation.required');
  if (!values.partnerInstitutionId) errors.partnerInstitutionId = required;
  if (!values.firstAcademicYear) errors.firstAcademicYear = required;
  if (!values.lastAcademicYear) errors.lastAcademicYear = required;
  else if (values.firstAcademicYear && values.lastAcademicYear < values.firstAcademicYear)
    errors.lastAcademicYear = t('agreements.form.yearsOrder');
  validateSide(values.home, 'home', errors, t);
  validateSide(values.partner, 'partner', errors, t);
  if (values.notes.trim().length > LIMITS.notes)
    errors.notes = t('validation.maxLength', { max: LIMITS.notes });
  values.flows.forEach((flow, index) => {
    validateFlow(flow, `flows.${index}`, values, errors, t);
    const other = values.flows.findIndex((earlier, j) => j < index && overlapping(earlier, flow));
    if (other >= 0) errors[`flows.${index}`] = t('agreements.form.overlap', { number: other + 1 });
  });
  return errors;
}

/**
 * The API's field errors placed where the form shows them: a project at the project picker,
 * a flow's institutions at its direction, a subject area's code at the subject-area picker, an EQF level at the levels.
 */
export function toFormErrors(
  problem: ApiProblem,
  values: AgreementFormValues,
  projectName: (id: string) => string,
): FormErrors {
  const errors = problem.errors.map(({ field, message }) => {
    const project = /^projectIds\[(\d+)\]$/.exec(field);
    if (project) {
      const id = values.projectIds[Number(project[1])] ?? '';
      return { field: 'projectIds', message: `${projectName(id)}: ${message}` };
    }
    const ends = /^(flows\[\d+\])\.(sending|receiving)InstitutionId$/.exec(field);
    if (ends) return { field: `${ends[1]}.direction`, message };
    const area = /^flows\[(\d+)\]\.subjectAreas\[(\d+)\]\.iscedCode$/.exec(field);
    if (area) {
      const code = values.flows[Number(area[1])]?.subjectAreas[Number(area[2])]?.iscedCode;
      return { field: `flows[${area[1]}].subjectAreas`, message: `${code}: ${message}` };
    }
    const eqf = /^(flows\[\d+\]\.eqfLevels)\[\d+\]$/.exec(field);
    if (eqf) return { field: eqf[1], message };
    return { field, message };
  });
  return problemToFormErrors(
    new ApiProblem(problem.status, { title: problem.message, status: problem.status, errors }),
    values,
  );
}
