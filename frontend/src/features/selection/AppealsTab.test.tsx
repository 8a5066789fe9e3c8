import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, problem } from '../../test/api';
import type { Appeal, CallResults } from './commissionApi';
import { CALL, openTab, publishedResults } from './commissionTestData';

const RESULTS = `/api/v1/calls/${CALL}/results`;
const APPEALS = `${RESULTS}/appeals`;
const published: CallResults = {
  ...publishedResults,
  responseDays: 7,
  appealDays: 7,
  appealUntil: '2027-04-20T17:59:59Z',
};

const waiting: Appeal = {
  id: 'appeal-2',
  applicationId: 'app-7',
  receiptNumber: 'MD-2027-000007',
  applicantName: 'Aizada Toktogulova',
  text: 'My language certificate was not counted.',
  lodgedAt: '2027-04-14T09:30:00Z',
};

const answered: Appeal = {
  id: 'appeal-1',
  applicationId: 'app-9',
  receiptNumber: 'MD-2027-000009',
  applicantName: 'Bakyt Asanov',
  text: 'My interview was not scored.',
  lodgedAt: '2027-04-13T10:00:00Z',
  decision: 'REJECTED',
  answer: 'The interview is not a criterion of this call.',
  answeredBy: 'Gulnara Sydykova',
  answeredAt: '2027-04-14T08:00:00Z',
};

const REASONS = 'The certificate came after the deadline.';

/** Opens the Appeals tab, whose name tells how many appeals wait. */
function open(routes: Parameters<typeof openTab>[1], tab: string | RegExp = /^Appeals/) {
  return openTab(tab, { [`GET ${RESULTS}`]: published, ...routes });
}

async function answerDialog() {
  await userEvent.click(
    await screen.findByRole('button', { name: 'Answer the appeal of Aizada Toktogulova' }),
  );
  return within(
    await screen.findByRole('dialog', { name: 'Answer the appeal of Aizada Toktogulova' }),
  );
}

describe('the appeals tab', { timeout: 30_000 }, () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-04-15T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('says there are no appeals, with the time left to appeal', async () => {
    await open({ [`GET ${APPEALS}`]: [] }, 'Appeals');
    expect(await screen.findByText('No appeals')).toBeInTheDocument();
    expect(
      screen.getByText(
        'Candidates may appeal until 20 Apr 2027 23:59, Kyrgyzstan Time (Asia/Bishkek).',
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Answer the appeal/ })).not.toBeInTheDocument();
  });

  it('says candidates appeal once the results are published', async () => {
    await open(
      { [`GET ${RESULTS}`]: { callId: CALL, published: false }, [`GET ${APPEALS}`]: [] },
      'Appeals',
    );
    expect(
      await screen.findByText('Candidates can appeal once the results are published.'),
    ).toBeInTheDocument();
  });

  it('counts the waiting appeals on the tab, and shows the answered ones with their answer', async () => {
    await open({ [`GET ${APPEALS}`]: [waiting, answered] }, 'Appeals 1 waiting for an answer');
    const table = await screen.findByRole('table', { name: 'Appeals' });
    const rows = within(table).getAllByRole('row');
    expect(within(rows[1]).getByText('Aizada Toktogulova')).toBeInTheDocument();
    expect(within(rows[1]).getByText('Waiting for an answer')).toBeInTheDocument();
    expect(within(rows[2]).getByText(waiting.text)).toBeInTheDocument();
    expect(within(rows[3]).getByText('Rejected')).toBeInTheDocument();
    expect(within(rows[3]).queryByRole('button')).not.toBeInTheDocument();
    expect(
      within(rows[4]).getByText(/^Answer by Gulnara Sydykova on 14 Apr 2027/),
    ).toBeInTheDocument();
    expect(within(rows[4]).getByText(answered.answer!)).toBeInTheDocument();
  });

  it('answers an appeal with a decision and reasons, after a confirmation', async () => {
    const bodies: unknown[] = [];
    let done = false;
    await open({
      [`GET ${APPEALS}`]: () =>
        json(
          200,
          done
            ? [
                {
                  ...waiting,
                  decision: 'REJECTED',
                  answer: REASONS,
                  answeredBy: 'Gulnara Sydykova',
                  answeredAt: '2027-04-15T04:00:00Z',
                },
              ]
            : [waiting],
        ),
      [`POST ${APPEALS}/${waiting.id}/answer`]: async (request: Request) => {
        bodies.push(await request.json());
        done = true;
        return json(200, {});
      },
    });
    const dialog = await answerDialog();
    expect(dialog.getByText(waiting.text)).toBeInTheDocument();
    expect(dialog.getByText(/does not change their result or the allocation/)).toBeInTheDocument();

    // Neither a decision nor reasons yet
    await userEvent.click(dialog.getByRole('button', { name: 'Send the answer' }));
    expect(
      dialog.getByText('Choose whether the appeal is upheld or rejected.'),
    ).toBeInTheDocument();
    expect(dialog.getByRole('radio', { name: 'Upheld' })).toHaveFocus();
    await userEvent.click(dialog.getByRole('radio', { name: 'Rejected' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Send the answer' }));
    const reasons = dialog.getByRole('textbox', { name: 'Reasons' });
    expect(reasons).toHaveFocus();
    expect(dialog.getByText('Give the reasons for your decision.')).toBeInTheDocument();

    await userEvent.type(reasons, `  ${REASONS} `);
    expect(dialog.getByText(`${REASONS.length + 3} of 4000 characters`)).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Send the answer' }));
    expect(dialog.getByText(/^Reject this appeal\?/)).toBeInTheDocument();
    expect(bodies).toEqual([]);
    await userEvent.click(dialog.getByRole('button', { name: 'Reject the appeal' }));

    await waitFor(() => expect(bodies).toEqual([{ decision: 'REJECTED', answer: REASONS }]));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Rejected')).toBeInTheDocument();
    expect(screen.getByText(REASONS)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Appeals against the results' })).toHaveFocus();
    expect(screen.getByRole('tab', { name: 'Appeals' })).toBeInTheDocument();
  });

  it('says why an answer was refused, in the dialog', async () => {
    await open({
      [`GET ${APPEALS}`]: [waiting],
      [`POST ${APPEALS}/${waiting.id}/answer`]: () =>
        problem(409, 'Appeal answered', [
          {
            field: 'status',
            message: 'This appeal is answered already',
            code: 'results.appealAnswered',
            args: {},
          },
        ]),
    });
    const dialog = await answerDialog();
    await userEvent.click(dialog.getByRole('radio', { name: 'Upheld' }));
    await userEvent.type(dialog.getByRole('textbox', { name: 'Reasons' }), 'Counted again.');
    await userEvent.click(dialog.getByRole('button', { name: 'Send the answer' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Uphold the appeal' }));

    expect(await dialog.findByRole('alert')).toHaveTextContent('This appeal is answered already.');
    // Back on the form, with the input kept
    expect(dialog.getByRole('textbox', { name: 'Reasons' })).toHaveValue('Counted again.');
  });
});
