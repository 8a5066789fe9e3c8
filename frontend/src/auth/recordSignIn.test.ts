import { describe, expect, it, vi } from 'vitest';
import { mockApi, requestsOf } from '../test/api';
import { recordSignIn } from './recordSignIn';

describe('recording a sign-in', () => {
  it('tells the API who signed in', async () => {
    const fetch = mockApi({
      'GET /api/v1/me': { subject: 's', username: 'evaluator2', roles: [] },
    });
    await recordSignIn();
    expect(requestsOf(fetch)).toEqual(['GET /api/v1/me']);
  });

  it('lets the sign-in go on when the API cannot be reached', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    await expect(recordSignIn()).resolves.toBeUndefined();
  });
});
