import { UserManager } from 'oidc-client-ts';

const origin = window.location.origin;

export const userManager = new UserManager({
  authority: import.meta.env.VITE_OIDC_AUTHORITY ?? 'http://localhost:8180/realms/mobility-desk',
  client_id: import.meta.env.VITE_OIDC_CLIENT_ID ?? 'spa',
  redirect_uri: `${origin}/`,
  post_logout_redirect_uri: `${origin}/`,
  scope: 'openid profile email',
  automaticSilentRenew: true,
});

/** The bearer token for API calls, or undefined when nobody is signed in. */
export async function accessToken(): Promise<string | undefined> {
  const user = await userManager.getUser();
  return user && !user.expired ? user.access_token : undefined;
}
