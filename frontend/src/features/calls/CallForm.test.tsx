import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem } from '../../test/api';
import { tartu } from '../../test/data';
import { fakeUser } from '../../test/fakeUser';
import { choose, enter, expectError, textbox } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { CallInput } from './api';
import { EditCallPage, NewCallPage } from './CallFormPage';
import { draftCall, publishedCall } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const ID = draftCall.id;
const home = { ...tartu, id: 'home-id', name: 'IHSM', otherNames: {}, timeZone: 'Asia/Bishkek' };
const reference = {
  'GET /api/v1/home-institution': home,
  'GET /api/v1/institutions': { items: [tartu], page: 0, size: 200, total: 1 },
  'GET /api/v1/projects': { items: [], page: 0, size: 200, total: 0 },
  'GET /api/v1/reference/academic-years': [{ code: '2026/2027' }],
  'GET /api/v1/reference/languages': [
    { code: 'en', names: { en: 'English', ru: 'английский', ky: 'англис', kk: 'ағылшын' } },
  ],
};

function dateTime(label: RegExp, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** A text field by its exact label, which may hold parentheses. */
function box(label: string, container: HTMLElement) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return within(container).getByRole('textbox', { name: new RegExp(`^${escaped}\\s*\\*?$`) });
}

function overrideOf(row: HTMLElement) {
  return within(row).getByRole('textbox', {
    name: /^Reason for more places than the agreements \(internal\)/,
  });
}

/** Opens the new call form and fills what every draft needs; returns the bodies it will POST. */
async function startNewCall() {
  const sent: CallInput[] = [];
  mockApi({
    ...reference,
    'POST /api/v1/calls': async (request: Request) => {
      sent.push((await request.json()) as CallInput);
      return json(201, { ...draftCall, id: 'new-id' });
    },
  });
  renderPage(<NewCallPage />, { route: '/manage/calls/new' });
  await enter(await screen.findByRole('textbox', { name: /^Title \(English\)/ }), 'Exchange');
  await choose('Mobility type', 'Student mobility for studies');
  await choose('Academic year', '2026/2027');
  dateTime(/^Opens \(Asia\/Bishkek time\)/, '2027-01-15T09:00');
  dateTime(/^Deadline \(Asia\/Bishkek time\)/, '2027-03-31T23:59');
  return sent;
}

function save(name = 'Save draft') {
  return userEvent.click(screen.getByRole('button', { name }));
}

