import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';
import i18n from '../i18n/setup';

// A loaded machine (CI runs the whole suite at once) answers a mocked fetch after more than the default second.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks the browser APIs Mantine measures the page with.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: vi.fn(),
    removeListener: vi.fn(),
    addEventListener: vi.fn(),
    removeEventListener: vi.fn(),
    dispatchEvent: vi.fn(),
  }),
});
window.HTMLElement.prototype.scrollIntoView = vi.fn();
Object.defineProperty(document, 'fonts', {
  value: { addEventListener: vi.fn(), removeEventListener: vi.fn() },
});
class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

afterEach(async () => {
  cleanup();
  // The toasts' store outlives a test's render: a toast of one test must not answer the next one's query.
  notifications.clean();
  await i18n.changeLanguage('en');
  localStorage.clear();
});
