import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import { AgreementsPage } from './AgreementsPage';
import { milan, referenceRoutes, summary, TARTU_ID } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const onePage = { items: [summary], page: 0, size: 20, total: 1 };
const listRoute = { route: '/manage/agreements', path: '/manage/agreements' };

function openListAs(role: 'coordinator' | 'admin', list: object = onePage, route = listRoute) {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser([role]));
  const fetch = mockApi({ ...referenceRoutes, 'GET /api/v1/agreements': list });
  renderPage(<AgreementsPage />, route);
  return fetch;
}

function listRequests(fetch: ReturnType<typeof mockApi>) {
  return requestsOf(fetch).filter((request) => request.startsWith('GET /api/v1/agreements'));
}

describe('the agreement list', () => {
  it('lists the agreements with their facts and lets a coordinator add one', async () => {
    const fetch = openListAs('coordinator');

    expect(screen.getByRole('heading', { name: 'Agreements', level: 1 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'New agreement' })).toHaveAttribute(
      'href',
      '/manage/agreements/new',
    );
    const link = await screen.findByRole('link', { name: 'University of Tartu' });
    expect(link).toHaveAttribute('href', `/manage/agreements/${summary.id}`);
    const row = within(screen.getByRole('row', { name: /University of Tartu/ }));
    expect(row.getByText('2024/2025 – 2027/2028')).toBeInTheDocument();
    expect(row.getByText('In force')).toBeInTheDocument();
    expect(row.getByText('Ends within 12 months')).toBeInTheDocument();
    expect(
      row.getByText('Staff mobility for teaching, Student mobility for studies'),
    ).toBeInTheDocument();
    expect(screen.getByText('Agreements found: 1')).toBeInTheDocument();
    expect(listRequests(fetch)).toEqual(['GET /api/v1/agreements?page=0&size=20']);
  }, 10_000);

  it('shows the state as read: expired, and an amendment beside the status in force', async () => {
    const amended = {
      ...summary,
      amendment: {
        status: 'SIGNED_BY_HOME' as const,
        conditionsNumber: 3,
        contentHash: 'ab'.repeat(32),
      },
    };
    const expired = {
      ...summary,
      id: 'a9e5d000-0000-4000-8000-000000000001',
      partnerInstitutionId: milan.id,
      partnerName: 'Università degli Studi di Milano',
      firstAcademicYear: '2016/2017',
      lastAcademicYear: '2020/2021',
      endsOn: '2021-08-31',
      status: 'EXPIRED' as const,
      expiringSoon: false,
    };
    openListAs('coordinator', { items: [amended, expired], page: 0, size: 20, total: 2 });

    const inForce = within(await screen.findByRole('row', { name: /University of Tartu/ }));
    expect(inForce.getByText('In force')).toBeInTheDocument();
    expect(
      inForce.getByText('Amendment: awaiting partner approval (version 3)'),
    ).toBeInTheDocument();
    const ended = within(await screen.findByRole('row', { name: /University of Milan/ }));
    expect(ended.getByText('Expired')).toBeInTheDocument();
    expect(ended.queryByText('In force')).not.toBeInTheDocument();
  }, 10_000);

  it('sends the chosen partner, status, year, mobility type and expiry, and keeps them in the address', async () => {
    const fetch = openListAs('coordinator');
    await screen.findByRole('link', { name: 'University of Tartu' });

    await userEvent.click(screen.getByRole('combobox', { name: 'Partner' }));
    await userEvent.click(await screen.findByRole('option', { name: 'University of Tartu' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    expect(await screen.findByRole('option', { name: 'Expired' })).toBeInTheDocument();
    await userEvent.click(await screen.findByRole('option', { name: 'Awaiting partner approval' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Academic year' }));
    await userEvent.click(await screen.findByRole('option', { name: '2025/2026' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Mobility type' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Student traineeship' }));
    await userEvent.click(
      screen.getByRole('switch', { name: 'Only those ending within 12 months' }),
    );
    await userEvent.click(screen.getByRole('switch', { name: 'Only those awaiting the partner' }));

    await waitFor(() =>
      expect(listRequests(fetch).at(-1)).toBe(
        `GET /api/v1/agreements?partnerId=${TARTU_ID}&status=SIGNED_BY_HOME&academicYear=2025%2F2026&mobilityType=STUDENT_TRAINEESHIP&expiring=true&awaitingPartner=true&page=0&size=20`,
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    await waitFor(() =>
      expect(listRequests(fetch).at(-1)).toBe('GET /api/v1/agreements?page=0&size=20'),
    );
  }, 15_000);

  it('reads the filters and page from the address', async () => {
    const fetch = openListAs('admin', onePage, {
      route: '/manage/agreements?status=IN_FORCE&expiring=true&page=3&mobilityType=BOGUS',
      path: '/manage/agreements',
    });
    await screen.findByRole('link', { name: 'University of Tartu' });
    expect(listRequests(fetch)).toEqual([
      'GET /api/v1/agreements?status=IN_FORCE&expiring=true&page=2&size=20',
    ]);
    expect(
      screen.getByRole('switch', { name: 'Only those ending within 12 months' }),
    ).toBeChecked();
    expect(screen.queryByRole('link', { name: 'New agreement' })).not.toBeInTheDocument();
  });

  it('invites a coordinator to make the first agreement, and offers a retry when the list fails', async () => {
    openListAs('coordinator', { items: [], page: 0, size: 20, total: 0 });
    expect(await screen.findByText('No agreement has been recorded yet')).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'New agreement' })).toHaveLength(2);
    vi.unstubAllGlobals();

    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    mockApi({ 'GET /api/v1/agreements': () => problem(500, 'Internal Server Error') });
    renderPage(<AgreementsPage />, listRoute);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
