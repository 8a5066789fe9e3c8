import { readFile } from 'node:fs/promises';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { mainNavigation, signIn } from './helpers';

const CALL = 'Erasmus+ short-term doctoral mobility at the University of Tartu 2026/2027';
const CALL_ID = 'ca11de00-0000-4000-8000-000000000003';

/** Research plan and motivation letter scores by candidate: Kubanychbek first, Asel second, Temirlan on the reserve list. */
const SCORES: Record<string, [number, number]> = {
  'Kubanychbek Tashiev': [9, 8],
  'Asel Mamytova': [8, 7],
  'Temirlan Zhumabekov': [6, 6],
};

async function as(browser: Browser, user: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

/** An evaluator declares no conflict with each eligible candidate, then scores and submits. */
async function evaluate(browser: Browser, user: string) {
  const page = await as(browser, user);
  await mainNavigation(page).getByRole('link', { name: 'Evaluation' }).click();
  await page.getByRole('link', { name: CALL }).click();
  for (const [name, [plan, letter]] of Object.entries(SCORES)) {
    await page.getByRole('button', { name: `No conflict with ${name}` }).click();
    await expect(page.getByText(`Recorded: no conflict with ${name}.`)).toBeVisible();
    await page.getByRole('link', { name }).click();
    await page
      .getByRole('group', { name: 'Research plan' })
      .getByLabel('Score from 0 to 10')
      .fill(String(plan));
    await page
      .getByRole('group', { name: 'Motivation letter' })
      .getByLabel('Score from 0 to 10')
      .fill(String(letter));
    await expect(page.getByText('2 of 2 criteria scored')).toBeVisible();
    await page.getByRole('button', { name: 'Submit…' }).click();
    await page.getByRole('button', { name: 'Submit my scores' }).click();
    await expect(page.getByText('Your evaluation is submitted.').first()).toBeVisible();
    await page.getByRole('link', { name: 'Back to the applications of the call' }).click();
  }
  await page.context().close();
}

/** A candidate opens their application and answers the offer of a place at Tartu, confirming in the dialog. */
async function answer(browser: Browser, user: string, button: string, confirm: string) {
  const page = await as(browser, user);
  await mainNavigation(page).getByRole('link', { name: 'My applications' }).click();
  await page.getByRole('link', { name: CALL }).click();
  await expect(page.getByRole('heading', { name: 'Selection result' })).toBeVisible();
  await expect(
    page.getByText('You are selected for University of Tartu (your first choice)'),
  ).toBeVisible();
  await page.getByRole('button', { name: button }).click();
  await page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click();
  return page;
}

test('two evaluators score blind, the commission decides, candidates answer, a decline moves the place to the reserve, and an appeal is answered', async ({
  browser,
}) => {
  test.setTimeout(300_000);
  await evaluate(browser, 'evaluator');
  await evaluate(browser, 'evaluator2');

  const coordinator = await as(browser, 'coordinator');
  await coordinator.goto(`/manage/calls/${CALL_ID}/selection`);
  await expect(coordinator.getByRole('heading', { name: 'Selection', level: 1 })).toBeVisible();
  await coordinator.getByRole('tab', { name: 'Ranking' }).click();
  await coordinator.getByRole('button', { name: 'Run allocation' }).click();
  await expect(coordinator.getByText('Temirlan Zhumabekov').first()).toBeVisible();

  await coordinator.getByRole('tab', { name: 'Decision' }).click();
  await coordinator.getByRole('textbox', { name: 'Member 1' }).fill('Dr. Aibek Sultanov (chair)');
  await coordinator.getByRole('button', { name: 'Record the decision' }).click();
  await coordinator
    .getByRole('dialog')
    .getByRole('button', { name: 'Record', exact: true })
    .click();
  await expect(coordinator.getByRole('heading', { name: 'Decision in force' })).toBeVisible();
  const minutes = coordinator.waitForEvent('download');
  await coordinator.getByRole('button', { name: 'Download minutes (PDF)' }).click();
  const pdf = await minutes;
  expect(pdf.suggestedFilename()).toMatch(/^minutes-erasmus-short-term-doctoral-mobility.*\.pdf$/);
  const head = Buffer.from(await readFile((await pdf.path()) ?? ''))
    .subarray(0, 5)
    .toString('latin1');
  expect(head).toBe('%PDF-');

  await coordinator.getByRole('tab', { name: 'Results' }).click();
  await coordinator.getByRole('button', { name: 'Publish results' }).click();
  await coordinator.getByRole('dialog').getByRole('button', { name: 'Publish results' }).click();
  await expect(
    coordinator.getByText(/^Published on .* candidates have 7 days to answer\.$/),
  ).toBeVisible();

  const first = await answer(browser, 'doctoral', 'Accept the place', 'Accept');
  await expect(first.getByText(/^You accepted this place on /)).toBeVisible();
  const second = await answer(browser, 'doctoral2', 'Decline the place', 'Decline');
  await expect(second.getByText(/^You gave up your place on /)).toBeVisible();

  // the place Asel declined went to Temirlan, first on the reserve list
  await coordinator.reload();
  await coordinator.getByRole('tab', { name: 'History' }).click();
  await expect(coordinator.getByRole('cell', { name: 'Moved to a freed place' })).toBeVisible();
  await expect(coordinator.getByRole('cell', { name: 'MD-DEMO-000003' }).first()).toBeVisible();

  // Asel appeals against her outcome; the coordinator rejects the appeal with reasons, which she then reads
  const reasons =
    'A declined place cannot be given back: it went to the first candidate on the reserve list.';
  await second.getByRole('button', { name: 'Appeal this result' }).click();
  await second
    .getByRole('textbox', { name: 'Your appeal' })
    .fill('I declined by mistake: please give me my place back.');
  await second.getByRole('button', { name: 'Send the appeal' }).click();
  await second.getByRole('dialog').getByRole('button', { name: 'Send the appeal' }).click();
  await expect(second.getByText(/^Your appeal waits for its answer\./)).toBeVisible();

  await coordinator.reload();
  await coordinator.getByRole('tab', { name: 'Appeals 1 waiting for an answer' }).click();
  await coordinator.getByRole('button', { name: 'Answer the appeal of Asel Mamytova' }).click();
  const dialog = coordinator.getByRole('dialog', { name: 'Answer the appeal of Asel Mamytova' });
  await dialog.getByRole('radio', { name: 'Rejected' }).check();
  await dialog.getByRole('textbox', { name: 'Reasons' }).fill(reasons);
  await dialog.getByRole('button', { name: 'Send the answer' }).click();
  await dialog.getByRole('button', { name: 'Reject the appeal' }).click();
  await expect(coordinator.getByText(reasons)).toBeVisible();
  await expect(coordinator.getByRole('tab', { name: 'Appeals', exact: true })).toBeVisible();

  await second.reload();
  const appeal = second.getByRole('article', { name: /^Appeal of / });
  await expect(appeal.getByText('Rejected')).toBeVisible();
  await expect(appeal.getByText(reasons)).toBeVisible();
});
