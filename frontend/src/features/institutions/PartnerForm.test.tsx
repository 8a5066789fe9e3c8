import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n/setup';
import { json, mockApi, problem } from '../../test/api';
import { countries, tartu } from '../../test/data';
import { renderPage } from '../../test/render';
import type { InstitutionInput } from './api';
import { PartnerForm } from './PartnerForm';

/** A text field by its label, with or without the required-field asterisk. */
function named(label: string) {
  return new RegExp(`^${label}\\s*\\*?$`);
}

function field(label: string) {
  return screen.getByRole('textbox', { name: named(label) });
}

/** The partner's own name, not a contact's. */
function partnerName() {
  return within(screen.getByRole('group', { name: 'Names' })).getByRole('textbox', {
    name: named('Name'),
  });
}

function country() {
  return screen.getByRole('combobox', { name: named('Country') });
}

/** Mantine marks a wrong field invalid and describes it with the message. */
function expectError(element: HTMLElement, message: string) {
  expect(element).toHaveAttribute('aria-invalid', 'true');
  expect(element).toHaveAccessibleDescription(expect.stringContaining(message));
}

async function fillRequired() {
  await userEvent.type(partnerName(), 'Žilinská univerzita');
  await userEvent.click(country());
  await userEvent.click(await screen.findByRole('option', { name: 'Estonia' }));
  await userEvent.type(field('City'), 'Žilina');
  await userEvent.type(field('Latitude'), '49.2');
  await userEvent.type(field('Longitude'), '18.75');
}

describe('the partner form', () => {
  beforeEach(() => {
    mockApi({ 'GET /api/v1/reference/countries': countries });
  });

  it('explains every missing required field beside it, and sends nothing', async () => {
    const fetch = vi.mocked(globalThis.fetch);
    renderPage(<PartnerForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));

    for (const label of ['City', 'Latitude', 'Longitude']) {
      expectError(field(label), 'This field is required');
    }
    expectError(partnerName(), 'This field is required');
    expectError(country(), 'This field is required');
    expect(partnerName()).toHaveFocus();
    expect(fetch.mock.calls.every(([request]) => (request as Request).method === 'GET')).toBe(true);
  });

  it('checks formats and ranges as the API does', async () => {
    renderPage(<PartnerForm />);
    await userEvent.type(field('Erasmus code'), 'TARTU');
    await userEvent.type(field('PIC'), '1234');
    await userEvent.type(field('Website'), 'ut.ee');
    await userEvent.type(field('Latitude'), '91');
    await userEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    const contact = within(screen.getByRole('region', { name: 'Contact 1' }));
    await userEvent.type(contact.getByRole('textbox', { name: 'E-mail' }), 'kadri@');
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));

    expectError(
      field('Erasmus code'),
      'Use the format EE TARTU02: country letters, a space, city letters, two digits',
    );
    expectError(field('PIC'), 'A PIC has exactly 9 digits');
    expectError(field('Website'), 'Start the address with http:// or https://');
    expectError(field('Latitude'), 'Enter a number from -90 to 90');
    expectError(contact.getByRole('textbox', { name: named('Name') }), 'This field is required');
    expectError(contact.getByRole('textbox', { name: 'E-mail' }), 'Enter a valid e-mail address');
  });

  it('shows the messages of the current language', async () => {
    await i18n.changeLanguage('ru');
    renderPage(<PartnerForm />);
    await userEvent.click(screen.getByRole('button', { name: 'Добавить партнёра' }));
    expectError(field('Город'), 'Обязательное поле');
  });

  it('sends the values and shows the API field errors beside the right fields', async () => {
    let sent: InstitutionInput | undefined;
    mockApi({
      'GET /api/v1/reference/countries': countries,
      'POST /api/v1/institutions': async (request) => {
        sent = (await request.json()) as InstitutionInput;
        return problem(400, 'Invalid request', [
          { field: 'contacts[0].email', message: 'must be a well-formed email address' },
          { field: 'city', message: 'must not be blank' },
          { field: 'timeZone', message: 'is not a time zone' },
        ]);
      },
    });
    renderPage(<PartnerForm />);
    await fillRequired();
    await userEvent.type(field('Name in Russian'), 'Жилинский университет');
    await userEvent.click(screen.getByRole('button', { name: 'Add contact' }));
    const contact = within(screen.getByRole('region', { name: 'Contact 1' }));
    await userEvent.type(contact.getByRole('textbox', { name: named('Name') }), 'Jana Nováková');
    await userEvent.type(contact.getByRole('textbox', { name: 'E-mail' }), 'jana@uniza.sk');
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));

    expect(await screen.findByText('must be a well-formed email address')).toBeInTheDocument();
    expectError(
      contact.getByRole('textbox', { name: 'E-mail' }),
      'must be a well-formed email address',
    );
    expectError(field('City'), 'must not be blank');
    expect(screen.getByText('timeZone: is not a time zone')).toBeInTheDocument();
    expect(sent).toEqual({
      name: 'Žilinská univerzita',
      otherNames: { ru: 'Жилинский университет' },
      countryCode: 'EE',
      city: 'Žilina',
      latitude: 49.2,
      longitude: 18.75,
      contacts: [{ name: 'Jana Nováková', email: 'jana@uniza.sk' }],
    });
  });

  it('shows a duplicate Erasmus code beside the code', async () => {
    mockApi({
      'GET /api/v1/reference/countries': countries,
      'POST /api/v1/institutions': () =>
        problem(409, 'Conflict', [
          { field: 'erasmusCode', message: 'EE TARTU02 is already used by University of Tartu' },
        ]),
    });
    renderPage(<PartnerForm />);
    await fillRequired();
    await userEvent.type(field('Erasmus code'), 'EE TARTU02');
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    expect(
      await screen.findByText('EE TARTU02 is already used by University of Tartu'),
    ).toBeInTheDocument();
    expectError(field('Erasmus code'), 'EE TARTU02 is already used by University of Tartu');
  });

  it('offers to reload when someone else changed the partner meanwhile', async () => {
    let sentVersion: number | undefined;
    mockApi({
      'GET /api/v1/reference/countries': countries,
      [`PUT /api/v1/institutions/${tartu.id}`]: async (request) => {
        sentVersion = ((await request.json()) as InstitutionInput).version;
        return problem(409, 'Conflict');
      },
    });
    const onReload = vi.fn();
    renderPage(<PartnerForm institution={tartu} onReload={onReload} />);
    expect(partnerName()).toHaveValue('Tartu Ülikool');
    await userEvent.clear(field('City'));
    await userEvent.type(field('City'), 'Tartu linn');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Someone else changed this partner')).toBeInTheDocument();
    expect(sentVersion).toBe(3);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    expect(onReload).toHaveBeenCalled();
  });

  it('goes to the saved partner after a successful save', async () => {
    mockApi({
      'GET /api/v1/reference/countries': countries,
      'POST /api/v1/institutions': () => json(201, { ...tartu, id: 'new-id' }),
    });
    renderPage(<PartnerForm />, { route: '/manage/partners/new', path: '/manage/partners/new' });
    await fillRequired();
    await userEvent.click(screen.getByRole('button', { name: 'Add partner' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(await screen.findByText('Tartu Ülikool was added.')).toBeInTheDocument();
  });
});
