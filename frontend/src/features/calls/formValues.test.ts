import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/setup';
import { ApiProblem } from '../../api/problem';
import { toFormProblem, toFormValues, toInput, validateCall } from './formValues';
import { draftCall, publishedCall } from './testData';

const t = i18n.t.bind(i18n) as TFunction;

describe('call form values', () => {
  it('loads a call as the home zone’s wall-clock times and gives it back unchanged', () => {
    const values = toFormValues(draftCall);
    expect(values.opensAt).toBe('2027-01-15T09:00');
    expect(values.deadline).toBe('2027-03-31T23:59:59');
    expect(values.documents[0].maxSizeMb).toBe(5);
    expect(values.eligibility.eqfLevels).toEqual(['6', '7']);
    expect(validateCall(values, t, { published: false })).toEqual({});
    const input = toInput(values, 'Asia/Bishkek', draftCall);
    expect(input).toMatchObject({
      opensAt: '2027-01-15T09:00:00+06:00',
      deadline: '2027-03-31T23:59:59+06:00',
      version: 3,
      places: [
        { partnerInstitutionId: draftCall.places[0].partner.id, places: 2 },
        { places: 1, overrideReason: 'Milan confirmed one place by e-mail' },
      ],
      documents: [{ maxSizeBytes: 5242880 }, { maxSizeBytes: 2097152 }],
      eligibility: { eqfLevels: [6, 7], minimumGrade: { value: 4, scaleMax: 5 } },
    });
    expect(input.changeReason).toBeUndefined();
  });

  it('sends only the conditions of the call’s kind', () => {
    const values = toFormValues(draftCall);
    values.mobilityType = 'STAFF_TEACHING';
    values.eligibility.staffCategories = ['ACADEMIC'];
    const input = toInput(values, 'Asia/Bishkek');
    expect(input.eligibility).toEqual({
      eqfLevels: [],
      minimumYearOfStudy: undefined,
      minimumGrade: undefined,
      languages: [{ language: 'en', cefrLevel: 'B2' }],
      staffCategories: ['ACADEMIC'],
    });
  });

  it('needs a change reason for a published call only', () => {
    const values = toFormValues(publishedCall);
    expect(validateCall(values, t, { published: true })).toEqual({
      changeReason: 'This field is required',
    });
    values.changeReason = ' Later deadline ';
    expect(toInput(values, 'Asia/Bishkek', publishedCall).changeReason).toBe('Later deadline');
  });

  it('checks the weights, the schedule and the places against the agreements', () => {
    const values = toFormValues(draftCall);
    values.criteria[0].weight = 50;
    values.deadline = '2027-01-15T08:00';
    values.places[0].places = 3;
    const capacity = new Map([[draftCall.places[0].partner.id, 2]]);
    expect(validateCall(values, t, { published: false, capacity })).toEqual({
      criteria: 'The weights must add up to 100, not 90',
      deadline: 'The deadline must come after the opening',
      'places.0.overrideReason':
        'The agreements in force provide for 2 a year: give a reason for more places',
    });
  });

  it.each([
    ['', true],
    [0, true],
    [50.25, true],
    [100, true],
    [100.01, false],
    [50.125, false],
  ])('accepts a minimum total of %s: %s', (minimum, allowed) => {
    const values = toFormValues(draftCall);
    values.ranking.minimumTotal = minimum;
    expect(validateCall(values, t, { published: false })['ranking.minimumTotal']).toBe(
      allowed ? undefined : 'Enter a total from 0 to 100, with at most two decimals',
    );
  });

  it('keeps the criteria’s kinds and the ranking rules, and a language only for a level', () => {
    const values = toFormValues(draftCall);
    expect(values.criteria.map((criterion) => criterion.kind)).toEqual([
      'GRADE_AVERAGE',
      'EVALUATOR',
    ]);
    values.criteria[1] = { ...values.criteria[1], kind: 'LANGUAGE_LEVEL', language: null };
    expect(validateCall(values, t, { published: false })).toEqual({
      'criteria.1.language': 'Choose the language whose level counts',
    });
    values.criteria[1].language = 'et';
    values.criteria[0].language = 'en';
    const input = toInput(values, 'Asia/Bishkek', draftCall);
    expect(input.criteria?.map((criterion) => criterion.language)).toEqual([undefined, 'et']);
    expect(input.criteria?.[1].description).toEqual({ en: 'Clear goals for the stay' });
    expect(input.ranking).toEqual({ fewerOpportunitiesFirst: true, minimumTotal: 40 });
  });

  it('moves the API’s refusals to the fields the form shows', () => {
    const problem = toFormProblem(
      new ApiProblem(422, {
        type: 'about:blank',
        title: 'Unprocessable',
        status: 422,
        errors: [
          { field: 'places[1].places', message: 'must be between 1 and 1000' },
          { field: 'documents[2].maxSizeBytes', message: 'too large' },
          { field: 'eligibility.eqfLevels[0]', message: 'must be 8' },
        ],
      }),
    );
    expect(problem.errors.map((error) => error.field)).toEqual([
      'places[1].places',
      'documents[2].maxSizeMb',
      'eligibility.eqfLevels',
    ]);
    expect(problem.status).toBe(422);
  });
});
