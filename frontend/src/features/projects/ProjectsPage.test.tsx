import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import { ProjectsPage } from './ProjectsPage';
import { countries, summary } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const onePage = { items: [summary], page: 0, size: 20, total: 1 };

/** Signs in with the role and answers the list with the demo project. */
function openListAs(role: 'coordinator' | 'admin') {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser([role]));
  const fetch = mockApi({
    'GET /api/v1/reference/countries': countries,
    'GET /api/v1/projects': onePage,
  });
  renderPage(<ProjectsPage />);
  return fetch;
}

describe('the KA171 project list', () => {
  it('lists the projects with their facts and lets a coordinator add one', async () => {
    const fetch = openListAs('coordinator');

    expect(screen.getByRole('heading', { name: 'KA171 projects' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Add project' })).toHaveAttribute(
      'href',
      '/manage/projects/new',
    );
    const link = await screen.findByRole('link', { name: '2024-1-EE01-KA171-HED-000123456' });
    expect(link).toHaveAttribute('href', `/manage/projects/${summary.id}`);
    const row = within(screen.getByRole('row', { name: /000123456/ }));
    expect(row.getByText('University of Tartu')).toBeInTheDocument();
    expect(row.getByText('1 Aug 2024 – 31 Jul 2026')).toBeInTheDocument();
    expect(row.getByText('Ongoing')).toBeInTheDocument();
    expect(row.getByText('€107,500.00')).toBeInTheDocument();
    expect(screen.getByText('Projects found: 1')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain('GET /api/v1/projects?page=0&size=20');
  });

  it('sends the chosen reference, call year and status', async () => {
    const fetch = openListAs('coordinator');
    await screen.findByRole('link', { name: '2024-1-EE01-KA171-HED-000123456' });

    await userEvent.click(screen.getByRole('combobox', { name: 'Call year' }));
    await userEvent.click(await screen.findByRole('option', { name: '2024' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Status' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Final report' }));
    expect(requestsOf(fetch)).toContain(
      'GET /api/v1/projects?callYear=2024&status=FINAL_REPORT&page=0&size=20',
    );

    await userEvent.type(screen.getByRole('searchbox', { name: 'Reference' }), 'ee01');
    await waitFor(() =>
      expect(requestsOf(fetch)).toContain(
        'GET /api/v1/projects?q=ee01&callYear=2024&status=FINAL_REPORT&page=0&size=20',
      ),
    );

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(screen.getByRole('searchbox', { name: 'Reference' })).toHaveValue('');
    expect(requestsOf(fetch).at(-1)).toBe('GET /api/v1/projects?page=0&size=20');
  });

  it('shows an admin the projects without the means to add one', async () => {
    openListAs('admin');
    expect(
      await screen.findByRole('link', { name: '2024-1-EE01-KA171-HED-000123456' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Add project' })).not.toBeInTheDocument();
  });

  it('says when there is no project, and offers a retry when the list fails', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    mockApi({ 'GET /api/v1/projects': { items: [], page: 0, size: 20, total: 0 } });
    const { unmount } = renderPage(<ProjectsPage />);
    expect(await screen.findByText('No KA171 project has been recorded yet')).toBeInTheDocument();
    unmount();

    mockApi({ 'GET /api/v1/projects': () => problem(500, 'Internal Server Error') });
    renderPage(<ProjectsPage />);
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
