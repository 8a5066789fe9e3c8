import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const port = Number(process.env.PORT ?? 5173);
const backend = process.env.BACKEND_URL ?? 'http://localhost:8080';
// xfwd: the backend limits anonymous grant estimates per client address, so it must see the
// visitor's address in X-Forwarded-For rather than the proxy's.
const proxy = {
  '/api': { target: backend, xfwd: true },
  '/q': { target: backend, xfwd: true },
};

export default defineConfig({
  plugins: [react()],
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    unstubGlobals: true,
    // Typing through whole forms takes over vitest's 5 s default on a loaded two-core machine.
    testTimeout: 20_000,
  },
});
