import { expect, test } from '@playwright/test';

test('switching to Kyrgyz changes the interface and is remembered', async ({ page }) => {
  await page.goto('/partners');
  await expect(page.getByRole('heading', { name: 'Partner universities' })).toBeVisible();

  await page.getByRole('button', { name: 'EN – Interface language: English' }).click();
  await page.getByRole('menuitem', { name: 'Кыргызча' }).click();

  await expect(page.getByRole('heading', { name: 'Өнөктөш университеттер' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
  await expect(page.getByRole('button', { name: 'Кирүү' })).toBeVisible();
  await expect(page.getByRole('searchbox', { name: 'Издөө' })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Өнөктөш университеттер' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ky');
});
