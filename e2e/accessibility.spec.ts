import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExampleYear } from './support';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the welcome screen has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Welcome to Chairdesk' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the sessions list has no serious or critical accessibility violation', async ({ page }) => {
  await openExampleYear(page);
  await expect(page.getByRole('table', { name: 'Sessions' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the session page and settings have no serious or critical accessibility violation', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Session of the Collective Security Council' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session of the Collective Security Council' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
