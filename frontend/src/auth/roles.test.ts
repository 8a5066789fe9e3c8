import { describe, expect, it } from 'vitest';
import { rolesFromAccessToken } from './roles';

function base64url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

function token(claims: object): string {
  return [base64url('{"alg":"RS256"}'), base64url(JSON.stringify(claims)), 'signature'].join('.');
}

describe('rolesFromAccessToken', () => {
  it('reads the application roles from realm_access.roles', () => {
    const accessToken = token({
      name: 'Айгүл Жумабаева',
      realm_access: { roles: ['offline_access', 'coordinator', 'uma_authorization', 'admin'] },
    });
    expect(rolesFromAccessToken(accessToken)).toEqual(['coordinator', 'admin']);
  });

  it('gives no roles without the claim, without a token or for a malformed one', () => {
    expect(rolesFromAccessToken(token({ sub: 'someone' }))).toEqual([]);
    expect(rolesFromAccessToken(undefined)).toEqual([]);
    expect(rolesFromAccessToken('not-a-jwt')).toEqual([]);
    expect(rolesFromAccessToken('a.%%%.c')).toEqual([]);
  });
});
