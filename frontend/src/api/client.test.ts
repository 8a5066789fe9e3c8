import i18n from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { mockApi } from '../test/api';
import { api, unwrap } from './client';

afterEach(async () => {
  await i18n.changeLanguage('en');
});

describe('the API client', () => {
  it('names the interface language, in which the API writes exports and e-mails', async () => {
    const fetch = mockApi({ 'GET /api/v1/reference/countries': [] });
    await i18n.changeLanguage('ky');
    await unwrap(api.GET('/api/v1/reference/countries'));
    await i18n.changeLanguage('ru');
    await unwrap(api.GET('/api/v1/reference/countries'));
    expect(fetch.mock.calls.map(([request]) => request.headers.get('Accept-Language'))).toEqual([
      'ky',
      'ru',
    ]);
  });
});
