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

/** Fills the public estimate for a study stay at Tartu from February to June 2025 (call 2024). */
export async function estimateStudiesInTartu(page: Page) {
  await page.getByRole('combobox', { name: 'Call year' }).click();
  await page.getByRole('option', { name: '2024' }).click();
  await page.getByRole('combobox', { name: 'Type of mobility' }).click();
  await page.getByRole('option', { name: 'Student mobility for studies' }).click();
  await page.getByTestId('place-receiving').getByRole('combobox').fill('Tartu');
  await page.getByRole('option', { name: 'University of Tartu · Tartu' }).click();
  await page.getByLabel('First day').fill('2025-02-01');
  await page.getByLabel('Last day').fill('2025-06-30');
}
