import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../auth/useCurrentUser';
import { fakeUser } from '../test/fakeUser';
import { renderPage } from '../test/render';
import { Layout } from './Layout';
import { navigationFor } from './navigation';

vi.mock('../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

describe('navigationFor', () => {
  it('shows everyone the public pages and staff the management pages', () => {
    const labels = (roles: Parameters<typeof navigationFor>[0]) =>
      navigationFor(roles).map((item) => item.label);
    const everyone = ['nav.home', 'nav.partners', 'nav.calls', 'nav.grantEstimate'];
    expect(labels([])).toEqual(everyone);
    expect(labels(['evaluator'])).toEqual([...everyone, 'nav.evaluate']);
    expect(labels(['applicant', 'evaluator'])).toEqual([
      ...everyone,
      'nav.applications',
      'nav.profile',
      'nav.evaluate',
    ]);
    const staff = [
      'nav.managePartners',
      'nav.agreements',
      'nav.manageCalls',
      'nav.nominations',
      'nav.projects',
      'nav.rateTables',
      'nav.notifications',
    ];
    expect(labels(['coordinator'])).toEqual([...everyone, ...staff]);
    expect(labels(['admin'])).toEqual([
      ...everyone,
      ...staff,
      'nav.homeInstitution',
      'nav.partnerClients',
    ]);
  });
});

describe('the application shell', () => {
  beforeEach(() => {
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
  });

  function navigation() {
    return within(screen.getByRole('navigation', { name: 'Main navigation' }));
  }

  it('offers an anonymous visitor the directory and a sign-in button', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser());
    renderPage(<Layout />);
    expect(navigation().getByRole('link', { name: 'Partner universities' })).toBeInTheDocument();
    expect(navigation().getByRole('link', { name: 'What grant will I get?' })).toHaveAttribute(
      'href',
      '/grant-estimate',
    );
    expect(navigation().getByRole('link', { name: 'Mobility calls' })).toHaveAttribute(
      'href',
      '/calls',
    );
    expect(navigation().queryByRole('link', { name: 'Manage partners' })).not.toBeInTheDocument();
    expect(navigation().queryByRole('link', { name: 'Calls' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Sign in' })).toBeInTheDocument();
  });

  it('shows an applicant their profile and no management pages', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['applicant']));
    renderPage(<Layout />);
    expect(navigation().getByRole('link', { name: 'My profile' })).toHaveAttribute(
      'href',
      '/me/profile',
    );
    expect(navigation().getByRole('link', { name: 'My applications' })).toHaveAttribute(
      'href',
      '/me/applications',
    );
    expect(navigation().queryByRole('link', { name: 'Manage partners' })).not.toBeInTheDocument();
    expect(navigation().queryByRole('link', { name: 'KA171 projects' })).not.toBeInTheDocument();
    expect(navigation().queryByRole('link', { name: 'Agreements' })).not.toBeInTheDocument();
    expect(
      navigation().queryByRole('link', { name: 'Partner notifications' }),
    ).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Account of tester' })).toBeInTheDocument();
  });

  it('shows a coordinator the management pages, marked when open', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    renderPage(<Layout />, { route: '/manage/partners/123' });
    const manage = navigation().getByRole('link', { name: 'Manage partners' });
    expect(manage).toHaveAttribute('href', '/manage/partners');
    expect(manage).toHaveAttribute('aria-current', 'page');
    expect(navigation().getByRole('link', { name: 'Home' })).not.toHaveAttribute('aria-current');
    expect(navigation().queryByRole('link', { name: 'My profile' })).not.toBeInTheDocument();
  });

  it('shows a coordinator the partner notifications, marked when open', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    renderPage(<Layout />, { route: '/manage/notifications?status=FAILED' });
    const link = navigation().getByRole('link', { name: 'Partner notifications' });
    expect(link).toHaveAttribute('href', '/manage/notifications');
    expect(link).toHaveAttribute('aria-current', 'page');
  });

  it('shows an admin the KA171 projects, marked when one is open', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    renderPage(<Layout />, { route: '/manage/projects/5a1e7c20' });
    const projects = navigation().getByRole('link', { name: 'KA171 projects' });
    expect(projects).toHaveAttribute('href', '/manage/projects');
    expect(projects).toHaveAttribute('aria-current', 'page');
    expect(navigation().getByRole('link', { name: 'Manage partners' })).not.toHaveAttribute(
      'aria-current',
    );
  });

  it('shows a coordinator the agreements, marked when one is open', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    renderPage(<Layout />, { route: '/manage/agreements/a9e5d000/edit' });
    const agreements = navigation().getByRole('link', { name: 'Agreements' });
    expect(agreements).toHaveAttribute('href', '/manage/agreements');
    expect(agreements).toHaveAttribute('aria-current', 'page');
  });

  it('shows a coordinator the calls they manage, marked when one is open', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    renderPage(<Layout />, { route: '/manage/calls/ca11de00/edit' });
    const calls = navigation().getByRole('link', { name: 'Calls' });
    expect(calls).toHaveAttribute('href', '/manage/calls');
    expect(calls).toHaveAttribute('aria-current', 'page');
    expect(navigation().getByRole('link', { name: 'Mobility calls' })).not.toHaveAttribute(
      'aria-current',
    );
  });
});
