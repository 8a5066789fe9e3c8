import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { choose, combobox } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { MyApplication, MyApplicationInput } from './api';
import { ApplicationPage } from './ApplicationPage';
import { APPLICATION_ID, complete, draft, PATH, RIGA, submitted, TARTU, VILNIUS } from './testData';

const route = { route: `/me/applications/${APPLICATION_ID}`, path: '/me/applications/:id' };

function open(application: MyApplication, routes: Record<string, object> = {}) {
  const fetch = mockApi({
    [`GET ${PATH}`]: application,
    // A submitted application's section; the results are not out yet
    [`GET ${PATH}/result`]: { applicationId: APPLICATION_ID, published: false },
    ...routes,
  });
  renderPage(<ApplicationPage />, route);
  return fetch;
}

function puts(fetch: ReturnType<typeof mockApi>) {
  return requestsOf(fetch).filter((request) => request.startsWith('PUT'));
}

function motivation() {
  return screen.getByRole('textbox', { name: 'Why do you apply?' });
}

/** Answers each PUT with the draft as sent, the version one up, and records the bodies. */
function echoSaves(sent: MyApplicationInput[], base: MyApplication = draft) {
  return async (request: Request) => {
    const body = (await request.json()) as MyApplicationInput;
    sent.push(body);
    return json(200, {
      ...base,
      motivation: body.motivation,
      plannedStart: body.plannedStart,
      plannedEnd: body.plannedEnd,
      preferences: (body.preferences ?? []).map((id) =>
        [TARTU, RIGA, VILNIUS].find((partner) => partner.id === id)!,
      ),
      version: body.version + 1,
    });
  };
}

