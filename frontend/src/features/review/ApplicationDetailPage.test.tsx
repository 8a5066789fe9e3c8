import { screen, waitFor, within } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { enter, expectError, named } from '../../test/fields';
import { renderPage } from '../../test/render';
import type { ReviewApplication } from './api';
import { ApplicationDetailPage } from './ApplicationDetailPage';
import {
  application,
  APPLICATION_ID,
  CALL_ID,
  IMAGE_ID,
  PDF_ID,
  referenceRoutes,
} from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const path = `/api/v1/applications/${APPLICATION_ID}`;
const detailRoute = {
  route: `/manage/applications/${APPLICATION_ID}`,
  path: '/manage/applications/:id',
};

type Routes = Record<string, object | ((request: Request) => Response | Promise<Response>)>;

function openAs(
  role: 'coordinator' | 'admin',
  shown: ReviewApplication | (() => Response) = application,
  routes: Routes = {},
) {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser([role]));
  const fetch = mockApi({ ...referenceRoutes, [`GET ${path}`]: shown, ...routes });
  renderPage(<ApplicationDetailPage />, detailRoute);
  return fetch;
}

function region(name: string) {
  return within(screen.getByRole('region', { name }));
}

function reasonField() {
  return screen.getByRole('textbox', { name: named('Reason') });
}

function noteField() {
  return screen.getByRole('textbox', { name: named('Note for coordinators') });
}

