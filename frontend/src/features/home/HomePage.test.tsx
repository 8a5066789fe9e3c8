import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import { json, mockApi, problem, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import type { AgreementSummary } from './api';
import { HomePage } from './HomePage';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const awaiting: AgreementSummary = {
  id: '0b7f3c8e-5d2a-4e61-9c4f-7a1b2c3d4e5f',
  partnerInstitutionId: '6f1c1a52-3d5e-4c1b-9b0e-2a7d4c1e0001',
  partnerName: 'University of Tartu',
  firstAcademicYear: '2025/2026',
  lastAcademicYear: '2029/2030',
  endsOn: '2030-08-31',
  status: 'SIGNED_BY_HOME',
  flowCount: 2,
  mobilityTypes: ['STUDENT_STUDIES', 'STAFF_TEACHING'],
  expiringSoon: false,
  conditionsNumber: 1,
  contentHash: 'a'.repeat(64),
  version: 4,
  updatedAt: '2026-10-05T09:00:00Z',
};

const expiring: AgreementSummary = {
  ...awaiting,
  id: '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a',
  partnerName: 'University of Latvia',
  firstAcademicYear: '2022/2023',
  lastAcademicYear: '2026/2027',
  endsOn: '2027-08-31',
  status: 'IN_FORCE',
  expiringSoon: true,
};

function agreements(items: AgreementSummary[], total = items.length) {
  return { items, page: 0, size: 5, total };
}

/** An agreement in force whose amendment awaits the partner. */
const amending: AgreementSummary = {
  ...expiring,
  id: '3c2b1a09-8f7e-4d6c-9b5a-0e1f2d3c4b5a',
  partnerName: 'University of Graz',
  expiringSoon: false,
  amendment: { status: 'SIGNED_BY_HOME', conditionsNumber: 3, contentHash: 'b'.repeat(64) },
};

const AWAITING_REQUEST = 'GET /api/v1/agreements?awaitingPartner=true&sort=updatedAt&size=5';
const EXPIRING_REQUEST = 'GET /api/v1/agreements?expiring=true&sort=lastAcademicYear&size=5';

/** Answers the two dashboard lists, told apart by their filter. */
function answerAgreements(awaitingPage: object, expiringPage: object) {
  return (request: Request) =>
    new URL(request.url).searchParams.get('expiring') === 'true'
      ? json(200, expiringPage)
      : json(200, awaitingPage);
}

function openHomeAs(roles: Parameters<typeof fakeUser>[0], agreementsRoute: object) {
  vi.mocked(useCurrentUser).mockReturnValue(fakeUser(roles));
  const fetch = mockApi({ 'GET /api/v1/agreements': agreementsRoute });
  renderPage(<HomePage />);
  return fetch;
}

function card(name: string) {
  return within(screen.getByRole('region', { name }));
}

describe('the agreements on the home page', () => {
  it('shows a coordinator how many await the partner and expire, the first of each', async () => {
    const fetch = openHomeAs(
      ['coordinator'],
      answerAgreements(agreements([awaiting, amending], 7), agreements([expiring], 1)),
    );

    const waiting = card('Agreements awaiting partner approval');
    expect(await waiting.findByText('In all: 7')).toBeInTheDocument();
    expect(waiting.getByRole('link', { name: 'University of Tartu' })).toHaveAttribute(
      'href',
      `/manage/agreements/${awaiting.id}`,
    );
    expect(
      waiting.getByText('2025/2026 – 2029/2030 · signed by us, waiting since 5 Oct 2026'),
    ).toBeInTheDocument();
    expect(
      waiting.getByText(
        '2022/2023 – 2026/2027 · Amendment: awaiting partner approval (version 3) · signed by us, waiting since 5 Oct 2026',
      ),
    ).toBeInTheDocument();
    expect(waiting.getByRole('link', { name: 'See all awaiting approval' })).toHaveAttribute(
      'href',
      '/manage/agreements?awaitingPartner=true',
    );

    const ending = card('Agreements expiring within 12 months');
    expect(await ending.findByText('In all: 1')).toBeInTheDocument();
    expect(ending.getByRole('link', { name: 'University of Latvia' })).toHaveAttribute(
      'href',
      `/manage/agreements/${expiring.id}`,
    );
    expect(ending.getByText('2022/2023 – 2026/2027 · ends 31 Aug 2027')).toBeInTheDocument();
    expect(ending.getByRole('link', { name: 'See all expiring agreements' })).toHaveAttribute(
      'href',
      '/manage/agreements?expiring=true',
    );
    expect(requestsOf(fetch)).toEqual(expect.arrayContaining([AWAITING_REQUEST, EXPIRING_REQUEST]));
  });

  it('says when nothing awaits the partner and nothing expires', async () => {
    openHomeAs(['admin'], answerAgreements(agreements([]), agreements([])));
    const waiting = card('Agreements awaiting partner approval');
    expect(await waiting.findByText('Nothing awaits the partner')).toBeInTheDocument();
    expect(waiting.getByText('In all: 0')).toBeInTheDocument();
    expect(
      card('Agreements expiring within 12 months').getByText(
        'No agreement expires within 12 months',
      ),
    ).toBeInTheDocument();
  });

  it('offers a retry when the agreements cannot be loaded', async () => {
    openHomeAs(['coordinator'], () => problem(500, 'Internal Server Error'));
    const waiting = card('Agreements awaiting partner approval');
    expect(await waiting.findByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it.each([
    ['an applicant', ['applicant'] as const],
    ['a visitor', undefined],
  ])('shows no agreements to %s', async (_who, roles) => {
    const fetch = openHomeAs(roles && [...roles], agreements([awaiting]));
    expect(
      await screen.findByRole('heading', { name: 'Erasmus+ mobility, from partners to grants' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('region', { name: 'Agreements awaiting partner approval' }),
    ).not.toBeInTheDocument();
    expect(requestsOf(fetch).filter((call) => call.includes('agreements'))).toEqual([]);
  });
});

describe('the way to my applications', () => {
  it('is offered to an applicant and not to staff', async () => {
    openHomeAs(['applicant'], agreements([]));
    expect(await screen.findByRole('link', { name: 'My applications' })).toHaveAttribute(
      'href',
      '/me/applications',
    );
  });

  it('is not offered to a coordinator', async () => {
    openHomeAs(['coordinator'], agreements([]));
    expect(
      await screen.findByRole('heading', { name: 'Erasmus+ mobility, from partners to grants' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'My applications' })).not.toBeInTheDocument();
  });
});

describe('the ways on from the home page', () => {
  function links() {
    return screen
      .getAllByRole('link')
      .map((link) => [link.textContent, link.getAttribute('href')] as const);
  }

  it.each([
    ['a visitor', undefined],
    ['an applicant', ['applicant'] as const],
  ])('lead %s to the open calls and the grant estimate first', async (_who, roles) => {
    openHomeAs(roles && [...roles], agreements([]));
    await screen.findByRole('link', { name: 'See the open calls' });
    expect(links().slice(0, 2)).toEqual([
      ['See the open calls', '/calls'],
      ['Estimate my grant', '/grant-estimate'],
    ]);
    expect(screen.getByRole('link', { name: 'Browse partner universities' })).toHaveAttribute(
      'href',
      '/partners',
    );
  });

  it('lead an admin to the partners and the home institution’s settings', async () => {
    openHomeAs(['admin'], answerAgreements(agreements([]), agreements([])));
    expect(await screen.findByRole('link', { name: 'Home institution settings' })).toHaveAttribute(
      'href',
      '/manage/home-institution',
    );
    expect(screen.getByRole('link', { name: 'Manage partners' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'See the open calls' })).not.toBeInTheDocument();
  });

  it('offer a coordinator no settings', async () => {
    openHomeAs(['coordinator'], answerAgreements(agreements([]), agreements([])));
    expect(await screen.findByRole('link', { name: 'Manage partners' })).toBeInTheDocument();
    expect(
      screen.queryByRole('link', { name: 'Home institution settings' }),
    ).not.toBeInTheDocument();
  });
});

describe('the evaluator’s home', () => {
  const call = (callId: string, en: string, counts: object) => ({
    callId,
    title: { en },
    status: 'CLOSED',
    deadline: '2026-11-20T17:59:59Z',
    assigned: 3,
    toDeclare: 0,
    noConflict: 3,
    conflicts: 0,
    drafts: 0,
    submitted: 3,
    ...counts,
  });

  it('leads to the evaluation first and lists the calls with work left', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['evaluator']));
    mockApi({
      'GET /api/v1/evaluations/calls': {
        items: [
          call('c1', 'Doctoral call', { toDeclare: 1, noConflict: 2, submitted: 1 }),
          call('c2', 'Staff call', {}),
          call('c3', 'Future call', {
            status: 'PUBLISHED',
            toDeclare: 3,
            noConflict: 0,
            submitted: 0,
          }),
        ],
        page: 0,
        size: 100,
        total: 3,
      },
    });
    renderPage(<HomePage />);
    expect(await screen.findByRole('link', { name: 'Evaluate applications' })).toHaveAttribute(
      'href',
      '/evaluate',
    );
    const evaluations = card('Your evaluations');
    expect(await evaluations.findByRole('link', { name: 'Doctoral call' })).toHaveAttribute(
      'href',
      '/evaluate/calls/c1',
    );
    expect(evaluations.getByText('1 to declare · 1 to score')).toBeInTheDocument();
    expect(evaluations.queryByText('Staff call')).not.toBeInTheDocument();
    expect(evaluations.queryByText('Future call')).not.toBeInTheDocument();
    expect(evaluations.getByText('In all: 1')).toBeInTheDocument();
  });

  it('says when nothing waits', async () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['evaluator']));
    mockApi({ 'GET /api/v1/evaluations/calls': { items: [], page: 0, size: 100, total: 0 } });
    renderPage(<HomePage />);
    expect(
      await card('Your evaluations').findByText(
        'Nothing waits for you: every application assigned to you is declared and scored.',
      ),
    ).toBeInTheDocument();
  });
});
