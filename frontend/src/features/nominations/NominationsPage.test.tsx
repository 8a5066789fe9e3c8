import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi, requestsOf } from '../../test/api';
import { choose } from '../../test/fields';
import { renderPage } from '../../test/render';
import { NominationsPage } from './NominationsPage';
import { CALL_ID, namesRoutes, nomination } from './testData';

function openList(route = '/manage/nominations', items = [nomination]) {
  const fetch = mockApi({
    ...namesRoutes,
    'GET /api/v1/nominations': { items, page: 0, size: 20, total: items.length },
  });
  renderPage(<NominationsPage />, { route, path: '/manage/nominations' });
  return fetch;
}

function listRequests(fetch: ReturnType<typeof mockApi>) {
  return requestsOf(fetch).filter((request) => request.startsWith('GET /api/v1/nominations'));
}

describe('the nomination list', () => {
  it('lists each nomination with its call, partner, period and status, and filters by status', async () => {
    const fetch = openList();
    const link = await screen.findByRole('link', { name: 'Asel Mamytova' });
    expect(link).toHaveAttribute('href', `/manage/nominations/${nomination.id}`);
    const row = within(screen.getByRole('row', { name: /Asel Mamytova/ }));
    expect(await row.findByText('University of Tartu')).toBeInTheDocument();
    expect(await row.findByText('Semester exchange 2026/2027')).toBeInTheDocument();
    expect(row.getByText('1 Feb 2027 – 30 Jun 2027')).toBeInTheDocument();
    expect(row.getByText('Awaiting the partner')).toBeInTheDocument();
    expect(screen.getByText('Nominations found: 1')).toBeInTheDocument();
    expect(listRequests(fetch)).toEqual(['GET /api/v1/nominations?page=0&size=20']);

    await choose('Status', 'Accepted');
    await choose('Direction', 'Outgoing');
    await waitFor(() =>
      expect(listRequests(fetch).at(-1)).toBe(
        'GET /api/v1/nominations?status=ACCEPTED&direction=OUTGOING&page=0&size=20',
      ),
    );
  }, 15_000);

  it('reads the call and page from the address', async () => {
    const fetch = openList(`/manage/nominations?callId=${CALL_ID}&page=2`);
    await screen.findByRole('link', { name: 'Asel Mamytova' });
    expect(listRequests(fetch)).toEqual([
      `GET /api/v1/nominations?callId=${CALL_ID}&page=1&size=20`,
    ]);
  });

  it('says where nominations are made when there are none', async () => {
    openList('/manage/nominations', []);
    expect(await screen.findByText('No nominations yet')).toBeInTheDocument();
    expect(
      screen.getByText('Nominate accepted candidates from a call’s selection screen, Results tab.'),
    ).toBeInTheDocument();
  });
});
