import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/api';
import { combobox } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { Coverage, Evaluator, Panel, PanelInput, User } from './api';
import { PanelPage } from './PanelPage';

const CALL = 'ca11de00-0000-4000-8000-000000000003';
const gulnara: Evaluator = {
  subject: 'sub-gulnara',
  username: 'evaluator',
  displayName: 'Gulnara Sydykova',
  email: 'evaluator@demo.example',
};
const aigerim: User = {
  subject: 'sub-aigerim',
  username: 'evaluator2',
  displayName: 'Aigerim Zhaksylykova',
  email: 'evaluator2@demo.example',
  roles: ['evaluator'],
  firstSeenAt: '2026-12-01T08:00:00Z',
  lastSeenAt: '2026-12-01T08:00:00Z',
};
const panel: Panel = {
  callId: CALL,
  callStatus: 'CLOSED',
  configured: true,
  mode: 'ALL',
  minEvaluations: 2,
  disagreementThreshold: 0.3,
  members: [{ evaluator: gulnara, addedAt: '2026-12-01T08:00:00Z', addedBy: 'coordinator' }],
  assignments: [],
  version: 1,
};
const coverage: Coverage = {
  callId: CALL,
  mode: 'ALL',
  minEvaluations: 2,
  applications: [
    {
      applicationId: 'a1',
      receiptNumber: 'MD-2026-000001',
      applicantName: 'Aizada Toktogulova',
      assigned: [gulnara],
      noConflict: [],
      conflicts: [{ evaluator: gulnara, note: 'My niece', declaredAt: '2026-12-02T08:00:00Z' }],
      notDeclared: [],
      short: 2,
    },
  ],
  totals: {
    applications: 1,
    covered: 0,
    shortApplications: 1,
    missingEvaluations: 2,
    pendingDeclarations: 0,
    conflicts: 1,
  },
};

function open(save: (body: PanelInput) => Response) {
  const sent: PanelInput[] = [];
  mockApi({
    [`GET /api/v1/calls/${CALL}/panel`]: panel,
    [`GET /api/v1/calls/${CALL}/panel/coverage`]: coverage,
    'GET /api/v1/users': {
      items: [{ ...gulnara, roles: ['evaluator'] }, aigerim],
      page: 0,
      size: 20,
      total: 2,
    },
    [`PUT /api/v1/calls/${CALL}/panel`]: async (request: Request) => {
      const body = (await request.json()) as PanelInput;
      sent.push(body);
      return save(body);
    },
  });
  renderPage(<PanelPage />, {
    route: `/manage/calls/${CALL}/panel`,
    path: '/manage/calls/:callId/panel',
  });
  return sent;
}

describe('the evaluation panel', { timeout: 30_000 }, () => {
  it('adds an evaluator picked by name and saves the panel with its version', async () => {
    const sent = open((body) =>
      json(200, {
        ...panel,
        version: 2,
        members: [...panel.members],
        minEvaluations: body.minEvaluations ?? 2,
      }),
    );
    const members = await screen.findByRole('list', { name: 'Members' });
    expect(within(members).getByText('Gulnara Sydykova')).toBeInTheDocument();

    await userEvent.click(combobox('Add an evaluator'));
    // a member already on the panel is not offered again
    expect(screen.queryByRole('option', { name: /Gulnara/ })).toBeNull();
    await userEvent.click(await screen.findByRole('option', { name: /Aigerim Zhaksylykova/ }));
    expect(within(members).getByText('Aigerim Zhaksylykova')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Save the panel' }));
    expect(await screen.findByText('The panel is saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        version: 1,
        mode: 'ALL',
        minEvaluations: 2,
        disagreementThreshold: 0.3,
        members: ['sub-gulnara', 'sub-aigerim'],
      },
    ]);
  });

  it('shows where coverage is short after a conflict', async () => {
    open(() => json(200, panel));
    const table = await screen.findByRole('table', { name: 'Coverage' });
    const row = within(table).getByRole('row', { name: /Aizada Toktogulova/ });
    expect(row).toHaveTextContent('Gulnara Sydykova: My niece');
    expect(row).toHaveTextContent('2 missing');
    expect(screen.getByText('0 of 1 applications covered')).toBeInTheDocument();
  });

  it('removes a member, and offers to reload when someone else saved meanwhile', async () => {
    const sent = open(() =>
      json(
        409,
        {
          type: 'stale-version',
          title: 'Stale version',
          status: 409,
          errors: [{ field: 'version', message: 'is stale' }],
        },
        'application/problem+json',
      ),
    );
    await userEvent.click(
      await screen.findByRole('button', { name: 'Remove Gulnara Sydykova from the panel' }),
    );
    expect(screen.getByText(/No evaluator on the panel yet/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save the panel' }));
    expect(await screen.findByText('Someone changed the panel meanwhile')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reload the panel' })).toBeInTheDocument();
    expect(sent[0].members).toEqual([]);
  });

  it('shows the refusal of the server in words', async () => {
    open(() =>
      problem(422, 'Refused by a rule', [
        {
          field: 'members[0]',
          message: 'is not an evaluator',
          code: 'panel.members.notEvaluator',
          args: {},
        },
      ]),
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Save the panel' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The panel could not be saved');
    expect(alert).toHaveTextContent('This user does not have the evaluator role.');
  });
});
