import { expect, test, type Page } from '@playwright/test';
import { mainNavigation, signIn } from './helpers';

function field(page: Page, label: string) {
  return page.getByRole('textbox', { name: new RegExp(`^${label}`) });
}

function select(page: Page, label: string) {
  return page.getByRole('combobox', { name: new RegExp(`^${label}`) });
}

/** An option of the open Mantine combobox (not of the interface language's native select). */
function option(page: Page, name: string) {
  return page.locator('[data-combobox-option]:visible').getByText(name, { exact: true });
}

function languageRow(page: Page, number: number) {
  return page.getByRole('group', { name: `Language ${number}`, exact: true });
}

async function addLanguage(page: Page, number: number, language: string, level: string) {
  await page.getByRole('button', { name: 'Add language' }).click();
  const row = languageRow(page, number);
  await row.getByRole('combobox', { name: /^Language/ }).fill(language);
  await option(page, language).click();
  await row.getByRole('combobox', { name: /^Level/ }).click();
  await option(page, level).click();
}

test('the applicant completes the profile once and finds it again after a reload', async ({
  page,
}) => {
  await signIn(page, 'applicant');
  await mainNavigation(page).getByRole('link', { name: 'My profile' }).click();
  await expect(page.getByRole('heading', { name: 'My profile', level: 1 })).toBeVisible();

  // Before the first save: the name and e-mail of the login, and a word on what this is for
  await expect(page.getByText(/We filled in your name from your login/)).toBeVisible();
  await expect(field(page, 'Given name')).toHaveValue('Aizada');
  await expect(field(page, 'Family name')).toHaveValue('Toktogulova');
  await expect(field(page, 'E-mail')).toHaveValue('applicant@demo.mobility-desk.example');

  await page.getByLabel(/^Date of birth/).fill('2004-03-15');
  await select(page, 'Citizenship').fill('Kyrgyz');
  await option(page, 'Kyrgyzstan').click();
  await field(page, 'Phone').fill('+996 555 123 456');
  await field(page, 'Study programme').fill('General Medicine');
  await select(page, 'Study cycle').click();
  await option(page, 'Master (EQF 7)').click();
  await select(page, 'Year of study').click();
  await option(page, '3').click();
  await field(page, 'Grade average').fill('4.3');
  await field(page, 'Out of').fill('5');
  await addLanguage(page, 1, 'English', 'B2 · Upper intermediate');
  await addLanguage(page, 2, 'Russian', 'C1 · Advanced');

  await page.getByRole('button', { name: 'Save profile' }).click();
  await expect(page.getByText('Your profile was saved.')).toBeVisible();
  await expect(page.getByText(/We filled in your name from your login/)).toBeHidden();

  await page.reload();
  await expect(field(page, 'Given name')).toHaveValue('Aizada');
  await expect(page.getByText(/We filled in your name from your login/)).toBeHidden();
  await expect(page.getByLabel(/^Date of birth/)).toHaveValue('2004-03-15');
  await expect(select(page, 'Citizenship')).toHaveValue('Kyrgyzstan');
  await expect(field(page, 'Phone')).toHaveValue('+996 555 123 456');
  await expect(field(page, 'Study programme')).toHaveValue('General Medicine');
  await expect(select(page, 'Study cycle')).toHaveValue('Master (EQF 7)');
  await expect(select(page, 'Year of study')).toHaveValue('3');
  await expect(field(page, 'Grade average')).toHaveValue('4.3');
  await expect(field(page, 'Out of')).toHaveValue('5');
  await expect(languageRow(page, 1).getByRole('combobox', { name: /^Language/ })).toHaveValue(
    'English',
  );
  await expect(languageRow(page, 1).getByRole('combobox', { name: /^Level/ })).toHaveValue(
    'B2 · Upper intermediate',
  );
  await expect(languageRow(page, 2).getByRole('combobox', { name: /^Language/ })).toHaveValue(
    'Russian',
  );
  await expect(languageRow(page, 2).getByRole('combobox', { name: /^Level/ })).toHaveValue(
    'C1 · Advanced',
  );
});
