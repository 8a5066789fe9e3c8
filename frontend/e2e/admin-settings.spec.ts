import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signIn } from './helpers';

async function chooseZone(page: Page, search: string, option: RegExp) {
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await zone.fill(search);
  await page.getByRole('option', { name: option }).click();
}

test('an admin maps a partner client and changes the home institution’s time zone', async ({
  page,
}) => {
  // Four steps through the real login, on a machine shared by several runs.
  test.setTimeout(180_000);
  await signIn(page, 'admin');

  await test.step('unmap the demo client partner-tartu, with confirmation', async () => {
    await mainNavigation(page).getByRole('link', { name: 'Partner clients' }).click();
    await expect(page.getByRole('heading', { name: 'Partner clients', level: 1 })).toBeVisible();
    const list = page.getByRole('table', { name: 'Mapped clients' });
    await expect(list.getByRole('row', { name: /partner-tartu/ })).toContainText('Tartu');
    await page.getByRole('button', { name: 'Unmap partner-tartu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Unmap partner-tartu?' });
    await expect(dialog).toContainText('will no longer be able to use the partner API');
    await dialog.getByRole('button', { name: 'Unmap' }).click();
    await expect(page.getByText('partner-tartu was unmapped.')).toBeVisible();
    await expect(page.getByRole('row', { name: /partner-tartu/ })).toHaveCount(0);
  });

  await test.step('map it to the University of Tartu again', async () => {
    await page.getByRole('textbox', { name: 'Client id' }).fill('partner-tartu');
    await page.getByRole('textbox', { name: 'Client id' }).press('Tab');
    const partner = page.getByRole('combobox', { name: 'Partner' });
    await partner.fill('Tartu');
    await page.getByRole('option', { name: /Tartu/ }).first().click();
    await page.getByRole('button', { name: 'Map client' }).click();
    await expect(page.getByText(/^partner-tartu now acts for .*Tartu/)).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Mapped clients' })
        .getByRole('row', { name: /partner-tartu/ }),
    ).toContainText('admin');
  });

  await test.step('change the time zone and see it kept and used', async () => {
    await mainNavigation(page).getByRole('link', { name: 'Home institution' }).click();
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    await expect(zone).toHaveValue(/^Asia\/Bishkek/);
    await chooseZone(page, 'Almaty', /^Asia\/Almaty/);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/^The settings of .* were saved\.$/)).toBeVisible();

    await page.reload();
    await expect(page.getByRole('combobox', { name: 'Time zone' })).toHaveValue(/^Asia\/Almaty/);
    // The public call pages show their times in the new zone
    await mainNavigation(page).getByRole('link', { name: 'Mobility calls' }).click();
    await page.locator('main a[href^="/calls/"]').first().click();
    await expect(page.getByText(/Asia\/Almaty/).first()).toBeVisible();
  });

  await test.step('restore the demo zone for the other specs', async () => {
    await mainNavigation(page).getByRole('link', { name: 'Home institution' }).click();
    await chooseZone(page, 'Bishkek', /^Asia\/Bishkek/);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByText(/^The settings of .* were saved\.$/)).toBeVisible();
  });
});
