import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { countries } from '../../test/data';
import { combobox, enter, expectError, textbox } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { Institution, InstitutionInput } from './api';
import { HomeInstitutionPage } from './HomeInstitutionPage';

const PATH = '/api/v1/home-institution';

const home: Institution = {
  id: '0b6f3c1e-1d2a-4c0e-9a11-000000000001',
  name: 'Kyrgyz National University',
  otherNames: { ru: 'Кыргызский национальный университет', et: 'Kõrgõzstani ülikool' },
  erasmusCode: undefined,
  pic: '912345678',
  countryCode: 'KG',
  countryName: 'Kyrgyzstan',
  city: 'Bishkek',
  latitude: 42.8746,
  longitude: 74.5698,
  status: 'ACTIVE',
  contacts: [],
  timeZone: 'Asia/Bishkek',
  version: 2,
  updatedAt: '2026-11-20T10:15:00Z',
};

/** The home institution's own name, not one in another language. */
function homeName() {
  return within(screen.getByRole('group', { name: 'Names' })).getByRole('textbox', {
    name: /^Name\s*\*?$/,
  });
}

async function chooseZone(search: string, option: string) {
  const zone = combobox('Time zone');
  await userEvent.clear(zone);
  await enter(zone, search);
  await userEvent.click(await screen.findByRole('option', { name: option }));
}

/** Opens the page and waits for the form. */
async function open(routes: Parameters<typeof mockApi>[0]) {
  const fetch = mockApi({ 'GET /api/v1/reference/countries': countries, ...routes });
  renderPage(<HomeInstitutionPage />);
  // The first answer may take a while on a busy machine.
  await screen.findByRole('group', { name: 'Names' }, { timeout: 5000 });
  return fetch;
}

