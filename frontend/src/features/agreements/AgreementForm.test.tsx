import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { renderPage } from '../../test/render';
import type { AgreementInput } from './api';
import { EditAgreementPage, NewAgreementPage } from './AgreementFormPage';
import { agreement, HOME_ID, inForce, referenceRoutes, TARTU_ID } from './testData';

const newRoute = { route: '/manage/agreements/new', path: '/manage/agreements/new' };
const editRoute = {
  route: `/manage/agreements/${agreement.id}/edit`,
  path: '/manage/agreements/:id/edit',
};

function named(label: string) {
  return new RegExp(`^${label}\\s*\\*?$`);
}

function field(label: string, container: HTMLElement = document.body) {
  return within(container).getByRole('textbox', { name: named(label) });
}

function combobox(label: string, container: HTMLElement = document.body) {
  return within(container).getByRole('combobox', { name: named(label) });
}

async function choose(label: string, option: string, container?: HTMLElement) {
  await userEvent.click(combobox(label, container));
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

async function enter(input: HTMLElement, text: string) {
  await userEvent.clear(input);
  await userEvent.click(input);
  await userEvent.paste(text);
}

function expectError(element: HTMLElement, message: string) {
  expect(element).toHaveAttribute('aria-invalid', 'true');
  expect(element).toHaveAccessibleDescription(expect.stringContaining(message));
}

const flow = (number: number) => screen.getByRole('region', { name: `Flow ${number}` });

/** The partner, the years and one student flow of two mobilities. */
async function fillAgreement() {
  await choose('Partner institution', 'University of Tartu');
  await choose('First academic year', '2025/2026');
  await choose('Last academic year', '2027/2028');
  await userEvent.click(screen.getByRole('button', { name: 'Add flow' }));
  await enter(field('Mobilities per year', flow(1)), '2');
  await enter(field('Total months per year', flow(1)), '10');
}

describe('the agreement form', () => {
  beforeEach(() => {
    mockApi(referenceRoutes);
  });

  it('records an agreement with a student and a staff flow entered in the flows editor', async () => {
    let sent: AgreementInput | undefined;
    mockApi({
      ...referenceRoutes,
      'POST /api/v1/agreements': async (request) => {
        sent = (await request.json()) as AgreementInput;
        return json(201, { ...agreement, id: 'new-id' });
      },
    });
    renderPage(<NewAgreementPage />, newRoute);
    await screen.findByRole('combobox', { name: named('Partner institution') });
    await fillAgreement();

    const first = flow(1);
    await userEvent.click(combobox('Subject areas \\(ISCED-F\\)', first));
    await userEvent.paste('nurs');
    await userEvent.click(
      await screen.findByRole('option', { name: '0913 Nursing and midwifery' }),
    );
    await enter(field('Clarification for 0913 Nursing and midwifery', first), 'midwifery only');
    await userEvent.click(within(first).getByRole('checkbox', { name: 'EQF 6 · bachelor' }));
    await userEvent.click(within(first).getByRole('button', { name: 'Add language skill' }));
    await choose('Language', 'Estonian', first);
    await choose('CEFR level', 'A2', first);

    await userEvent.click(screen.getByRole('button', { name: 'Add flow' }));
    const second = flow(2);
    await choose('Mobility type', 'Staff mobility for teaching', second);
    expect(within(second).queryByRole('checkbox', { name: /EQF/ })).not.toBeInTheDocument();
    await userEvent.click(
      within(second).getByRole('radio', {
        name: 'University of Tartu → International Higher School of Medicine',
      }),
    );
    await enter(field('Total days per year', second), '5');
    await enter(field('Notes'), 'Nursing exchange');
    await choose('KA171 projects', '2025-1-EE01-KA171-HED-000000042 (2025)');

    await userEvent.click(screen.getByRole('button', { name: 'Add agreement' }));
    expect(await screen.findByText('elsewhere')).toBeInTheDocument();
    expect(sent).toMatchObject({
      partnerInstitutionId: TARTU_ID,
      firstAcademicYear: '2025/2026',
      lastAcademicYear: '2027/2028',
      notes: 'Nursing exchange',
      projectIds: ['5a1e7c20-7b0e-4f3a-8c11-000000000009'],
      flows: [
        {
          mobilityType: 'STUDENT_STUDIES',
          sendingInstitutionId: HOME_ID,
          receivingInstitutionId: TARTU_ID,
          firstAcademicYear: '2025/2026',
          lastAcademicYear: '2027/2028',
          mobilitiesPerYear: 2,
          totalMonthsPerYear: 10,
          subjectAreas: [{ iscedCode: '0913', clarification: 'midwifery only' }],
          eqfLevels: [6],
          languageSkills: [{ language: 'et', cefrLevel: 'A2' }],
          blendedAllowed: false,
        },
        {
          mobilityType: 'STAFF_TEACHING',
          sendingInstitutionId: TARTU_ID,
          receivingInstitutionId: HOME_ID,
          mobilitiesPerYear: 1,
          totalDaysPerYear: 5,
          eqfLevels: [],
          blendedAllowed: false,
        },
      ],
    });
    expect(sent?.flows?.[1].totalMonthsPerYear).toBeUndefined();
  }, 90_000);

  it('refuses too few months and years outside the agreement beside the fields, sending nothing', async () => {
    const fetch = vi.mocked(globalThis.fetch);
    renderPage(<NewAgreementPage />, newRoute);
    await screen.findByRole('combobox', { name: named('Partner institution') });
    await fillAgreement();
    await enter(field('Total months per year', flow(1)), '3');
    await choose('First academic year', '2024/2025', flow(1));
    await userEvent.click(within(flow(1)).getByRole('button', { name: 'Add language skill' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add agreement' }));

    expectError(
      field('Total months per year', flow(1)),
      'Enter 4 to 24 months for the mobilities per year given',
    );
    expectError(
      combobox('First academic year', flow(1)),
      'Must lie within the agreement’s years 2025/2026 to 2027/2028',
    );
    expectError(combobox('Language', flow(1)), 'This field is required');
    expect(requestsOf(fetch).filter((request) => !request.startsWith('GET'))).toEqual([]);
  }, 40_000);

  it('shows the rules the server applies at the flow fields they are about', async () => {
    mockApi({
      ...referenceRoutes,
      'POST /api/v1/agreements': () =>
        problem(422, 'Unprocessable Content', [
          {
            field: 'flows[1].totalDaysPerYear',
            message: 'must be between 5 and 60 days for 1 mobilities (5 to 60 days each)',
          },
          {
            field: 'flows[0].receivingInstitutionId',
            message: 'must differ from the sending institution',
          },
          { field: 'flows[0].eqfLevels[0]', message: 'must be an EQF level of higher education' },
          { field: 'partner.signerEmail', message: 'must be a well-formed email address' },
          { field: 'grantAgreement', message: 'is missing' },
        ]),
    });
    renderPage(<NewAgreementPage />, newRoute);
    await screen.findByRole('combobox', { name: named('Partner institution') });
    await fillAgreement();
    await userEvent.click(screen.getByRole('button', { name: 'Add flow' }));
    await choose('Mobility type', 'Staff mobility for training', flow(2));
    await enter(field('Total days per year', flow(2)), '6');
    await userEvent.click(screen.getByRole('button', { name: 'Add agreement' }));

    await waitFor(() =>
      expectError(
        field('Total days per year', flow(2)),
        'must be between 5 and 60 days for 1 mobilities (5 to 60 days each)',
      ),
    );
    expect(within(flow(1)).getByText('must differ from the sending institution')).toBeVisible();
    expect(
      within(flow(1)).getByText('must be an EQF level of higher education'),
    ).toBeInTheDocument();
    expect(field('Total months per year', flow(1))).not.toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByRole('alert', { name: 'The server refused the agreement:' }),
    ).toHaveTextContent('grantAgreement: is missing');
  }, 40_000);

  it('keeps the input and offers to reload when someone else changed the agreement meanwhile', async () => {
    let sent: AgreementInput | undefined;
    const fetch = mockApi({
      ...referenceRoutes,
      [`GET /api/v1/agreements/${agreement.id}`]: inForce,
      [`PUT /api/v1/agreements/${agreement.id}`]: async (request) => {
        sent = (await request.json()) as AgreementInput;
        return problem(409, 'Conflict', [{ field: 'version', message: 'is stale' }]);
      },
    });
    renderPage(<EditAgreementPage />, editRoute);

    expect(await screen.findAllByRole('region', { name: /^Flow \d$/ })).toHaveLength(2);
    expect(combobox('Partner institution')).toBeDisabled();
    expect(field('Total months per year', flow(1))).toHaveValue('10');
    expect(
      within(flow(2)).getByRole('radio', {
        name: 'University of Tartu → International Higher School of Medicine',
      }),
    ).toBeChecked();
    await enter(field('Total months per year', flow(1)), '12');
    await userEvent.click(screen.getByRole('button', { name: 'Save changes' }));

    expect(await screen.findByText('Someone else changed this agreement')).toBeInTheDocument();
    expect(sent?.version).toBe(5);
    expect(sent?.projectIds).toEqual([inForce.projects[0].id]);
    expect(sent?.flows?.[0].totalMonthsPerYear).toBe(12);
    expect(sent?.flows?.[1]).toMatchObject({
      sendingInstitutionId: TARTU_ID,
      receivingInstitutionId: HOME_ID,
      totalDaysPerYear: 10,
    });
    expect(field('Total months per year', flow(1))).toHaveValue('12');
    const reads = () =>
      requestsOf(fetch).filter((request) => request === `GET /api/v1/agreements/${agreement.id}`);
    expect(reads()).toHaveLength(1);
    fireEvent.click(screen.getByRole('button', { name: 'Reload' }));
    await waitFor(() => expect(reads()).toHaveLength(2));
  }, 40_000);

  it('edits the amendment in progress and says that the approved version stays in force', async () => {
    mockApi({ ...referenceRoutes, [`GET /api/v1/agreements/${agreement.id}`]: agreement });
    renderPage(<EditAgreementPage />, editRoute);

    expect(
      await screen.findByText(
        'You are editing the amendment (version 2). Version 1 stays in force until the partner approves the changes.',
      ),
    ).toBeInTheDocument();
    expect(field('Total months per year', flow(1))).toHaveValue('12');
  }, 20_000);
});
