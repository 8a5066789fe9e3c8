import { expect, test } from '@playwright/test';
import { mainNavigation, signIn } from './helpers';

// Works on call year 2023 so that the other specs' 2024 figures stay as seeded.
test('an admin edits a rate, and the estimate changes and names the new version', async ({
  page,
}) => {
  await signIn(page, 'admin');
  await mainNavigation(page).getByRole('link', { name: 'Rate tables' }).click();
  await expect(page.getByRole('heading', { name: 'Grant rate tables', level: 1 })).toBeVisible();
  await page.getByRole('combobox', { name: 'Call year' }).click();
  await page.getByRole('option', { name: '2023' }).click();
  await expect(page.getByRole('heading', { name: 'Versions of call year 2023' })).toBeVisible();

  await page.getByRole('button', { name: 'Edit values' }).click();
  for (const group of [1, 2, 3]) {
    const amount = page.getByRole('textbox', {
      name: `Amount: monthly rate for long-term students (from a partner country to a group ${group} country)`,
    });
    await amount.fill('1111');
    const rate = `monthly rate for long-term students (from a partner country to a group ${group} country)`;
    await page.getByRole('combobox', { name: `Source: ${rate}` }).click();
    await page.getByRole('option', { name: 'Set by the office' }).click();
    await page.getByRole('textbox', { name: `Note: ${rate}` }).fill('End-to-end test');
  }
  await page.getByRole('textbox', { name: /^Why/ }).fill('Monthly student rates of the 2023 guide');
  await page.getByRole('button', { name: 'Save as version 2' }).click();
  await expect(
    page.getByText('Version 2 of call year 2023 saved; estimates use it now'),
  ).toBeVisible();

  // The history names who made version 2 and why; the comparison shows the three changes
  const history = page.getByRole('table', { name: 'Versions', exact: true });
  await expect(history.getByRole('row', { name: /values of version 2/ })).toContainText(
    'Monthly student rates of the 2023 guide',
  );
  await expect(history.getByRole('row', { name: /values of version 2/ })).toContainText('admin');
  const comparison = page.getByRole('table', { name: 'Compare versions' });
  await expect(comparison.getByRole('row')).toHaveCount(4);
  await expect(comparison.getByRole('row', { name: /group 2 country/ })).toContainText('€1,111.00');

  await history
    .getByRole('row', { name: /values of version 2/ })
    .getByRole('button', { name: 'Mark final' })
    .click();
  await page.getByRole('dialog').getByRole('button', { name: 'Mark final' }).click();
  await expect(history.getByRole('row', { name: /values of version 2/ })).toContainText('Final');

  await mainNavigation(page).getByRole('link', { name: 'What grant will I get?' }).click();
  await expect(
    page.getByRole('heading', { name: 'What grant will I get?', level: 1 }),
  ).toBeVisible();
  await expect(page.getByTestId('place-sending').getByRole('combobox')).not.toHaveValue('');
  await page.getByRole('combobox', { name: 'Call year' }).click();
  await page.getByRole('option', { name: '2023' }).click();
  await page.getByTestId('place-receiving').getByRole('combobox').fill('Tartu');
  await page.getByRole('option', { name: 'University of Tartu · Tartu' }).click();
  await page.getByLabel('First day').fill('2024-02-01');
  await page.getByLabel('Last day').fill('2024-06-30');
  await expect(page.getByTestId('grant-line-INDIVIDUAL_SUPPORT')).toContainText(
    '5 months and 0 days at €1,111.00 a month',
  );
  await expect(page.getByTestId('rate-table')).toHaveText('Rate table for call 2023, version 2');
});
