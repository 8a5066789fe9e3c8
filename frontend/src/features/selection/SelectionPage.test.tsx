import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import i18n from '../../i18n/setup';
import { mockApi } from '../../test/api';
import { renderPage } from '../../test/render';
import { publishedCall } from '../calls/testData';
import type { Coverage } from './api';
import type { ApplicationScores, CallScores } from './boardApi';
import { SelectionPage } from './SelectionPage';

const CALL = publishedCall.id;
// The call's criteria: 0 "Grade average" (computed, weight 60, max 10), 1 "Motivation letter" (panel, weight 40, max 10).
const call = { ...publishedCall, status: 'CLOSED' as const };

function application(
  name: string,
  receipt: number,
  submitted: number,
  [grade, letter]: [number, number | undefined],
  total: number | undefined,
  flags: ApplicationScores['flags'] = [],
): ApplicationScores {
  return {
    applicationId: `app-${receipt}`,
    receiptNumber: `MD-2027-00000${receipt}`,
    applicantName: name,
    submittedEvaluations: submitted,
    requiredEvaluations: 2,
    criteria: [
      { criterion: 0, kind: 'GRADE_AVERAGE', value: grade, submittedEvaluations: 0 },
      { criterion: 1, kind: 'EVALUATOR', value: letter, submittedEvaluations: submitted },
    ],
    total,
    flags,
  };
}

const scores: CallScores = {
  callId: CALL,
  minEvaluations: 2,
  disagreementThreshold: 0.3,
  // Neither by name nor by receipt number: the API's order is by total, the incomplete ones last.
  items: [
    application('Nurlan Asanov', 7, 2, [9, 7.5], 84, [{ flag: 'DISAGREEMENT', criterion: 1 }]),
    application('Aizada Toktogulova', 2, 2, [8, 6], 72.25),
    application('Timur Bekov', 3, 0, [7.25, undefined], undefined, [
      { flag: 'TOO_FEW_EVALUATIONS', criterion: 1 },
    ]),
    application('Chyngyz Abdyraev', 5, 1, [0, 5], undefined, [
      { flag: 'MISSING_GRADE', criterion: 0 },
      { flag: 'TOO_FEW_EVALUATIONS', criterion: 1 },
    ]),
  ],
};

function coverageRow(id: string, conflicts: number, short: number): Coverage['applications'][0] {
  const evaluator = { subject: 's', username: 'e', displayName: 'Gulnara Sydykova', email: 'e@x' };
  return {
    applicationId: id,
    receiptNumber: id,
    applicantName: id,
    assigned: [evaluator],
    noConflict: [],
    conflicts: Array.from({ length: conflicts }, () => ({
      evaluator,
      note: 'A relative',
      declaredAt: '2027-04-02T08:00:00Z',
    })),
    notDeclared: [],
    short,
  };
}

const coverage: Coverage = {
  callId: CALL,
  mode: 'ALL',
  minEvaluations: 2,
  // Three applications have conflicts (one of them two), two of them are short of evaluators.
  applications: [
    coverageRow('a', 2, 1),
    coverageRow('b', 1, 1),
    coverageRow('c', 1, 0),
    coverageRow('d', 0, 0),
  ],
  totals: {
    applications: 4,
    covered: 2,
    shortApplications: 2,
    missingEvaluations: 2,
    pendingDeclarations: 0,
    conflicts: 4,
  },
};

function open(answer: CallScores = scores) {
  mockApi({
    [`GET /api/v1/calls/${CALL}`]: call,
    [`GET /api/v1/calls/${CALL}/scores`]: answer,
    [`GET /api/v1/calls/${CALL}/panel/coverage`]: coverage,
  });
  renderPage(<SelectionPage />, {
    route: `/manage/calls/${CALL}/selection`,
    path: '/manage/calls/:callId/selection',
  });
}

/** The rows of the scores table under its header, each as its cells' texts. */
async function rows(): Promise<string[][]> {
  const table = await screen.findByRole('table', { name: 'Scores' });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      [...within(row).getAllByRole('rowheader'), ...within(row).getAllByRole('cell')].map(
        (cell) => cell.textContent ?? '',
      ),
    );
}

function rowOf(name: string) {
  return within(screen.getByRole('row', { name: new RegExp(name) }));
}

