import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { renderPage } from '../../test/render';
import type { ProjectInput } from './api';
import { EditProjectPage, NewProjectPage } from './ProjectFormPage';
import { countries, ihsm, joanneum, kokshetau, project } from './testData';
import { tartu } from '../../test/data';

const institutions = {
  items: [ihsm, joanneum, tartu, kokshetau],
  page: 0,
  size: 200,
  total: 4,
};
const directory = {
  'GET /api/v1/reference/countries': countries,
  'GET /api/v1/institutions': institutions,
  'GET /api/v1/home-institution': ihsm,
};
const newRoute = { route: '/manage/projects/new', path: '/manage/projects/new' };
const editRoute = {
  route: `/manage/projects/${project.id}/edit`,
  path: '/manage/projects/:id/edit',
};

/** A field by its label, with or without the required-field asterisk. */
function named(label: string) {
  return new RegExp(`^${label}\\s*\\*?$`);
}

function textbox(label: string) {
  return screen.getByRole('textbox', { name: named(label) });
}

function dateField(label: string) {
  return screen.getByLabelText(named(label));
}

/** Mantine marks a wrong field invalid and describes it with the message. */
function expectError(element: HTMLElement, message: string) {
  expect(element).toHaveAttribute('aria-invalid', 'true');
  expect(element).toHaveAccessibleDescription(expect.stringContaining(message));
}

function combobox(label: string, container: HTMLElement = document.body) {
  return within(container).getByRole('combobox', { name: named(label) });
}

