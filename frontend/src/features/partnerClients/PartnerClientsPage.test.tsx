import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { tartu } from '../../test/data';
import { combobox, enter, expectError, textbox } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { PartnerClient } from './api';
import { PartnerClientsPage } from './PartnerClientsPage';

const LIST = 'GET /api/v1/partner-clients';
const latvia = {
  ...tartu,
  id: '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0002',
  name: 'University of Latvia',
  otherNames: {},
};

const mapped: PartnerClient = {
  clientId: 'partner-tartu',
  institutionId: tartu.id,
  institutionName: 'Tartu Ülikool',
  createdAt: '2026-11-01T08:00:00Z',
  createdBy: 'demo',
  updatedAt: '2026-11-02T08:00:00Z',
  updatedBy: 'admin',
};

/** The first answer may take a while on a busy machine. */
const LOADED = { timeout: 5000 };

function page(items: PartnerClient[]) {
  return { items, page: 0, size: 50, total: items.length };
}

function open(routes: Parameters<typeof mockApi>[0]) {
  const fetch = mockApi({
    'GET /api/v1/institutions': { items: [tartu, latvia], page: 0, size: 200, total: 2 },
    ...routes,
  });
  renderPage(<PartnerClientsPage />);
  return fetch;
}

describe('the partner clients', { timeout: 40_000 }, () => {
  it('lists which client acts for which partner', async () => {
    const fetch = open({ [LIST]: page([mapped]) });
    const table = await screen.findByRole('table', { name: 'Mapped clients' }, LOADED);
    const row = within(table).getByRole('row', { name: /partner-tartu/ });
    expect(await within(row).findByRole('link', { name: 'University of Tartu' })).toHaveAttribute(
      'href',
      `/manage/partners/${tartu.id}`,
    );
    expect(row).toHaveTextContent('by admin');
    expect(screen.getByText('Mapped clients: 1')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain('GET /api/v1/partner-clients?page=0&size=50');
    expect(requestsOf(fetch)).toContain(
      'GET /api/v1/institutions?status=ACTIVE&sort=name&page=0&size=200',
    );
  });

  it('says so when no client is mapped', async () => {
    open({ [LIST]: page([]) });
    expect(await screen.findByText('No client is mapped', {}, LOADED)).toBeInTheDocument();
  });

  it('offers a retry when the list cannot be loaded', async () => {
    open({ [LIST]: () => problem(500, 'Internal Server Error') });
    expect(await screen.findByRole('button', { name: 'Try again' }, LOADED)).toBeInTheDocument();
  });

  it('maps a client to the partner chosen, after checking the client id', async () => {
    let lists = 0;
    let sent: unknown;
    const fetch = open({
      [LIST]: () => {
        lists += 1;
        return json(200, page(lists === 1 ? [] : [mapped]));
      },
      'PUT /api/v1/partner-clients/partner-tartu': async (request) => {
        sent = await request.json();
        return json(201, mapped);
      },
    });
    await screen.findByText('No client is mapped', {}, LOADED);
    await userEvent.click(screen.getByRole('button', { name: 'Map client' }));
    expectError(textbox('Client id'), 'This field is required');
    expectError(combobox('Partner'), 'This field is required');

    await enter(textbox('Client id'), 'partner tartu');
    await userEvent.click(screen.getByRole('button', { name: 'Map client' }));
    expectError(textbox('Client id'), 'Use 1 to 100 letters, digits or the signs . _ : -');
    expect(requestsOf(fetch).some((call) => call.startsWith('PUT'))).toBe(false);

    await userEvent.clear(textbox('Client id'));
    await enter(textbox('Client id'), 'partner-tartu');
    await userEvent.click(combobox('Partner'));
    await userEvent.click(await screen.findByRole('option', { name: 'University of Tartu' }));
    await userEvent.click(screen.getByRole('button', { name: 'Map client' }));

    expect(
      await screen.findByText('partner-tartu now acts for University of Tartu.'),
    ).toBeInTheDocument();
    expect(sent).toEqual({ institutionId: tartu.id });
    expect(await screen.findByRole('row', { name: /partner-tartu/ })).toBeInTheDocument();
    expect(textbox('Client id')).toHaveValue('');
  });

  it('says a mapped client moves, and shows the server’s refusal at the partner', async () => {
    open({
      [LIST]: page([mapped]),
      'PUT /api/v1/partner-clients/partner-tartu': () =>
        problem(422, 'Unprocessable Content', [
          { field: 'institutionId', message: 'is not a partner institution' },
        ]),
    });
    await screen.findByRole('table', { name: 'Mapped clients' }, LOADED);
    await enter(textbox('Client id'), 'partner-tartu');
    expect(textbox('Client id')).toHaveAccessibleDescription(
      'Acts for University of Tartu now; saving moves it to the partner you choose.',
    );
    await userEvent.click(combobox('Partner'));
    await userEvent.click(await screen.findByRole('option', { name: 'University of Latvia' }));
    await userEvent.click(screen.getByRole('button', { name: 'Move client' }));
    expect(await screen.findByText('is not a partner institution')).toBeInTheDocument();
    expectError(combobox('Partner'), 'is not a partner institution');
  });

  it('unmaps a client only after confirmation', async () => {
    let lists = 0;
    const fetch = open({
      [LIST]: () => {
        lists += 1;
        return json(200, page(lists === 1 ? [mapped] : []));
      },
      'DELETE /api/v1/partner-clients/partner-tartu': () => new Response(null, { status: 204 }),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Unmap partner-tartu' }, LOADED),
    );
    let dialog = within(await screen.findByRole('dialog', { name: 'Unmap partner-tartu?' }));
    expect(
      dialog.getByText(
        'partner-tartu will no longer be able to use the partner API for University of Tartu until it is mapped again.',
      ),
    ).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(requestsOf(fetch)).not.toContain('DELETE /api/v1/partner-clients/partner-tartu');

    await userEvent.click(screen.getByRole('button', { name: 'Unmap partner-tartu' }));
    dialog = within(await screen.findByRole('dialog', { name: 'Unmap partner-tartu?' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Unmap' }));
    expect(await screen.findByText('partner-tartu was unmapped.')).toBeInTheDocument();
    expect(await screen.findByText('No client is mapped')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain('DELETE /api/v1/partner-clients/partner-tartu');
  });

  it('explains an unmapping that finds the client gone', async () => {
    open({
      [LIST]: page([mapped]),
      'DELETE /api/v1/partner-clients/partner-tartu': () => problem(404, 'Not Found'),
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Unmap partner-tartu' }, LOADED),
    );
    const dialog = within(await screen.findByRole('dialog'));
    await userEvent.click(dialog.getByRole('button', { name: 'Unmap' }));
    expect(
      await screen.findByText('partner-tartu was not mapped any more; the list is up to date now.'),
    ).toBeInTheDocument();
  });
});
