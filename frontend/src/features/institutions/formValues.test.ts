import { describe, expect, it } from 'vitest';
import { tartu } from '../../test/data';
import { toFormValues, toInput } from './formValues';

describe('toInput', () => {
  it('round-trips a partner, sending the version it was loaded with', () => {
    const { id, countryName, status, updatedAt, ...fields } = tartu;
    expect(toInput(toFormValues(tartu), tartu)).toEqual({ ...fields, version: 3 });
  });

  it('keeps names in languages the form does not offer, and drops cleared ones', () => {
    const values = toFormValues(tartu);
    values.otherNames.ru = '  ';
    values.otherNames.kk = 'Тарту университеті';
    expect(toInput(values, tartu).otherNames).toEqual({
      en: 'University of Tartu',
      kk: 'Тарту университеті',
    });
  });

  it('trims text and leaves out empty optional fields', () => {
    const values = toFormValues(tartu);
    Object.assign(values, { name: '  Tartu  ', erasmusCode: ' ', website: '', notes: '' });
    values.contacts = [{ name: ' Kadri ', role: '', email: '', phone: '' }];
    const input = toInput(values);
    expect(input).toMatchObject({ name: 'Tartu', contacts: [{ name: 'Kadri' }] });
    expect(input.erasmusCode).toBeUndefined();
    expect(input.website).toBeUndefined();
    expect(input.version).toBeUndefined();
  });
});