describe('the home institution settings', { timeout: 40_000 }, () => {
  let sent: InstitutionInput[];
  beforeEach(() => {
    sent = [];
  });

  const saving = (answer: (body: InstitutionInput) => Response) => async (request: Request) => {
    const body = (await request.json()) as InstitutionInput;
    sent.push(body);
    return answer(body);
  };

  it('changes the time zone, keeping the rest, and confirms it', async () => {
    await open({
      [`GET ${PATH}`]: home,
      [`PUT ${PATH}`]: saving((body) =>
        json(200, { ...home, timeZone: body.timeZone, version: 3 }),
      ),
    });
    expect(screen.getByRole('heading', { name: 'Home institution' })).toBeInTheDocument();
    expect(homeName()).toHaveValue('Kyrgyz National University');
    expect(combobox('Time zone')).toHaveValue('Asia/Bishkek (GMT+06:00)');

    await chooseZone('Almaty', 'Asia/Almaty (GMT+05:00)');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    expect(
      await screen.findByText('The settings of Kyrgyz National University were saved.'),
    ).toBeInTheDocument();
    expect(sent).toEqual([
      expect.objectContaining({
        name: 'Kyrgyz National University',
        // a name in a language the form does not offer stays
        otherNames: { ru: 'Кыргызский национальный университет', et: 'Kõrgõzstani ülikool' },
        countryCode: 'KG',
        pic: '912345678',
        contacts: [],
        timeZone: 'Asia/Almaty',
        version: 2,
      }),
    ]);
    expect(combobox('Time zone')).toHaveValue('Asia/Almaty (GMT+05:00)');
  });

  it('configures the home institution the first time, after checking the fields', async () => {
    const fetch = await open({
      [`GET ${PATH}`]: () => problem(404, 'Not Found'),
      [`PUT ${PATH}`]: saving((body) => json(200, { ...home, ...body, version: 0 })),
    });
    expect(
      await screen.findByText(/The home institution is not configured yet/),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Configure the home institution' }));
    expectError(homeName(), 'This field is required');
    expectError(combobox('Time zone'), 'This field is required');
    expectError(textbox('City'), 'This field is required');
    expect(homeName()).toHaveFocus();
    expect(requestsOf(fetch)).not.toContain(`PUT ${PATH}`);

    await enter(homeName(), 'Kyrgyz National University');
    await userEvent.click(combobox('Country'));
    await userEvent.click(await screen.findByRole('option', { name: 'Kyrgyzstan' }));
    await enter(textbox('City'), 'Bishkek');
    await enter(textbox('Latitude'), '42.8746');
    await enter(textbox('Longitude'), '274.5698');
    await enter(textbox('Erasmus code'), 'Bishkek');
    await chooseZone('Bishkek', 'Asia/Bishkek (GMT+06:00)');
    await userEvent.click(screen.getByRole('button', { name: 'Configure the home institution' }));
    expectError(textbox('Longitude'), 'from -180 to 180');
    expectError(textbox('Erasmus code'), 'EE TARTU02');
    expect(sent).toEqual([]);

    await userEvent.clear(textbox('Longitude'));
    await enter(textbox('Longitude'), '74.5698');
    await userEvent.clear(textbox('Erasmus code'));
    await userEvent.click(screen.getByRole('button', { name: 'Configure the home institution' }));
    expect(await screen.findByText(/were saved/)).toBeInTheDocument();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ city: 'Bishkek', timeZone: 'Asia/Bishkek', latitude: 42.8746 });
    expect(sent[0].version).toBeUndefined();
    expect(screen.getByRole('button', { name: 'Save settings' })).toBeInTheDocument();
  });

  it('shows the server’s refusals beside their fields', async () => {
    await open({
      [`GET ${PATH}`]: home,
      [`PUT ${PATH}`]: saving(() =>
        problem(409, 'Conflict', [
          {
            field: 'erasmusCode',
            message: 'Another institution already has the Erasmus code KG BISHKEK01',
          },
        ]),
      ),
    });
    await enter(textbox('Erasmus code'), 'KG BISHKEK01');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    const code = textbox('Erasmus code');
    expect(await screen.findByText(/already has the Erasmus code/)).toBeInTheDocument();
    expectError(code, 'Another institution already has the Erasmus code KG BISHKEK01');
    expect(code).toHaveFocus();
    expect(screen.queryByText('Someone else changed the settings')).not.toBeInTheDocument();
  });

  it('keeps the input when someone else saved meanwhile, and saves it on their version', async () => {
    let reads = 0;
    await open({
      [`GET ${PATH}`]: () => {
        reads += 1;
        return json(200, reads === 1 ? home : { ...home, city: 'Osh', version: 5 });
      },
      [`PUT ${PATH}`]: saving((body) =>
        body.version === 2
          ? problem(409, 'Conflict')
          : json(200, { ...home, ...body, version: 6, countryName: 'Kyrgyzstan' }),
      ),
    });
    await chooseZone('Tashkent', 'Asia/Tashkent (GMT+05:00)');
    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));

    const title = await screen.findByText('Someone else changed the settings');
    const alert = title.closest<HTMLElement>('[role="alert"]')!;
    expect(alert).toBeInTheDocument();
    await userEvent.click(
      within(alert).getByRole('button', { name: 'Load their version, keeping my input' }),
    );
    expect(
      await screen.findByText(/The current version is loaded and your input is kept/),
    ).toBeInTheDocument();
    expect(combobox('Time zone')).toHaveValue('Asia/Tashkent (GMT+05:00)');
    expect(textbox('City')).toHaveValue('Bishkek');

    await userEvent.click(screen.getByRole('button', { name: 'Save settings' }));
    expect(await screen.findByText(/were saved/)).toBeInTheDocument();
    expect(sent.map((body) => [body.version, body.timeZone])).toEqual([
      [2, 'Asia/Tashkent'],
      [5, 'Asia/Tashkent'],
    ]);
  });

  it('offers a retry when the settings cannot be loaded', async () => {
    mockApi({ [`GET ${PATH}`]: () => problem(503, 'Service Unavailable') });
    renderPage(<HomeInstitutionPage />);
    expect(
      await screen.findByRole('button', { name: 'Try again' }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save settings' })).not.toBeInTheDocument();
  });
});
