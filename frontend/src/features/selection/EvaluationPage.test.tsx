import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import i18n from '../../i18n/setup';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { enter, expectError, textbox } from '../../test/fields';
import { renderPage } from '../../test/render';
import { EvaluationPage } from './EvaluationPage';
import type { MyEvaluation } from './scoringApi';
import {
  APPLICATION_ID,
  CALL_ID,
  content,
  draft,
  PDF,
  referenceRoutes,
  submitted,
} from './scoringTestData';

const base = `/api/v1/evaluations/applications/${APPLICATION_ID}`;
const page = {
  route: `/evaluate/applications/${APPLICATION_ID}`,
  path: '/evaluate/applications/:applicationId',
};

type Handler = (request: Request) => Response | Promise<Response>;

/** Opens the page on the evaluation given; records the bodies of the saves and the submits. */
function open(evaluation: MyEvaluation | Handler = draft, routes: Record<string, Handler> = {}) {
  const sent: { request: string; body: unknown }[] = [];
  const recorded =
    (answer: Handler): Handler =>
    async (request) => {
      sent.push({
        request: `${request.method} ${new URL(request.url).pathname}`,
        body: await request.clone().json(),
      });
      return answer(request);
    };
  const fetch = mockApi({
    ...referenceRoutes,
    [`GET ${base}`]: content,
    [`GET ${base}/evaluation`]: evaluation,
    [`PUT ${base}/evaluation`]: recorded(
      routes.save ?? (() => json(200, { ...draft, version: draft.version + 1 })),
    ),
    [`POST ${base}/evaluation/submit`]: recorded(routes.submit ?? (() => json(200, submitted))),
    ...(routes.document && { [`GET ${base}/documents/${PDF.id}`]: routes.document }),
  });
  renderPage(<EvaluationPage />, page);
  return { fetch, sent };
}

const criterion = (name: string) => within(screen.getByRole('group', { name }));
const scoreOf = (name: string) => criterion(name).getByRole('textbox', { name: /^Score from 0/ });

