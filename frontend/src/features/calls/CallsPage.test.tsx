import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import i18n from '../../i18n/setup';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { choose } from '../../test/fields';
import { renderPage } from '../../test/render';
import { CallDetailPage } from './CallDetailPage';
import { CallsPage } from './CallsPage';
import { callSummary, draftCall, publishedCall } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const ID = draftCall.id;
const years = [{ code: '2025/2026' }, { code: '2026/2027' }];

describe('the coordinators’ call list', () => {
  beforeEach(() => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
  });

  it('lists calls with their status and keeps the filters in the address', async () => {
    const fetch = mockApi({
      'GET /api/v1/calls': { items: [callSummary], page: 0, size: 20, total: 1 },
      'GET /api/v1/reference/academic-years': years,
    });
    renderPage(<CallsPage />, { route: '/manage/calls?academicYear=2026%2F2027' });
    const row = await screen.findByRole('row', { name: /Semester exchange 2026\/2027/ });
    expect(within(row).getByText('Published')).toBeInTheDocument();
    expect(row).toHaveTextContent('3 at 2 partners');
    expect(row).toHaveTextContent('31 Mar 2027 23:59:59');
    expect(within(row).getByRole('link')).toHaveAttribute('href', `/manage/calls/${ID}`);
    expect(screen.getByRole('link', { name: 'New call' })).toHaveAttribute(
      'href',
      '/manage/calls/new',
    );

    await choose('Status', 'Draft');
    await screen.findByText('Calls found: 1');
    expect(requestsOf(fetch)).toContain(
      'GET /api/v1/calls?academicYear=2026%2F2027&page=0&size=20',
    );
    expect(requestsOf(fetch)).toContain(
      'GET /api/v1/calls?status=DRAFT&academicYear=2026%2F2027&page=0&size=20',
    );
  });

  it.each([
    ['en', 1, '1 at 1 partner'],
    ['en', 5, '7 at 5 partners'],
    ['ru', 1, '1 у 1 партнёра'],
    ['ru', 3, '7 у 3 партнёров'],
    ['ky', 5, '7 — 5 өнөктөштө'],
  ])('counts the places and partners in %s (%i partners)', async (language, partners, text) => {
    await i18n.changeLanguage(language);
    mockApi({
      'GET /api/v1/calls': {
        items: [{ ...callSummary, totalPlaces: partners === 1 ? 1 : 7, partnerCount: partners }],
        page: 0,
        size: 20,
        total: 1,
      },
      'GET /api/v1/reference/academic-years': years,
    });
    renderPage(<CallsPage />, { route: '/manage/calls' });
    expect(await screen.findByText(text)).toBeInTheDocument();
    await i18n.changeLanguage('en');
  });

  it('offers an admin no new call', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    mockApi({ 'GET /api/v1/calls': { items: [], page: 0, size: 20, total: 0 } });
    renderPage(<CallsPage />, { route: '/manage/calls' });
    expect(await screen.findByText('No call yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'New call' })).not.toBeInTheDocument();
  });
});

function openDetail(routes: Parameters<typeof mockApi>[0]) {
  const fetch = mockApi({ 'GET /api/v1/reference/languages': [], ...routes });
  renderPage(<CallDetailPage />, { route: `/manage/calls/${ID}`, path: '/manage/calls/:id' });
  return fetch;
}

