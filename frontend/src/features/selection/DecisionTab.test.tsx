import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { json, problem, requestsOf } from '../../test/api';
import type { CommissionDecision } from './commissionApi';
import { CALL, openTab, run, runs } from './commissionTestData';

const DECISION = `/api/v1/calls/${CALL}/decision`;

const decision: CommissionDecision = {
  id: 'decision-1',
  runId: run.id,
  meetingDate: '2027-04-12',
  members: ['Dr. Aibek Sultanov (chair)', 'Nurlan Asanov'],
  decidedBy: 'Gulnara Sydykova',
  decidedAt: '2027-04-12T09:00:00Z',
};

function undecided(shown = run) {
  return {
    [`GET ${DECISION}`]: { callId: CALL, reopened: [] },
    [`GET /api/v1/calls/${CALL}/allocations`]: runs,
    [`GET /api/v1/calls/${CALL}/allocations/${run.id}`]: shown,
  };
}

describe('the decision tab', { timeout: 30_000 }, () => {
  it('records the decision on the run shown, after a confirmation, and says when the run is out of date', async () => {
    const bodies: unknown[] = [];
    await openTab('Decision', {
      ...undecided(),
      [`POST ${DECISION}`]: async (request: Request) => {
        bodies.push(await request.json());
        return problem(409, 'Conflict', [
          {
            field: 'runId',
            code: 'commission.decision.runOutOfDate',
            message: 'The run is out of date.',
            args: {},
          },
        ]);
      },
    });
    const yesterday = dayjs().subtract(1, 'day').format('YYYY-MM-DD');
    const date = await screen.findByLabelText(/Meeting date/);
    await userEvent.clear(date);
    await userEvent.type(date, yesterday);
    await userEvent.type(screen.getByLabelText(/Member 1/), 'Dr. Aibek Sultanov (chair)');
    await userEvent.click(screen.getByRole('button', { name: 'Add a member' }));
    await userEvent.type(screen.getByLabelText(/Member 2/), ' Nurlan Asanov ');
    await userEvent.type(screen.getByLabelText('Remarks for the minutes'), 'Unanimous.');
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));

    const dialog = await screen.findByRole('dialog', { name: 'Record the decision?' });
    expect(dialog).toHaveTextContent('The scores and the evaluation panel are then locked');
    expect(bodies).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record' }));

    await waitFor(() =>
      expect(bodies).toEqual([
        {
          runId: run.id,
          meetingDate: yesterday,
          members: ['Dr. Aibek Sultanov (chair)', 'Nurlan Asanov'],
          remarks: 'Unanimous.',
        },
      ]),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Scores, eligibility or places changed since this run: run the allocation again and decide on the new run.',
    );
  });

  it('asks for every member’s name before anything is sent', async () => {
    const fetch = await openTab('Decision', undecided());
    await userEvent.click(await screen.findByRole('button', { name: 'Record the decision' }));
    expect(
      await screen.findByText('Give the member’s name, or remove the row.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(requestsOf(fetch).filter((request) => request.startsWith('POST'))).toEqual([]);
  });

  it('sends an out-of-date run back to the ranking', async () => {
    await openTab('Decision', undecided({ ...run, current: false }));
    expect(await screen.findByText('The run shown is out of date')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the decision' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Go to the ranking' }));
    expect(screen.getByRole('tab', { name: 'Ranking', selected: true })).toBeInTheDocument();
  });

  it('shows the decision in force and reopens it only with a reason', async () => {
    const bodies: unknown[] = [];
    await openTab('Decision', {
      [`GET ${DECISION}`]: {
        callId: CALL,
        inForce: decision,
        reopened: [
          {
            ...decision,
            id: 'decision-0',
            meetingDate: '2027-04-05',
            reopenedReason: 'A score was entered for the wrong candidate',
            reopenedBy: 'Gulnara Sydykova',
            reopenedAt: '2027-04-06T10:00:00Z',
          },
        ],
      },
      [`POST ${DECISION}/reopen`]: async (request: Request) => {
        bodies.push(await request.json());
        return json(200, { ...decision, reopenedReason: 'x' });
      },
    });
    const inForce = await screen.findByRole('region', { name: 'Decision in force' });
    expect(within(inForce).getByText('Dr. Aibek Sultanov (chair)')).toBeInTheDocument();
    expect(
      within(inForce).getByRole('button', { name: 'Download minutes (PDF)' }),
    ).toBeInTheDocument();
    expect(screen.getByText('A score was entered for the wrong candidate')).toBeInTheDocument();

    await userEvent.click(within(inForce).getByRole('button', { name: 'Reopen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reopen the decision' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen the decision' }));
    expect(within(dialog).getByText('Say why the decision is reopened.')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await userEvent.type(within(dialog).getByLabelText(/Reason/), 'A late conflict of interest');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Reopen the decision' }));
    await waitFor(() => expect(bodies).toEqual([{ reason: 'A late conflict of interest' }]));
  });
});
