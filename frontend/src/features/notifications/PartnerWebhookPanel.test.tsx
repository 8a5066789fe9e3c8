import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { countries, tartu } from '../../test/data';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import { PartnerDetailPage } from '../institutions/PartnerDetailPage';
import type { Webhook } from './api';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const webhookPath = `/api/v1/institutions/${tartu.id}/webhook`;
const secret = '3f1c9a5e0b7d4c2a8e6f1b3d5c7a9e0f2b4d6c8a0e1f3b5d7c9a1e3f5b7d9c0a';
const saved: Webhook = {
  institutionId: tartu.id,
  url: 'https://mobility.ut.ee/hooks/mobility-desk',
  secretCreatedAt: '2026-11-20T10:15:00Z',
  updatedBy: 'admin',
};

/** Opens Tartu's page with the role; the API answers the routes given besides the partner. */
function openPartnerAs(role: 'coordinator' | 'admin', routes: Parameters<typeof mockApi>[0]) {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser([role]));
  const fetch = mockApi({
    'GET /api/v1/reference/countries': countries,
    [`GET /api/v1/institutions/${tartu.id}`]: tartu,
    ...routes,
  });
  renderPage(<PartnerDetailPage />, {
    route: `/manage/partners/${tartu.id}`,
    path: '/manage/partners/:id',
  });
  return fetch;
}

async function panel() {
  return within(await screen.findByRole('region', { name: 'Change notifications (webhook)' }));
}

describe('the webhook of a partner', () => {
  it('is neither shown to nor asked for by a coordinator', async () => {
    const fetch = openPartnerAs('coordinator', { [`GET ${webhookPath}`]: saved });
    expect(await screen.findByRole('heading', { name: 'University of Tartu' })).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Change notifications (webhook)' }),
    ).not.toBeInTheDocument();
    expect(requestsOf(fetch)).not.toContain(`GET ${webhookPath}`);
  });

  it('is set by an admin, who sees the secret once', async () => {
    let sent: unknown;
    const fetch = openPartnerAs('admin', {
      [`GET ${webhookPath}`]: () => new Response(null, { status: 204 }),
      [`PUT ${webhookPath}`]: async (request) => {
        sent = await request.json();
        return json(200, { ...saved, secret });
      },
    });
    const webhook = await panel();
    expect(
      await webhook.findByText('No webhook: notifications to this partner are not sent.'),
    ).toBeInTheDocument();

    await userEvent.click(webhook.getByRole('button', { name: 'Set webhook' }));
    const url = webhook.getByRole('textbox', { name: 'Webhook URL' });
    expect(url).toHaveFocus();
    await userEvent.type(url, ` ${saved.url} `);
    await userEvent.click(webhook.getByRole('button', { name: 'Save and generate secret' }));

    expect(sent).toEqual({ url: saved.url });
    expect(requestsOf(fetch)).toContain(`PUT ${webhookPath}`);
    expect(await webhook.findByText(secret)).toBeInTheDocument();
    expect(webhook.getByText(/It will not be shown again/)).toBeInTheDocument();
    expect(webhook.getByRole('button', { name: 'Copy secret' })).toBeInTheDocument();
    expect(webhook.getByText(saved.url)).toBeInTheDocument();

    await userEvent.click(webhook.getByRole('button', { name: 'I have copied it' }));
    expect(webhook.queryByText(secret)).not.toBeInTheDocument();
    await userEvent.click(webhook.getByRole('button', { name: 'Change URL' }));
    await userEvent.click(webhook.getByRole('button', { name: 'Cancel' }));
    expect(webhook.queryByText(secret)).not.toBeInTheDocument();
    expect(webhook.getByText(saved.url)).toBeInTheDocument();
  });

  it('shows what the server refuses in the URL beside the field', async () => {
    openPartnerAs('admin', {
      [`GET ${webhookPath}`]: saved,
      [`PUT ${webhookPath}`]: () =>
        problem(422, 'Unprocessable', [
          { field: 'url', message: 'must be an https URL (plain http only for localhost)' },
        ]),
    });
    const webhook = await panel();
    await userEvent.click(await webhook.findByRole('button', { name: 'Change URL' }));
    expect(webhook.getByText(/Saving generates a new secret/)).toBeInTheDocument();
    const url = webhook.getByRole('textbox', { name: 'Webhook URL' });
    expect(url).toHaveValue(saved.url);
    await userEvent.clear(url);
    await userEvent.type(url, 'http://ut.ee/hook');
    await userEvent.click(webhook.getByRole('button', { name: 'Save and generate secret' }));

    expect(
      await webhook.findByText('must be an https URL (plain http only for localhost)'),
    ).toBeInTheDocument();
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(webhook.queryByRole('button', { name: 'Copy secret' })).not.toBeInTheDocument();
  });

  it('is removed after confirmation', async () => {
    const fetch = openPartnerAs('admin', {
      [`GET ${webhookPath}`]: saved,
      [`DELETE ${webhookPath}`]: () => new Response(null, { status: 204 }),
    });
    const webhook = await panel();
    expect(await webhook.findByText(saved.url)).toBeInTheDocument();
    expect(webhook.getByText(/Secret generated .* by admin/)).toBeInTheDocument();

    await userEvent.click(webhook.getByRole('button', { name: 'Remove webhook' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Remove the webhook?' }));
    expect(requestsOf(fetch)).not.toContain(`DELETE ${webhookPath}`);
    await userEvent.click(dialog.getByRole('button', { name: 'Remove webhook' }));

    expect(requestsOf(fetch)).toContain(`DELETE ${webhookPath}`);
    expect(
      await webhook.findByText('No webhook: notifications to this partner are not sent.'),
    ).toBeInTheDocument();
    expect(await screen.findByText('The webhook was removed.')).toBeInTheDocument();
  });
});
