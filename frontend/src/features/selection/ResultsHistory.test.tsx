import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { json, requestsOf } from '../../test/api';
import type { CallResults, SelectionHistoryEntry } from './commissionApi';
import { CALL, openTab, publishedResults } from './commissionTestData';

const RESULTS = `/api/v1/calls/${CALL}/results`;
const unpublished: CallResults = { callId: CALL, published: false };
const published = publishedResults;
const inForce = {
  callId: CALL,
  inForce: {
    id: 'd',
    runId: 'run-2',
    meetingDate: '2027-04-12',
    members: ['Dr. Aibek Sultanov'],
    decidedBy: 'Gulnara Sydykova',
    decidedAt: '2027-04-12T09:00:00Z',
  },
  reopened: [],
};

function entry(id: number, kind: SelectionHistoryEntry['kind'], receiptNumber?: string) {
  return {
    id,
    at: '2027-04-12T09:00:00Z',
    kind,
    actor: 'Gulnara Sydykova',
    receiptNumber,
    detail: {},
  };
}

describe('the results tab', { timeout: 30_000 }, () => {
  afterEach(() => vi.useRealTimers());

  it('says publishing comes after the decision', async () => {
    await openTab('Results', {
      [`GET ${RESULTS}`]: unpublished,
      [`GET /api/v1/calls/${CALL}/decision`]: { callId: CALL, reopened: [] },
    });
    expect(
      await screen.findByText('The results are published after the commission’s decision.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish results' })).not.toBeInTheDocument();
  });

  it('publishes with the days to answer and to appeal after a confirmation, then shows the counts', async () => {
    // The day after publication: the candidates may still appeal.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-04-14T00:00:00Z'));
    const bodies: unknown[] = [];
    let done = false;
    await openTab('Results', {
      [`GET ${RESULTS}`]: () => json(200, done ? published : unpublished),
      [`GET /api/v1/calls/${CALL}/decision`]: inForce,
      [`POST ${RESULTS}`]: async (request: Request) => {
        bodies.push(await request.json());
        done = true;
        return json(200, published);
      },
    });
    const days = await screen.findByLabelText('Days to answer an offer');
    expect(days).toHaveValue('7');
    await userEvent.clear(days);
    await userEvent.type(days, '10');
    const appealDays = screen.getByLabelText('Days to appeal');
    expect(appealDays).toHaveValue('7');
    expect(appealDays).toHaveAccessibleDescription(/0 means no appeal/);
    await userEvent.clear(appealDays);
    await userEvent.type(appealDays, '61');
    expect(screen.getByText('Give a whole number of days from 0 to 60.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Publish results' })).toBeDisabled();
    await userEvent.clear(appealDays);
    expect(screen.getByRole('button', { name: 'Publish results' })).toBeDisabled();
    await userEvent.type(appealDays, '5');
    await userEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the results?' });
    expect(dialog).toHaveTextContent('those placed have 10 days to answer');
    expect(dialog).toHaveTextContent('Candidates may appeal against their result for 5 days.');
    expect(bodies).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish results' }));

    await waitFor(() => expect(bodies).toEqual([{ responseDays: 10, appealDays: 5 }]));
    const counts = await screen.findByLabelText('The candidates’ results');
    expect(within(counts).getByText('Accepted').nextSibling).toHaveTextContent('4');
    expect(within(counts).getByText('Not answered yet').nextSibling).toHaveTextContent('1');
    expect(screen.getByText(/candidates have 10 days to answer/)).toBeInTheDocument();
    expect(
      screen.getByText(
        'Candidates may appeal until 18 Apr 2027 23:59, Kyrgyzstan Time (Asia/Bishkek).',
      ),
    ).toBeInTheDocument();
  });

  it('publishes without appeals when the days to appeal are 0', async () => {
    const bodies: unknown[] = [];
    await openTab('Results', {
      [`GET ${RESULTS}`]: unpublished,
      [`GET /api/v1/calls/${CALL}/decision`]: inForce,
      [`POST ${RESULTS}`]: async (request: Request) => {
        bodies.push(await request.json());
        return json(200, { ...published, appealDays: 0, appealUntil: undefined });
      },
    });
    const appealDays = await screen.findByLabelText('Days to appeal');
    await userEvent.clear(appealDays);
    await userEvent.type(appealDays, '0');
    await userEvent.click(screen.getByRole('button', { name: 'Publish results' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the results?' });
    expect(dialog).toHaveTextContent('Candidates cannot appeal against their result.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish results' }));
    await waitFor(() => expect(bodies).toEqual([{ responseDays: 7, appealDays: 0 }]));
  });
});

describe('the history tab', { timeout: 30_000 }, () => {
  it('lists what happened by kind, newest first, and filters by kind', async () => {
    const fetch = await openTab('History', {
      [`GET /api/v1/calls/${CALL}/selection-history`]: {
        items: [
          entry(3, 'PUBLISHED'),
          entry(2, 'DECIDED'),
          entry(1, 'DECLARED_CONFLICT', 'MD-2027-000007'),
        ],
        page: 0,
        size: 50,
        total: 3,
      },
    });
    const table = await screen.findByRole('table', { name: 'Selection history' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0].textContent)).toEqual([
      'Results published',
      'Decision recorded',
      'Conflict of interest declared',
    ]);
    expect(within(rows[2]).getByText('MD-2027-000007')).toBeInTheDocument();
    expect(screen.getByText('3 entries')).toBeInTheDocument();

    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'What happened' }),
      'Decision reopened',
    );
    await waitFor(() =>
      expect(requestsOf(fetch).some((request) => request.includes('kind=REOPENED'))).toBe(true),
    );
  });
});