describe('the evaluator’s application page', { timeout: 30_000 }, () => {
  beforeEach(() => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:document'), revokeObjectURL: vi.fn() });
  });

  it('shows the application without contact details, and scores blind before submitting', async () => {
    open();
    expect(
      await screen.findByRole('heading', { name: 'Application MD-2027-000042', level: 1 }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the applications of the call' }),
    ).toHaveAttribute('href', `/evaluate/calls/${CALL_ID}`);
    const applicant = within(screen.getByRole('region', { name: 'Applicant' }));
    expect(applicant.getByText('Aizada Toktogulova')).toBeInTheDocument();
    expect(applicant.getByText('General Medicine')).toBeInTheDocument();
    expect(applicant.queryByText('E-mail')).toBeNull();
    expect(applicant.queryByText('Phone')).toBeNull();
    expect(screen.getByText(/I want to learn surgery/)).toBeInTheDocument();

    await screen.findByRole('group', { name: 'Academic merit' });
    expect(
      criterion('Academic merit').getByText('Grades and progress in the programme.'),
    ).toBeInTheDocument();
    expect(criterion('Academic merit').getByText('Maximum 10 · weight 40')).toBeInTheDocument();
    expect(scoreOf('Academic merit')).toHaveValue('7');
    expect(textbox('Comment', screen.getByRole('group', { name: 'Academic merit' }))).toHaveValue(
      'Strong transcript',
    );
    // Named in Russian only: shown in Russian rather than not at all.
    expect(criterion('Мотивация').getByText('Ясность целей поездки.')).toBeInTheDocument();
    expect(screen.getByText('Grades: 17.2 of 20')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();

    expect(screen.getByText('1 of 2 criteria scored')).toBeInTheDocument();
    await enter(scoreOf('Мотивация'), '4');
    expect(screen.getByText('2 of 2 criteria scored')).toBeInTheDocument();

    for (const hint of [/Other evaluators/, /Mean/, /For the commission/, /Aigerim/])
      expect(screen.queryByText(hint)).toBeNull();
  });

  it('shows the criteria in the user’s language', async () => {
    await i18n.changeLanguage('ru');
    open();
    expect(await screen.findByRole('group', { name: 'Академические успехи' })).toHaveTextContent(
      'Оценки и успехи.',
    );
    expect(screen.getByText('Оценено 1 из 2 критериев')).toBeInTheDocument();
  });

  it('previews a document from the evaluators’ endpoint', async () => {
    const { fetch } = open(draft, {
      document: () => new Response('%PDF-1.7', { headers: { 'Content-Type': PDF.contentType } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: `Preview ${PDF.fileName}` }));
    expect(
      await screen.findByRole('dialog', { name: `Preview of ${PDF.fileName}` }),
    ).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`GET ${base}/documents/${PDF.id}?inline=true`);
  });

  it('saves the draft with the scores and the version loaded', async () => {
    const { sent } = open();
    await enter(await screen.findByRole('textbox', { name: 'Score from 0 to 5' }), '4');
    await enter(textbox('Comment', screen.getByRole('group', { name: 'Мотивация' })), ' Clear ');
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(await screen.findByText('Your draft is saved.')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        request: `PUT ${base}/evaluation`,
        body: {
          version: 3,
          scores: [
            { criterion: 0, score: 7, comment: 'Strong transcript' },
            { criterion: 2, score: 4, comment: 'Clear' },
          ],
        },
      },
    ]);

    // The next save sends the version this one answered with.
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].body).toMatchObject({ version: 4 });
  });

  it('keeps a comment only with a score', async () => {
    const { sent } = open();
    await enter(
      textbox('Comment', await screen.findByRole('group', { name: 'Мотивация' })),
      'Vague',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expectError(scoreOf('Мотивация'), 'Give a score to keep this comment.');
    expect(sent).toEqual([]);
  });

  it('submits only after confirming that submitted scores are final, then shows the others’ scores', async () => {
    const { sent } = open();
    await enter(await screen.findByRole('textbox', { name: 'Score from 0 to 5' }), '4');
    await userEvent.click(screen.getByRole('button', { name: 'Submit…' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Submit your evaluation?' }));
    expect(dialog.getByText(/Submitted scores cannot be changed/)).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(sent).toEqual([]);

    await userEvent.click(screen.getByRole('button', { name: 'Submit…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Submit my scores' }));
    expect(await screen.findByText('Your evaluation is submitted.')).toBeInTheDocument();
    expect(document.getElementById('my-evaluation')).toHaveFocus();
    expect(sent.map(({ request }) => request)).toEqual([
      `PUT ${base}/evaluation`,
      `POST ${base}/evaluation/submit`,
    ]);
    expect(sent[0].body).toMatchObject({ version: 3 });
    expect(sent[1].body).toEqual({ version: 4 });
    expect(await screen.findByText(/Aigerim Bekova: 3 of 10/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save draft' })).toBeNull();
  });

  it('shows the refusals of a submit at the criteria they concern', async () => {
    open(draft, {
      submit: () =>
        problem(422, 'Unprocessable', [
          {
            field: 'scores',
            message: 'criterion 2 has no score',
            code: 'scoring.scoreMissing',
            args: { criterion: '2' },
          },
        ]),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit…' }));
    await userEvent.click(await screen.findByRole('button', { name: 'Submit my scores' }));
    await waitFor(() =>
      expectError(scoreOf('Мотивация'), 'Score this criterion before you submit'),
    );
    // The dialog closes and keyboard users land on the field to correct.
    await waitFor(() => expect(scoreOf('Мотивация')).toHaveFocus());
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(scoreOf('Academic merit')).not.toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('button', { name: 'Save draft' })).toBeInTheDocument();
  });

  it('shows a refused score at its criterion, named by its place among the scores sent', async () => {
    const { sent } = open(draft, {
      save: () =>
        problem(422, 'Unprocessable', [
          {
            field: 'scores[0].score',
            message: 'must be from 0 to 10',
            code: 'common.between',
            args: { minimum: '0', maximum: '10' },
          },
        ]),
    });
    // Only the second criterion is scored: it is the first score sent.
    await enter(await screen.findByRole('textbox', { name: 'Score from 0 to 5' }), '3');
    await userEvent.clear(scoreOf('Academic merit'));
    await userEvent.clear(
      textbox('Comment', screen.getByRole('group', { name: 'Academic merit' })),
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save draft' }));
    expect(sent.map(({ body }) => body)).toEqual([
      { version: 3, scores: [{ criterion: 2, score: 3 }] },
    ]);
    await waitFor(() => expectError(scoreOf('Мотивация'), 'Give a number from 0 to 10.'));
    expect(scoreOf('Academic merit')).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('tells that the evaluation changed elsewhere and reloads it', async () => {
    let loads = 0;
    open(
      () =>
        json(
          200,
          loads++ === 0
            ? draft
            : {
                ...draft,
                version: 6,
                criteria: [{ ...draft.criteria[0], score: 9 }, draft.criteria[1]],
              },
        ),
      { save: () => problem(409, 'Stale version') },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Save draft' }));
    const alert = within(
      await screen.findByRole('alert', { name: /Your evaluation changed elsewhere/ }),
    );
    await userEvent.click(alert.getByRole('button', { name: 'Reload my evaluation' }));
    await waitFor(() => expect(scoreOf('Academic merit')).toHaveValue('9'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('shows a submitted evaluation read-only, with the others’ scores, the means and the flags', async () => {
    open(submitted);
    const merit = within(await screen.findByRole('group', { name: 'Academic merit' }));
    expect(merit.getByText('7 of 10')).toBeInTheDocument();
    expect(merit.getByText('Aigerim Bekova: 3 of 10')).toBeInTheDocument();
    expect(merit.getByText('5 of 10')).toBeInTheDocument();
    const motivation = within(screen.getByRole('group', { name: 'Мотивация' }));
    expect(motivation.getByText('Clear goals')).toBeInTheDocument();
    expect(motivation.getByText('No comment')).toBeInTheDocument();
    expect(
      screen.getByText('Academic merit: the evaluators’ scores differ more than the call allows.'),
    ).toBeInTheDocument();
    expect(screen.getByText('2 of 2 criteria scored')).toBeInTheDocument();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('button', { name: /Submit/ })).toBeNull();
  });

  it('says why an application it may not read is closed, leading back to the call’s list', async () => {
    mockApi({ [`GET ${base}/evaluation`]: draft });
    renderPage(<EvaluationPage />, {
      ...page,
      route: { pathname: page.route, state: { callId: CALL_ID } },
    });
    expect(
      await screen.findByRole('heading', {
        name: 'This application is not assigned to you, or you declared a conflict of interest with the applicant.',
        level: 1,
      }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Back to the applications of the call' }),
    ).toHaveAttribute('href', `/evaluate/calls/${CALL_ID}`);
    expect(screen.queryByRole('group')).toBeNull();
  });

  it('asks to declare first when the API says so', async () => {
    mockApi({ [`GET ${base}`]: () => problem(403, 'Forbidden') });
    renderPage(<EvaluationPage />, page);
    expect(
      await screen.findByRole('heading', { name: /Declare first whether you have a conflict/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to my calls' })).toHaveAttribute(
      'href',
      '/evaluate',
    );
  });
});
