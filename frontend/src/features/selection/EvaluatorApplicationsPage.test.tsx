import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, requestsOf } from '../../test/api';
import { renderPage } from '../../test/render';
import type { AssignedApplication } from './api';
import { EvaluatorApplicationsPage } from './EvaluatorApplicationsPage';

const CALL = 'ca11de00-0000-4000-8000-000000000003';

function assigned(
  id: string,
  name: string,
  state: AssignedApplication['declaration']['state'],
): AssignedApplication {
  return {
    applicationId: id,
    receiptNumber: `MD-2026-00000${id}`,
    applicantName: name,
    studyProgramme: 'General Medicine',
    declaration: { applicationId: id, state },
    ...(state === 'NO_CONFLICT' && { evaluation: 'DRAFT' }),
  };
}

function open() {
  const declared: { id: string; body: unknown }[] = [];
  mockApi({
    [`GET /api/v1/evaluations/calls/${CALL}/applications`]: {
      items: [
        assigned('1', 'Aizada Toktogulova', 'NOT_DECLARED'),
        assigned('2', 'Nurlan Abenov', 'NO_CONFLICT'),
      ],
      page: 0,
      size: 200,
      total: 2,
    },
    'PUT /api/v1/evaluations/applications/1/declaration': async (request: Request) => {
      declared.push({ id: '1', body: await request.json() });
      return json(200, { applicationId: '1', state: 'CONFLICT', note: 'My niece' });
    },
  });
  renderPage(<EvaluatorApplicationsPage />, {
    route: `/evaluate/calls/${CALL}`,
    path: '/evaluate/calls/:callId',
  });
  return { declared };
}

describe('declarations of interest', { timeout: 30_000 }, () => {
  it('lists only what is needed to spot a conflict, and the state of each declaration', async () => {
    open();
    const table = await screen.findByRole('table', { name: 'Applications assigned to me' });
    const first = within(table).getByRole('row', { name: /Aizada Toktogulova/ });
    expect(first).toHaveTextContent('MD-2026-000001 · General Medicine');
    expect(first).toHaveTextContent('Not declared');
    expect(
      within(first).getByRole('button', { name: 'No conflict with Aizada Toktogulova' }),
    ).toBeInTheDocument();
    expect(within(first).queryByRole('link')).toBeNull();
    expect(first).not.toHaveTextContent('Draft saved');
    const second = within(table).getByRole('row', { name: /Nurlan Abenov/ });
    // Declared no conflict: the application opens for reading and scoring.
    expect(within(second).getByRole('link', { name: 'Nurlan Abenov' })).toHaveAttribute(
      'href',
      '/evaluate/applications/2',
    );
    expect(second).toHaveTextContent('Draft saved');
    expect(within(second).queryByRole('button', { name: /No conflict with/ })).toBeNull();
    expect(
      within(second).getByRole('button', { name: 'Declare a conflict with Nurlan Abenov' }),
    ).toBeInTheDocument();
  });

  it('declares a conflict only with a note, after confirmation', async () => {
    const { declared } = open();
    await userEvent.click(
      await screen.findByRole('button', { name: 'Declare a conflict with Aizada Toktogulova' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: 'Conflict of interest with Aizada Toktogulova',
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Declare the conflict' }));
    expect(within(dialog).getByText('Say what the conflict is')).toBeInTheDocument();
    expect(declared).toHaveLength(0);

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /What the conflict is/ }),
      '  My niece ',
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Declare the conflict' }));
    expect(
      await screen.findByText(
        'Recorded: a conflict with Aizada Toktogulova. You will not evaluate this application.',
      ),
    ).toBeInTheDocument();
    expect(declared).toEqual([{ id: '1', body: { conflict: true, note: 'My niece' } }]);
  });

  it('says so when the evaluator is not on the call’s panel', async () => {
    const fetch = mockApi({});
    renderPage(<EvaluatorApplicationsPage />, {
      route: `/evaluate/calls/${CALL}`,
      path: '/evaluate/calls/:callId',
    });
    expect(await screen.findByText('You are not on the panel of this call.')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(
      `GET /api/v1/evaluations/calls/${CALL}/applications?page=0&size=200`,
    );
    expect(screen.queryByRole('table')).toBeNull();
  });
});
