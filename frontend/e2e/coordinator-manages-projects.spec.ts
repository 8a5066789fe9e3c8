import { expect, test } from '@playwright/test';
import { mainNavigation, signIn } from './helpers';

const DEMO_REFERENCE = '2024-1-EE01-KA171-HED-000123456';

test('the coordinator reads a project budget and records a new KA171 project', async ({ page }) => {
  const number = String(Math.floor(Math.random() * 1e9)).padStart(9, '0');
  const reference = `2025-1-AT01-KA171-HED-${number}`;

  await signIn(page, 'coordinator');
  await mainNavigation(page).getByRole('link', { name: 'KA171 projects' }).click();
  await expect(page.getByRole('heading', { name: 'KA171 projects', level: 1 })).toBeVisible();

  // The demo project of the University of Tartu, with its region 6 budget
  await page.getByRole('searchbox', { name: 'Reference' }).fill('000123456');
  await expect(page.getByText('Projects found: 1')).toBeVisible();
  const demo = page.getByRole('row', { name: new RegExp(DEMO_REFERENCE) });
  await expect(demo).toContainText('University of Tartu');
  await expect(demo).toContainText('€107,500.00');
  await demo.getByRole('link', { name: DEMO_REFERENCE }).click();

  await expect(page.getByRole('heading', { name: DEMO_REFERENCE, level: 1 })).toBeVisible();
  const budget = page.getByRole('table', { name: 'Budget by partner region and budget line' });
  await expect(budget).toBeVisible();
  await expect(
    budget.getByRole('row', { name: /Region 6: Central Asia Individual support/ }),
  ).toContainText('€86,400.00');
  await expect(budget.getByRole('row', { name: /Region 6: Central Asia Travel/ })).toContainText(
    '€11,600.00',
  );
  await expect(budget.getByRole('row').last()).toContainText('€107,500.00');
  await expect(page.getByText(/Committed and paid come from the grants/)).toBeVisible();

  // A new project, first with an end date the programme does not allow
  await page.getByRole('link', { name: 'KA171 projects' }).first().click();
  await page.getByRole('link', { name: 'Add project' }).click();
  await expect(page.getByRole('heading', { name: 'New KA171 project' })).toBeVisible();
  await page.getByRole('textbox', { name: /^Reference/ }).fill(reference);
  await page.getByRole('textbox', { name: /^Call year/ }).fill('2025');
  await page.getByRole('combobox', { name: /^Beneficiary/ }).fill('JOANNEUM');
  await page
    .getByRole('option', { name: 'FH JOANNEUM University of Applied Sciences (Austria)' })
    .click();
  // The home institution is a partner from the start
  await expect(
    page.getByText('International Higher School of Medicine (Kyrgyzstan)'),
  ).toBeVisible();
  await page.getByLabel(/^Start date/).fill('2025-09-01');
  const endDate = page.getByLabel(/^End date/);
  await expect(endDate).toHaveAccessibleDescription(
    '24 or 36 months: ends on 31 Aug 2027 or 31 Aug 2028',
  );
  await endDate.fill('2027-09-01');

  await page.getByRole('button', { name: 'Add budget row' }).click();
  const row = page.getByRole('region', { name: 'Budget row 1' });
  await row.getByRole('combobox', { name: /^Partner region/ }).click();
  await page.getByRole('option', { name: 'Region 6: Central Asia' }).click();
  await row.getByRole('combobox', { name: /^Budget line/ }).click();
  await page.getByRole('option', { name: 'Individual support' }).click();
  await row.getByRole('textbox', { name: /^Allocated/ }).fill('24000');
  await expect(page.getByText('Total allocated: €24,000.00')).toBeVisible();

  await page.getByRole('button', { name: 'Add project' }).click();
  // The server's refusal, translated from its code and arguments
  const refusal = '24 or 36 months: ends on 31 Aug 2027 or 31 Aug 2028';
  await expect(endDate).toHaveAttribute('aria-invalid', 'true');
  await expect(endDate).toHaveAccessibleDescription(new RegExp(refusal));

  await page.getByRole('button', { name: '24 months' }).click();
  await expect(endDate).toHaveValue('2027-08-31');
  await page.getByRole('button', { name: 'Add project' }).click();

  await expect(page.getByText(`Project ${reference} was added.`)).toBeVisible();
  await expect(page.getByRole('heading', { name: reference, level: 1 })).toBeVisible();
  // Its status follows the dates: it started on 1 Sep 2025
  await expect(page.getByText('Ongoing')).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'FH JOANNEUM University of Applied Sciences' }),
  ).toBeVisible();
  await expect(
    page
      .getByRole('table', { name: 'Budget by partner region and budget line' })
      .getByRole('row')
      .last(),
  ).toContainText('€24,000.00');
});
