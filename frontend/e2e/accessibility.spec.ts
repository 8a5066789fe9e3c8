import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { estimateStudiesInTartu, mainNavigation, signIn } from './helpers';

// Demo data: the published call, the demo project, partners and agreements.
const CALL = 'Erasmus+ semester exchange for medical students 2026/2027';
const PROJECT = '2024-1-EE01-KA171-HED-000123456';

// axe takes seconds a page on a busy machine
test.describe.configure({ timeout: 300_000 });

async function visit(page: Page, navigation: string, name: string) {
  await mainNavigation(page).getByRole('link', { name: navigation, exact: true }).click();
  await expectAccessible(page, name);
}

/** Opens the first item a list page links to and checks it. */
async function openFirst(page: Page, name: string) {
  await page.getByRole('main').getByRole('table').getByRole('link').first().click();
  await expectAccessible(page, name);
}

test('the public pages pass axe', async ({ page }) => {
  await page.goto('/');
  await expectAccessible(page, 'the home page');
  await visit(page, 'Partner universities', 'the partner directory');
  await visit(page, 'Mobility calls', 'the public calls');
  await page.getByRole('link', { name: CALL }).first().click();
  await expectAccessible(page, 'a public call');

  await visit(page, 'What grant will I get?', 'the grant estimate form');
  await estimateStudiesInTartu(page);
  await expect(page.getByTestId('participant-total')).toBeVisible();
  await expectAccessible(page, 'a grant estimate');

  await page.goto('/manage/partners');
  await expectAccessible(page, 'the sign-in request');
  await page.goto('/no-such-page');
  await expectAccessible(page, 'the page not found');
});

test('the applicant pages pass axe', async ({ page }) => {
  await signIn(page, 'applicant');
  await visit(page, 'My profile', 'the profile');
  await mainNavigation(page).getByRole('link', { name: 'Mobility calls' }).click();
  await page.getByRole('link', { name: CALL }).first().click();
  await page.getByRole('link', { name: 'Apply' }).click();
  await page.waitForURL(/\/me\/applications\/[0-9a-f-]{36}$/);
  await expectAccessible(page, 'an application');
  await visit(page, 'My applications', 'my applications');
  await page.goto('/manage/partners');
  await expectAccessible(page, 'a page not available to the account');
});

test('the coordinator pages pass axe', async ({ page }) => {
  await signIn(page, 'coordinator');
  await visit(page, 'Manage partners', 'the partners');
  await openFirst(page, 'a partner');
  await visit(page, 'Agreements', 'the agreements');
  await openFirst(page, 'an agreement');
  await visit(page, 'KA171 projects', 'the projects');
  await page.getByRole('link', { name: PROJECT }).click();
  await expectAccessible(page, 'a project');
  await visit(page, 'Calls', 'the calls');
  await page.getByRole('link', { name: CALL }).first().click();
  await expectAccessible(page, 'a call');
  await page.getByRole('link', { name: 'Applications' }).click();
  await expectAccessible(page, "a call's applications");
  await visit(page, 'Partner notifications', 'the partner notifications');
});

test('the admin pages pass axe', async ({ page }) => {
  await signIn(page, 'admin');
  await visit(page, 'Rate tables', 'the rate tables');
});
