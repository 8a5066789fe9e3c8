import dayjs from 'dayjs';
import type { TFunction } from 'i18next';
import { isPartnerRegion, type PartnerRegion } from '../reference';
import type { BudgetLine, Project, ProjectInput, ProjectStatus } from './api';

/** The durations the programme allows for a KA171 project. */
export const DURATIONS = [24, 36] as const;

export const REFERENCE_FORMAT = /^[0-9]{4}-[0-9]-[A-Za-z]{2}[0-9]{2}-KA171-HED-[0-9]{9}$/i;
export const LIMITS = { notes: 4000, budgetRows: 56, partners: 200, maxAmount: 100_000_000 };
export const CALL_YEARS = { min: 2014, max: 2100 };

export interface BudgetRowValues {
  region: PartnerRegion | null;
  line: BudgetLine | null;
  allocated: number | string;
}

/** The form's values: texts are strings (empty when not given), choices null until chosen. */
export interface ProjectFormValues {
  reference: string;
  callYear: number | string;
  beneficiaryInstitutionId: string | null;
  startDate: string;
  endDate: string;
  partnerInstitutionIds: string[];
  status: ProjectStatus;
  notes: string;
  budget: BudgetRowValues[];
}

export const EMPTY_BUDGET_ROW: BudgetRowValues = { region: null, line: null, allocated: '' };

/** A new project: the home institution is usually one of its partners. */
export function emptyValues(homeInstitutionId?: string): ProjectFormValues {
  return {
    reference: '',
    callYear: '',
    beneficiaryInstitutionId: null,
    startDate: '',
    endDate: '',
    partnerInstitutionIds: homeInstitutionId ? [homeInstitutionId] : [],
    status: 'PLANNED',
    notes: '',
    budget: [],
  };
}

export function toFormValues(project: Project): ProjectFormValues {
  return {
    reference: project.reference,
    callYear: project.callYear,
    beneficiaryInstitutionId: project.beneficiary.id,
    startDate: project.startDate,
    endDate: project.endDate,
    partnerInstitutionIds: project.partners.map((partner) => partner.id),
    status: project.status,
    notes: project.notes ?? '',
    budget: project.budget.map((row) => {
      const region = String(row.region);
      return {
        region: isPartnerRegion(region) ? region : null,
        line: row.line,
        allocated: row.allocated,
      };
    }),
  };
}

export function toInput(values: ProjectFormValues, editing?: Project): ProjectInput {
  return {
    reference: values.reference.trim().toUpperCase(),
    callYear: Number(values.callYear),
    beneficiaryInstitutionId: values.beneficiaryInstitutionId ?? '',
    startDate: values.startDate,
    endDate: values.endDate,
    partnerInstitutionIds: values.partnerInstitutionIds,
    budget: values.budget.map((row) => ({
      region: Number(row.region),
      line: row.line as BudgetLine,
      allocated: Number(row.allocated),
    })),
    status: values.status,
    notes: values.notes.trim() || undefined,
    version: editing?.version,
  };
}

/** The last day of a project that starts on the date and lasts the months, as YYYY-MM-DD. */
export function endAfter(startDate: string, months: number): string | undefined {
  const start = dayjs(startDate);
  // dayjs rolls "2024-13-01" over into the next year; only a real calendar date counts.
  if (!start.isValid() || start.format('YYYY-MM-DD') !== startDate) return undefined;
  return start.add(months, 'month').subtract(1, 'day').format('YYYY-MM-DD');
}

/** The allowed duration the dates make, if any. */
export function durationOf(startDate: string, endDate: string): number | undefined {
  return DURATIONS.find((months) => endAfter(startDate, months) === endDate);
}

/** The sum of the budget rows' amounts, ignoring those not filled in yet. */
export function budgetTotal(rows: BudgetRowValues[]): number {
  return rows.reduce((sum, row) => sum + (Number(row.allocated) || 0), 0);
}

/**
 * The obvious mistakes, keyed by form path ("budget.0.allocated"); the programme rules (duration,
 * beneficiary's country, reference against the call year) are left to the API, which explains them.
 */
export function validateProject(values: ProjectFormValues, t: TFunction): Record<string, string> {
  const errors: Record<string, string> = {};
  const required = t('validation.required');
  const reference = values.reference.trim();
  if (!reference) errors.reference = required;
  else if (!REFERENCE_FORMAT.test(reference)) errors.reference = t('projects.form.referenceFormat');

  if (values.callYear === '') errors.callYear = required;
  else if (
    !Number.isInteger(Number(values.callYear)) ||
    Number(values.callYear) < CALL_YEARS.min ||
    Number(values.callYear) > CALL_YEARS.max
  )
    errors.callYear = t('validation.range', CALL_YEARS);

  if (!values.beneficiaryInstitutionId) errors.beneficiaryInstitutionId = required;
  if (!values.startDate) errors.startDate = required;
  if (!values.endDate) errors.endDate = required;
  else if (values.startDate && values.endDate <= values.startDate)
    errors.endDate = t('projects.form.endBeforeStart');

  if (values.partnerInstitutionIds.length === 0)
    errors.partnerInstitutionIds = t('projects.form.partnersRequired');
  else if (
    values.beneficiaryInstitutionId &&
    values.partnerInstitutionIds.includes(values.beneficiaryInstitutionId)
  )
    errors.partnerInstitutionIds = t('projects.form.beneficiaryNotPartner');

  if (values.notes.trim().length > LIMITS.notes)
    errors.notes = t('validation.maxLength', { max: LIMITS.notes });

  const seen = new Set<string>();
  values.budget.forEach((row, index) => {
    const path = `budget.${index}`;
    if (!row.region) errors[`${path}.region`] = required;
    if (!row.line) errors[`${path}.line`] = required;
    if (row.allocated === '') errors[`${path}.allocated`] = required;
    else if (!(Number(row.allocated) >= 0 && Number(row.allocated) <= LIMITS.maxAmount))
      errors[`${path}.allocated`] = t('validation.range', { min: 0, max: LIMITS.maxAmount });
    const key = `${row.region}/${row.line}`;
    if (row.region && row.line && seen.has(key)) errors[path] = t('projects.form.budgetTwice');
    seen.add(key);
  });
  return errors;
}