async function choose(label: string, option: string, container?: HTMLElement) {
  await userEvent.click(combobox(label, container));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** Types the text at once, as pasting does; the fields treat it as typing. */
async function enter(field: HTMLElement, text: string) {
  await userEvent.click(field);
  await userEvent.paste(text);
}

async function fillNewProject() {
  await enter(textbox('Reference'), '2025-1-at01-ka171-hed-000000042');
  await enter(textbox('Call year'), '2025');
  await choose('Beneficiary', 'FH JOANNEUM University of Applied Sciences (Austria)');
  fireEvent.change(dateField('Start date'), { target: { value: '2025-09-01' } });
}

describe('the KA171 project form', () => {
  beforeEach(() => {
    mockApi(directory);
  });

  it('records a new project with the partners, the dates and the budget entered', async () => {
    let sent: ProjectInput | undefined;
    mockApi({
      ...directory,
      'POST /api/v1/projects': async (request) => {
        sent = (await request.json()) as ProjectInput;
        return json(201, { ...project, id: 'new-id', reference: sent.reference });
      },
    });
    renderPage(<NewProjectPage />, newRoute);

    // The home institution is preselected as a partner; only EU and associated beneficiaries
    expect(await screen.findByText('International Higher School of Medicine (Kyrgyzstan)'));
    await userEvent.click(combobox('Beneficiary'));
    expect(
      await screen.findByRole('option', { name: 'University of Tartu (Estonia)' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /Kokshetau University/ })).not.toBeInTheDocument();
    await userEvent.keyboard('{Escape}');

    await fillNewProject();
    await choose('Partners', 'Abay Myrzakhmetov Kokshetau University (Kazakhstan)');
    expect(dateField('End date')).toHaveAccessibleDescription(
      '24 or 36 months: ends on 31 Aug 2027 or 31 Aug 2028',
    );
    await userEvent.click(screen.getByRole('button', { name: '24 months' }));
    expect(dateField('End date')).toHaveValue('2027-08-31');
    expect(screen.getByRole('button', { name: '24 months' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Add budget row' }));
    const row = screen.getByRole('region', { name: 'Budget row 1' });
    await choose('Partner region', 'Region 6: Central Asia', row);
    await choose('Budget line', 'Individual support', row);
    await enter(
      within(row).getByRole('textbox', { name: named('Allocated \\(EUR\\)') }),
      '50000.5',
    );
    expect(screen.getByText('Total allocated: €50,000.50')).toBeInTheDocument();
    await enter(textbox('Notes'), '  Nursing students  ');

    await userEvent.click(screen.getByRole('button', { name: 'Add project' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(
      await screen.findByText('Project 2025-1-AT01-KA171-HED-000000042 was added.'),
    ).toBeInTheDocument();
    expect(sent).toEqual({
      reference: '2025-1-AT01-KA171-HED-000000042',
      callYear: 2025,
      beneficiaryInstitutionId: joanneum.id,
      startDate: '2025-09-01',
      endDate: '2027-08-31',
      partnerInstitutionIds: [ihsm.id, kokshetau.id],
      budget: [{ region: 6, line: 'INDIVIDUAL_SUPPORT', allocated: 50000.5 }],
      status: 'PLANNED',
      notes: 'Nursing students',
    });
  }, 15_000);

  it('explains missing and malformed fields beside them, and sends nothing', async () => {
    const fetch = vi.mocked(globalThis.fetch);
    renderPage(<NewProjectPage />, newRoute);
    await userEvent.type(await screen.findByRole('textbox', { name: named('Reference') }), 'EE01');
    await userEvent.click(screen.getByRole('button', { name: 'Add budget row' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add project' }));

    expectError(textbox('Reference'), 'Use the format 2024-1-EE01-KA171-HED-000123456');
    expect(textbox('Reference')).toHaveFocus();
    expectError(textbox('Call year'), 'This field is required');
    expectError(combobox('Beneficiary'), 'This field is required');
    expectError(dateField('Start date'), 'This field is required');
    expectError(dateField('End date'), 'This field is required');
    const row = screen.getByRole('region', { name: 'Budget row 1' });
    expectError(combobox('Partner region', row), 'This field is required');
    expectError(
      within(row).getByRole('textbox', { name: named('Allocated \\(EUR\\)') }),
      'This field is required',
    );
    expect(requestsOf(fetch).filter((request) => !request.startsWith('GET'))).toEqual([]);
  });

  it('shows the programme rules the server applies beside the fields they are about', async () => {
    mockApi({
      ...directory,
      'POST /api/v1/projects': () =>
        problem(422, 'Unprocessable Content', [
          {
            field: 'endDate',
            message:
              'must be 24 or 36 months after the start, less a day: 2027-08-31 or 2028-08-31',
          },
          { field: 'partnerInstitutionIds[1]', message: 'is listed twice' },
          {
            field: 'reference',
            message: 'names a National Agency in AT but the beneficiary is in EE',
          },
          { field: 'grantAgreement', message: 'is missing' },
        ]),
    });
    renderPage(<NewProjectPage />, newRoute);
    await screen.findByText('International Higher School of Medicine (Kyrgyzstan)');
    await fillNewProject();
    await choose('Partners', 'Abay Myrzakhmetov Kokshetau University (Kazakhstan)');
    fireEvent.change(dateField('End date'), { target: { value: '2027-09-01' } });
    await userEvent.click(screen.getByRole('button', { name: 'Add project' }));

    await waitFor(() =>
      expectError(
        dateField('End date'),
        'must be 24 or 36 months after the start, less a day: 2027-08-31 or 2028-08-31',
      ),
    );
    expect(textbox('Reference')).toHaveFocus();
    expectError(textbox('Reference'), 'names a National Agency in AT but the beneficiary is in EE');
    expect(
      screen.getByText('Abay Myrzakhmetov Kokshetau University (Kazakhstan): is listed twice'),
    ).toBeInTheDocument();
    const alert = screen.getByRole('alert', { name: 'The server refused the project:' });
    expect(alert).toHaveTextContent('grantAgreement: is missing');

    await userEvent.click(screen.getByRole('button', { name: '24 months' }));
    expect(dateField('End date')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a duplicate reference beside the reference', async () => {
    mockApi({
      ...directory,
      'POST /api/v1/projects': () =>
        problem(409, 'Conflict', [
          { field: 'reference', message: 'is already used by another project' },
        ]),
    });
    renderPage(<NewProjectPage />, newRoute);
    await screen.findByText('International Higher School of Medicine (Kyrgyzstan)');
    await fillNewProject();
    await userEvent.click(screen.getByRole('button', { name: '36 months' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add project' }));
    await waitFor(() => expectError(textbox('Reference'), 'is already used by another project'));
    expect(screen.queryByText('Someone else changed this project')).not.toBeInTheDocument();
  });

  it('offers to reload when someone else changed the project meanwhile', async () => {
    let sent: ProjectInput | undefined;
    const fetch = mockApi({
      ...directory,
      [`GET /api/v1/projects/${project.id}`]: project,
      [`PUT /api/v1/projects/${project.id}`]: async (request) => {
        sent = (await request.json()) as ProjectInput;
        return problem(409, 'Conflict', [
          { field: 'version', message: 'the project was changed meanwhile' },
        ]);
      },
    });
    renderPage(<EditProjectPage />, editRoute);

    expect(await screen.findByDisplayValue('2024-1-EE01-KA171-HED-000123456')).toBeInTheDocument();
    expect(dateField('End date')).toHaveValue('2026-07-31');
    expect(screen.getAllByRole('region', { name: /^Budget row/ })).toHaveLength(4);
    expect(screen.getByText('Total allocated: €107,500.00')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Remove budget row 4' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Someone else changed this project')).toBeInTheDocument();
    expect(sent?.version).toBe(2);
    expect(sent?.budget).toHaveLength(3);
    expect(sent?.partnerInstitutionIds).toEqual([ihsm.id, kokshetau.id]);
    const reads = () =>
      requestsOf(fetch).filter((request) => request === `GET /api/v1/projects/${project.id}`);
    expect(reads()).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(reads()).toHaveLength(2));
  });
});