// A long form: typing into it takes a while in jsdom on a loaded machine.
describe('the call form', { timeout: 60_000 }, () => {
  beforeEach(() => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
  });

  it('makes a draft: the weights must add up to 100, times are the home zone’s', async () => {
    const sent = await startNewCall();
    expect(screen.getByRole('textbox', { name: 'Direction' })).toHaveAttribute('readonly');
    // No change reason for a new call
    expect(screen.queryByRole('textbox', { name: /Reason for the change/ })).toBeNull();

    await userEvent.click(screen.getByRole('button', { name: 'Add a criterion' }));
    const criterion = screen.getByRole('group', { name: 'Criterion 1' });
    await enter(box('Name (English)', criterion), 'Grade average');
    await enter(textbox('Weight', criterion), '60');
    expect(screen.getByTestId('weight-sum')).toHaveTextContent('Weights: 60 of 100');
    await save();
    expect(await screen.findByText('The weights must add up to 100, not 60')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Add a criterion' }));
    const second = screen.getByRole('group', { name: 'Criterion 2' });
    await enter(box('Name (English)', second), 'Motivation');
    await enter(textbox('Weight', second), '40');
    expect(screen.getByTestId('weight-sum')).toHaveTextContent('Weights: 100 of 100');

    await userEvent.click(screen.getByRole('button', { name: 'Add a document' }));
    const document = screen.getByRole('group', { name: 'Document 1' });
    await choose('Type of document', 'Motivation letter', document);
    await save();

    await screen.findByText('The draft "Semester exchange 2026/2027" is saved.');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      title: { en: 'Exchange' },
      mobilityType: 'STUDENT_STUDIES',
      direction: 'OUTGOING',
      academicYear: '2026/2027',
      opensAt: '2027-01-15T09:00:00+06:00',
      deadline: '2027-03-31T23:59:00+06:00',
      criteria: [
        { name: { en: 'Grade average' }, weight: 60, maxScore: 10, kind: 'EVALUATOR' },
        { name: { en: 'Motivation' }, weight: 40, maxScore: 10, kind: 'EVALUATOR' },
      ],
      ranking: { fewerOpportunitiesFirst: false },
      documents: [
        {
          type: 'MOTIVATION_LETTER',
          mandatory: true,
          formats: ['PDF'],
          maxSizeBytes: 5 * 1024 * 1024,
        },
      ],
      maxPreferences: 1,
    });
    expect(sent[0].changeReason).toBeUndefined();
    expect(sent[0].version).toBeUndefined();
  });

  it('computes a criterion from a language level, which needs its language, and sends the ranking rules', async () => {
    const sent = await startNewCall();
    await userEvent.click(screen.getByRole('button', { name: 'Add a criterion' }));
    const criterion = screen.getByRole('group', { name: 'Criterion 1' });
    await enter(box('Name (English)', criterion), 'English');
    await enter(textbox('Weight', criterion), '100');
    await choose('Scored by', 'CEFR level of a language (computed)', criterion);
    await save();
    expect(
      await within(criterion).findByText('Choose the language whose level counts'),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await choose('Language whose level counts', 'English', criterion);
    await userEvent.click(
      screen.getByRole('switch', {
        name: 'Decide equal totals first in favour of candidates with fewer opportunities',
      }),
    );
    await enter(textbox('Minimum total'), '50.25');
    await save();
    await screen.findByText('The draft "Semester exchange 2026/2027" is saved.');
    expect(sent[0]).toMatchObject({
      criteria: [{ name: { en: 'English' }, weight: 100, kind: 'LANGUAGE_LEVEL', language: 'en' }],
      ranking: { fewerOpportunitiesFirst: true, minimumTotal: 50.25 },
    });
  });

  it('puts the server’s refusals beside their fields', async () => {
    mockApi({
      ...reference,
      [`GET /api/v1/calls/${ID}`]: draftCall,
      [`PUT /api/v1/calls/${ID}`]: () =>
        problem(422, 'Unprocessable', [
          {
            field: 'places[0].overrideReason',
            message:
              'is required: 3 places exceed the 2 mobilities per year that the agreements in force provide for student studies from the home institution in 2026/2027; say why more are offered',
            code: 'call.places.moreThanAgreements',
            // The partner's default name; the form knows its name in the interface language.
            args: {
              partner: 'Tartu Ülikool',
              partnerId: tartu.id,
              places: '3',
              mobilities: '2',
              mobilityType: 'STUDENT_STUDIES',
              academicYear: '2026/2027',
            },
          },
          {
            field: 'places[1].overrideReason',
            message: 'must be at most 2000 characters',
            code: 'common.tooLong',
            args: { maximum: '2000' },
          },
          {
            field: 'documents[0].maxSizeBytes',
            message: 'must be between 1 and 20971520 bytes (20 MiB)',
            code: 'call.documents.size',
            args: { maximumMegabytes: '20' },
          },
          // Without a code, the API's English message.
          { field: 'eligibility.eqfLevels[1]', message: 'appears more than once' },
        ]),
    });
    renderPage(<EditCallPage />, {
      route: `/manage/calls/${ID}/edit`,
      path: '/manage/calls/:id/edit',
    });
    const first = await screen.findByRole('group', { name: 'Place 1' });
    expect(within(first).getByText('Agreements in force: 2 a year')).toBeInTheDocument();
    // Draft: no change reason
    expect(screen.queryByRole('textbox', { name: /Reason for the change/ })).toBeNull();
    await save('Save');

    const override = overrideOf(first);
    expectError(
      override,
      '3 places are more than the 2 a year that the agreements in force with University of Tartu provide for this mobility (Student mobility for studies, 2026/2027): say why more are offered.',
    );
    expect(override).toHaveFocus();
    const second = screen.getByRole('group', { name: 'Place 2' });
    expectError(overrideOf(second), 'At most 2,000 characters.');
    expectError(
      textbox('Largest size in MB', screen.getByRole('group', { name: 'Document 1' })),
      'Give a size of at most 20 MB.',
    );
    expect(screen.getByText('appears more than once')).toBeInTheDocument();
  });

  it('asks for an override reason before saving more places than the agreements allow', async () => {
    mockApi({ ...reference, [`GET /api/v1/calls/${ID}`]: draftCall });
    renderPage(<EditCallPage />, {
      route: `/manage/calls/${ID}/edit`,
      path: '/manage/calls/:id/edit',
    });
    const first = await screen.findByRole('group', { name: 'Place 1' });
    const places = textbox('Places', first);
    await userEvent.clear(places);
    await enter(places, '3');
    await save('Save');
    expectError(
      overrideOf(first),
      'The agreements in force provide for 2 a year: give a reason for more places',
    );
  });

  it('asks a published call’s change for a reason, and sends it with the version', async () => {
    const sent: CallInput[] = [];
    mockApi({
      ...reference,
      [`GET /api/v1/calls/${ID}`]: publishedCall,
      [`PUT /api/v1/calls/${ID}`]: async (request: Request) => {
        sent.push((await request.json()) as CallInput);
        return json(200, { ...publishedCall, version: 4 });
      },
    });
    renderPage(<EditCallPage />, {
      route: `/manage/calls/${ID}/edit`,
      path: '/manage/calls/:id/edit',
    });
    const reason = await screen.findByRole('textbox', { name: /^Reason for the change/ });
    expect(screen.getAllByLabelText(/^Mobility type/)[0]).toBeDisabled();
    const deadline = screen.getByLabelText<HTMLInputElement>(/^Deadline \(Asia\/Bishkek time\)/);
    expect(deadline.value).toMatch(/^2027-03-31T23:59:59/);
    await save('Save');
    expectError(reason, 'This field is required');
    expect(sent).toHaveLength(0);

    await enter(reason, 'One more week');
    dateTime(/^Deadline \(Asia\/Bishkek time\)/, '2027-04-07T23:59:59');
    await save('Save');
    await screen.findByText('"Semester exchange 2026/2027" is saved.');
    expect(sent[0]).toMatchObject({
      changeReason: 'One more week',
      deadline: '2027-04-07T23:59:59+06:00',
      version: 3,
    });
  });

  it('offers the current version when someone else saved the call meanwhile', async () => {
    mockApi({
      ...reference,
      [`GET /api/v1/calls/${ID}`]: draftCall,
      [`PUT /api/v1/calls/${ID}`]: () => problem(409, 'Stale version'),
    });
    renderPage(<EditCallPage />, {
      route: `/manage/calls/${ID}/edit`,
      path: '/manage/calls/:id/edit',
    });
    await screen.findByRole('group', { name: 'Place 1' });
    await save('Save');
    expect(await screen.findByText('Someone else changed this call')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Load the current version' })).toBeInTheDocument();
  });
});
