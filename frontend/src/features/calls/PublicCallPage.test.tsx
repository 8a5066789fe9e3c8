import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../../auth/useCurrentUser';
import i18n from '../../i18n/setup';
import { mockApi, requestsOf } from '../../test/api';
import { fakeUser } from '../../test/fakeUser';
import { renderPage } from '../../test/render';
import { PublicCallPage } from './PublicCallPage';
import { PublicCallsPage } from './PublicCallsPage';
import { publicCall } from './testData';

vi.mock('../../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

const ID = publicCall.id;

function openCall(call = publicCall) {
  mockApi({ [`GET /api/v1/public/calls/${ID}`]: call, 'GET /api/v1/reference/languages': [] });
  renderPage(<PublicCallPage />, { route: `/calls/${ID}`, path: '/calls/:id' });
}

describe('the public call page', () => {
  beforeEach(() => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser());
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows a signed-out visitor the call, its rules and the way to apply', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2027-03-30T17:59:00Z') });
    const visitor = fakeUser();
    vi.mocked(useCurrentUser).mockReturnValue(visitor);
    openCall();
    expect(
      await screen.findByRole('heading', { name: 'Semester exchange 2026/2027', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Apply' })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in to apply' }));
    expect(visitor.signIn).toHaveBeenCalled();
    expect(
      screen.getByText('Students and staff sign in with their university account to apply.'),
    ).toBeInTheDocument();
    const places = screen.getByRole('table', { name: 'Places at partner universities' });
    expect(within(places).getByRole('row', { name: /University of Tartu/ })).toHaveTextContent(
      'Tartu, Estonia2',
    );
    expect(screen.getByText('Bachelor (EQF 6), Master (EQF 7)')).toBeInTheDocument();
    expect(screen.getByText('4 of 5')).toBeInTheDocument();
    expect(screen.getByText('Year 2 or later')).toBeInTheDocument();
    expect(screen.getByText('2 to 12 months')).toBeInTheDocument();
    const criteria = screen.getByRole('table', { name: 'Selection criteria' });
    expect(within(criteria).getByRole('row', { name: /Grade average/ })).toHaveTextContent(
      'The applicant’s grade average, on the criterion’s scale60 %10',
    );
    expect(within(criteria).getByRole('row', { name: /Motivation letter/ })).toHaveTextContent(
      'Clear goals for the stayThe evaluation panel40 %10',
    );
    // The published ranking rules: the tie-breaks in their order, the heaviest criterion named
    expect(
      within(screen.getByTestId('tie-breaks'))
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'fewer opportunities first',
      'the higher score on the heaviest criterion, “Grade average”',
      'the earlier submission',
    ]);
    expect(screen.getByText('Nobody with a total below 40 is selected.')).toBeInTheDocument();
    const documents = screen.getByRole('table', { name: 'Documents to upload' });
    expect(within(documents).getByRole('row', { name: /Passport/ })).toHaveTextContent(
      'OptionalPDF, JPEG2 MB',
    );
    // The deadline in the home institution's zone
    expect(screen.getByText('31 Mar 2027 23:59:59')).toBeInTheDocument();
    expect(screen.getAllByText(/Asia\/Bishkek/).length).toBeGreaterThan(0);
  });

  it('counts down every second and announces only whole minutes', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2027-03-30T17:58:58Z') });
    openCall();
    const timer = await screen.findByRole('timer', { name: 'Applications close in' });
    expect(timer).toHaveTextContent('1days00hours01minutes01seconds');
    const live = screen.getByText(/^Applications close in 1 d 0 h 1 min$/);
    expect(live).toHaveAttribute('aria-live', 'polite');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(timer).toHaveTextContent('1days00hours01minutes00seconds');
    expect(live).toHaveTextContent('Applications close in 1 d 0 h 1 min');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1000);
    });
    expect(timer).toHaveTextContent('1days00hours00minutes59seconds');
    expect(live).toHaveTextContent('Applications close in 1 d 0 h 0 min');
  });

  it('offers an applicant to apply', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2027-03-30T17:59:00Z') });
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['applicant']));
    openCall();
    expect(await screen.findByRole('link', { name: 'Apply' })).toHaveAttribute(
      'href',
      `/calls/${ID}/apply`,
    );
    expect(screen.queryByRole('button', { name: 'Sign in to apply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('note')).not.toBeInTheDocument();
  });

  it('tells staff why they cannot apply instead of offering it', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2027-03-30T17:59:00Z') });
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator', 'evaluator']));
    openCall();
    expect(await screen.findByRole('note')).toHaveTextContent(
      'Only applicants can apply: students and staff apply with their own applicant account. Your account (Coordinator, Evaluator) cannot apply.',
    );
    expect(screen.queryByRole('link', { name: 'Apply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in to apply' })).not.toBeInTheDocument();
  });

  it('says when an upcoming call opens and offers no way to apply yet', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2027-01-14T03:00:00Z') });
    openCall({
      ...publicCall,
      schedule: { ...publicCall.schedule, acceptingApplications: false },
    });
    expect(await screen.findByRole('timer', { name: 'Opens in' })).toHaveTextContent(
      '1days00hours00minutes00seconds',
    );
    expect(screen.queryByRole('link', { name: 'Apply' })).not.toBeInTheDocument();
  });

  it('says the call is closed once the deadline has passed', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true, now: Date.parse('2027-03-31T18:00:00Z') });
    openCall();
    expect(await screen.findByText('Closed: applications are no longer accepted')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Apply' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign in to apply' })).not.toBeInTheDocument();
  });

  it('copies the canonical link and confirms it', async () => {
    const user = userEvent.setup();
    openCall();
    await user.click(await screen.findByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/calls/${ID}`);
    expect(await screen.findByText('The link to this call is copied.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Link copied' })).toBeInTheDocument();
  });

  it('shows the title in the interface language', async () => {
    await i18n.changeLanguage('ru');
    openCall();
    expect(
      await screen.findByRole('heading', { name: 'Семестровый обмен 2026/2027', level: 1 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Войти, чтобы подать заявку' })).toBeInTheDocument();
  });

  it('says so when the call is not public', async () => {
    mockApi({});
    renderPage(<PublicCallPage />, { route: `/calls/${ID}`, path: '/calls/:id' });
    expect(
      await screen.findByText('This call does not exist, or it is no longer open.'),
    ).toBeInTheDocument();
  });
});

describe('the public call list', () => {
  beforeEach(() => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser());
  });

  it('lists the open calls with their partners, places and deadline', async () => {
    const fetch = mockApi({
      'GET /api/v1/public/calls': {
        items: [
          {
            id: ID,
            title: publicCall.title,
            mobilityType: publicCall.mobilityType,
            academicYear: publicCall.academicYear,
            places: publicCall.places,
            schedule: publicCall.schedule,
          },
        ],
        page: 0,
        size: 20,
        total: 1,
      },
    });
    renderPage(<PublicCallsPage />, { route: '/calls' });
    const link = await screen.findByRole('link', { name: 'Semester exchange 2026/2027' });
    expect(link).toHaveAttribute('href', `/calls/${ID}`);
    const card = link.closest('article') as HTMLElement;
    expect(card).toHaveTextContent('University of Tartu (Estonia): places 2');
    expect(card).toHaveTextContent('University of Milan (Italy): places 1');
    expect(card).toHaveTextContent('Student mobility for studies');
    expect(card).toHaveTextContent('Academic year 2026/2027');
    expect(card).toHaveTextContent('Deadline 31 Mar 2027 23:59:59');
    expect(screen.getByText('Calls found: 1')).toBeInTheDocument();
    expect(requestsOf(fetch)).toContain('GET /api/v1/public/calls?page=0&size=20');
  });

  it('says when no call is open', async () => {
    mockApi({ 'GET /api/v1/public/calls': { items: [], page: 0, size: 20, total: 0 } });
    renderPage(<PublicCallsPage />, { route: '/calls' });
    expect(await screen.findByText('No call is open at the moment')).toBeInTheDocument();
  });
});
