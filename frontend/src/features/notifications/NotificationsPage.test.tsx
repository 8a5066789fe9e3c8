import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useLocation } from 'react-router';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { page, tartu } from '../../test/data';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import type { Notification } from './api';
import { NotificationsPage } from './NotificationsPage';
import { agreementId, delivered, failed, notificationPage } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

/** Shows the address the page has put its filters in. */
function Address() {
  const { search } = useLocation();
  return <output aria-label="address">{search}</output>;
}

function openAs(
  role: 'coordinator' | 'admin',
  routes: Parameters<typeof mockApi>[0] = {},
  route = '/manage/notifications',
) {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser([role]));
  const fetch = mockApi({
    'GET /api/v1/institutions': page([tartu]),
    [`GET /api/v1/institutions/${tartu.id}`]: tartu,
    'GET /api/v1/notifications': notificationPage([failed, delivered]),
    ...routes,
  });
  const { unmount } = renderPage(
    <>
      <NotificationsPage />
      <Address />
    </>,
    { route },
  );
  return Object.assign(fetch, { unmount });
}

function rowOf(name: string) {
  return within(screen.getByRole('row', { name: new RegExp(name) }));
}

describe('the partner notifications', () => {
  it('lists each notification with its event, partner and delivery state', async () => {
    const fetch = openAs('coordinator');

    expect(screen.getByRole('heading', { name: 'Partner notifications' })).toBeInTheDocument();
    const signed = await screen.findByRole('link', { name: 'Agreement signed' });
    expect(signed).toHaveAttribute('href', `/manage/agreements/${agreementId}`);
    const failedRow = rowOf('Agreement signed');
    expect(await failedRow.findByText('University of Tartu')).toBeInTheDocument();
    expect(failedRow.getByText('Failed')).toBeInTheDocument();
    expect(failedRow.getByText('HTTP 503')).toBeInTheDocument();
    expect(failedRow.getByText('8')).toBeInTheDocument();
    expect(failedRow.getByText(/20 Nov 2026/)).toBeInTheDocument();
    const deliveredRow = rowOf('Agreement approved');
    expect(deliveredRow.getByText('Delivered')).toBeInTheDocument();
    expect(deliveredRow.getAllByText(/21 Nov 2026/)).toHaveLength(2);
    expect(screen.getByText('Notifications found: 2')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain('GET /api/v1/notifications?page=0&size=20');
  });

  it('puts the chosen state and partner in the address and the request', async () => {
    const fetch = openAs('admin');
    await screen.findByRole('link', { name: 'Agreement signed' });

    await userEvent.click(screen.getByRole('combobox', { name: 'Delivery state' }));
    await userEvent.click(await screen.findByRole('option', { name: 'Failed' }));
    await userEvent.click(screen.getByRole('combobox', { name: 'Partner' }));
    await userEvent.click(await screen.findByRole('option', { name: 'University of Tartu' }));

    expect(requestsOf(fetch)).toContain(
      `GET /api/v1/notifications?status=FAILED&institutionId=${tartu.id}&page=0&size=20`,
    );
    expect(screen.getByRole('status', { name: 'address' })).toHaveTextContent(
      `?status=FAILED&partner=${tartu.id}`,
    );

    await userEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(requestsOf(fetch).at(-1)).toBe('GET /api/v1/notifications?page=0&size=20');
  });

  it('reads the filters and the page from the address', async () => {
    const fetch = openAs(
      'admin',
      {},
      `/manage/notifications?status=SKIPPED&partner=${tartu.id}&page=3`,
    );
    await screen.findByRole('link', { name: 'Agreement signed' });
    expect(requestsOf(fetch)).toContain(
      `GET /api/v1/notifications?status=SKIPPED&institutionId=${tartu.id}&page=2&size=20`,
    );
  });

  it('sends a notification again for a coordinator and shows its new state', async () => {
    const queued: Notification = {
      ...failed,
      status: 'PENDING',
      attempts: 0,
      lastError: undefined,
      nextAttemptAt: '2026-11-22T08:00:00Z',
      resentAt: '2026-11-22T08:00:00Z',
      resentBy: 'irene',
    };
    let listed = [failed, delivered];
    const fetch = openAs('coordinator', {
      'GET /api/v1/notifications': () => json(200, notificationPage(listed)),
      [`POST /api/v1/notifications/${failed.id}/resend`]: () => {
        listed = [queued, delivered];
        return json(200, queued);
      },
    });
    await screen.findByRole('link', { name: 'Agreement signed' });

    await userEvent.click(rowOf('Agreement signed').getByRole('button', { name: 'Send again' }));

    expect(requestsOf(fetch)).toContain(`POST /api/v1/notifications/${failed.id}/resend`);
    expect(
      await screen.findByText('The notification will be sent again in a moment.'),
    ).toBeInTheDocument();
    const row = rowOf('Agreement signed');
    expect(await row.findByText('Pending')).toBeInTheDocument();
    expect(row.getByText(/22 Nov 2026.* by irene/)).toBeInTheDocument();
    expect(row.queryByRole('button', { name: 'Send again' })).not.toBeInTheDocument();
    expect(rowOf('Agreement approved').getByRole('button', { name: 'Send again' })).toBeEnabled();
  });

  it('says why a notification could not be sent again', async () => {
    openAs('coordinator', {
      [`POST /api/v1/notifications/${failed.id}/resend`]: () =>
        problem(422, 'Unprocessable', [{ field: 'institutionId', message: 'no webhook' }]),
    });
    await screen.findByRole('link', { name: 'Agreement signed' });
    await userEvent.click(rowOf('Agreement signed').getByRole('button', { name: 'Send again' }));
    expect(await screen.findByText(/This partner has no webhook address/)).toBeInTheDocument();
    expect(rowOf('Agreement signed').getByText('Failed')).toBeInTheDocument();
  });

  it('shows a card for each notification on a phone', async () => {
    const phone = vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) =>
        ({
          matches: true,
          media: query,
          addEventListener: vi.fn(),
          removeEventListener: vi.fn(),
        }) as unknown as MediaQueryList,
    );
    onTestFinished(() => phone.mockRestore());
    openAs('coordinator');
    await screen.findByRole('link', { name: 'Agreement signed' });
    // the media query is read after the first render: the table gives way to cards then
    await waitFor(() => expect(screen.queryByRole('table')).not.toBeInTheDocument());
    const [first, second] = screen.getAllByRole('listitem');
    expect(within(first).getByText('Last error')).toBeInTheDocument();
    expect(within(first).getByText('HTTP 503')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: 'Send again' })).toBeInTheDocument();
    expect(
      within(second).getByText('Delivered', { selector: '.mantine-Badge-label' }),
    ).toBeInTheDocument();
  });

  it('does not offer an admin to send again', async () => {
    openAs('admin');
    await screen.findByRole('link', { name: 'Agreement signed' });
    expect(screen.queryByRole('button', { name: 'Send again' })).not.toBeInTheDocument();
  });

  it('explains notifications when there are none, and offers a retry when the list fails', async () => {
    const { unmount } = openAs('coordinator', {
      'GET /api/v1/notifications': notificationPage([]),
    });
    expect(await screen.findByText('No notification has been written yet')).toBeInTheDocument();
    expect(
      screen.getByText(/our signature, the partner's approval or decline/),
    ).toBeInTheDocument();
    unmount();

    openAs('coordinator', {
      'GET /api/v1/notifications': () => problem(500, 'Internal Server Error'),
    });
    expect(await screen.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });
});
