import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n/setup';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { renderPage } from '../../test/render';
import { ApplicationPage } from './ApplicationPage';
import type { MyCriterionScore, MyResult } from './resultApi';
import { APPLICATION_ID, PATH, RIGA, submitted, TARTU } from './testData';

const RESULT = `${PATH}/result`;

// The reader is in Berlin, the call in Bishkek.
vi.mock('../../i18n/format', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../i18n/format')>()),
  viewerTimeZone: () => 'Europe/Berlin',
}));

const scores: MyCriterionScore[] = [
  {
    criterion: 0,
    name: { en: 'Motivation', ru: 'Мотивация' },
    weight: 60,
    maxScore: 10,
    score: 8.5,
  },
  { criterion: 1, name: { en: 'Grade average' }, weight: 40, maxScore: 5 },
];

/** Placed at Tartu, the first choice, with an offer to answer by 7 July 2027, 23:59 in Bishkek. */
const placed: MyResult = {
  applicationId: APPLICATION_ID,
  published: true,
  status: 'PLACED',
  rank: 3,
  total: 76.4,
  partner: TARTU,
  preference: 1,
  scores,
  explanation: [
    { code: 'RANK', args: { rank: 3, of: 12, total: '76.40' }, text: 'from the API' },
    {
      code: 'PREFERENCE_FULL',
      args: { partnerId: RIGA.id, preference: '2', places: 2, takenByRanks: [1, 2] },
      text: 'from the API',
    },
    { code: 'PLACED', args: { partnerId: TARTU.id, preference: 1 }, text: 'from the API' },
  ],
  offer: {
    response: 'PENDING',
    offeredAt: '2027-06-30T06:00:00Z',
    respondBy: '2027-07-07T17:59:59Z',
    respondByLocal: '2027-07-07T23:59:59+06:00',
    timeZone: 'Asia/Bishkek',
  },
};

const accepted: MyResult = {
  ...placed,
  offer: { ...placed.offer!, response: 'ACCEPTED', respondedAt: '2027-07-01T08:00:00Z' },
};

const declined: MyResult = {
  ...placed,
  status: 'DECLINED',
  partner: undefined,
  preference: undefined,
  explanation: [...placed.explanation!, { code: 'DECLINED', args: {}, text: 'from the API' }],
  offer: { ...placed.offer!, response: 'DECLINED', respondedAt: '2027-07-02T08:00:00Z' },
};

/** An outcome without a place or an offer, explained by the steps. */
function unplaced(
  status: MyResult['status'],
  explanation: MyResult['explanation'],
  more: Partial<MyResult> = {},
): MyResult {
  return {
    ...placed,
    status,
    partner: undefined,
    preference: undefined,
    explanation,
    offer: undefined,
    ...more,
  };
}

const route = { route: `/me/applications/${APPLICATION_ID}`, path: '/me/applications/:id' };

function open(
  result: MyResult | ((request: Request) => Response),
  routes: Record<string, object> = {},
) {
  const fetch = mockApi({ [`GET ${PATH}`]: submitted, [`GET ${RESULT}`]: result, ...routes });
  renderPage(<ApplicationPage />, route);
  return fetch;
}

async function section(name = 'Selection result') {
  return within(await screen.findByRole('region', { name }));
}

