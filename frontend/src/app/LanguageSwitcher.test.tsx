import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { useCurrentUser } from '../auth/useCurrentUser';
import { fakeUser } from '../test/fakeUser';
import { renderPage } from '../test/render';
import { Layout } from './Layout';

vi.mock('../auth/useCurrentUser', () => ({ useCurrentUser: vi.fn() }));

describe('the language switcher', () => {
  beforeEach(() => {
    vi.mocked(useCurrentUser).mockReturnValue(fakeUser(['coordinator']));
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise(() => {})),
    );
  });

  it('re-renders the interface in the chosen language and remembers it', async () => {
    renderPage(<Layout />);
    expect(screen.getByRole('link', { name: 'Partner universities' })).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'EN – Interface language: English' }));
    await userEvent.click(await screen.findByRole('menuitem', { name: 'Кыргызча' }));

    expect(await screen.findByRole('link', { name: 'Өнөктөш университеттер' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Өнөктөштөрдү башкаруу' })).toBeInTheDocument();
    expect(screen.queryByText('Partner universities')).not.toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ky');
    expect(localStorage.getItem('mobility-desk.language')).toBe('ky');

    const switcher = screen.getByRole('button', { name: 'KY – Интерфейстин тили: Кыргызча' });
    expect(switcher).toHaveTextContent('KY');
    await userEvent.click(switcher);
    expect(
      await screen.findByRole('menuitem', { name: 'Кыргызча', current: true }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('menuitem', { name: 'Қазақша' }));
    expect(
      await screen.findByRole('link', { name: 'Серіктес университеттер' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('kk');
  });
});
