import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import { ProjectDetailPage } from './ProjectDetailPage';
import { summary as fundedAgreement } from '../agreements/testData';
import { budget, countries, project } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const detailRoute = { route: `/manage/projects/${project.id}`, path: '/manage/projects/:id' };

/** The texts of a table row's header and data cells. */
function cellsOf(row: HTMLElement) {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
}

/** Signs in with the role and answers with the demo project and its budget. */
function openProjectAs(role: 'coordinator' | 'admin') {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser([role]));
  const fetch = mockApi({
    'GET /api/v1/reference/countries': countries,
    [`GET /api/v1/projects/${project.id}`]: project,
    [`GET /api/v1/projects/${project.id}/budget`]: budget,
    'GET /api/v1/agreements': { items: [fundedAgreement], page: 0, size: 100, total: 1 },
  });
  renderPage(<ProjectDetailPage />, detailRoute);
  return fetch;
}

describe('the KA171 project page', () => {
  it('shows the facts and the budget per region and line with the totals', async () => {
    openProjectAs('coordinator');

    expect(
      await screen.findByRole('heading', { name: '2024-1-EE01-KA171-HED-000123456', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByText('Ongoing')).toBeInTheDocument();
    const facts = within(screen.getByRole('region', { name: 'Project' }));
    expect(facts.getByText('1 Aug 2024 – 31 Jul 2026')).toBeInTheDocument();
    expect(facts.getByText('24 months')).toBeInTheDocument();
    expect(facts.getByRole('link', { name: 'University of Tartu' })).toBeInTheDocument();
    expect(await facts.findByText('(Tartu, Estonia)')).toBeInTheDocument();
    const partners = within(screen.getByRole('region', { name: 'Partners (2)' }));
    expect(partners.getByText('International Higher School of Medicine')).toBeInTheDocument();
    expect(screen.getByText('Medicine and public health')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/manage/projects/${project.id}/edit`,
    );

    const table = await screen.findByRole('table', {
      name: 'Budget by partner region and budget line',
    });
    expect(
      screen.getByText(/Committed and paid come from the grants of the mobilities/),
    ).toBeInTheDocument();
    const rows = within(table).getAllByRole('row');
    // Header, five rows by region then line, four line totals, the grand total
    expect(rows).toHaveLength(11);
    expect(cellsOf(rows[1])).toEqual([
      'Region 2: Neighbourhood East',
      'Travel',
      '€500.00',
      '€700.00',
      '€0.00',
      '-€200.00',
    ]);
    expect(cellsOf(rows[2])).toEqual([
      'Region 6: Central Asia',
      'Individual support',
      '€86,400.00',
      '€12,000.00',
      '€6,000.00',
      '€74,400.00',
    ]);
    expect(cellsOf(rows[7])).toEqual([
      'Total Travel',
      '€12,100.00',
      '€3,450.00',
      '€1,375.00',
      '€8,650.00',
    ]);
    expect(cellsOf(rows[10])).toEqual([
      'Total',
      '€108,000.00',
      '€15,450.00',
      '€7,375.00',
      '€92,550.00',
    ]);
  });

  it('lists the agreements the project funds, each linking to its page', async () => {
    const fetch = openProjectAs('coordinator');

    const funded = within(
      await screen.findByRole('region', { name: 'Agreements funded by this project' }),
    );
    expect(await funded.findByRole('link', { name: fundedAgreement.partnerName })).toHaveAttribute(
      'href',
      `/manage/agreements/${fundedAgreement.id}`,
    );
    expect(funded.getByText('2024/2025 – 2027/2028')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(
      `GET /api/v1/agreements?projectId=${project.id}&size=100&sort=lastAcademicYear`,
    );
  });

  it('shows an admin the project without the means to change it', async () => {
    openProjectAs('admin');
    expect(
      await screen.findByRole('table', { name: 'Budget by partner region and budget line' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
  });

  it('says so when the project does not exist', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    mockApi({ [`GET /api/v1/projects/${project.id}`]: () => problem(404, 'Not Found') });
    renderPage(<ProjectDetailPage />, detailRoute);
    expect(
      await screen.findByText('This project does not exist or is not visible to you.'),
    ).toBeInTheDocument();
  });
});
