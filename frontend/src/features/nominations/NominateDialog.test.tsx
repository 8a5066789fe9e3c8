import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Schemas } from '../../api/client';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { enter, textbox } from '../../test/fields';
import { renderPage } from '../../test/render';
import { NominateButton } from './NominateDialog';
import { CALL_ID, nomination } from './testData';

const NOMINATE = `/api/v1/calls/${CALL_ID}/nominations`;

function standing(id: string, name: string, response: Schemas['Response']) {
  return {
    applicationId: id,
    receiptNumber: `MD-2027-${id}`,
    applicantName: name,
    status: 'PLACED' as const,
    response,
    explanation: [],
  };
}

describe('nominating the accepted candidates of a call', () => {
  it('sends the chosen candidates, and resends with a reason when the flow is full', async () => {
    const bodies: unknown[] = [];
    const overCapacity = problem(422, 'Refused by a rule', [
      {
        field: 'applicationIds[0]',
        message: 'over capacity',
        code: 'nomination.overCapacity',
        args: { mobilities: '2', total: '2' },
      },
    ]);
    const fetch = mockApi({
      [`GET /api/v1/calls/${CALL_ID}/results/standings`]: {
        items: [
          standing('a1', 'Asel Mamytova', 'ACCEPTED'),
          standing('a2', 'Bakyt Osmonov', 'ACCEPTED'),
          standing('a3', 'Cholpon Aidarova', 'PENDING'),
          standing('a4', 'Dana Seitkali', 'ACCEPTED'),
        ],
        page: 0,
        size: 200,
        total: 4,
      },
      'GET /api/v1/nominations': () => {
        const ids = bodies.length === 2 ? ['a2', 'a1'] : ['a2'];
        const items = ids.map((applicationId) => ({ ...nomination, applicationId }));
        return json(200, { items, page: 0, size: 200, total: items.length });
      },
      [`POST ${NOMINATE}`]: async (request: Request) => {
        bodies.push(await request.json());
        return bodies.length === 1 ? overCapacity : json(200, { items: [nomination] });
      },
    });
    renderPage(<NominateButton callId={CALL_ID} />);

    await userEvent.click(screen.getByRole('button', { name: 'Nominate accepted candidates' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(await dialog.findByRole('checkbox', { name: /Asel Mamytova/ })).toBeChecked();
    expect(dialog.queryByText('Bakyt Osmonov')).not.toBeInTheDocument();
    expect(dialog.queryByText('Cholpon Aidarova')).not.toBeInTheDocument();
    await userEvent.click(dialog.getByRole('checkbox', { name: /Dana Seitkali/ }));
    await userEvent.click(dialog.getByRole('button', { name: 'Nominate' }));

    expect(
      await dialog.findByText(
        'The flow provides for 2 mobilities this year and 2 are nominated or accepted: give a reason to go over.',
      ),
    ).toBeInTheDocument();
    expect(bodies).toEqual([{ applicationIds: ['a1'] }]);

    await userEvent.click(dialog.getByRole('button', { name: 'Nominate over the capacity' }));
    expect(bodies).toHaveLength(1);
    await enter(textbox('Reason to go over the flow’s mobilities'), 'Tartu agreed by e-mail');
    await userEvent.click(dialog.getByRole('button', { name: 'Nominate over the capacity' }));

    expect(await dialog.findByText('Candidates nominated: 1.')).toBeInTheDocument();
    expect(bodies[1]).toEqual({ applicationIds: ['a1'], overrideReason: 'Tartu agreed by e-mail' });
    expect(dialog.getByRole('link', { name: 'See the call’s nominations' })).toHaveAttribute(
      'href',
      `/manage/nominations?callId=${CALL_ID}`,
    );
    // The candidates reload without the one nominated; the confirmation stays.
    await waitFor(() =>
      expect(requestsOf(fetch).filter((r) => r.startsWith('GET /api/v1/nominations'))).toHaveLength(
        2,
      ),
    );
    expect(dialog.getByText('Candidates nominated: 1.')).toBeInTheDocument();
  });
});
