import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { mainNavigation, signIn } from './helpers';

const CALL = 'Erasmus+ semester exchange for medical students 2026/2027';
// A one-page PDF is enough: the server recognises it by its first bytes.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** An option of the open Mantine combobox (not of the interface language's native select). */
function option(page: Page, name: string | RegExp) {
  return page.locator('[data-combobox-option]:visible').filter({ hasText: name }).first();
}

async function choose(page: Page, label: RegExp, name: string | RegExp) {
  await page.getByRole('combobox', { name: label }).click();
  await option(page, name).click();
}

async function completeProfile(page: Page) {
  await expect(page.getByRole('heading', { name: 'My profile', level: 1 })).toBeVisible();
  await page.getByLabel(/^Date of birth/).fill('2003-09-02');
  await page.getByRole('combobox', { name: /^Citizenship/ }).fill('Kyrgyz');
  await option(page, 'Kyrgyzstan').click();
  await page.getByRole('textbox', { name: /^Phone/ }).fill('+996 700 111 222');
  await page.getByRole('textbox', { name: /^Study programme/ }).fill('General Medicine');
  await choose(page, /^Study cycle/, 'Master (EQF 7)');
  await choose(page, /^Year of study/, /^3$/);
  await page.getByRole('textbox', { name: /^Grade average/ }).fill('4.5');
  await page.getByRole('textbox', { name: /^Out of/ }).fill('5');
  await page.getByRole('button', { name: 'Add language' }).click();
  const language = page.getByRole('group', { name: 'Language 1', exact: true });
  await language.getByRole('combobox', { name: /^Language/ }).fill('English');
  await option(page, 'English').click();
  await language.getByRole('combobox', { name: /^Level/ }).click();
  await option(page, 'C1 · Advanced').click();
  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile was saved.')).toBeVisible();
}

async function upload(page: Page, document: string) {
  await page
    .locator(`input[type="file"][aria-label="${document}"]`)
    .setInputFiles({ name: `${document}.pdf`, mimeType: 'application/pdf', buffer: PDF });
  await expect(page.getByRole('button', { name: `Preview ${document}` })).toBeVisible();
}

test('a student applies to the open call and the coordinator finds the application eligible', async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signIn(page, 'student');

  // The open call, from the public list
  await mainNavigation(page).getByRole('link', { name: 'Mobility calls' }).click();
  await page.getByRole('link', { name: CALL }).first().click();
  await expect(page.getByRole('heading', { name: CALL, level: 1 })).toBeVisible();
  await page.getByRole('link', { name: 'Apply' }).click();
  await page.waitForURL(/\/me\/applications\/[0-9a-f-]{36}$/);
  const applicationUrl = page.url();
  const checklist = page.getByRole('region', { name: 'Checklist' });
  await expect(checklist.getByText(/required items done/)).toBeVisible();

  // The profile first: the checklist leads there
  await page.getByRole('link', { name: 'Complete my profile' }).first().click();
  await completeProfile(page);
  await page.goto(applicationUrl);

  // Two partners ranked, the period, the motivation: saved as typed
  await choose(page, /^Choice 1/, /University of Tartu/);
  await choose(page, /^Choice 2/, /Milan/);
  await page.getByLabel(/^Planned start/).fill('2027-02-01');
  await page.getByLabel(/^Planned end/).fill('2027-06-30');
  await page
    .getByRole('textbox', { name: /^Why do you apply/ })
    .fill('I want to learn clinical skills in an Estonian university hospital.');
  await expect(page.getByText(/^Saved at/).first()).toBeVisible();

  for (const document of ['Motivation letter', 'Transcript of records', 'Language certificate']) {
    await upload(page, document);
  }
  await expect(checklist.getByText(/^(\d+) of \1 required items done$/)).toBeVisible();

  // A reload keeps everything the server saved
  await page.reload();
  await expect(page.getByRole('combobox', { name: /^Choice 1/ })).toHaveValue(
    /University of Tartu/,
  );
  await expect(page.getByLabel(/^Planned end/)).toHaveValue('2027-06-30');

  await page.getByRole('button', { name: 'Submit application' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Submit', exact: true }).click();
  const receipt = page.getByRole('region', { name: 'Your application was submitted' });
  await expect(receipt).toBeVisible();
  await expect(receipt.getByText(/MD-\d{4}-\d+/)).toBeVisible();
  await expect(receipt.getByText(/student@demo\.mobility-desk\.example/)).toBeVisible();
  const receiptNumber = (await receipt.getByText(/MD-\d{4}-\d+/).textContent())!.match(
    /MD-\d{4}-\d+/,
  )![0];
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText('Submitted', { exact: true })).toBeVisible();
  await expect(history.getByText(receiptNumber)).toBeVisible();
  await expectAccessible(page, 'a submitted application');

  // The coordinator finds it, previews the transcript and finds the student eligible
  const coordinatorContext = await browser.newContext();
  const coordinator = await coordinatorContext.newPage();
  await signIn(coordinator, 'coordinator');
  await mainNavigation(coordinator).getByRole('link', { name: /calls/i }).last().click();
  await coordinator.getByRole('link', { name: CALL }).first().click();
  await coordinator.getByRole('link', { name: 'Applications' }).click();
  await coordinator.getByRole('link', { name: receiptNumber }).click();
  await expect(coordinator.getByText('Nurlan Sadykov').first()).toBeVisible();
  await expectAccessible(coordinator, 'an application under review');

  const pdf = coordinator.waitForResponse(
    (response) => response.url().includes('/documents/') && response.url().includes('inline=true'),
  );
  await coordinator.getByRole('button', { name: 'Preview Transcript of records' }).click();
  const response = await pdf;
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  const preview = coordinator.getByRole('dialog');
  await expect(preview.locator('iframe')).toHaveAttribute('src', /^blob:/);
  // What the preview shows is the uploaded PDF itself
  const shown = await preview.locator('iframe').getAttribute('src');
  const start = await coordinator.evaluate(
    async (url) => (await (await fetch(url)).text()).slice(0, 5),
    shown!,
  );
  expect(start).toBe('%PDF-');
  await preview.getByRole('button', { name: 'Close the preview' }).click();

  await coordinator.getByRole('radio', { name: 'Eligible', exact: true }).check();
  await coordinator.getByRole('button', { name: 'Record the decision' }).click();
  await expect(coordinator.getByText('Decision recorded: Eligible')).toBeVisible();
  await coordinatorContext.close();

  // The student sees the decision
  await page.reload();
  await expect(history.getByText('Found eligible')).toBeVisible();
});
