import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser } from '../test/fakeUser';
import { renderPage } from '../test/render';
import { RequireRole } from './RequireRole';
import { useCurrentUser } from './useCurrentUser';

vi.mock('./useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

function guarded() {
  return (
    <RequireRole roles={['coordinator', 'admin']}>
      <p>staff only</p>
    </RequireRole>
  );
}

describe('RequireRole', () => {
  it('asks an anonymous visitor to sign in', async () => {
    const user = fakeUser();
    vi.mocked(useCurrentUser).mockReturnValue(user);
    renderPage(guarded());
    expect(screen.queryByText('staff only')).not.toBeInTheDocument();
    expect(
      screen.getByText('This page is for staff of the international office.'),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(user.signIn).toHaveBeenCalled();
  });

  it('asks an anonymous applicant to sign in to apply, not as staff', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser());
    renderPage(
      <RequireRole roles={['applicant']}>
        <p>my profile</p>
      </RequireRole>,
    );
    expect(
      screen.getByText('Sign in with your university account to complete your profile and apply.'),
    ).toBeInTheDocument();
    expect(screen.queryByText(/staff of the international office/)).not.toBeInTheDocument();
  });

  it('turns away a user without the role', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['applicant']));
    renderPage(guarded());
    expect(screen.getByText('Not available for your account')).toBeInTheDocument();
    expect(screen.queryByText('staff only')).not.toBeInTheDocument();
  });

  it('lets in a user with one of the roles', () => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['admin']));
    renderPage(guarded());
    expect(screen.getByText('staff only')).toBeInTheDocument();
  });
});