describe('the selection screen', { timeout: 30_000 }, () => {
  it('lists the applications in the API’s order with their scores, totals and flags', async () => {
    open();
    expect(await screen.findByRole('tab', { name: 'Scores', selected: true })).toBeInTheDocument();
    const header = within(await screen.findByRole('table', { name: 'Scores' })).getAllByRole(
      'columnheader',
    );
    expect(header.map((cell) => cell.textContent)).toEqual([
      'Application',
      'Evaluations',
      'Grade average (60 %)',
      'Motivation letter (40 %)',
      'Total',
    ]);
    expect(await rows()).toEqual([
      ['Nurlan AsanovMD-2027-000007Flagged', '2 of 2', '9 / 10', '7.5 / 10', '84'],
      ['Aizada ToktogulovaMD-2027-000002', '2 of 2', '8 / 10', '6 / 10', '72.25'],
      // too few evaluations alone is no flag: the missing total says it
      ['Timur BekovMD-2027-000003', '0 of 2', '7.25 / 10', '—', 'Incomplete'],
      ['Chyngyz AbdyraevMD-2027-000005Flagged', '1 of 2', '0 / 10', '5 / 10', 'Incomplete'],
    ]);
    const [, , letter] = rowOf('Nurlan').getAllByRole('cell');
    expect(within(letter).getByRole('img', { name: 'Disagreement' })).toBeInTheDocument();
    const [, grade, chyngyzLetter] = rowOf('Chyngyz').getAllByRole('cell');
    expect(within(grade).getByRole('img', { name: 'No grade declared' })).toBeInTheDocument();
    expect(
      within(chyngyzLetter).getByRole('img', { name: 'Too few evaluations' }),
    ).toBeInTheDocument();
    expect(screen.getByText('4 of 4 applications shown')).toBeInTheDocument();
  });

  it('explains the flags with the panel’s threshold and minimum, and the total', async () => {
    open({ ...scores, disagreementThreshold: 0.25 });
    const legend = await screen.findByRole('region', { name: 'How to read the scores' });
    expect(legend).toHaveTextContent(/Σ weight × score ÷ highest score/);
    expect(legend).toHaveTextContent('once 2 evaluations of the application are submitted');
    expect(legend).toHaveTextContent('by more than 25 % of the criterion’s highest score');
    expect(legend).toHaveTextContent('than the panel requires (2)');
    expect(
      within(legend)
        .getAllByRole('img')
        .map((icon) => icon.getAttribute('aria-label')),
    ).toEqual([
      'Too few evaluations',
      'Disagreement',
      'No grade declared',
      'No language level declared',
    ]);
  });

  it('filters the flagged and the incomplete applications, by keyboard too', async () => {
    open();
    await rows();
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only flagged' }));
    expect((await rows()).map(([name]) => name.slice(0, 5))).toEqual(['Nurla', 'Chyng']);
    expect(screen.getByText('2 of 4 applications shown')).toBeInTheDocument();

    screen.getByRole('checkbox', { name: 'Only incomplete' }).focus();
    await userEvent.keyboard(' ');
    expect((await rows()).map(([name]) => name.slice(0, 5))).toEqual(['Chyng']);

    await userEvent.click(screen.getByRole('checkbox', { name: 'Only flagged' }));
    expect((await rows()).map(([name]) => name.slice(0, 5))).toEqual(['Timur', 'Chyng']);
  });

  it('says so when no application matches the filters', async () => {
    open({ ...scores, items: scores.items.slice(1, 2) });
    await userEvent.click(await screen.findByRole('checkbox', { name: 'Only flagged' }));
    expect(screen.getByText('No application matches the filters.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Scores' })).not.toBeInTheDocument();
  });

  it('sums up the panel’s coverage with the way to the panel', async () => {
    open();
    const summary = await screen.findByRole('region', { name: 'Panel coverage' });
    expect(
      await within(summary).findByText('2 applications short of evaluators'),
    ).toBeInTheDocument();
    expect(
      within(summary).getByText('3 applications with a conflict of interest'),
    ).toBeInTheDocument();
    expect(
      within(summary).getByRole('link', { name: 'Open the evaluation panel' }),
    ).toHaveAttribute('href', `/manage/calls/${CALL}/panel`);
  });

  it('explains a call with no eligible application', async () => {
    open({ ...scores, items: [] });
    expect(await screen.findByText('No eligible application yet')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says when no evaluator has submitted yet', async () => {
    open({ ...scores, items: scores.items.slice(2, 3) });
    expect(
      await screen.findByText(/No evaluator has submitted an evaluation yet/),
    ).toBeInTheDocument();
  });

  it('writes names, numbers and counts in the interface language', async () => {
    await i18n.changeLanguage('ru');
    open();
    const table = await screen.findByRole('table', { name: 'Баллы' });
    // a criterion named in Russian, and one only in English
    expect(within(table).getByRole('columnheader', { name: 'Средний балл (60 %)' })).toBeVisible();
    expect(
      within(table).getByRole('columnheader', { name: 'Motivation letter (40 %)' }),
    ).toBeVisible();
    const aizada = within(within(table).getByRole('row', { name: /Aizada/ }));
    expect(aizada.getByText('72,25')).toBeInTheDocument();
    expect(aizada.getByText('6 / 10')).toBeInTheDocument();
    expect(screen.getByText('Показано 4 из 4 заявок')).toBeInTheDocument();
    expect(await screen.findByText('3 заявки с конфликтом интересов')).toBeInTheDocument();
  });

  it('shows each application as a card at phone width', async () => {
    const phone = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) =>
        ({
          matches: query.includes('max-width'),
          media: query,
          addEventListener: vi.fn(),
          removeEventListener: vi.fn(),
        }) as unknown as MediaQueryList,
    );
    onTestFinished(() => phone.mockRestore());
    open();
    const cards = await screen.findByRole('list', { name: 'Scores' });
    const first = within(within(cards).getAllByRole('listitem')[0]);
    expect(first.getByText('Nurlan Asanov')).toBeInTheDocument();
    expect(first.getByText('Motivation letter (40 %)')).toBeInTheDocument();
    expect(first.getByRole('img', { name: 'Disagreement' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
