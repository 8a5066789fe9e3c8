import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { json, mockApi, problem } from '../../test/api';
import { enter, textbox } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { Nomination } from './api';
import { NominationDetailPage } from './NominationDetailPage';
import { namesRoutes, nomination } from './testData';

const ONE = `/api/v1/nominations/${nomination.id}`;

function openDetail(routes: Record<string, object> = {}) {
  const fetch = mockApi({ ...namesRoutes, [`GET ${ONE}`]: nomination, ...routes });
  renderPage(<NominationDetailPage />, {
    route: `/manage/nominations/${nomination.id}`,
    path: '/manage/nominations/:id',
  });
  return fetch;
}

async function bodyOf(fetch: ReturnType<typeof mockApi>, method: string, path: string) {
  const call = fetch.mock.calls.find(
    ([request]) => request.method === method && new URL(request.url).pathname === path,
  );
  expect(call, `${method} ${path}`).toBeDefined();
  return (await call![0].clone().json()) as unknown;
}

async function openCancelDialog() {
  await userEvent.click(await screen.findByRole('button', { name: 'Cancel the nomination' }));
  const dialog = await screen.findByRole('dialog', { name: /Cancel the nomination of Asel/ });
  return dialog;
}

describe('a nomination', () => {
  it('shows the participant, the mobility with its agreement, the documents and the history', async () => {
    openDetail();
    expect(
      await screen.findByRole('heading', { name: 'Asel Mamytova', level: 1 }),
    ).toBeInTheDocument();
    const participant = within(screen.getByRole('region', { name: 'Participant' }));
    expect(participant.getByText('asel@example.kg')).toBeInTheDocument();
    expect(participant.getByText('General Medicine')).toBeInTheDocument();
    const mobility = within(screen.getByRole('region', { name: 'Mobility' }));
    expect(await mobility.findByText('University of Tartu')).toBeInTheDocument();
    expect(mobility.getByRole('link', { name: 'Agreement in force, 2026/2027' })).toHaveAttribute(
      'href',
      `/manage/agreements/${nomination.agreementId}`,
    );
    expect(mobility.getByText('Tartu agreed to a third student by e-mail')).toBeInTheDocument();
    expect(screen.getByText('Transcript of records: transcript.pdf')).toBeInTheDocument();
    expect(screen.getByText('The partner has not decided yet.')).toBeInTheDocument();

    const history = within(screen.getByRole('region', { name: 'History' }));
    expect(history.getByText('Nominated')).toBeInTheDocument();
    expect(
      history.getByText('Over the flow’s mobilities per year, with a reason.'),
    ).toBeInTheDocument();
    expect(history.getByText('Period changed')).toBeInTheDocument();
    expect(
      history.getByText('15 Jan 2027 – 30 Jun 2027 → 1 Feb 2027 – 30 Jun 2027'),
    ).toBeInTheDocument();
  });

  it('cancels with the reason and the version after a confirmation', async () => {
    const cancelled: Nomination = {
      ...nomination,
      status: 'CANCELLED',
      reason: 'The student withdrew.',
      version: 3,
    };
    let current = nomination;
    const fetch = openDetail({
      [`GET ${ONE}`]: () => json(200, current),
      [`POST ${ONE}/cancel`]: () => json(200, (current = cancelled)),
    });
    const dialog = within(await openCancelDialog());

    await userEvent.click(dialog.getByRole('button', { name: 'Cancel the nomination…' }));
    expect(textbox('Reason')).toHaveAccessibleDescription(
      expect.stringContaining('Say why the nomination is cancelled.'),
    );
    await enter(textbox('Reason'), '  The student withdrew.  ');
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel the nomination…' }));
    expect(fetch.mock.calls.some(([r]) => r.method === 'POST')).toBe(false);
    await userEvent.click(await dialog.findByRole('button', { name: 'Yes, cancel it' }));

    expect(await bodyOf(fetch, 'POST', `${ONE}/cancel`)).toEqual({
      version: 2,
      reason: 'The student withdrew.',
    });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('Cancelled by the home institution:')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Cancel the nomination' })).not.toBeInTheDocument();
  });

  it('shows the refusal of a cancellation, and asks to reload when the nomination changed', async () => {
    let answer = () =>
      json(
        409,
        {
          type: 'about:blank',
          title: 'Conflict',
          status: 409,
          errors: [{ field: 'status', message: 'wrong state', code: 'nomination.wrongState' }],
        },
        'application/problem+json',
      );
    openDetail({ [`POST ${ONE}/cancel`]: () => answer() });
    const dialog = within(await openCancelDialog());
    await enter(textbox('Reason'), 'The student withdrew.');
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel the nomination…' }));
    await userEvent.click(await dialog.findByRole('button', { name: 'Yes, cancel it' }));
    expect(
      await dialog.findByText("The nomination's present state does not allow this."),
    ).toBeInTheDocument();

    answer = () =>
      problem(409, 'Stale version', [
        { field: 'version', message: 'is stale; the current version is 3' },
      ]);
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel the nomination…' }));
    await userEvent.click(await dialog.findByRole('button', { name: 'Yes, cancel it' }));
    expect(await dialog.findByText('Someone else changed this nomination')).toBeInTheDocument();
    expect(dialog.getByRole('button', { name: 'Reload the nomination' })).toBeInTheDocument();
  });

  it('moves the period with the version, showing the rules’ refusal beside the end date', async () => {
    const bodies: unknown[] = [];
    openDetail({
      [`PUT ${ONE}/period`]: async (request: Request) => {
        bodies.push(await request.json());
        return problem(422, 'Refused by a rule', [
          {
            field: 'plannedEnd',
            message: 'must not be before the planned start',
            code: 'application.period.endBeforeStart',
            args: { startDate: '2027-03-01' },
          },
        ]);
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Change the period' }));
    const dialog = within(await screen.findByRole('dialog', { name: /Planned period of Asel/ }));
    const start = dialog.getByLabelText(/^Start/);
    await userEvent.clear(start);
    await userEvent.type(start, '2027-03-01');
    await userEvent.click(dialog.getByRole('button', { name: 'Save the period' }));

    await waitFor(() =>
      expect(dialog.getByLabelText(/^End/)).toHaveAccessibleDescription(
        expect.stringContaining('The end must not be before the start (1 Mar 2027).'),
      ),
    );
    expect(bodies).toEqual([{ version: 2, start: '2027-03-01', end: '2027-06-30' }]);
  });
});

describe('a decision the partner sent by e-mail', () => {
  it('is recorded with its reason after a confirmation, then its letter attached', async () => {
    const letter = new File(['%PDF-1.4 letter'], 'tartu-answer.pdf', { type: 'application/pdf' });
    const rejected: Nomination = {
      ...nomination,
      status: 'REJECTED',
      reason: 'No supervisor in spring',
      letter: {
        fileName: 'tartu-answer.pdf',
        contentType: 'application/pdf',
        sizeBytes: 15,
        sha256: 'c'.repeat(64),
        uploadedAt: '2026-12-04T10:00:00Z',
      },
      timeline: [
        ...(nomination.timeline ?? []),
        {
          at: '2026-12-04T10:00:00Z',
          actor: 'Gulnara Sydykova',
          kind: 'REJECTED',
          fromStatus: 'NOMINATED',
          toStatus: 'REJECTED',
          detail: { reason: 'No supervisor in spring', recordedByHand: true },
        },
      ],
    };
    let uploaded: FormDataEntryValue | null = null;
    let sentAs: string | null = null;
    const fetch = openDetail({
      [`POST ${ONE}/decision`]: { ...nomination, status: 'REJECTED' },
      [`PUT ${ONE}/letter`]: async (request: Request) => {
        sentAs = request.headers.get('content-type');
        uploaded = (await request.formData()).get('file');
        return json(200, rejected);
      },
    });
    await userEvent.click(
      await screen.findByRole('button', { name: 'Record the partner’s decision' }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: /The decision of the partner on Asel/,
    });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record…' }));
    expect(within(dialog).getByText('Choose what the partner decided.')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('radio', { name: 'Rejected' }));
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record…' }));
    expect(within(dialog).getByText('Give the reason the partner gave.')).toBeInTheDocument();
    await enter(textbox('The partner’s reason', dialog), 'No supervisor in spring');
    expect(within(dialog).getByLabelText('The partner’s letter (optional)')).toBeInTheDocument();
    // Mantine's FileInput is a button over a hidden file input
    await userEvent.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, letter);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record…' }));
    expect(
      within(dialog).getByText(/The place is offered to the next candidate at once/),
    ).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Record the decision' }));

    await waitFor(() => expect(uploaded).not.toBeNull());
    expect(await bodyOf(fetch, 'POST', `${ONE}/decision`)).toEqual({
      version: nomination.version,
      decision: 'REJECTED',
      reason: 'No supervisor in spring',
    });
    // jsdom's Request keeps neither the part's name nor its bytes: the multipart body and its part are what show
    expect(sentAs).toMatch(/^multipart\/form-data; boundary=/);
  });

  it('shows the letter and that the office recorded it', async () => {
    openDetail({
      [`GET ${ONE}`]: {
        ...nomination,
        status: 'ACCEPTED',
        letter: {
          fileName: 'acceptance.pdf',
          contentType: 'application/pdf',
          sizeBytes: 2048,
          sha256: 'c'.repeat(64),
          uploadedAt: '2026-12-04T10:00:00Z',
        },
        timeline: [
          {
            at: '2026-12-04T10:00:00Z',
            actor: 'Gulnara Sydykova',
            kind: 'ACCEPTED',
            fromStatus: 'NOMINATED',
            toStatus: 'ACCEPTED',
            detail: { recordedByHand: true },
          },
        ],
      },
    });
    expect(
      await screen.findByText(/^Partner’s letter: acceptance\.pdf \(2 KB\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText('Recorded by the international office from the partner’s letter or e-mail.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download the letter' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the partner’s decision' })).toBeNull();
  });
});
