import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import type { Agreement } from './api';
import { AgreementDetailPage } from './AgreementDetailPage';
import { agreement, diff, inForce, referenceRoutes } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const path = `/api/v1/agreements/${agreement.id}`;
const signedAmendment = { ...agreement.amendment!, status: 'SIGNED_BY_HOME' as const };
const detailRoute = { route: `/manage/agreements/${agreement.id}`, path: '/manage/agreements/:id' };

function openAs(
  role: 'coordinator' | 'admin',
  shown: Agreement | (() => Response),
  routes: Record<string, unknown> = {},
) {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser([role]));
  const fetch = mockApi({
    ...referenceRoutes,
    [`GET ${path}`]: shown,
    [`GET ${path}/diff`]: diff,
    ...(routes as Record<string, object>),
  });
  renderPage(<AgreementDetailPage />, detailRoute);
  return fetch;
}

function cellsOf(row: HTMLElement) {
  return [...row.querySelectorAll('th, td')].map((cell) => cell.textContent);
}

describe('the agreement page', () => {
  afterEach(() => vi.restoreAllMocks());

  it('shows the version in force beside the amendment in progress: sides, flows, changes, versions, history', async () => {
    const fetch = openAs('coordinator', agreement);

    const title = await screen.findByRole('heading', { name: 'University of Tartu', level: 1 });
    expect(title.parentElement).toHaveTextContent(
      'University of TartuIn forceAmendment: draft (version 2)',
    );
    const home = within(
      screen.getByRole('region', { name: 'Side of International Higher School of Medicine' }),
    );
    expect(home.getByText('IHSM-IIA-2024-01')).toBeInTheDocument();
    expect(home.getByRole('link', { name: 'rector@ihsm.kg' })).toBeInTheDocument();
    expect(home.getByText('15 Apr 2024')).toBeInTheDocument();
    const partner = within(screen.getByRole('region', { name: 'Side of University of Tartu' }));
    expect(partner.getByText('UT-ICM-2024-07')).toBeInTheDocument();
    const facts = within(screen.getByRole('region', { name: 'Agreement' }));
    expect(facts.getByLabelText(`Content hash ${agreement.contentHash}`)).toHaveTextContent(
      '1507a01caf3d…',
    );
    // the version in force and the one both sides approved
    expect(facts.getAllByText('Version 1')).toHaveLength(2);
    expect(facts.getByText('Amendment: draft (version 2)')).toBeInTheDocument();

    expect(facts.getByRole('link', { name: '2024-1-EE01-KA171-HED-000123456' })).toHaveAttribute(
      'href',
      `/manage/projects/${agreement.projects[0].id}`,
    );

    const flows = within(screen.getByRole('table', { name: 'Cooperation conditions' }));
    const rows = flows.getAllByRole('row');
    await waitFor(() =>
      expect(cellsOf(rows[1])).toEqual([
        'Student mobility for studies',
        'International Higher School of Medicine → University of Tartu',
        '2024/2025 – 2027/2028',
        '2',
        '10 months',
        '0912 Medicine (dentistry)0913 Nursing and midwifery',
        '6, 7',
        'English B2 (0912 Medicine)Estonian A1',
        'Yes',
        'Tuition waived at the host',
      ]),
    );
    expect(cellsOf(rows[2]).slice(0, 5)).toEqual([
      'Staff mobility for teaching',
      'University of Tartu → International Higher School of Medicine',
      '2024/2025 – 2027/2028',
      '2',
      '10 days',
    ]);

    const changes = within(
      screen.getByRole('region', { name: 'Changes since the partner approved version 1' }),
    );
    expect(await changes.findByText('Total months per year: 10 → 12')).toBeInTheDocument();
    expect(changes.getByText('Blended allowed: No → Yes')).toBeInTheDocument();
    expect(
      changes.getByText(
        'Staff mobility for training: International Higher School of Medicine → University of Tartu',
      ),
    ).toBeInTheDocument();
    expect(changes.getByText('Added')).toBeInTheDocument();
    expect(changes.getByText('Total days per year: 7')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`GET ${path}/diff?to=2`);
    const amendment = within(
      screen.getByRole('region', { name: 'Amendment in progress: version 2' }),
    );
    expect(
      amendment.getByText('Version 1 stays in force until the partner approves version 2.'),
    ).toBeInTheDocument();
    const amended = within(screen.getByRole('table', { name: 'Flows of the amendment' }));
    expect(cellsOf(amended.getAllByRole('row')[1])[4]).toBe('12 months');

    const history = within(screen.getByRole('table', { name: 'History' }));
    expect(history.getByText('In force · amendment draft')).toBeInTheDocument();
    expect(history.getByText('Welcome back')).toBeInTheDocument();
    const versions = within(screen.getByRole('table', { name: 'Versions of the conditions' }));
    expect(versions.getByText('approved')).toBeInTheDocument();
    expect(versions.getByText('amendment')).toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute(
      'href',
      `/manage/agreements/${agreement.id}/edit`,
    );
    expect(screen.getByRole('button', { name: 'Sign' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Withdraw the amendment' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate' })).not.toBeInTheDocument();
  }, 15_000);

  it('signs only after confirmation, sending the version and signer, and shows the new state', async () => {
    let sent: unknown;
    const fetch = openAs('coordinator', agreement, {
      [`POST ${path}/sign`]: async (request: Request) => {
        sent = await request.json();
        return json(200, { ...agreement, amendment: signedAmendment, version: 6 });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Sign' }));

    const dialog = within(await screen.findByRole('dialog', { name: 'Sign the agreement' }));
    expect(dialog.getByText(agreement.contentHash)).toBeInTheDocument();
    expect(requestsOf(fetch).filter((request) => request.startsWith('POST'))).toEqual([]);
    const date = dialog.getByLabelText(/Signing date/);
    await userEvent.clear(date);
    await userEvent.type(date, '2026-11-28');
    await userEvent.click(dialog.getByRole('button', { name: 'Sign' }));

    expect(
      await screen.findByText('The agreement was signed; it now awaits the partner’s approval.'),
    ).toBeInTheDocument();
    expect(sent).toEqual({ version: 5, signerName: 'IHSM Rector', signingDate: '2026-11-28' });
    expect(
      await screen.findAllByText('Amendment: awaiting partner approval (version 2)'),
    ).not.toHaveLength(0);
    expect(screen.queryByRole('button', { name: 'Sign' })).not.toBeInTheDocument();
  }, 15_000);

  it('shows why the server refused a termination beside the field, and sends the override', async () => {
    const bodies: unknown[] = [];
    openAs('coordinator', inForce, {
      [`POST ${path}/terminate`]: async (request: Request) => {
        bodies.push(await request.json());
        return problem(422, 'Unprocessable Content', [
          { field: 'terminationDate', message: 'must not be in the past' },
        ]);
      },
    });
    expect(screen.queryByRole('button', { name: 'Sign' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Terminate' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Terminate the agreement' }));
    const date = dialog.getByLabelText(/Termination date/);
    await userEvent.clear(date);
    await userEvent.type(date, '2027-01-31');
    await userEvent.type(dialog.getByLabelText(/^Reason/), 'Programme closed');
    await userEvent.click(dialog.getByRole('button', { name: 'Terminate' }));
    expect(date).toHaveAccessibleDescription(/Give one academic year of notice/);
    expect(bodies).toEqual([]);

    await userEvent.click(
      dialog.getByRole('checkbox', {
        name: 'Terminate with less than one academic year of notice',
      }),
    );
    await userEvent.type(dialog.getByLabelText(/Why the notice is not kept/), 'Accreditation lost');
    await userEvent.click(dialog.getByRole('button', { name: 'Terminate' }));

    await waitFor(() => expect(date).toHaveAttribute('aria-invalid', 'true'));
    expect(date).toHaveAccessibleDescription(/must not be in the past/);
    expect(bodies).toEqual([
      {
        version: 5,
        terminationDate: '2027-01-31',
        reason: 'Programme closed',
        overrideNotice: true,
        overrideReason: 'Accreditation lost',
      },
    ]);
  }, 15_000);

  it('reloads with a clear message when someone changed the agreement meanwhile', async () => {
    let reads = 0;
    openAs(
      'coordinator',
      () => {
        reads += 1;
        return json(200, reads === 1 ? agreement : { ...agreement, amendment: signedAmendment });
      },
      {
        [`POST ${path}/restore-approved`]: () =>
          problem(409, 'Conflict', [{ field: 'version', message: 'is stale' }]),
      },
    );
    await userEvent.click(await screen.findByRole('button', { name: 'Withdraw the amendment' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Withdraw the amendment' }));
    await userEvent.click(dialog.getByRole('button', { name: 'Withdraw the amendment' }));

    expect(
      await screen.findByText(
        'The agreement was changed meanwhile. The page now shows its current state.',
      ),
    ).toBeInTheDocument();
    expect(
      await screen.findAllByText('Amendment: awaiting partner approval (version 2)'),
    ).not.toHaveLength(0);
    expect(reads).toBe(2);
  }, 15_000);

  it('downloads the PDF with a readable name, and says so when it fails', async () => {
    const createObjectURL = vi.fn(() => 'blob:agreement');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    let fail = false;
    const fetch = openAs('admin', inForce, {
      [`GET ${path}/pdf`]: () =>
        fail
          ? problem(500, 'Internal Server Error')
          : new Response('%PDF-1.7', { headers: { 'Content-Type': 'application/pdf' } }),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Download PDF' }));

    await waitFor(() => expect(click).toHaveBeenCalledTimes(1));
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe('agreement-university-of-tartu-2024-2025-2027-2028.pdf');
    expect(link.href).toBe('blob:agreement');
    const pdfRequest = fetch.mock.calls
      .map(([request]) => request)
      .find((request) => request.url.endsWith('/pdf'));
    expect(pdfRequest?.headers.get('Accept')).toBe('application/pdf');
    // An admin reads and prints, never acts.
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Terminate' })).not.toBeInTheDocument();

    fail = true;
    await userEvent.click(screen.getByRole('button', { name: 'Download PDF' }));
    expect(
      await screen.findByText('The PDF could not be downloaded. Please try again.'),
    ).toBeInTheDocument();
    expect(click).toHaveBeenCalledTimes(1);
  });

  it('says so when the agreement does not exist', async () => {
    openAs('coordinator', () => problem(404, 'Not Found'));
    expect(
      await screen.findByText('This agreement does not exist or is not visible to you.'),
    ).toBeInTheDocument();
  });
});
