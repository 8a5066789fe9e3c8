import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '../../test/api';
import { renderPage } from '../../test/render';
import { milanPartner, publishedCall, tartuPartner } from '../calls/testData';
import type {
  AllocationOutcome,
  AllocationRun,
  AllocationRunPage,
  CallResults,
} from './commissionApi';
import { SelectionPage } from './SelectionPage';

export const CALL = publishedCall.id;
// The call's criteria: 0 "Grade average", 1 "Motivation letter".
const call = { ...publishedCall, status: 'CLOSED' as const };

export const run: AllocationRun = {
  id: 'run-2',
  callId: CALL,
  rulesVersion: '1',
  createdAt: '2027-04-10T08:00:00Z',
  createdBy: 'Gulnara Sydykova',
  current: true,
  tieBreaks: ['FEWER_OPPORTUNITIES_FIRST', 'HEAVIEST_CRITERION'],
  heaviestCriterion: 0,
  fewerOpportunitiesFirst: true,
  counts: { candidates: 9, ranked: 8, placed: 6, reserve: 2, notSelected: 0, incomplete: 1 },
  partners: [
    { partner: tartuPartner, places: 4, filled: 4 },
    { partner: milanPartner, places: 3, filled: 2 },
  ],
};

export const runs: AllocationRunPage = {
  items: [{ id: run.id, createdAt: run.createdAt, createdBy: run.createdBy, counts: run.counts }],
  page: 0,
  size: 50,
  total: 1,
};

export function outcome(
  name: string,
  rank: number,
  status: AllocationOutcome['status'],
  explanation: AllocationOutcome['explanation'],
  placedAt?: string,
): AllocationOutcome {
  return {
    applicationId: `app-${rank}`,
    receiptNumber: `MD-2027-00000${rank}`,
    applicantName: name,
    status,
    rank,
    total: 90 - rank * 5.5,
    partnerId: placedAt,
    preference: placedAt ? 2 : undefined,
    reservePosition: status === 'RESERVE' ? 1 : undefined,
    scores: [9, 7.5],
    explanation,
  };
}

export const outcomes = {
  items: [
    outcome(
      'Nurlan Asanov',
      1,
      'PLACED',
      [
        { code: 'RANK', args: { rank: 1, of: 8, total: 84.5 }, text: 'Rank 1 of 8, total 84.50.' },
        {
          code: 'PREFERENCE_FULL',
          args: { partnerId: tartuPartner.id, preference: 1, places: 2, takenByRanks: [1, 2] },
          text: 'University of Tartu (your 1st choice): places 2, both taken by ranks 1 and 2.',
        },
        {
          code: 'PLACED',
          args: { partnerId: milanPartner.id, preference: 2 },
          text: 'University of Milan (your 2nd choice): placed.',
        },
      ],
      milanPartner.id,
    ),
    outcome('Aizada Toktogulova', 7, 'RESERVE', [
      { code: 'RESERVE', args: { position: 1 }, text: 'Reserve list, position 1.' },
    ]),
  ],
  page: 0,
  size: 50,
  total: 2,
};

/** Results published on 13 April 2027 with 10 days to answer and 5 to appeal; tests override what they look at. */
export const publishedResults: CallResults = {
  callId: CALL,
  published: true,
  publishedAt: '2027-04-13T06:00:00Z',
  publishedBy: 'Gulnara Sydykova',
  responseDays: 10,
  appealDays: 5,
  appealUntil: '2027-04-18T17:59:59Z',
  counts: {
    placed: 6,
    accepted: 4,
    pending: 1,
    declined: 1,
    reserve: 2,
    notSelected: 0,
    incomplete: 1,
  },
};

/** Opens the selection screen with the answers given (over an empty scores board) and goes to the tab. */
export async function openTab(tab: string | RegExp, routes: Parameters<typeof mockApi>[0]) {
  const fetch = mockApi({
    [`GET /api/v1/calls/${CALL}`]: call,
    [`GET /api/v1/calls/${CALL}/scores`]: {
      callId: CALL,
      minEvaluations: 2,
      disagreementThreshold: 0.3,
      items: [],
    },
    ...routes,
  });
  renderPage(<SelectionPage />, {
    route: `/manage/calls/${CALL}/selection`,
    path: '/manage/calls/:callId/selection',
  });
  await userEvent.click(await screen.findByRole('tab', { name: tab }));
  return fetch;
}
