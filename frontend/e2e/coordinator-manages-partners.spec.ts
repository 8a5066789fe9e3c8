import { expect, test } from '@playwright/test';
import { mainNavigation, signIn } from './helpers';

test('the coordinator adds, finds, edits and archives a partner', async ({ page }) => {
  const suffix = Date.now().toString(36);
  const name = `Žilinská univerzita ${suffix}`;

  await signIn(page, 'coordinator');
  await mainNavigation(page).getByRole('link', { name: 'Manage partners' }).click();
  await expect(page.getByRole('heading', { name: 'Manage partners' })).toBeVisible();

  await page.getByRole('link', { name: 'Add partner' }).click();
  const names = page.getByRole('group', { name: 'Names' });
  await names.getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await page
    .getByRole('textbox', { name: 'Name in Russian' })
    .fill(`Жилинский университет ${suffix}`);
  await page.getByRole('combobox', { name: /^Country/ }).fill('Slovakia');
  await page.getByRole('option', { name: 'Slovakia' }).click();
  await page.getByRole('textbox', { name: /^City/ }).fill('Žilina');
  await page.getByRole('textbox', { name: /^Latitude/ }).fill('49.2022');
  await page.getByRole('textbox', { name: /^Longitude/ }).fill('18.7503');
  await page.getByRole('textbox', { name: 'Website' }).fill('https://www.uniza.sk');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('region', { name: 'Contact 1' });
  await contact.getByRole('textbox', { name: 'Name', exact: true }).fill('Jana Nováková');
  await contact.getByRole('textbox', { name: 'E-mail' }).fill('jana.novakova@uniza.sk');
  await page.getByRole('button', { name: 'Add partner' }).click();

  await expect(page.getByText(`${name} was added.`)).toBeVisible();
  await expect(page.getByRole('heading', { name, level: 1 })).toBeVisible();
  await expect(page.getByText('Jana Nováková')).toBeVisible();

  // Found without the accents, in a list of its own
  await page.getByRole('link', { name: 'Manage partners' }).first().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(`zilinska univerzita ${suffix}`);
  await expect(page.getByText('Partners found: 1')).toBeVisible();
  await page.getByRole('link', { name }).click();

  await page.getByRole('link', { name: 'Edit' }).click();
  const city = page.getByRole('textbox', { name: /^City/ });
  await expect(city).toHaveValue('Žilina');
  await city.fill('Žilina-Veľký Diel');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText(`Your changes to ${name} were saved.`)).toBeVisible();
  await expect(page.getByText('Žilina-Veľký Diel')).toBeVisible();

  await page.getByRole('button', { name: 'Archive' }).click();
  const dialog = page.getByRole('dialog', { name: 'Archive this partner?' });
  await expect(dialog).toContainText(name);
  await dialog.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByText(`${name} was archived.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Restore' })).toBeVisible();

  await page.getByRole('link', { name: 'Manage partners' }).first().click();
  await page.getByRole('searchbox', { name: 'Search' }).fill(`zilinska univerzita ${suffix}`);
  await expect(page.getByText('No partner matches “zilinska')).toBeVisible();
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Archived' }).click();
  await expect(page.getByRole('link', { name })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(suffix) })).toContainText('Archived');
});
