import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useLocation } from 'react-router';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { choose, combobox } from '../../test/fields';
import { renderPage } from '../../test/render';
import { ApplicationsPage } from './ApplicationsPage';
import { call, CALL_ID, page, summary, TARTU_ID } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const listPath = `/api/v1/calls/${CALL_ID}/applications`;

/** Shows the address's query, which the page keeps its filters in. */
function Address() {
  return <output data-testid="address">{useLocation().search}</output>;
}

function open(list: object | (() => Response) = page([summary]), search = '', routes = {}) {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
  const fetch = mockApi({
    [`GET /api/v1/calls/${CALL_ID}`]: call,
    [`GET ${listPath}`]: list,
    ...routes,
  });
  renderPage(
    <>
      <ApplicationsPage />
      <Address />
    </>,
    {
      route: `/manage/calls/${CALL_ID}/applications${search}`,
      path: '/manage/calls/:callId/applications',
    },
  );
  return fetch;
}

function listRequests(fetch: ReturnType<typeof mockApi>) {
  return requestsOf(fetch).filter((request) => request.startsWith(`GET ${listPath}`));
}

describe('the applications of a call', () => {
  afterEach(() => vi.restoreAllMocks());

  it('lists the submitted applications with their facts, times in the home zone', async () => {
    const fetch = open();

    expect(await screen.findByRole('heading', { name: 'Applications', level: 1 })).toBeVisible();
    expect(screen.getByText('Erasmus+ study exchange 2027/2028 · 2027/2028')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the call' })).toHaveAttribute(
      'href',
      `/manage/calls/${CALL_ID}`,
    );
    const link = await screen.findByRole('link', { name: 'MD-2027-000042' });
    expect(link).toHaveAttribute('href', `/manage/applications/${summary.id}`);
    const row = within(screen.getByRole('row', { name: /MD-2027-000042/ }));
    expect(row.getByText('Aizada Toktogulova')).toBeInTheDocument();
    expect(row.getByText('aizada@example.kg')).toBeInTheDocument();
    // 04:30 UTC is 10:30 in Bishkek.
    expect(row.getByText('1 Feb 2027 10:30')).toBeInTheDocument();
    const preferences = row.getAllByRole('listitem').map((item) => item.textContent);
    expect(preferences).toEqual(['1. University of Tartu (EE)', '2. University of Milan (IT)']);
    expect(row.getByText('Submitted')).toBeInTheDocument();
    expect(row.getByText('Eligibility pending')).toBeInTheDocument();
    expect(screen.getByText('Applications found: 1')).toBeInTheDocument();
    expect(
      screen.getByText('Times are in Asia/Bishkek, the home institution’s time zone.'),
    ).toBeInTheDocument();
    expect(listRequests(fetch)).toEqual([`GET ${listPath}?page=0&size=20`]);
  }, 15_000);

  it('sends the chosen filters and order, and keeps them in the address', async () => {
    const fetch = open();
    await screen.findByRole('link', { name: 'MD-2027-000042' });

    await choose('Status', 'Withdrawn');
    await choose('Partner preference', 'University of Tartu (Estonia)');
    await choose('Eligibility', 'Ineligible');
    await choose('Sort by', 'Name, Z to A');
    await userEvent.type(screen.getByRole('searchbox', { name: 'Search' }), 'aizada');

    const expected = `q=aizada&status=WITHDRAWN&partnerId=${TARTU_ID}&eligibility=INELIGIBLE&sort=-name`;
    await waitFor(() =>
      expect(listRequests(fetch).at(-1)).toBe(`GET ${listPath}?${expected}&page=0&size=20`),
    );
    // Typing is sent once it pauses, not letter by letter.
    expect(listRequests(fetch).filter((request) => request.includes('q='))).toHaveLength(1);
    const address = new URLSearchParams(screen.getByTestId('address').textContent ?? '');
    expect(Object.fromEntries(address)).toEqual({
      q: 'aizada',
      status: 'WITHDRAWN',
      partnerId: TARTU_ID,
      eligibility: 'INELIGIBLE',
      sort: '-name',
    });

    await choose('Sort by', 'Submitted, oldest first');
    await waitFor(() => expect(screen.getByTestId('address')).not.toHaveTextContent('sort'));

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() => expect(listRequests(fetch).at(-1)).toBe(`GET ${listPath}?page=0&size=20`));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
    expect(screen.getByTestId('address')).toBeEmptyDOMElement();
  }, 20_000);

  it('reads the filters and the page from the address, ignoring what it does not know', async () => {
    const fetch = open(
      page([summary], 41),
      `?status=WITHDRAWN&eligibility=ELIGIBLE&partnerId=${TARTU_ID}&q=toktogul&sort=name&page=3&bogus=1`,
    );
    await screen.findByRole('link', { name: 'MD-2027-000042' });
    expect(listRequests(fetch)).toEqual([
      `GET ${listPath}?q=toktogul&status=WITHDRAWN&partnerId=${TARTU_ID}&eligibility=ELIGIBLE&sort=name&page=2&size=20`,
    ]);
    expect(combobox('Status')).toHaveValue('Withdrawn');
    expect(combobox('Partner preference')).toHaveValue('University of Tartu (Estonia)');
    expect(combobox('Eligibility')).toHaveValue('Eligible');
    expect(combobox('Sort by')).toHaveValue('Name, A to Z');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('toktogul');

    await userEvent.click(screen.getByRole('button', { name: '2' }));
    await waitFor(() => expect(listRequests(fetch).at(-1)).toContain('&page=1&size=20'));
  }, 15_000);

  it('tells an empty call from filters that match nothing, and clears the filters', async () => {
    open(page([]));
    expect(await screen.findByText('No submitted applications yet')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeDisabled();
    cleanup();
    vi.unstubAllGlobals();

    const fetch = open(page([]), '?eligibility=INELIGIBLE&q=nobody');
    expect(await screen.findByText('No application matches these filters')).toBeInTheDocument();
    const clearButtons = screen.getAllByRole('button', { name: 'Clear filters' });
    await userEvent.click(clearButtons[clearButtons.length - 1]);
    await waitFor(() => expect(listRequests(fetch).at(-1)).toBe(`GET ${listPath}?page=0&size=20`));
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('');
  }, 15_000);

  it('exports the filtered applications under the server’s file name, and says so when it fails', async () => {
    const createObjectURL = vi.fn(() => 'blob:export');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let fail = false;
    const fetch = open(page([summary]), '?eligibility=ELIGIBLE&sort=-submittedAt', {
      [`GET ${listPath}/export`]: () =>
        fail
          ? problem(500, 'Internal Server Error')
          : new Response('\uFEFFreceipt;name', {
              headers: {
                'Content-Type': 'text/csv',
                'Content-Disposition':
                  'attachment; filename="applications-erasmus-2027-04-01.csv"; filename*=UTF-8\'\'applications-erasmus-2027-04-01.csv',
              },
            }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Export CSV' }));

    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('applications-erasmus-2027-04-01.csv');
    expect(link.href).toBe('blob:export');
    const exportRequest = fetch.mock.calls
      .map(([request]) => request)
      .find((request) => request.url.includes('/export'));
    expect(requestsOf(fetch)).toContain(
      `GET ${listPath}/export?eligibility=ELIGIBLE&sort=-submittedAt&format=csv`,
    );
    expect(exportRequest?.headers.get('Accept')).toContain('text/csv');

    fail = true;
    await userEvent.click(screen.getByRole('button', { name: 'Export XLSX' }));
    expect(
      await screen.findByText('The export could not be downloaded. Please try again.'),
    ).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(
      `GET ${listPath}/export?eligibility=ELIGIBLE&sort=-submittedAt&format=xlsx`,
    );
    expect(click).toHaveBeenCalledTimes(1);
  }, 15_000);

  it('shows each application as a card at phone width', async () => {
    const desktop = window.matchMedia('(max-width: 48em)');
    vi.stubGlobal('matchMedia', (query: string) => ({
      ...desktop,
      media: query,
      matches: query.includes('max-width'),
    }));
    open();
    const cards = await screen.findByRole('list', { name: 'Applications' });
    const card = within(within(cards).getAllByRole('listitem')[0]);
    expect(card.getByRole('link', { name: 'MD-2027-000042' })).toBeInTheDocument();
    expect(card.getByText('Preferences')).toBeInTheDocument();
    expect(card.getByText('1. University of Tartu (EE)')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says so when the call does not exist', async () => {
    open(page([]), '', { [`GET /api/v1/calls/${CALL_ID}`]: () => problem(404, 'Not Found') });
    expect(
      await screen.findByText('This call does not exist or is not visible to you.'),
    ).toBeInTheDocument();
  });
});
