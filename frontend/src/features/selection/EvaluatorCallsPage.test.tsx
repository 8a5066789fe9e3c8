import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { mockApi } from '../../test/api';
import { renderPage } from '../../test/render';
import type { EvaluationCall } from './api';
import { EvaluatorCallsPage } from './EvaluatorCallsPage';

function call(id: string, title: string, counts: Partial<EvaluationCall>): EvaluationCall {
  return {
    callId: id,
    title: { en: title },
    status: 'CLOSED',
    deadline: '2026-11-01T17:59:59Z',
    assigned: 3,
    toDeclare: 0,
    noConflict: 3,
    conflicts: 0,
    drafts: 0,
    submitted: 0,
    ...counts,
  };
}

describe('the evaluator’s calls', { timeout: 30_000 }, () => {
  it('shows per call the declarations to make and how much of the scoring is submitted', async () => {
    mockApi({
      'GET /api/v1/evaluations/calls': {
        items: [
          call('1', 'Doctoral call', { toDeclare: 1, noConflict: 2, submitted: 1, drafts: 1 }),
          call('2', 'Staff call', { submitted: 3 }),
          call('3', 'Teaching call', { toDeclare: 3, noConflict: 0 }),
        ],
        page: 0,
        size: 50,
        total: 3,
      },
    });
    renderPage(<EvaluatorCallsPage />, { route: '/evaluate', path: '/evaluate' });
    const table = await screen.findByRole('table', { name: 'My calls' });
    const doctoral = within(table).getByRole('row', { name: /Doctoral call/ });
    expect(doctoral).toHaveTextContent('1 to declare');
    expect(doctoral).toHaveTextContent('1 of 2 submitted · 1 draft saved');
    expect(within(doctoral).getByRole('progressbar', { name: '1 of 2 submitted' })).toHaveAttribute(
      'aria-valuenow',
      '50',
    );
    const staff = within(table).getByRole('row', { name: /Staff call/ });
    expect(staff).toHaveTextContent('All declared');
    expect(staff).toHaveTextContent('3 of 3 submitted');
    expect(within(table).getByRole('row', { name: /Teaching call/ })).toHaveTextContent(
      'Nothing to score yet',
    );
  });
});
