import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { countries, page, tartu } from '../../test/data';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import { ManagePartnersPage } from './ManagePartnersPage';
import { PartnerDetailPage } from './PartnerDetailPage';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const detailRoute = { route: `/manage/partners/${tartu.id}`, path: '/manage/partners/:id' };

describe('the staff partner list', () => {
  it('lets a coordinator add partners and lists archived ones on request', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    const fetch = mockApi({
      'GET /api/v1/reference/countries': countries,
      'GET /api/v1/institutions': page([tartu]),
    });
    renderPage(<ManagePartnersPage />);

    expect(screen.getByRole('link', { name: 'Add partner' })).toHaveAttribute(
      'href',
      '/manage/partners/new',
    );
    expect(await screen.findByRole('link', { name: 'University of Tartu' })).toHaveAttribute(
      'href',
      `/manage/partners/${tartu.id}`,
    );
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Archived' }));
    expect(requestsOf(fetch)).toContain(
      'GET /api/v1/institutions?status=ARCHIVED&sort=name&page=0&size=20',
    );
  });

  it('shows an admin the list without the means to change it', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    mockApi({
      'GET /api/v1/reference/countries': countries,
      'GET /api/v1/institutions': page([tartu]),
    });
    renderPage(<ManagePartnersPage />);
    expect(await screen.findByRole('link', { name: 'University of Tartu' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add partner' })).not.toBeInTheDocument();
  });
});

describe('the partner page', () => {
  it('shows contacts and notes, the notes as text', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    mockApi({
      'GET /api/v1/reference/countries': countries,
      [`GET /api/v1/institutions/${tartu.id}`]: tartu,
    });
    renderPage(<PartnerDetailPage />, detailRoute);

    expect(await screen.findByRole('heading', { name: 'University of Tartu' })).toBeInTheDocument();
    expect(screen.getByText('Kadri Tamm')).toBeInTheDocument();
    expect(screen.getByText('Erasmus coordinator')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'exchange@ut.ee' })).toHaveAttribute(
      'href',
      'mailto:exchange@ut.ee',
    );
    expect(screen.getByText('<b>not bold</b>')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archive' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('archives after confirmation, sending the version shown', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    let sent: unknown;
    const fetch = mockApi({
      'GET /api/v1/reference/countries': countries,
      [`GET /api/v1/institutions/${tartu.id}`]: tartu,
      [`POST /api/v1/institutions/${tartu.id}/archive`]: async (request) => {
        sent = await request.json();
        return json(200, { ...tartu, status: 'ARCHIVED', version: 4 });
      },
    });
    renderPage(<PartnerDetailPage />, detailRoute);

    await userEvent.click(await screen.findByRole('button', { name: 'Archive' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Archive this partner?' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(requestsOf(fetch).some((request) => request.startsWith('POST'))).toBe(false);

    await userEvent.click(screen.getByRole('button', { name: 'Archive' }));
    await userEvent.click(
      within(screen.getByRole('dialog')).getByRole('button', { name: 'Archive' }),
    );
    expect(await screen.findByText('University of Tartu was archived.')).toBeInTheDocument();
    expect(sent).toEqual({ version: 3 });
    expect(await screen.findByRole('button', { name: 'Restore' })).toBeInTheDocument();
    expect(screen.getByText('Archived')).toBeInTheDocument();
  });

  it('says so when the partner does not exist', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    mockApi({
      'GET /api/v1/reference/countries': countries,
      [`GET /api/v1/institutions/${tartu.id}`]: () => problem(404, 'Not Found'),
    });
    renderPage(<PartnerDetailPage />, detailRoute);
    expect(
      await screen.findByText('This partner does not exist or is not visible to you.'),
    ).toBeInTheDocument();
  });
});
