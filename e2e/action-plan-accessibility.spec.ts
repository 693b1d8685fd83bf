import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExampleYear } from './support';
import { openExamplePlan, row } from './action-plan-support';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the Action Plan table, an item’s details and the board have no serious or critical accessibility violation', async ({ page }) => {
  await openExamplePlan(page);
  expect(await seriousViolations(page)).toEqual([]);
  await row(page, '1.1').getByRole('link').click();
  await expect(page.getByRole('dialog', { name: 'Item 1.1' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog', { name: 'Item 1.1' }).getByRole('button', { name: 'Close' }).click();
  await page.getByRole('button', { name: 'Board' }).click();
  await expect(page.getByRole('region', { name: /^Done/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the dashboard and a session’s Action Plan tab have no serious or critical accessibility violation', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2015-09-01T06:00:00Z'));
  await openExampleYear(page);
  await expect(page.getByRole('img', { name: 'Open items over the year' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/#/sessions/ex-session-2015-09-14-joint?tab=action-plan');
  await expect(page.getByRole('list', { name: 'Action Plan items due by this session' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
