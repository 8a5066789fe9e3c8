import { describe, expect, it } from 'vitest';
import { budgetTotal, durationOf, endAfter, toFormValues, toInput } from './formValues';
import { project } from './testData';

describe('the project period', () => {
  it('ends the day before the 24th or 36th monthly anniversary of the start', () => {
    expect(endAfter('2025-09-01', 24)).toBe('2027-08-31');
    expect(endAfter('2024-08-01', 36)).toBe('2027-07-31');
    expect(endAfter('2024-02-29', 24)).toBe('2026-02-27');
    expect(endAfter('', 24)).toBeUndefined();
    expect(endAfter('2024-13-01', 24)).toBeUndefined();
  });

  it('names the allowed duration the dates make, if any', () => {
    expect(durationOf('2024-08-01', '2026-07-31')).toBe(24);
    expect(durationOf('2024-08-01', '2027-07-31')).toBe(36);
    expect(durationOf('2024-08-01', '2026-08-01')).toBeUndefined();
  });
});

describe('the project form values', () => {
  it('give back the stored project, with its version, when nothing was changed', () => {
    const { id, beneficiary, partners, durationMonths, totalAllocated, ...rest } = project;
    const input = toInput(toFormValues(project), project);
    expect(input).toEqual({
      reference: rest.reference,
      callYear: rest.callYear,
      beneficiaryInstitutionId: beneficiary.id,
      startDate: rest.startDate,
      endDate: rest.endDate,
      partnerInstitutionIds: partners.map((partner) => partner.id),
      budget: rest.budget,
      status: rest.status,
      notes: rest.notes,
      version: 2,
    });
    expect(id && durationMonths && totalAllocated).toBeTruthy();
  });

  it('add up the amounts filled in so far', () => {
    expect(
      budgetTotal([
        { region: '6', line: 'TRAVEL', allocated: 11600 },
        { region: '6', line: 'INDIVIDUAL_SUPPORT', allocated: '' },
        { region: null, line: null, allocated: 0.5 },
      ]),
    ).toBe(11600.5);
  });
});
