import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { countries } from '../../test/data';
import { choose, combobox, enter, expectError, named, textbox } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { Profile, ProfileInput } from './api';
import { ProfilePage } from './ProfilePage';

const fresh: Profile = {
  saved: false,
  fewerOpportunities: false,
  username: 'applicant',
  email: 'applicant@demo.mobility-desk.example',
  givenName: 'Aizada',
  familyName: 'Toktogulova',
  languages: [],
};

/** What the applicant completes in the first test, as the API is sent it. */
const completed: ProfileInput = {
  givenName: 'Aizada',
  familyName: 'Toktogulova',
  dateOfBirth: '2004-03-15',
  citizenship: 'KG',
  phone: '+996 555 123 456',
  studyProgramme: 'General Medicine',
  studyCycle: 7,
  yearOfStudy: 3,
  gradeAverage: 4.3,
  gradeScale: 5,
  languages: [
    { language: 'en', cefrLevel: 'B2' },
    { language: 'ru', cefrLevel: 'C1' },
  ],
  fewerOpportunities: true,
};

const saved: Profile = {
  ...fresh,
  ...completed,
  languages: completed.languages ?? [],
  saved: true,
  fewerOpportunities: false,
  version: 1,
  updatedAt: '2026-11-20T10:15:00Z',
};

const languages = [
  {
    code: 'en',
    name: 'English',
    names: { en: 'English', ru: 'английский', ky: 'англисче', kk: 'ағылшын' },
  },
  {
    code: 'ru',
    name: 'Russian',
    names: { en: 'Russian', ru: 'русский', ky: 'орусча', kk: 'орыс' },
  },
  {
    code: 'ky',
    name: 'Kirghiz',
    names: { en: 'Kirghiz', ru: 'киргизский', ky: 'кыргызча', kk: 'қырғыз' },
  },
];

const reference = {
  'GET /api/v1/reference/countries': countries,
  'GET /api/v1/reference/languages': languages,
};

const GRADE_SCALE = 'Out of \\(best grade\\)';

function row(number: number) {
  return screen.getByRole('group', { name: `Language ${number}` });
}

function save() {
  return userEvent.click(screen.getByRole('button', { name: 'Save profile' }));
}

function puts(fetch: ReturnType<typeof mockApi>) {
  return requestsOf(fetch).filter((request) => request.startsWith('PUT'));
}

