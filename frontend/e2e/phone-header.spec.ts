import { expect, test, type Page } from '@playwright/test';
import { signIn } from './helpers';

const WIDTH = 375;

/** Every control of the header lies inside the screen and shows its text whole. */
async function expectHeaderWhole(page: Page) {
  const header = page.getByRole('banner');
  await expect(header).toBeVisible();
  const controls = header.locator('a:visible, button:visible, h2:visible');
  expect(await controls.count()).toBeGreaterThan(2);
  for (const control of await controls.all()) {
    const box = (await control.boundingBox())!;
    const name = (await control.getAttribute('aria-label')) ?? (await control.textContent());
    expect(box.x, `${name} starts on the screen`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `${name} ends on the screen`).toBeLessThanOrEqual(WIDTH);
    const clipped = await control.evaluate((element) =>
      [element, ...Array.from(element.querySelectorAll('*'))].some(
        (part) => part.scrollWidth > part.clientWidth + 1,
      ),
    );
    expect(clipped, `${name} is not cut`).toBe(false);
  }
}

test('at 375 px the header shows its controls whole in Kyrgyz, signed out and in', async ({
  page,
}) => {
  await page.setViewportSize({ width: WIDTH, height: 740 });
  await page.goto('/');
  await page.getByRole('button', { name: 'EN – Interface language: English' }).click();
  await page.getByRole('menuitem', { name: 'Кыргызча' }).click();
  await expect(page.getByRole('button', { name: 'KY – Интерфейстин тили: Кыргызча' })).toHaveText(
    'KY',
  );
  await expectHeaderWhole(page);

  await page.getByRole('button', { name: 'KY – Интерфейстин тили: Кыргызча' }).click();
  await page.getByRole('menuitem', { name: 'English' }).click();
  await signIn(page, 'coordinator');
  await page.getByRole('button', { name: 'EN – Interface language: English' }).click();
  await page.getByRole('menuitem', { name: 'Кыргызча' }).click();
  await expect(
    page.getByRole('button', { name: 'KY – Интерфейстин тили: Кыргызча' }),
  ).toBeVisible();
  await expectHeaderWhole(page);
});
