import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { renderPage } from '../../test/render';
import { ApplicationPage } from './ApplicationPage';
import type { MyAppeal, MyResult } from './resultApi';
import { APPLICATION_ID, PATH, submitted } from './testData';

const RESULT = `${PATH}/result`;

// The reader is in Berlin, the call in Bishkek.
vi.mock('../../i18n/format', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../i18n/format')>()),
  viewerTimeZone: () => 'Europe/Berlin',
}));

/** Not selected, free to appeal until 10 July 2027, 23:59 in Bishkek; the test runs on 3 July. */
const notSelected: MyResult = {
  applicationId: APPLICATION_ID,
  published: true,
  status: 'NOT_SELECTED',
  rank: 9,
  total: 41,
  scores: [],
  explanation: [
    { code: 'BELOW_MINIMUM', args: { minimum: '50.00', total: '41.00' }, text: 'from the API' },
  ],
  appealUntil: '2027-07-10T17:59:59Z',
  appeals: [],
};

const TEXT = 'My language certificate was not counted.';

const waiting: MyAppeal = {
  id: 'appeal-1',
  applicationId: APPLICATION_ID,
  receiptNumber: 'MD-2027-000007',
  applicantName: 'Aizada Toktogulova',
  text: TEXT,
  lodgedAt: '2027-07-02T09:30:00Z',
};

const rejected: MyAppeal = {
  ...waiting,
  decision: 'REJECTED',
  answer: 'The certificate came after the deadline.',
  answeredBy: 'Gulnara Sydykova',
  answeredAt: '2027-07-05T08:00:00Z',
};

function open(result: MyResult, routes: Record<string, object> = {}) {
  const fetch = mockApi({ [`GET ${PATH}`]: submitted, [`GET ${RESULT}`]: result, ...routes });
  renderPage(<ApplicationPage />, {
    route: `/me/applications/${APPLICATION_ID}`,
    path: '/me/applications/:id',
  });
  return fetch;
}

async function section() {
  return within(await screen.findByRole('region', { name: 'Selection result' }));
}

describe('appealing the selection result', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-07-03T00:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('shows the appeal deadline in the call’s time zone and in the reader’s', async () => {
    open(notSelected);
    const result = await section();
    expect(await result.findByText('Appeal by, in the call’s time zone')).toBeInTheDocument();
    expect(
      result.getByText('10 Jul 2027 23:59, Kyrgyzstan Time (Asia/Bishkek)'),
    ).toBeInTheDocument();
    expect(
      result.getByText('10 Jul 2027 19:59, Central European Summer Time (Europe/Berlin)'),
    ).toBeInTheDocument();
  });

  it('lodges an appeal after a confirmation, then says it waits for its answer', async () => {
    const bodies: unknown[] = [];
    const fetch = open(notSelected, {
      [`POST ${RESULT}/appeal`]: async (request: Request) => {
        bodies.push(await request.json());
        return json(200, { ...notSelected, appeals: [waiting] });
      },
    });
    const result = await section();
    const start = await result.findByRole('button', { name: 'Appeal this result' });
    await userEvent.click(start);
    const text = result.getByRole('textbox', { name: 'Your appeal' });
    expect(text).toHaveFocus();

    // Nothing written: said so, nothing sent
    await userEvent.click(result.getByRole('button', { name: 'Send the appeal' }));
    expect(result.getByText('Write what you contest and why.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    await userEvent.type(text, `  ${TEXT}`);
    expect(result.getByText(`${TEXT.length + 2} of 4000 characters`)).toBeInTheDocument();
    await userEvent.click(result.getByRole('button', { name: 'Send the appeal' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Send your appeal?' }));
    expect(dialog.getByText(/cannot lodge another until it is answered/)).toBeInTheDocument();
    expect(requestsOf(fetch)).not.toContain(`POST ${RESULT}/appeal`);
    await userEvent.click(dialog.getByRole('button', { name: 'Send the appeal' }));

    expect(
      await result.findByText(
        'Your appeal waits for its answer. You can appeal again once it is answered.',
      ),
    ).toBeInTheDocument();
    expect(bodies).toEqual([{ text: TEXT }]);
    expect(result.getByRole('heading', { name: 'Appeal' })).toHaveFocus();
    expect(result.queryByRole('button', { name: 'Appeal this result' })).not.toBeInTheDocument();
    const appeal = within(result.getByRole('article', { name: /^Appeal of 2 Jul 2027/ }));
    expect(appeal.getByText('Waiting for an answer')).toBeInTheDocument();
    expect(appeal.getByText(TEXT)).toBeInTheDocument();
  });

  it('offers no new appeal while one waits', async () => {
    open({ ...notSelected, appeals: [waiting] });
    const result = await section();
    expect(await result.findByText(/^Your appeal waits for its answer/)).toBeInTheDocument();
    expect(result.queryByRole('button')).not.toBeInTheDocument();
  });

  it('says when the appeals ended, and shows the answer to the appeal lodged', async () => {
    open({ ...notSelected, appealUntil: '2027-07-02T17:59:59Z', appeals: [rejected] });
    const result = await section();
    expect(
      await result.findByText(
        'The time to appeal against this result ended on 2 Jul 2027 23:59, Kyrgyzstan Time (Asia/Bishkek).',
      ),
    ).toBeInTheDocument();
    expect(result.queryByRole('button')).not.toBeInTheDocument();
    const appeal = within(result.getByRole('article', { name: /^Appeal of 2 Jul 2027/ }));
    expect(appeal.getByText('Rejected')).toBeInTheDocument();
    expect(appeal.getByText(/^Answer of 5 Jul 2027/)).toBeInTheDocument();
    expect(appeal.getByText('The certificate came after the deadline.')).toBeInTheDocument();
  });

  it('after an answer, lets the candidate appeal again', async () => {
    open({ ...notSelected, appeals: [rejected] });
    const result = await section();
    expect(await result.findByRole('button', { name: 'Appeal this result' })).toBeInTheDocument();
    expect(result.getByText('Rejected')).toBeInTheDocument();
  });

  it('says why an appeal was refused, in the interface language', async () => {
    open(notSelected, {
      [`POST ${RESULT}/appeal`]: () =>
        problem(409, 'Appeals closed', [
          {
            field: 'status',
            message: 'Appeals ended at 2027-07-07T17:59:59Z',
            code: 'results.appealClosed',
            args: { appealUntil: '2027-07-07T17:59:59Z' },
          },
        ]),
    });
    const result = await section();
    await userEvent.click(await result.findByRole('button', { name: 'Appeal this result' }));
    await userEvent.type(result.getByRole('textbox', { name: 'Your appeal' }), TEXT);
    await userEvent.click(result.getByRole('button', { name: 'Send the appeal' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Send the appeal' }),
    );
    expect(await result.findByRole('alert')).toHaveTextContent(/^The appeal was not sent/);
    expect(result.getByRole('alert')).toHaveTextContent('Appeals ended on 7 Jul 2027');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('shows nothing of appeals when the results allow none', async () => {
    open({ ...notSelected, appealUntil: undefined });
    const result = await section();
    expect(
      await result.findByRole('heading', { name: 'You are not selected' }),
    ).toBeInTheDocument();
    expect(result.queryByRole('heading', { name: 'Appeal' })).not.toBeInTheDocument();
  });
});