describe('the application page', { timeout: 20_000 }, () => {
  beforeEach(() => sessionStorage.clear());

  it('shows the call, its deadline in the home zone, and the checklist with what is missing', async () => {
    open(draft);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Semester abroad 2027' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Deadline: 31 Mar 2099 23:59 (Asia/Bishkek)')).toBeInTheDocument();
    expect(screen.getByText('Draft')).toBeInTheDocument();

    const checklist = within(screen.getByRole('region', { name: 'Checklist' }));
    expect(checklist.getByText('1 of 6 required items done')).toBeInTheDocument();
    // Translated by the key, with its argument translated too
    expect(checklist.getByText('Your profile lacks the citizenship.')).toBeInTheDocument();
    expect(checklist.getByRole('link', { name: 'Complete my profile' })).toHaveAttribute(
      'href',
      '/me/profile',
    );
    expect(checklist.getByText('The start date is missing.')).toBeInTheDocument();
    // A key with no translation shows the server's English message
    expect(checklist.getByText('needs a sentence about the host')).toBeInTheDocument();
    expect(checklist.getByText('Transcript of records')).toBeInTheDocument();
    expect(checklist.getByText('Medical certificate')).toBeInTheDocument();
    expect(checklist.getByText('Optional')).toBeInTheDocument();

    await userEvent.click(checklist.getByRole('link', { name: 'Go to Motivation' }));
    expect(motivation()).toHaveFocus();

    // A draft may be withdrawn before the deadline too
    expect(screen.getByRole('button', { name: 'Withdraw application' })).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Submit application' });
    expect(submit).toBeDisabled();
    expect(submit).toHaveAccessibleDescription(
      'Complete every required item of the checklist to submit.',
    );
  });

  it('saves the draft once typing pauses, with the version, and says when', async () => {
    const sent: MyApplicationInput[] = [];
    const fetch = open(draft, { [`PUT ${PATH}`]: echoSaves(sent) });
    await screen.findByRole('heading', { level: 1 });

    fireEvent.change(motivation(), { target: { value: 'I' } });
    fireEvent.change(motivation(), { target: { value: 'I want' } });
    expect(screen.getByText('Saving…')).toBeInTheDocument();
    expect(puts(fetch)).toEqual([]);
    // Kept in the tab until saved, so that a reload loses nothing
    expect(sessionStorage.getItem(`mobility-desk.application-draft.${APPLICATION_ID}`)).toContain(
      'I want',
    );

    expect(await screen.findByText(/^Saved at \d\d:\d\d$/)).toBeInTheDocument();
    expect(sent).toEqual([{ version: 1, preferences: [], motivation: 'I want' }]);
    expect(screen.getByText('6 / 10000 characters')).toBeInTheDocument();
    expect(sessionStorage.getItem(`mobility-desk.application-draft.${APPLICATION_ID}`)).toBeNull();

    fireEvent.change(motivation(), { target: { value: 'I want to go' } });
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1].version).toBe(2);
  });

  it('restores input a reload interrupted before it was saved, and saves it', async () => {
    sessionStorage.setItem(
      `mobility-desk.application-draft.${APPLICATION_ID}`,
      JSON.stringify({
        version: 1,
        values: {
          preferences: [],
          plannedStart: null,
          plannedEnd: null,
          motivation: 'Typed before the reload',
        },
      }),
    );
    const sent: MyApplicationInput[] = [];
    open(draft, { [`PUT ${PATH}`]: echoSaves(sent) });
    await screen.findByRole('heading', { level: 1 });
    expect(motivation()).toHaveValue('Typed before the reload');
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ version: 1, motivation: 'Typed before the reload' });
  });

  it('keeps one save in flight and sends only the latest input after it', async () => {
    const sent: MyApplicationInput[] = [];
    let release: () => void = () => {};
    const echo = echoSaves(sent);
    const fetch = open(draft, {
      [`PUT ${PATH}`]: (request: Request) =>
        sent.length === 0
          ? new Promise<Response>((resolve) => {
              release = () => void echo(request).then(resolve);
            })
          : echo(request),
    });
    await screen.findByRole('heading', { level: 1 });

    fireEvent.change(motivation(), { target: { value: 'first' } });
    await waitFor(() => expect(puts(fetch)).toHaveLength(1));
    fireEvent.change(motivation(), { target: { value: 'second' } });
    await new Promise((resolve) => setTimeout(resolve, 900));
    fireEvent.change(motivation(), { target: { value: 'third' } });
    await new Promise((resolve) => setTimeout(resolve, 900));
    expect(puts(fetch)).toHaveLength(1);

    release();
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent.map((body) => [body.motivation, body.version])).toEqual([
      ['first', 1],
      ['third', 2],
    ]);
    expect(puts(fetch)).toHaveLength(2);
  });

  it('reloads the saved copy when the draft was changed elsewhere', async () => {
    const elsewhere = { ...draft, motivation: 'Typed on my phone', version: 4 };
    let reads = 0;
    open(draft, {
      [`GET ${PATH}`]: () => json(200, reads++ === 0 ? draft : elsewhere),
      [`PUT ${PATH}`]: () => problem(409, 'Conflict'),
    });
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(motivation(), { target: { value: 'Typed here' } });

    expect(
      await screen.findByText('Your application was changed elsewhere', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(motivation()).toHaveValue('Typed on my phone');
  });

  it('shows what the server refuses beside the field', async () => {
    open(draft, {
      [`PUT ${PATH}`]: () =>
        json(
          422,
          {
            type: 'about:blank',
            title: 'Refused',
            status: 422,
            errors: [
              {
                field: 'plannedEnd',
                message: 'makes the mobility 390 days',
                code: 'application.period.tooLong',
                args: { days: '390', minimum: '2', maximum: '12', unit: 'MONTHS' },
              },
            ],
          },
          'application/problem+json',
        ),
    });
    await screen.findByRole('heading', { level: 1 });
    fireEvent.change(screen.getByLabelText('Planned start'), { target: { value: '2027-09-01' } });
    fireEvent.change(screen.getByLabelText('Planned end'), { target: { value: '2028-09-30' } });
    // The length is computed on this side as soon as both dates are there
    expect(
      screen.getByText(/Length: 390 days in 30-day months \(13 months and 0 days\)/),
    ).toBeInTheDocument();

    const end = screen.getByLabelText('Planned end');
    await waitFor(() => expect(end).toHaveAttribute('aria-invalid', 'true'));
    expect(end).toHaveAccessibleDescription(
      'Too long: 390 days; this mobility lasts 2 to 12 months.',
    );
    expect(screen.getByText('Not saved')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
  });

  it('ranks partners without duplicates, up to the maximum, and moves them', async () => {
    const sent: MyApplicationInput[] = [];
    open(draft, { [`PUT ${PATH}`]: echoSaves(sent) });
    await screen.findByRole('heading', { level: 1 });

    await choose('Choice 1', 'University of Tartu · Tartu, Estonia · Places: 2');
    await userEvent.click(combobox('Choice 2'));
    // A partner ranked already is not offered again
    expect(
      await screen.findByRole('option', {
        name: 'Vilnius University · Vilnius, Lithuania · Places: 3',
      }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('option', { name: /University of Tartu/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('option', { name: /Vilnius University/ }));

    // The call allows two
    expect(
      screen.getByText('You have ranked the most partners this call allows (2).'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Choice 3' })).not.toBeInTheDocument();

    const up = screen.getByRole('button', { name: 'Move choice 2 up' });
    await userEvent.click(up);
    expect(combobox('Choice 1')).toHaveValue('Vilnius University · Vilnius, Lithuania · Places: 3');
    expect(combobox('Choice 2')).toHaveValue('University of Tartu · Tartu, Estonia · Places: 2');
    // The focus follows the partner moved
    expect(screen.getByRole('button', { name: 'Move choice 1 down' })).toHaveFocus();
    expect(screen.getByRole('button', { name: 'Move choice 1 up' })).toBeDisabled();

    await waitFor(() => expect(sent.at(-1)?.preferences).toEqual([VILNIUS.id, TARTU.id]));

    await userEvent.click(screen.getByRole('button', { name: 'Remove choice 1' }));
    expect(combobox('Choice 1')).toHaveValue('University of Tartu · Tartu, Estonia · Places: 2');
    await waitFor(() => expect(sent.at(-1)?.preferences).toEqual([TARTU.id]));
  });

  it('submits a complete application after a confirmation and shows the receipt', async () => {
    const fetch = open(complete, {
      [`POST ${PATH}/submit`]: submitted,
      'GET /api/v1/me/profile': { email: 'aizada@example.edu', saved: true },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit application' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Submit your application?' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Submit' }));

    const receipt = await screen.findByRole('region', { name: 'Your application was submitted' });
    expect(within(receipt).getByText('MD-2027-000042')).toBeInTheDocument();
    expect(
      await within(receipt).findByText('An e-mail receipt was sent to aizada@example.edu.'),
    ).toBeInTheDocument();
    expect(within(receipt).getByRole('heading')).toHaveFocus();
    expect(requestsOf(fetch)).toContain(`POST ${PATH}/submit`);
    // Now read-only, with the timeline and the way to withdraw
    expect(screen.queryByRole('textbox', { name: 'Why do you apply?' })).not.toBeInTheDocument();
    expect(screen.getByText('I want to study at Tartu.')).toBeInTheDocument();
    const history = within(screen.getByRole('region', { name: 'History' }));
    expect(history.getByText('Draft started')).toBeInTheDocument();
    expect(history.getByText('Submitted')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Withdraw application' })).toBeInTheDocument();
  });

  it('lists what the server still finds missing when it refuses the submission', async () => {
    open(complete, {
      [`POST ${PATH}/submit`]: () =>
        json(
          422,
          {
            type: 'about:blank',
            title: 'Incomplete',
            status: 422,
            errors: [
              {
                field: 'checklist.PROFILE',
                message: 'is not saved yet: complete and save your profile',
                code: 'application.profile.notSaved',
              },
              {
                field: 'documents.TRANSCRIPT_OF_RECORDS',
                message: 'is missing: upload it',
                code: 'application.document.missing',
                args: { type: 'TRANSCRIPT_OF_RECORDS' },
              },
            ],
          },
          'application/problem+json',
        ),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Submit application' }));
    const dialog = within(await screen.findByRole('dialog'));
    await userEvent.click(dialog.getByRole('button', { name: 'Submit' }));

    const alert = await screen.findByRole('alert');
    expect(
      within(alert).getByText('Your application cannot be submitted yet:'),
    ).toBeInTheDocument();
    expect(
      within(alert).getByText('Your profile: Not saved yet: complete and save your profile.'),
    ).toBeInTheDocument();
    expect(within(alert).getByText('Transcript of records: Not uploaded yet.')).toBeInTheDocument();
  });

  it('withdraws a submitted application after saying what follows, and offers to apply again', async () => {
    const withdrawn: MyApplication = {
      ...submitted,
      status: 'WITHDRAWN',
      withdrawnAt: '2027-02-10T09:00:00Z',
      timeline: [...submitted.timeline, { at: '2027-02-10T09:00:00Z', kind: 'WITHDRAWN' }],
    };
    const fetch = open(submitted, {
      [`POST ${PATH}/withdraw`]: withdrawn,
      'GET /api/v1/me/profile': { email: 'aizada@example.edu', saved: true },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Withdraw application' }));
    const dialog = within(
      await screen.findByRole('dialog', { name: 'Withdraw your application?' }),
    );
    expect(
      dialog.getByText(/Until the deadline you can apply again with a new application/),
    ).toBeInTheDocument();
    await userEvent.click(dialog.getByRole('button', { name: 'Cancel' }));
    expect(requestsOf(fetch)).not.toContain(`POST ${PATH}/withdraw`);

    await userEvent.click(screen.getByRole('button', { name: 'Withdraw application' }));
    await userEvent.click(
      within(await screen.findByRole('dialog')).getByRole('button', { name: 'Withdraw' }),
    );
    expect(
      await screen.findByText(/You withdrew this application on .*: you can apply again/),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Apply again' })).toHaveAttribute(
      'href',
      `/calls/${submitted.call.id}/apply`,
    );
    expect(screen.queryByRole('button', { name: 'Withdraw application' })).not.toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`POST ${PATH}/withdraw`);
  });

  it('offers no new application once the call is closed', async () => {
    open({
      ...submitted,
      status: 'WITHDRAWN',
      withdrawnAt: '2027-02-10T09:00:00Z',
      call: {
        ...submitted.call,
        schedule: { ...submitted.call.schedule, acceptingApplications: false },
      },
    });
    expect(await screen.findByText(/You withdrew this application on/)).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Apply again' })).not.toBeInTheDocument();
  });

  it('tells the applicant which eligibility decision was taken and why', async () => {
    open({
      ...submitted,
      eligibility: 'INELIGIBLE',
      eligibilityReason: 'Grade average below 4.0 of 5',
      timeline: [
        ...submitted.timeline,
        {
          at: '2027-02-11T09:00:00Z',
          kind: 'ELIGIBILITY_DECIDED',
          decision: 'INELIGIBLE',
          detail: 'Grade average below 4.0 of 5',
        },
      ],
    });
    const history = within(await screen.findByRole('region', { name: 'History' }));
    expect(history.getByText('Found not eligible')).toBeInTheDocument();
    expect(history.getByText('Reason: Grade average below 4.0 of 5')).toBeInTheDocument();
  });

  it('is read-only once the call has closed', async () => {
    open({
      ...draft,
      call: {
        ...draft.call,
        schedule: {
          ...draft.call.schedule,
          acceptingApplications: false,
          opensAt: '2020-01-01T00:00:00Z',
          deadline: '2020-03-31T17:59:59Z',
        },
      },
    });
    expect(await screen.findByText(/The call closed on/)).toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: 'Why do you apply?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Submit application' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Upload/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw application' })).not.toBeInTheDocument();
  });
});
