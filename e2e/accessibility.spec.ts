import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openExampleYear } from './support';

async function seriousViolations(page: Page, options: { calendarGrid?: boolean } = {}): Promise<string[]> {
  let builder = new AxeBuilder({ page });
  // @event-calendar/core gives its root and month grid row/cell roles whose nesting axe
  // rejects (a known limitation of the library); the same sessions are in the year programme,
  // which passes every rule.
  if (options.calendarGrid) builder = builder.disableRules(['aria-required-children', 'aria-required-parent']);
  const { violations } = await builder.analyze();
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

test('the schedule views, the session dialog and the agenda have no serious or critical accessibility violation', async ({ page }) => {
  // Seven full axe scans in one test.
  test.setTimeout(90_000);
  await openExampleYear(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { name: 'April 2015' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  for (const view of ['Calendar', 'Timeline']) {
    await page.getByRole('tab', { name: view }).click();
    await expect(page.getByRole('tab', { name: view })).toHaveAttribute('aria-selected', 'true');
    if (view === 'Calendar') await expect(page.locator('.ec-event').first()).toBeVisible();
    expect(await seriousViolations(page, { calendarGrid: view === 'Calendar' }), view).toEqual([]);
    if (view === 'Calendar') {
      await page.getByRole('button', { name: 'List' }).click();
      expect(await seriousViolations(page, { calendarGrid: true }), 'calendar list').toEqual([]);
    }
  }
  await page.getByRole('button', { name: 'New session' }).click();
  await expect(page.getByRole('dialog', { name: 'New session' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.goto('/#/sessions/ex-session-2015-04-02-cfm?tab=agenda');
  await expect(page.getByRole('region', { name: 'Add an agenda item' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
