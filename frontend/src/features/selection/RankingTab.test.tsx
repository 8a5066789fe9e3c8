import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import i18n from '../../i18n/setup';
import { json, requestsOf } from '../../test/api';
import { CALL, openTab, outcomes, run, runs } from './commissionTestData';

const RUN = `/api/v1/calls/${CALL}/allocations/${run.id}`;

function routesFor(shown = run) {
  return {
    [`GET /api/v1/calls/${CALL}/allocations`]: runs,
    [`GET ${RUN}`]: shown,
    [`GET ${RUN}/outcomes`]: outcomes,
  };
}

describe('the ranking tab', { timeout: 30_000 }, () => {
  it('runs the allocation from the empty state and shows the new run’s counts and partners', async () => {
    let ran = false;
    const fetch = await openTab('Ranking', {
      ...routesFor(),
      [`GET /api/v1/calls/${CALL}/allocations`]: () =>
        json(200, ran ? runs : { ...runs, items: [], total: 0 }),
      [`POST /api/v1/calls/${CALL}/allocations`]: () => {
        ran = true;
        return json(201, run);
      },
    });
    expect(await screen.findByText('No allocation run yet')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Run allocation' }));
    const counts = await screen.findByLabelText('Counts of the run');
    expect(within(counts).getByText('Placed').nextSibling).toHaveTextContent('6');
    expect(within(counts).getByText('Reserve').nextSibling).toHaveTextContent('2');
    expect(
      screen.getByRole('progressbar', { name: 'University of Tartu: 4 of 4' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('progressbar', { name: 'University of Milan: 2 of 3' }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        'Equal totals were decided, in this order, by: fewer opportunities first → the higher score on the heaviest criterion, “Grade average”.',
      ),
    ).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`POST /api/v1/calls/${CALL}/allocations`);
    expect(screen.queryByText(/out of date/)).not.toBeInTheDocument();
    expect(await screen.findByRole('table', { name: 'Ranking' })).toBeInTheDocument();
  });

  it('warns that a run is out of date', async () => {
    await openTab('Ranking', routesFor({ ...run, current: false }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'This run is out of date: run again',
    );
  });

  it('asks the API for the reserve list when filtered by it', async () => {
    const fetch = await openTab('Ranking', routesFor());
    await screen.findByRole('table', { name: 'Ranking' });
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Outcome' }), 'Reserve');
    await waitFor(() =>
      expect(
        requestsOf(fetch).some(
          (request) =>
            request.startsWith(`GET ${RUN}/outcomes?`) && request.includes('status=RESERVE'),
        ),
      ).toBe(true),
    );
  });

  it('explains an outcome in the interface language, naming the partners, by keyboard too', async () => {
    await i18n.changeLanguage('ru');
    await openTab('Рейтинг', routesFor());
    const table = await screen.findByRole('table', { name: 'Рейтинг' });
    const toggle = within(table).getByRole('button', { name: 'Обоснование для: Nurlan Asanov' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    toggle.focus();
    await userEvent.keyboard('{Enter}');
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    const steps = within(table)
      .getAllByRole('listitem')
      .map((step) => step.textContent);
    expect(steps).toEqual([
      'Место 1 из 8, итоговый балл 84,5.',
      'Тартуский университет (выбор № 1): все 2 места заняты кандидатами на местах 1, 2.',
      'University of Milan (выбор № 2): место получено.',
    ]);
    await userEvent.click(toggle);
    expect(within(table).queryAllByRole('listitem')).toEqual([]);
  });
});
