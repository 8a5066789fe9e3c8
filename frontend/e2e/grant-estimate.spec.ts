import { expect, test } from '@playwright/test';
import { estimateStudiesInTartu, mainNavigation } from './helpers';

test('an anonymous visitor estimates the grant of a Bishkek → Tartu student mobility', async ({
  page,
}) => {
  await page.goto('/');
  await mainNavigation(page).getByRole('link', { name: 'What grant will I get?' }).click();
  await expect(
    page.getByRole('heading', { name: 'What grant will I get?', level: 1 }),
  ).toBeVisible();

  // The home institution is the sending one unless the visitor chooses another
  const sending = page.getByTestId('place-sending');
  await expect(sending.getByRole('combobox')).toHaveValue(
    'International Higher School of Medicine · Bishkek',
  );
  await estimateStudiesInTartu(page);

  // Demo data: 3,690 km from Bishkek to Tartu, a partner country to an Estonian (group 2)
  // university: 5 months × €850 and €580 for the 3,000–3,999 km band.
  const support = page.getByTestId('grant-line-INDIVIDUAL_SUPPORT');
  await expect(support).toContainText('Individual support');
  await expect(support).toContainText('5 months and 0 days at €850.00 a month');
  await expect(support).toContainText('€4,250.00');
  await expect(page.getByTestId('grant-line-TRAVEL')).toContainText('€580.00');
  await expect(page.getByTestId('participant-total')).toHaveAttribute('data-amount', '4830');
  await expect(page.getByTestId('participant-total')).toHaveText('€4,830.00');
  await expect(page.getByTestId('rate-table')).toHaveText(
    /^Rate table for call 2024, version \d+$/,
  );
  await expect(page.getByTestId('institution-support')).toContainText('Paid to the institution');

  // Chromium has no Kyrgyz number data of its own: the euros are still written the Kyrgyz way
  await page.getByRole('button', { name: 'EN – Interface language: English' }).click();
  await page.getByRole('menuitem', { name: 'Кыргызча' }).click();
  await expect(page.getByTestId('participant-total')).toHaveText('4\u00a0830,00\u00a0€');
  await page.getByRole('button', { name: 'KY – Интерфейстин тили: Кыргызча' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();

  // A refusal stands beside the field it names
  await page.getByLabel('Last day').fill('2025-01-10');
  await expect(page.getByTestId('estimate-refused')).toBeVisible();
  await expect(page.getByLabel('Last day')).toHaveAccessibleDescription(
    'The last day, 10 Jan 2025, is before the first day, 1 Feb 2025',
  );
});
