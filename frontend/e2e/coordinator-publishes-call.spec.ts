import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signIn } from './helpers';

/** A wall-clock time for a datetime-local input, days from now (in the browser's zone). */
function localDateTime(daysFromNow: number, time: string): string {
  const date = new Date(Date.now() + daysFromNow * 24 * 60 * 60 * 1000);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${time}`;
}

async function pick(page: Page, field: ReturnType<Page['getByRole']>, option: string) {
  await field.click();
  await page.locator('[data-combobox-option]:visible').getByText(option, { exact: true }).click();
}

test('a coordinator publishes a call and a signed-out visitor finds it', async ({
  page,
  browser,
}) => {
  const title = `E2E exchange ${Math.floor(Math.random() * 1e9)}`;

  await signIn(page, 'coordinator');
  await mainNavigation(page).getByRole('link', { name: 'Calls', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Calls', level: 1 })).toBeVisible();
  // The demo's published call
  await expect(
    page.getByRole('link', { name: 'Erasmus+ semester exchange for medical students 2026/2027' }),
  ).toBeVisible();

  await page.getByRole('link', { name: 'New call' }).click();
  await expect(page.getByRole('heading', { name: 'New call', level: 1 })).toBeVisible();
  await page.getByRole('textbox', { name: /^Title \(English\)/ }).fill(title);
  await page
    .getByRole('textbox', { name: /^Description \(English\)/ })
    .fill('One semester at the University of Tartu.');
  await pick(
    page,
    page.getByRole('combobox', { name: /^Mobility type/ }),
    'Student mobility for studies',
  );
  await pick(page, page.getByRole('combobox', { name: /^Academic year/ }), '2026/2027');
  await page.getByLabel(/^Opens \(Asia\/Bishkek time\)/).fill(localDateTime(-1, '09:00'));
  await page.getByLabel(/^Deadline \(Asia\/Bishkek time\)/).fill(localDateTime(4, '23:59'));

  await page.getByRole('button', { name: 'Add a partner' }).click();
  const place = page.getByRole('group', { name: 'Place 1' });
  await pick(
    page,
    place.getByRole('combobox', { name: /^Partner university/ }),
    'University of Tartu',
  );
  await place.getByRole('textbox', { name: /^Places/ }).fill('1');

  await page.getByRole('button', { name: 'Add a criterion' }).click();
  const criterion = page.getByRole('group', { name: 'Criterion 1' });
  await criterion.getByRole('textbox', { name: /^Name \(English\)/ }).fill('Grade average');
  await criterion.getByRole('textbox', { name: /^Weight/ }).fill('100');
  await expect(page.getByText('Weights: 100 of 100')).toBeVisible();

  await page.getByRole('button', { name: 'Save draft' }).click();
  await expect(page.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  await expect(page.getByText('Draft', { exact: true })).toBeVisible();

  await page.getByRole('button', { name: 'Publish' }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish the call?' });
  await dialog.getByRole('button', { name: 'Publish' }).click();
  await expect(page.getByText(`"${title}" is published.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Change log' })).toContainText('Published');

  // Someone who is not signed in finds it among the open calls
  const visitor = await browser.newPage();
  await visitor.goto('/calls');
  await expect(visitor.getByRole('button', { name: 'Sign in' })).toBeVisible();
  await expect(visitor.getByRole('heading', { name: 'Mobility calls', level: 1 })).toBeVisible();
  await visitor.getByRole('link', { name: title }).click();

  await expect(visitor.getByRole('heading', { name: title, level: 1 })).toBeVisible();
  const timer = visitor.getByRole('timer', { name: 'Applications close in' });
  await expect(timer).toBeVisible();
  const seconds = await timer.textContent();
  await expect(timer).not.toHaveText(seconds ?? '');
  const places = visitor.getByRole('table', { name: 'Places at partner universities' });
  await expect(places.getByRole('row', { name: /University of Tartu/ })).toContainText('1');
  // A visitor is asked to sign in before applying, not sent to a page their account cannot use
  await expect(visitor.getByRole('button', { name: 'Sign in to apply' })).toBeVisible();
  await expect(visitor.getByRole('link', { name: 'Apply' })).toHaveCount(0);
  await visitor.close();
});
