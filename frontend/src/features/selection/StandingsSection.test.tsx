import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { requestsOf } from '../../test/api';
import { milanPartner, tartuPartner } from '../calls/testData';
import type { CallResults } from './commissionApi';
import { CALL, openTab, publishedResults } from './commissionTestData';
import type { Standing } from './standingsApi';

const STANDINGS = `/api/v1/calls/${CALL}/results/standings`;
const published: CallResults = {
  ...publishedResults,
  responseDays: 7,
  appealDays: 0,
  appealUntil: undefined,
};

const declined: Standing = {
  applicationId: 'a1',
  receiptNumber: 'MD-2027-000001',
  applicantName: 'Asel Mamytova',
  status: 'DECLINED',
  rank: 1,
  total: 86,
  response: 'DECLINED',
  respondBy: '2027-04-20T17:59:59Z',
  respondedAt: '2027-04-14T08:00:00Z',
  explanation: [{ code: 'DECLINED', args: {}, text: '' }],
};
const movedUp: Standing = {
  applicationId: 'a3',
  receiptNumber: 'MD-2027-000003',
  applicantName: 'Temirlan Zhumabekov',
  status: 'PLACED',
  rank: 3,
  total: 48,
  partner: tartuPartner,
  preference: 1,
  response: 'PENDING',
  respondBy: '2027-04-21T17:59:59Z',
  explanation: [
    { code: 'RESERVE', args: { position: 1 }, text: '' },
    {
      code: 'LEFT_RESERVE',
      args: { reservePosition: 1, partnerId: tartuPartner.id, preference: 1 },
      text: '',
    },
  ],
};

describe('the candidates now, after publication', { timeout: 30_000 }, () => {
  it('lists each candidate’s present outcome and answer, explains the moves and filters by outcome', async () => {
    const fetch = await openTab('Results', {
      [`GET /api/v1/calls/${CALL}/results`]: published,
      [`GET /api/v1/calls/${CALL}/decision`]: { callId: CALL, reopened: [] },
      [`GET ${STANDINGS}`]: { items: [declined, movedUp], page: 0, size: 50, total: 2 },
    });
    const table = await screen.findByRole('table', { name: 'Candidates now' });
    const asel = within(table).getByRole('row', { name: /Asel Mamytova/ });
    expect(asel).toHaveTextContent('Declined');
    expect(asel).toHaveTextContent('on 14 Apr 2027 14:00, Kyrgyzstan Time (Asia/Bishkek)');
    const temirlan = within(table).getByRole('row', { name: /Temirlan Zhumabekov/ });
    expect(temirlan).toHaveTextContent('Placed');
    expect(temirlan).toHaveTextContent(`${tartuPartner.name} (choice 1)`);
    expect(temirlan).toHaveTextContent('Not answered yet');
    expect(temirlan).toHaveTextContent(
      'answer by 21 Apr 2027 23:59, Kyrgyzstan Time (Asia/Bishkek)',
    );

    await userEvent.click(
      within(temirlan).getByRole('button', { name: 'Explanation for Temirlan Zhumabekov' }),
    );
    expect(
      await screen.findByText(`Moved from reserve position 1 to ${tartuPartner.name} (choice 1).`),
    ).toBeInTheDocument();
    expect(screen.queryByText(milanPartner.name)).not.toBeInTheDocument();

    await userEvent.selectOptions(screen.getByLabelText('Outcome'), 'Declined');
    await waitFor(() =>
      expect(requestsOf(fetch)).toContain(`GET ${STANDINGS}?status=DECLINED&page=0&size=50`),
    );
  });
});
