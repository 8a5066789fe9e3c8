import { expect, test } from '@playwright/test';
import { mainNavigation } from './helpers';

test('an anonymous visitor browses the partner directory without contacts', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(mainNavigation(page).getByRole('link', { name: 'Manage partners' })).toHaveCount(0);
  await mainNavigation(page).getByRole('link', { name: 'Partner universities' }).click();

  await expect(page.getByRole('heading', { name: 'Partner universities', level: 1 })).toBeVisible();
  const tartu = page.getByRole('row', { name: /University of Tartu/ });
  await expect(tartu).toBeVisible();
  await expect(tartu).toContainText('Estonia');
  await expect(tartu.getByRole('link')).toHaveAttribute('href', /^https?:\/\//);
  await expect(page.getByRole('columnheader')).toHaveText([
    'Name',
    'Erasmus code',
    'City',
    'Country',
    'Website',
  ]);
  await expect(page.getByText('@')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search' }).fill('tartu');
  await expect(page.getByText('Partners found: 1')).toBeVisible();

  // The staff pages ask to sign in instead of showing anything
  await page.goto('/manage/partners');
  await expect(page.getByText('Please sign in')).toBeVisible();
});
