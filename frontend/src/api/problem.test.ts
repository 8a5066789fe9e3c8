import { describe, expect, it } from 'vitest';
import { ApiProblem, fieldErrorsByPath, problemToFormErrors, toFormPath } from './problem';

describe('toFormPath', () => {
  it.each([
    ['name', 'name'],
    ['contacts[0].email', 'contacts.0.email'],
    ['contacts[12].name', 'contacts.12.name'],
    ['otherNames[ru]', 'otherNames.ru'],
    ['otherNames[ru].<map value>', 'otherNames.ru'],
    ['otherNames<K>[ky].<map key>', 'otherNames.ky'],
  ])('turns %s into %s', (field, path) => {
    expect(toFormPath(field)).toBe(path);
  });
});

describe('ApiProblem', () => {
  it('takes status, title, detail and field errors from a problem body', () => {
    const problem = new ApiProblem(400, {
      type: 'https://mobilitydesk.org/problems/validation',
      title: 'Invalid request',
      status: 400,
      detail: '1 field is invalid',
      errors: [{ field: 'erasmusCode', message: 'must look like EE TARTU02' }],
    });
    expect(problem).toBeInstanceOf(Error);
    expect(problem.status).toBe(400);
    expect(problem.message).toBe('Invalid request');
    expect(problem.detail).toBe('1 field is invalid');
    expect(problem.hasFieldError('erasmusCode')).toBe(true);
    expect(problem.hasFieldError('name')).toBe(false);
  });

  it('copes with a body that is not a problem', () => {
    const problem = new ApiProblem(502, '<html>Bad gateway</html>');
    expect(problem.status).toBe(502);
    expect(problem.message).toBe('HTTP 502');
    expect(problem.errors).toEqual([]);
  });
});

describe('field errors', () => {
  const values = {
    name: '',
    otherNames: { ru: '', ky: '', kk: '' },
    city: 'Tartu',
    contacts: [{ name: 'Kadri', email: 'kadri@' }],
  };

  it('joins several messages for one field', () => {
    expect(
      fieldErrorsByPath([
        { field: 'name', message: 'must not be blank' },
        { field: 'name', message: 'size must be between 1 and 200' },
      ]),
    ).toEqual({ name: 'must not be blank; size must be between 1 and 200' });
  });

  it('puts errors of fields the form has beside them, and lists the rest', () => {
    const problem = new ApiProblem(400, {
      title: 'Invalid request',
      status: 400,
      errors: [
        { field: 'contacts[0].email', message: 'must be a well-formed email address' },
        { field: 'otherNames[ru]', message: 'must not be blank' },
        { field: 'timeZone', message: 'unknown time zone' },
        { field: 'contacts[3].name', message: 'must not be blank' },
      ],
    });
    expect(problemToFormErrors(problem, values)).toEqual({
      fieldErrors: {
        'contacts.0.email': 'must be a well-formed email address',
        'otherNames.ru': 'must not be blank',
      },
      otherErrors: ['timeZone: unknown time zone', 'contacts.3.name: must not be blank'],
    });
  });
});
