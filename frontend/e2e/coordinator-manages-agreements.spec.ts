import { expect, test, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { mainNavigation, signIn } from './helpers';

// The partner's approval goes through the partner API with a client-credentials token from the
// real Keycloak (the DEMO client partner-tartu, mapped to the University of Tartu).
const KEYCLOAK = 'http://localhost:8180/realms/mobility-desk/protocol/openid-connect/token';

async function partnerToken(request: APIRequestContext) {
  const response = await request.post(KEYCLOAK, {
    form: {
      grant_type: 'client_credentials',
      client_id: 'partner-tartu',
      client_secret: 'DEMO-ONLY-partner-tartu-secret-not-for-production',
    },
  });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function choose(page: Page, scope: Page | Locator, label: string, option: string) {
  await scope.getByRole('combobox', { name: label }).click();
  await page
    .getByRole('listbox', { name: label })
    .getByRole('option', { name: option, exact: true })
    .click();
}

test('the coordinator makes an agreement with two flows, signs it, and the partner approves it', async ({
  page,
  request,
}) => {
  await signIn(page, 'coordinator');
  await mainNavigation(page).getByRole('link', { name: 'Agreements' }).click();
  await expect(page.getByRole('heading', { name: 'Agreements', level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'New agreement' }).first().click();

  await choose(page, page, 'Partner institution', 'University of Tartu');
  await choose(page, page, 'First academic year', '2031/2032');
  await choose(page, page, 'Last academic year', '2033/2034');

  await page.getByRole('button', { name: 'Add flow' }).click();
  const students = page.getByRole('region', { name: 'Flow 1' });
  await students.getByRole('textbox', { name: 'Total months per year' }).fill('5');
  await students.getByRole('combobox', { name: 'Subject areas (ISCED-F)' }).fill('0912');
  await page.getByRole('option', { name: '0912 Medicine' }).click();
  await students.getByRole('checkbox', { name: 'EQF 7 · master' }).check();
  await students.getByRole('button', { name: 'Add language skill' }).click();
  await choose(page, students, 'Language', 'English');
  await choose(page, students, 'CEFR level', 'B2');

  await page.getByRole('button', { name: 'Add flow' }).click();
  const staff = page.getByRole('region', { name: 'Flow 2' });
  await choose(page, staff, 'Mobility type', 'Staff mobility for teaching');
  await staff.getByRole('radio', { name: /^University of Tartu →/ }).check();
  await staff.getByRole('textbox', { name: 'Total days per year' }).fill('5');

  await page.getByRole('button', { name: 'Add agreement' }).click();
  await expect(page).toHaveURL(/\/manage\/agreements\/[0-9a-f-]{36}$/);
  const id = page.url().split('/').at(-1)!;
  await expect(page.getByRole('heading', { name: 'University of Tartu', level: 1 })).toBeVisible();
  const flows = page.getByRole('table', { name: 'Cooperation conditions' });
  await expect(flows.getByRole('row')).toHaveCount(3);
  await expect(flows).toContainText('0912 Medicine');

  await page.getByRole('button', { name: 'Sign' }).click();
  const dialog = page.getByRole('dialog', { name: 'Sign the agreement' });
  const hash = (
    await dialog
      .locator('pre, code')
      .filter({ hasText: /^[0-9a-f]{64}$/ })
      .innerText()
  ).trim();
  await dialog.getByRole('button', { name: 'Sign' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Awaiting partner approval').first()).toBeVisible();

  const partner = { Authorization: `Bearer ${await partnerToken(request)}` };
  const approved = await request.post(`/api/v1/partner/agreements/${id}/approve`, {
    headers: partner,
    data: { hash },
  });
  expect(approved.status()).toBe(200);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'University of Tartu', level: 1 })).toBeVisible();
  await expect(page.getByText('In force').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Terminate' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'History' })).toContainText(
    'Approved by the partner',
  );

  // An amendment leaves the approved version in force until the partner approves it.
  await page.getByRole('link', { name: 'Edit' }).click();
  await expect(page.getByText(/the approved version stays in force meanwhile/)).toBeVisible();
  await page
    .getByRole('region', { name: 'Flow 1' })
    .getByRole('textbox', { name: 'Total months per year' })
    .fill('6');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('heading', { name: 'University of Tartu', level: 1 })).toBeVisible();
  await expect(page.getByText('Amendment: draft (version 2)').first()).toBeVisible();
  await expect(page.getByText('In force').first()).toBeVisible();
  await expect(page.getByRole('table', { name: 'History' })).toContainText(
    'In force · amendment draft',
  );

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('agreement-university-of-tartu-2031-2032-2033-2034.pdf');
  const bytes = await readFile(await file.path());
  expect(bytes.subarray(0, 4).toString()).toBe('%PDF');
});
