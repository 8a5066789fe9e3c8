import { expect, type Page } from '@playwright/test';

/** Signs in through Keycloak's own login page, starting from the SPA's sign-in button. */
export async function signIn(page: Page, user: string, password = user) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL(/\/realms\/mobility-desk\//);
  await page.getByLabel(/username/i).fill(user);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: /sign in/i }).click();
  await expect(page.getByRole('button', { name: `Account of ${user}` })).toBeVisible();
}

export function mainNavigation(page: Page) {
  return page.getByRole('navigation', { name: 'Main navigation' });
}