describe('the application page', () => {
  let createObjectURL: ReturnType<typeof vi.fn<(blob: Blob) => string>>;
  let revokeObjectURL: ReturnType<typeof vi.fn<(url: string) => void>>;
  beforeEach(() => {
    createObjectURL = vi.fn(() => 'blob:document');
    revokeObjectURL = vi.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });
  afterEach(() => {
    notifications.clean();
    vi.restoreAllMocks();
  });

  it('shows the applicant as at submission, the call, the choices, the motivation, the documents and the timeline', async () => {
    openAs('coordinator');

    expect(
      await screen.findByRole('heading', { name: 'Application MD-2027-000042', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Applications to the call' })).toHaveAttribute(
      'href',
      `/manage/calls/${CALL_ID}/applications`,
    );
    expect(screen.getByText(/Submitted 1 Feb 2027 10:30/)).toBeInTheDocument();

    const applicant = region('Applicant');
    expect(applicant.getByText('Aizada Toktogulova')).toBeInTheDocument();
    expect(applicant.getByText('aizada@example.kg')).toBeInTheDocument();
    expect(applicant.getByText('15 Mar 2004')).toBeInTheDocument();
    expect(await applicant.findByText('Kyrgyzstan')).toBeInTheDocument();
    expect(applicant.getByText('+996 555 123 456')).toBeInTheDocument();
    expect(applicant.getByText('General Medicine')).toBeInTheDocument();
    expect(applicant.getByText('Master (EQF 7)')).toBeInTheDocument();
    expect(applicant.getByText('4.3 of 5')).toBeInTheDocument();
    expect(await applicant.findByText('English B2')).toBeInTheDocument();
    expect(applicant.getByText('Russian C1')).toBeInTheDocument();
    expect(applicant.queryByText('Department')).not.toBeInTheDocument();

    const call = region('Call');
    expect(call.getByRole('link', { name: 'Erasmus+ study exchange 2027/2028' })).toHaveAttribute(
      'href',
      `/manage/calls/${CALL_ID}`,
    );
    expect(call.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      '1. University of Tartu (EE)',
      '2. University of Milan (IT)',
    ]);
    expect(call.getByText('1 Sep 2027 – 31 Jan 2028')).toBeInTheDocument();

    const motivation = region('Motivation').getByText(/I want to learn surgery/);
    expect(motivation.textContent).toBe('I want to learn surgery.\nAnd Estonian.');
    expect(motivation).toHaveStyle({ whiteSpace: 'pre-wrap' });

    const documents = within(screen.getByRole('table', { name: 'Documents' }));
    const rows = documents.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Transcript of records');
    expect(rows[1]).toHaveTextContent('transcript.pdf');
    expect(rows[1]).toHaveTextContent('178 KB');
    expect(rows[1]).toHaveTextContent('30 Jan 2027 16:00');
    expect(
      documents.getByLabelText(`SHA-256 ${application.documents[0].sha256}`),
    ).toHaveTextContent('1507a01caf3d…');
    expect(rows[2]).toHaveTextContent('Medical certificate');
    expect(rows[2]).toHaveTextContent('certificate.png');

    const timeline = within(screen.getByRole('table', { name: 'Timeline' }));
    expect(timeline.getByText('Application started')).toBeInTheDocument();
    expect(timeline.getByText('20 Jan 2027 15:00')).toBeInTheDocument();

    expect(screen.getByRole('radio', { name: 'Eligible' })).toBeInTheDocument();
    expect(screen.getByText('Never shown to the applicant.')).toBeInTheDocument();
    expect(screen.getByText('0 of 10,000 characters')).toBeInTheDocument();
  }, 15_000);

  it('refuses an ineligible decision without a reason before asking the server', async () => {
    const fetch = openAs('coordinator');
    await userEvent.click(await screen.findByRole('radio', { name: 'Ineligible' }));
    expect(
      screen.getByText(
        'The applicant reads this reason. Required when the application is ineligible.',
      ),
    ).toBeInTheDocument();
    await enter(reasonField(), '   ');
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));

    expectError(
      reasonField(),
      'Say why the application is ineligible: the applicant is told the reason',
    );
    await waitFor(() => expect(reasonField()).toHaveFocus());
    expect(requestsOf(fetch).filter((request) => request.startsWith('PUT'))).toEqual([]);
  });

  it('records a decision with the version loaded, and a note after it with the next version', async () => {
    const sent: unknown[] = [];
    const decided: ReviewApplication = {
      ...application,
      eligibility: 'ELIGIBLE',
      eligibilityDecidedAt: '2027-02-02T04:00:00Z',
      eligibilityDecidedBy: 'coordinator',
      version: 1,
      timeline: [
        ...application.timeline,
        {
          at: '2027-02-02T04:00:00Z',
          actor: 'coordinator',
          kind: 'ELIGIBILITY_DECIDED',
          decision: 'ELIGIBLE',
        },
      ],
    };
    openAs('coordinator', application, {
      [`PUT ${path}/eligibility`]: async (request) => {
        sent.push(await request.json());
        return json(200, decided);
      },
      [`PUT ${path}/note`]: async (request) => {
        sent.push(await request.json());
        return json(200, { ...decided, coordinatorNote: 'Call her', version: 2 });
      },
    });
    await userEvent.click(await screen.findByRole('radio', { name: 'Eligible' }));
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));

    expect(await screen.findByText('Decision recorded: Eligible')).toBeInTheDocument();
    expect(await screen.findByText('2 Feb 2027 10:00 by coordinator')).toBeInTheDocument();
    expect(screen.getByText('Found eligible')).toBeInTheDocument();

    await enter(noteField(), 'Call her');
    expect(screen.getByText('8 of 10,000 characters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    expect(await screen.findByText('Note saved')).toBeInTheDocument();
    expect(sent).toEqual([
      { version: 0, decision: 'ELIGIBLE' },
      { version: 1, note: 'Call her' },
    ]);
  }, 15_000);

  it('shows what the server refused beside the reason', async () => {
    openAs('coordinator', application, {
      [`PUT ${path}/eligibility`]: () =>
        problem(422, 'Refused by a rule', [
          { field: 'reason', message: 'is required for INELIGIBLE: the applicant is told why' },
        ]),
    });
    await userEvent.click(await screen.findByRole('radio', { name: 'Ineligible' }));
    await enter(reasonField(), 'x');
    await userEvent.click(screen.getByRole('button', { name: 'Record the decision' }));

    await waitFor(() =>
      expectError(reasonField(), 'is required for INELIGIBLE: the applicant is told why'),
    );
    expect(reasonField()).toHaveValue('x');
  });

  it('keeps the note when someone else changed the application, and saves it on the version reloaded', async () => {
    let reads = 0;
    const sent: unknown[] = [];
    openAs(
      'coordinator',
      () => {
        reads += 1;
        return json(200, reads === 1 ? application : { ...application, version: 5 });
      },
      {
        [`PUT ${path}/note`]: async (request) => {
          const body = (await request.json()) as { version: number };
          sent.push(body);
          return body.version === 5
            ? json(200, { ...application, coordinatorNote: 'Mine', version: 6 })
            : problem(409, 'Stale version', [
                { field: 'version', message: 'is stale; the current version is 5' },
              ]);
        },
      },
    );
    await enter(
      await screen.findByRole('textbox', { name: named('Note for coordinators') }),
      'Mine',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Save the note' }));

    const title = await screen.findByText('The application changed meanwhile');
    const alert = title.closest<HTMLElement>('[role="alert"]')!;
    await userEvent.click(within(alert).getByRole('button', { name: 'Reload, keeping my text' }));
    await waitFor(() =>
      expect(screen.queryByText('The application changed meanwhile')).not.toBeInTheDocument(),
    );
    expect(reads).toBe(2);
    expect(noteField()).toHaveValue('Mine');

    await userEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    expect(await screen.findByText('Note saved')).toBeInTheDocument();
    expect(sent).toEqual([
      { version: 0, note: 'Mine' },
      { version: 5, note: 'Mine' },
    ]);
  }, 15_000);

  it('refuses a note longer than the server takes, counting the characters', async () => {
    const fetch = openAs('coordinator');
    const field = await screen.findByRole('textbox', { name: named('Note for coordinators') });
    await enter(field, 'x'.repeat(10_001));
    expect(screen.getByText('10,001 of 10,000 characters')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Save the note' }));
    expectError(noteField(), 'At most 10,000 characters');
    expect(requestsOf(fetch).filter((request) => request.startsWith('PUT'))).toEqual([]);
  });

  it('lets an admin read everything, the note included, and change nothing', async () => {
    openAs('admin', {
      ...application,
      eligibility: 'INELIGIBLE',
      eligibilityReason: 'The grade average is below 4.5 of 5',
      eligibilityDecidedAt: '2027-02-02T04:00:00Z',
      eligibilityDecidedBy: 'coordinator',
      coordinatorNote: 'Asked for a new transcript',
    });
    expect(
      await screen.findByText('You can read this application; only coordinators decide on it.'),
    ).toBeInTheDocument();
    const decision = region('Eligibility');
    expect(decision.getByText('The grade average is below 4.5 of 5')).toBeInTheDocument();
    expect(decision.getByText('Ineligible')).toBeInTheDocument();
    expect(region('Private note').getByText('Asked for a new transcript')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record the decision' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the note' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Preview transcript.pdf' })).toBeEnabled();
  });

  it('explains why a withdrawn application gets no decision, and still takes a note', async () => {
    openAs('coordinator', {
      ...application,
      status: 'WITHDRAWN',
      withdrawnAt: '2027-02-10T06:00:00Z',
    });
    expect(
      await screen.findByText(
        'The applicant withdrew this application, so its eligibility can no longer be decided.',
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Withdrawn 10 Feb 2027 12:00/)).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(noteField()).toBeEnabled();
  });

  it('previews a PDF in a frame and an image, fetched with inline=true, and frees them on close', async () => {
    const fetch = openAs('coordinator', application, {
      [`GET ${path}/documents/${PDF_ID}`]: () =>
        new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
      [`GET ${path}/documents/${IMAGE_ID}`]: () =>
        new Response('PNG', { headers: { 'Content-Type': 'image/png' } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Preview transcript.pdf' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Preview of transcript.pdf' }));
    const frame = dialog.getByTitle('Preview of transcript.pdf');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame).toHaveAttribute('src', 'blob:document');
    expect(frame).not.toHaveAttribute('sandbox');
    expect(requestsOf(fetch)).toContain(`GET ${path}/documents/${PDF_ID}?inline=true`);
    const blob = createObjectURL.mock.calls[0][0];
    expect(blob.type).toBe('application/pdf');

    await userEvent.click(dialog.getByRole('button', { name: 'Close the preview' }));
    await waitFor(() =>
      expect(screen.queryByRole('dialog', { name: 'Preview of transcript.pdf' })).toBeNull(),
    );
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:document');

    await userEvent.click(screen.getByRole('button', { name: 'Preview certificate.png' }));
    const image = await screen.findByRole('img', { name: 'Preview of certificate.png' });
    expect(image).toHaveAttribute('src', 'blob:document');
    expect(requestsOf(fetch)).toContain(`GET ${path}/documents/${IMAGE_ID}?inline=true`);
    await userEvent.keyboard('{Escape}');
    await waitFor(() => expect(revokeObjectURL).toHaveBeenCalledTimes(2));
  }, 15_000);

  it('downloads a document under its name, and says so when that fails', async () => {
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let fail = false;
    const fetch = openAs('coordinator', application, {
      [`GET ${path}/documents/${PDF_ID}`]: () =>
        fail
          ? problem(500, 'Internal Server Error')
          : new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Download transcript.pdf' }));
    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    expect((click.mock.contexts[0] as HTMLAnchorElement).download).toBe('transcript.pdf');
    expect(requestsOf(fetch)).toContain(`GET ${path}/documents/${PDF_ID}`);

    fail = true;
    await userEvent.click(screen.getByRole('button', { name: 'Download transcript.pdf' }));
    expect(
      await screen.findByText('The document could not be loaded. Please try again.'),
    ).toBeInTheDocument();
  });

  it('says so when the application does not exist', async () => {
    openAs('coordinator', () => problem(404, 'Not Found'));
    expect(
      await screen.findByText('This application does not exist or is not visible to you.'),
    ).toBeInTheDocument();
  });
});