// Filling a whole form by user events takes seconds on a busy machine.
describe('my profile', { timeout: 20_000 }, () => {
  beforeEach(() => {
    notifications.clean();
  });

  it('starts from the login before the first save, and saves with the version after it', async () => {
    const sent: ProfileInput[] = [];
    mockApi({
      ...reference,
      'GET /api/v1/me/profile': fresh,
      'PUT /api/v1/me/profile': async (request) => {
        const body = (await request.json()) as ProfileInput;
        sent.push(body);
        return json(200, { ...fresh, ...body, saved: true, version: sent.length });
      },
    });
    renderPage(<ProfilePage />);

    expect(await screen.findByRole('textbox', { name: named('Given name') })).toHaveValue('Aizada');
    expect(textbox('Family name')).toHaveValue('Toktogulova');
    expect(textbox('Family name')).toHaveAccessibleDescription('As in your passport');
    expect(screen.getByText(/We filled in your name from your login/)).toBeInTheDocument();
    const email = textbox('E-mail');
    expect(email).toHaveValue('applicant@demo.mobility-desk.example');
    expect(email).toHaveAttribute('readonly');
    expect(email).toHaveAccessibleDescription('Comes from your login; receipts are sent here.');

    fireEvent.change(screen.getByLabelText('Date of birth'), { target: { value: '2004-03-15' } });
    await choose('Citizenship', 'Kyrgyzstan');
    await enter(textbox('Phone'), '+996 555 123 456');
    await enter(textbox('Study programme'), ' General Medicine ');
    await choose('Study cycle', 'Master (EQF 7)');
    await choose('Year of study', '3');
    await enter(textbox('Grade average'), '4.3');
    await enter(textbox(GRADE_SCALE), '5');
    await userEvent.click(screen.getByRole('checkbox', { name: 'I have fewer opportunities' }));

    await userEvent.click(screen.getByRole('button', { name: 'Add language' }));
    await choose('Language', 'English', row(1));
    await choose('Level', 'B2 · Upper intermediate', row(1));
    await userEvent.click(screen.getByRole('button', { name: 'Add language' }));
    await userEvent.click(combobox('Language', row(2)));
    // A language already listed is not offered again
    expect(await screen.findByRole('option', { name: 'Russian' })).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: 'English' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('option', { name: 'Russian' }));
    await choose('Level', 'C1 · Advanced', row(2));

    await save();
    expect(await screen.findByText('Your profile was saved.')).toBeInTheDocument();
    expect(sent[0]).toStrictEqual(completed);
    expect(screen.queryByText(/We filled in your name from your login/)).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Remove language 1' }));
    await save();
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].version).toBe(1);
    expect(sent[1].languages).toEqual([{ language: 'ru', cefrLevel: 'C1' }]);
  }, 45_000);

  it('shows the rules the server applies beside the fields they are about', async () => {
    const fetch = mockApi({
      ...reference,
      'GET /api/v1/me/profile': saved,
      'PUT /api/v1/me/profile': () =>
        problem(422, 'Refused by a rule', [
          { field: 'languages[1].cefrLevel', message: 'must be a CEFR level from A1 to C2' },
          {
            field: 'phone',
            message: 'must be in international form with the country code, e.g. +996 555 123 456',
          },
          { field: 'passportNumber', message: 'is unknown' },
        ]),
    });
    renderPage(<ProfilePage />);
    await screen.findByRole('group', { name: 'Language 2' });
    await save();

    await waitFor(() =>
      expectError(
        textbox('Phone'),
        'must be in international form with the country code, e.g. +996 555 123 456',
      ),
    );
    expect(textbox('Phone')).toHaveFocus();
    expectError(combobox('Level', row(2)), 'must be a CEFR level from A1 to C2');
    expect(combobox('Level', row(1))).not.toHaveAttribute('aria-invalid', 'true');
    expect(combobox('Language', row(2))).not.toHaveAttribute('aria-invalid', 'true');
    expect(
      screen.getByRole('alert', { name: 'The server refused the profile:' }),
    ).toHaveTextContent('passportNumber: is unknown');
    expect(puts(fetch)).toHaveLength(1);
  });

  it('refuses a grade above the scale before sending anything', async () => {
    const fetch = mockApi({ ...reference, 'GET /api/v1/me/profile': saved });
    renderPage(<ProfilePage />);
    const grade = await screen.findByRole('textbox', { name: named('Grade average') });
    await userEvent.clear(grade);
    await enter(grade, '5.5');
    await save();

    expectError(grade, 'Enter an average above 0 and at most 5, the best grade of your scale');
    expect(grade).toHaveFocus();
    expect(puts(fetch)).toEqual([]);

    await userEvent.clear(textbox(GRADE_SCALE));
    await save();
    expectError(textbox(GRADE_SCALE), 'Enter the best grade of your scale, e.g. 5');
    expect(puts(fetch)).toEqual([]);
  });

  it('keeps the input when the profile was saved elsewhere, and saves it on the newer version', async () => {
    let reads = 0;
    const sent: ProfileInput[] = [];
    mockApi({
      ...reference,
      'GET /api/v1/me/profile': () => {
        reads += 1;
        return json(200, reads === 1 ? saved : { ...saved, phone: '+7 701 000 00 00', version: 3 });
      },
      'PUT /api/v1/me/profile': async (request) => {
        const body = (await request.json()) as ProfileInput;
        sent.push(body);
        return body.version === 1
          ? problem(409, 'Stale version', [
              { field: 'version', message: 'is stale; the current version is 3' },
            ])
          : json(200, { ...saved, ...body, version: 4 });
      },
    });
    renderPage(<ProfilePage />);
    const programme = await screen.findByRole('textbox', { name: named('Study programme') });
    await userEvent.clear(programme);
    await enter(programme, 'Dentistry');
    await save();

    expect(await screen.findByText('Your profile was saved elsewhere')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Reload, keeping my input' }));
    await waitFor(() =>
      expect(screen.queryByText('Your profile was saved elsewhere')).not.toBeInTheDocument(),
    );
    expect(reads).toBe(2);
    expect(textbox('Study programme')).toHaveValue('Dentistry');
    expect(textbox('Phone')).toHaveValue('+996 555 123 456');

    await save();
    expect(await screen.findByText('Your profile was saved.')).toBeInTheDocument();
    expect(sent.map((body) => body.version)).toEqual([1, 3]);
    expect(sent[1].studyProgramme).toBe('Dentistry');
  });

  it('offers to try again when the profile cannot be loaded', async () => {
    let reads = 0;
    mockApi({
      ...reference,
      'GET /api/v1/me/profile': () => {
        reads += 1;
        return reads === 1 ? problem(503, 'Service Unavailable') : json(200, fresh);
      },
    });
    renderPage(<ProfilePage />);
    const alert = await screen.findByRole('alert', { name: 'Something went wrong' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('textbox', { name: named('Given name') })).toHaveValue('Aizada');
  });

  it('folds the staff fields away until asked for, by keyboard too', async () => {
    mockApi({ ...reference, 'GET /api/v1/me/profile': fresh });
    renderPage(<ProfilePage />);
    const toggle = await screen.findByRole('button', { name: 'Show department and position' });
    expect(screen.getByText(/Only for staff mobility/)).toBeInTheDocument();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('textbox', { name: 'Department' })).not.toBeInTheDocument();

    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Hide department and position');
    await enter(
      await screen.findByRole('textbox', { name: 'Department' }),
      'Department of Surgery',
    );
    expect(textbox('Position')).toBeVisible();
  });
});