describe('the selection result', () => {
  it('says the results are not published yet, and offers nothing to answer', async () => {
    open({ applicationId: APPLICATION_ID, published: false });
    const result = await section();
    expect(
      await result.findByText(/The results of the selection are not published yet/),
    ).toBeInTheDocument();
    expect(result.queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows a place with the rank, the scores per criterion and the explanation translated', async () => {
    await i18n.changeLanguage('ru');
    open(placed);
    const result = await section('Результат отбора');
    expect(
      await result.findByRole('heading', {
        name: 'Вы отобраны: Тартуский университет (ваш первый выбор)',
      }),
    ).toBeInTheDocument();
    expect(result.getByText('76,4 из 100')).toBeInTheDocument();

    const table = within(result.getByRole('region', { name: 'Ваши баллы по критериям' }));
    const motivation = table.getByRole('row', { name: /Мотивация/ });
    expect(within(motivation).getByText('60 %')).toBeInTheDocument();
    expect(within(motivation).getByText('8,5 из 10')).toBeInTheDocument();
    // No Russian name: the English one; no score: said so
    const grades = table.getByRole('row', { name: /Grade average/ });
    expect(within(grades).getByText('Не оценено')).toBeInTheDocument();

    const steps = result.getAllByRole('listitem').map((item) => item.textContent);
    expect(steps).toEqual([
      'Место в рейтинге: 3 из 12, итог 76,4.',
      'University of Latvia (ваш второй выбор): 2 места, все заняты (№ в рейтинге: 1, 2).',
      'Тартуский университет (ваш первый выбор): место получено.',
    ]);
  });

  it('shows the deadline in the call’s time zone and in the reader’s, both named', async () => {
    open(placed);
    const result = await section();
    expect(await result.findByText('Answer by, in the call’s time zone')).toBeInTheDocument();
    expect(
      result.getByText('7 Jul 2027 23:59, Kyrgyzstan Time (Asia/Bishkek)'),
    ).toBeInTheDocument();
    expect(result.getByText('Answer by, in your time zone')).toBeInTheDocument();
    expect(
      result.getByText('7 Jul 2027 19:59, Central European Summer Time (Europe/Berlin)'),
    ).toBeInTheDocument();
    expect(result.getByText(/No answer by then counts as a decline/)).toBeInTheDocument();
  });

  it('accepts the place after a confirmation, then offers to withdraw', async () => {
    const fetch = open(placed, { [`POST ${RESULT}/accept`]: accepted });
    const result = await section();
    await userEvent.click(await result.findByRole('button', { name: 'Accept the place' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Accept the place at University of Tartu?' }),
    );
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(requestsOf(fetch)).not.toContain(`POST ${RESULT}/accept`);

    await userEvent.click(result.getByRole('button', { name: 'Accept the place' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Accept' }),
    );
    expect(await result.findByText(/^You accepted this place on 1 Jul 2027/)).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`POST ${RESULT}/accept`);
    expect(result.getByRole('heading', { name: /You are selected for/ })).toHaveFocus();
    expect(result.queryByRole('button', { name: 'Accept the place' })).not.toBeInTheDocument();
    expect(result.getByRole('button', { name: 'Withdraw from the place' })).toBeInTheDocument();
  });

  it('declines only after saying it cannot be undone and the place goes to the next candidate', async () => {
    let answer: () => void = () => {};
    const fetch = open(placed, {
      [`POST ${RESULT}/decline`]: () =>
        new Promise<Response>((resolve) => {
          answer = () => resolve(json(200, declined));
        }),
    });
    const result = await section();
    await userEvent.click(await result.findByRole('button', { name: 'Decline the place' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Decline the place at University of Tartu?' }),
    );
    expect(
      dialog.getByText(/cannot be undone.*the place is offered to the next candidate/),
    ).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Decline' }));
    // While the answer is on its way
    expect(dialog.getByRole('button', { name: 'Decline' })).toHaveAttribute('data-loading');
    expect(result.getByRole('button', { name: 'Accept the place' })).toBeDisabled();
    answer();

    expect(
      await result.findByRole('heading', { name: 'You declined: you are out of this selection' }),
    ).toBeInTheDocument();
    expect(result.getByText(/^You gave up your place on 2 Jul 2027/)).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`POST ${RESULT}/decline`);
    expect(result.queryByRole('button')).not.toBeInTheDocument();
  });

  it('withdraws an accepted place after the same warning', async () => {
    const fetch = open(accepted, { [`POST ${RESULT}/decline`]: declined });
    const result = await section();
    await userEvent.click(await result.findByRole('button', { name: 'Withdraw from the place' }));
    const dialog = within(await screen.findByRole('dialog'));
    expect(dialog.getByText(/cannot be undone.*offered to the next candidate/)).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Withdraw' }));
    expect(await result.findByRole('heading', { name: /You declined/ })).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`POST ${RESULT}/decline`);
  });

  it('says why an answer was refused, in the interface language', async () => {
    open(placed, {
      [`POST ${RESULT}/accept`]: () =>
        problem(409, 'Offer answer refused', [
          {
            field: 'respondBy',
            message: 'The time to answer ended at 2027-07-07T17:59:59Z',
            code: 'results.deadlinePassed',
            args: { respondBy: '2027-07-07T17:59:59Z' },
          },
        ]),
    });
    const result = await section();
    await userEvent.click(await result.findByRole('button', { name: 'Accept the place' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Accept' }),
    );
    expect(await result.findByRole('alert')).toHaveTextContent(
      'The time to answer ended on 7 Jul 2027 17:59.',
    );
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('shows the reserve position and lets the candidate leave the list', async () => {
    const reserve = unplaced(
      'RESERVE',
      [{ code: 'RESERVE', args: { position: 2 }, text: 'from the API' }],
      { reservePosition: 2 },
    );
    const fetch = open(reserve, { [`POST ${RESULT}/decline`]: { ...reserve, status: 'DECLINED' } });
    const result = await section();
    expect(
      await result.findByRole('heading', { name: 'You are on the reserve list, position 2' }),
    ).toBeInTheDocument();
    expect(result.getByText('Every choice is full: reserve list, position 2.')).toBeInTheDocument();
    expect(result.queryByRole('button', { name: 'Accept the place' })).not.toBeInTheDocument();

    await userEvent.click(result.getByRole('button', { name: 'Leave the reserve list' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Leave the reserve list?' }));
    expect(dialog.getByText(/cannot be undone.*goes to the next candidate/)).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Leave the list' }));
    expect(await result.findByRole('heading', { name: /You declined/ })).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`POST ${RESULT}/decline`);
  });

  it('tells a candidate below the minimum that they are not selected, and why', async () => {
    open(
      unplaced('NOT_SELECTED', [
        { code: 'RANK', args: { rank: 9, of: 12, total: '41.00' }, text: 'from the API' },
        { code: 'BELOW_MINIMUM', args: { minimum: '50.00', total: '41.00' }, text: 'from the API' },
      ]),
    );
    const result = await section();
    expect(
      await result.findByRole('heading', { name: 'You are not selected' }),
    ).toBeInTheDocument();
    expect(
      result.getByText('Your total 41 is below the call’s minimum of 50: not selected.'),
    ).toBeInTheDocument();
    expect(result.queryByRole('button')).not.toBeInTheDocument();
  });

  it('names the criteria whose scoring is incomplete', async () => {
    open(
      unplaced(
        'INCOMPLETE',
        [{ code: 'INCOMPLETE_SCORING', args: { criteria: ['0', '1'], required: 2 }, text: '' }],
        { rank: undefined },
      ),
    );
    const result = await section();
    expect(
      await result.findByRole('heading', { name: 'Your application could not be ranked' }),
    ).toBeInTheDocument();
    expect(
      result.getByText(
        'Not ranked: Motivation, Grade average got fewer submitted evaluations than the 2 required.',
      ),
    ).toBeInTheDocument();
    expect(result.queryByText('Rank')).not.toBeInTheDocument();
  });

  it('says when the time to answer ran out', async () => {
    open({
      ...declined,
      offer: { ...declined.offer!, response: 'EXPIRED', respondedAt: undefined },
    });
    const result = await section();
    expect(
      await result.findByRole('heading', {
        name: 'You did not answer in time: the offer counts as declined',
      }),
    ).toBeInTheDocument();
    expect(
      result.getByText(
        'No answer came by the deadline: 7 Jul 2027 23:59, Kyrgyzstan Time (Asia/Bishkek).',
      ),
    ).toBeInTheDocument();
  });

  it('offers to try again when the result cannot be loaded', async () => {
    open(() => json(503, { title: 'Unavailable', status: 503 }));
    const result = await section();
    expect(await result.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