describe('a call’s detail page', () => {
  beforeEach(() => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
  });

  it('shows the internal fields and the change log', async () => {
    openDetail({
      [`GET /api/v1/calls/${ID}`]: publishedCall,
      [`GET /api/v1/calls/${ID}/changes`]: [
        { at: '2027-01-10T10:00:00Z', actor: 'coordinator', action: 'PUBLISH', changedFields: [] },
        {
          at: '2027-01-20T10:00:00Z',
          actor: 'anna',
          action: 'EDIT',
          reason: 'One more place at Tartu',
          changedFields: ['places', 'deadline'],
        },
      ],
    });
    await screen.findByRole('heading', { name: 'Semester exchange 2026/2027', level: 1 });
    const places = screen.getByRole('table', { name: 'Places at partner universities' });
    expect(within(places).getByRole('row', { name: /University of Milan/ })).toHaveTextContent(
      'No agreement provides for itMilan confirmed one place by e-mail',
    );
    expect(within(places).getByRole('row', { name: /University of Tartu/ })).toHaveTextContent(
      '2 a year',
    );
    const log = screen.getByRole('region', { name: 'Change log' });
    expect(await within(log).findByText('Reason: One more place at Tartu')).toBeInTheDocument();
    expect(within(log).getByText('Deadline')).toBeInTheDocument();
    expect(within(log).getByText(/by anna/)).toBeInTheDocument();
    // A published call changes but is neither published again nor deleted
    expect(screen.getByRole('link', { name: 'Edit' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Delete draft' })).not.toBeInTheDocument();
  });

  it('publishes a draft after confirmation', async () => {
    const bodies: unknown[] = [];
    openDetail({
      [`GET /api/v1/calls/${ID}`]: draftCall,
      [`GET /api/v1/calls/${ID}/changes`]: [],
      [`POST /api/v1/calls/${ID}/publish`]: async (request: Request) => {
        bodies.push(await request.json());
        return json(200, { ...publishedCall, version: 4 });
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the call?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    expect(
      await screen.findByText('"Semester exchange 2026/2027" is published.'),
    ).toBeInTheDocument();
    expect(bodies).toEqual([{ version: 3 }]);
  });

  it('reloads the call when someone else changed it meanwhile', async () => {
    let version = 3;
    const fetch = openDetail({
      [`GET /api/v1/calls/${ID}`]: () => json(200, { ...draftCall, version }),
      [`GET /api/v1/calls/${ID}/changes`]: [],
      [`DELETE /api/v1/calls/${ID}`]: () => {
        version = 4;
        return problem(409, 'Stale version');
      },
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Delete draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete the draft?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(
      await screen.findByText('The call was changed meanwhile; the current version is shown.'),
    ).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain(`DELETE /api/v1/calls/${ID}?version=3`);
    expect(requestsOf(fetch).filter((r) => r === `GET /api/v1/calls/${ID}`)).toHaveLength(2);
  });

  it('lists what stops a draft from being published', async () => {
    openDetail({
      [`GET /api/v1/calls/${ID}`]: draftCall,
      [`GET /api/v1/calls/${ID}/changes`]: [],
      [`POST /api/v1/calls/${ID}/publish`]: () =>
        problem(422, 'Unprocessable', [
          { field: 'description.en', message: 'is required before the call is published' },
        ]),
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Publish' }));
    const dialog = await screen.findByRole('dialog', { name: 'Publish the call?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Publish' }));
    const title = await screen.findByText('The call cannot be published yet');
    const alert = title.closest('[role="alert"]') as HTMLElement;
    expect(alert).toHaveTextContent('description.en: is required before the call is published');
  });

  it.each([
    ['DRAFT', false],
    ['PUBLISHED', false],
    ['CLOSED', true],
  ] as const)('links a %s call to its selection screen: %s', async (status, linked) => {
    openDetail({
      [`GET /api/v1/calls/${ID}`]: { ...publishedCall, status },
      [`GET /api/v1/calls/${ID}/changes`]: [],
    });
    await screen.findByRole('heading', { name: 'Semester exchange 2026/2027', level: 1 });
    const link = screen.queryByRole('link', { name: 'Selection' });
    if (linked) expect(link).toHaveAttribute('href', `/manage/calls/${ID}/selection`);
    else expect(link).not.toBeInTheDocument();
  });

  it('lets an admin only read', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    openDetail({ [`GET /api/v1/calls/${ID}`]: draftCall, [`GET /api/v1/calls/${ID}/changes`]: [] });
    await screen.findByRole('heading', { name: 'Semester exchange 2026/2027', level: 1 });
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });
});
