import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import type { RateTable, RateTableSummary } from './api';
import { RateTablesPage } from './RateTablesPage';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const summary = (
  version: number,
  status: 'DRAFT' | 'FINAL' = 'DRAFT',
  callYear = 2024,
): RateTableSummary => ({
  callYear,
  version,
  status,
  seeded: version === 1,
  reason: version === 1 ? undefined : 'New staff rate',
  createdAt: '2026-11-01T10:00:00Z',
  createdBy: version === 1 ? undefined : 'admin',
  unknownValues: [{ item: 'ORGANISATIONAL_SUPPORT', qualifier: '' }],
});

const table = (version: number, staffDay: number): RateTable => ({
  summary: summary(version),
  values: [
    {
      item: 'STAFF_DAY',
      qualifier: 'PROGRAMME_TO_PARTNER',
      amount: staffDay,
      confidence: 'CONFIRMED',
      source: { kind: 'PROGRAMME_GUIDE', edition: 2024 },
    },
    {
      item: 'TRAVEL_STANDARD',
      qualifier: '10',
      amount: 28,
      confidence: 'CONFIRMED',
      source: { kind: 'OFFICE', note: 'Letter of the National Agency' },
    },
    {
      item: 'ORGANISATIONAL_SUPPORT',
      qualifier: '',
      confidence: 'UNKNOWN',
      source: { kind: 'NOT_PUBLISHED', edition: 2024 },
    },
  ],
});

function tableRoute(request: Request) {
  return json(
    200,
    new URL(request.url).searchParams.get('version') === '1' ? table(1, 180) : table(2, 190),
  );
}

describe('the rate tables page', () => {
  it('shows the history and what changed between two versions, without editing for a coordinator', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    mockApi({
      'GET /api/v1/rate-tables': [summary(2), summary(1)],
      'GET /api/v1/rate-tables/2024': tableRoute,
    });
    renderPage(<RateTablesPage />);

    const history = await screen.findByRole('table', { name: 'Versions' });
    expect(within(history).getByText('New staff rate')).toBeInTheDocument();
    expect(within(history).getByText('Mobility Desk, at installation')).toBeInTheDocument();
    expect(
      within(history).getByText(/^Installed with Mobility Desk from the Erasmus\+ Programme Guide/),
    ).toBeInTheDocument();
    const values = await screen.findByRole('table', { name: 'Values' });
    const staff = within(values).getByRole('row', { name: /daily rate for staff/ });
    expect(staff).toHaveTextContent(
      'Erasmus+ Programme Guide 2024, Part B, Key Action 1: mobility of higher education students and staff',
    );
    expect(within(values).getByRole('row', { name: /standard travel rate/ })).toHaveTextContent(
      'Set by the international officeLetter of the National Agency',
    );
    expect(within(values).getByRole('row', { name: /organisational support/ })).toHaveTextContent(
      'Not published for KA171 in the Erasmus+ Programme Guide 2024: the international office sets it',
    );
    expect(screen.queryByText('Values still empty')).not.toBeInTheDocument();
    const comparison = await screen.findByRole('table', { name: 'Compare versions' });
    const changed = within(comparison).getByRole('row', { name: /daily rate for staff/ });
    expect(changed).toHaveTextContent('€180.00');
    expect(changed).toHaveTextContent('€190.00');
    expect(within(comparison).getAllByRole('row')).toHaveLength(2);
    expect(screen.queryByRole('button', { name: 'Edit values' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Mark final' })).not.toBeInTheDocument();
  });

  it('lets an admin save an edit as the next version and shows refusals beside the value', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    const sent: unknown[] = [];
    mockApi({
      'GET /api/v1/rate-tables': [summary(2), summary(1)],
      'GET /api/v1/rate-tables/2024': tableRoute,
      'POST /api/v1/rate-tables/2024/versions': async (request: Request) => {
        sent.push(await request.json());
        return sent.length === 1
          ? problem(422, 'Refused by a rule', [
              { field: 'values[0].amount', message: 'must be 0 or more' },
            ])
          : json(201, table(3, 200));
      },
    });
    renderPage(<RateTablesPage />);

    await userEvent.click(await screen.findByRole('button', { name: 'Edit values' }));
    const amount = screen.getByRole('textbox', {
      name: 'Amount: daily rate for staff (from a programme country to a partner country)',
    });
    await userEvent.clear(amount);
    await userEvent.type(amount, '200');
    await userEvent.click(screen.getByRole('button', { name: 'Save as version 3' }));
    expect(await screen.findByText('Say why you make this version')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await userEvent.type(screen.getByRole('textbox', { name: /Why/ }), 'Guide 2024 corrected');
    await userEvent.click(screen.getByRole('button', { name: 'Save as version 3' }));
    expect(await screen.findByText('must be 0 or more')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({
      basedOnVersion: 2,
      reason: 'Guide 2024 corrected',
      values: [
        {
          item: 'STAFF_DAY',
          qualifier: 'PROGRAMME_TO_PARTNER',
          amount: 200,
          confidence: 'CONFIRMED',
        },
        {
          item: 'TRAVEL_STANDARD',
          qualifier: '10',
          amount: 28,
          source: { kind: 'OFFICE', note: 'Letter of the National Agency' },
        },
        {
          item: 'ORGANISATIONAL_SUPPORT',
          qualifier: '',
          confidence: 'UNKNOWN',
          source: { kind: 'NOT_PUBLISHED', edition: 2024 },
        },
      ],
    });
    expect((sent[0] as { values: { amount?: number }[] }).values[2].amount).toBeUndefined();

    await userEvent.click(screen.getByRole('button', { name: 'Save as version 3' }));
    expect(
      await screen.findByText('Version 3 of call year 2024 saved; estimates use it now'),
    ).toBeInTheDocument();
    expect(sent).toHaveLength(2);
  });

  it('lists for an admin, per call year, the values its newest version leaves empty', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    const complete = { ...summary(2, 'DRAFT', 2023), unknownValues: [] };
    const staff2025 = {
      ...summary(1, 'DRAFT', 2025),
      unknownValues: [
        { item: 'STAFF_DAY' as const, qualifier: 'PARTNER_TO_GROUP_2' },
        { item: 'ORGANISATIONAL_SUPPORT' as const, qualifier: '' },
      ],
    };
    mockApi({
      'GET /api/v1/rate-tables': [
        staff2025,
        summary(2),
        summary(1),
        complete,
        summary(1, 'DRAFT', 2023),
      ],
      'GET /api/v1/rate-tables/2025': json(200, { ...table(1, 180), summary: staff2025 }),
    });
    renderPage(<RateTablesPage />);

    const of2025 = await screen.findByTestId('empty-values-2025');
    expect(of2025).toHaveTextContent('Call year 2025, version 1');
    expect(
      within(of2025)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'daily rate for staff (from a partner country to a group 2 country)',
      'organisational support',
    ]);
    const of2024 = screen.getByTestId('empty-values-2024');
    expect(of2024).toHaveTextContent('Call year 2024, version 2');
    expect(of2024).toHaveTextContent('Empty: 1');
    expect(screen.getByTestId('empty-values-2023')).toHaveTextContent('Every value is set.');
  });

  it('says so when a call year has no table', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    mockApi({ 'GET /api/v1/rate-tables': [summary(1)] });
    renderPage(<RateTablesPage />, {
      route: '/manage/rate-tables?year=2019',
      path: '/manage/rate-tables',
    });
    expect(await screen.findByText('No rate table for call year 2019')).toBeInTheDocument();
  });
});
