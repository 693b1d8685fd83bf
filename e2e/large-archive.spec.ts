// The main flows on the large archive (ten generated chairmanship years, ~190,000 rows, plus
// the example year): loaded once through the benchmark's rig (e2e/bench/rig/, served beside
// the product by the end-to-end server; the product holds no way to load it), then used as a
// secretariat with a decade of records would. Expected figures are read from IndexedDB directly.
import { expect, test, type Page } from '@playwright/test';
import { seedLargeArchive } from './bench/pages.mjs';
import { failOnPageErrors } from './support';
import { countRows, dumpDatabase } from './reliability/db-dump';

test.describe.configure({ mode: 'serial', timeout: 120_000 });

let page: Page;
let errors: string[];

/** Every row of the given stores, read from the app's database behind its back (an independent check of what it shows). */
const readStores = (stores: string[]) => dumpDatabase(page, 'chairdesk', stores);
const countStores = (stores: string[]) => countRows(page, stores);

test.beforeAll(async ({ browser }) => {
  test.setTimeout(600_000);
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  errors = failOnPageErrors(page);
  const { rows } = await seedLargeArchive(page, '/');
  expect(rows).toBeGreaterThan(190_000);
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
});

test.afterAll(async () => {
  await page.close();
});

test('the archive holds ten generated years beside the example year, at the sizes of the benchmark', async () => {
  const counts = await countStores(['chairmanships', 'sessions', 'agendaItems', 'persons', 'participants', 'actionItems', 'documents']);
  expect(counts.chairmanships).toBe(11);
  expect(counts.sessions).toBeGreaterThanOrEqual(5_000);
  expect(counts.agendaItems).toBeGreaterThanOrEqual(55_000);
  expect(counts.persons).toBeGreaterThanOrEqual(2_000);
  expect(counts.participants).toBeGreaterThanOrEqual(100_000);
  expect(counts.actionItems).toBeGreaterThanOrEqual(15_000);
  expect(counts.documents).toBeGreaterThanOrEqual(15_000);
});

test('all 5,000+ sessions scroll in a list that keeps under two screenfuls of rows in the page', async () => {
  const total = (await countStores(['sessions'])).sessions ?? 0;
  await page.goto('/#/sessions?scope=all');
  await expect(page.getByRole('status').filter({ hasText: /sessions in all years/ })).toContainText(
    new RegExp(`^${String(total).replace(/\B(?=(\d{3})+$)/g, '[,\u00a0\u202f ]?')} sessions`),
  );
  const list = page.getByRole('list', { name: 'All sessions of all years' });
  const rows = list.getByRole('listitem');
  await expect(rows.first()).toBeVisible();
  const box = await list.boundingBox();
  const screenful = Math.ceil((box?.height ?? 800) / 56);
  const first = await rows.first().textContent();
  await list.hover();
  for (let i = 0; i < 20; i++) await page.mouse.wheel(0, 4_000);
  await expect(rows.first()).not.toHaveText(first ?? '');
  expect(await rows.count()).toBeLessThanOrEqual(2 * screenful);
  // A row far down the list still opens its session, chosen once the wheel's scrolling has
  // settled (the rows keep changing until then) and found again by its name.
  let shown: string | null = null;
  await expect
    .poll(
      async () => {
        const before = shown;
        shown = await rows.first().textContent();
        return shown === before;
      },
      { intervals: [250] },
    )
    .toBe(true);
  const title = (await rows.nth(2).getByRole('link').textContent()) ?? '';
  await list.getByRole('link', { name: title, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
});

test('the latest year programme draws its first screenful in its first frame, then lists every session of its year, and a session edited there follows', async () => {
  const { chairmanships = [], sessions = [] } = await readStores(['chairmanships', 'sessions']);
  const latest = chairmanships.toSorted((x, y) => Number(y.year) - Number(x.year))[0];
  const year = { year: Number(latest?.year), sessions: sessions.filter((s) => String(s.start).startsWith(String(latest?.year))).length };
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  // The rows in the first frame that has any: as many as the window holds (rows of at least
  // 36 px, 20 at least), not the year's hundreds.
  const firstFrame = await page.evaluate(async () => {
    location.hash = '#/schedule';
    const screenful = Math.max(20, Math.ceil(innerHeight / 36));
    // Ten seconds of frames at most: a programme that never draws a row fails below.
    for (let frames = 0; frames < 600; frames++) {
      await new Promise(requestAnimationFrame);
      const drawn = document.querySelectorAll('.month li').length;
      if (drawn) return { drawn, screenful };
    }
    return { drawn: 0, screenful };
  });
  expect(year.sessions).toBeGreaterThan(firstFrame.screenful);
  expect(firstFrame.drawn).toBe(firstFrame.screenful);
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(page.locator('.month li')).toHaveCount(year.sessions);
  await expect(page.getByText(`Chairmanship of`).first()).toContainText(String(year.year));

  const first = page.locator('.month li').first();
  await first.getByRole('link').first().click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Title (English)').fill('Session renamed in a ten-year archive');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1, name: 'Session renamed in a ten-year archive' })).toBeVisible();
  await page.goto('/#/schedule');
  await expect(page.locator('.month li').filter({ hasText: 'Session renamed in a ten-year archive' })).toHaveCount(1);
});

test('Find anything reaches a person of any year among the 2,000, and the People screen finds them too', async () => {
  const { persons = [] } = await readStores(['persons']);
  const generated = persons.filter((p) => !String(p.id).startsWith('ex-'));
  const person = (generated[1234]?.names as { en: { family: string; given: string } } | undefined)?.en ?? { family: '?', given: '?' };
  await page.goto('/#/sessions');
  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  await expect(palette.getByRole('combobox', { name: 'Find a person, a session or an Action Plan item' })).toBeFocused();
  // The first opening indexes ~22,000 records in the worker: the palette says so until done.
  await expect(palette.getByRole('status').filter({ hasText: 'Preparing the search…' })).toHaveCount(0, { timeout: 60_000 });
  await page.keyboard.type(`${person.given} ${person.family}`);
  await expect(palette.getByRole('option').first()).toContainText(person.family);
  await page.keyboard.press('Escape');

  await expect(palette).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByText(`${persons.length.toLocaleString('en')} persons`)).toBeVisible();
  await page.getByLabel('Search people').fill(person.family);
  await expect(page.getByRole('status').filter({ hasText: / found$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr').first()).toContainText(person.family, {
    ignoreCase: true,
  });
});

test('the latest Action Plan opens with its 1,500 items, and one of them opens', async () => {
  await page.goto('/#/action-plan');
  await expect(page.getByRole('heading', { level: 1, name: 'Action Plan' })).toBeVisible();
  // 1,500 rows: given more time than a small table on a busy machine.
  const links = page.getByRole('table').first().getByRole('link');
  await expect(links.first()).toBeVisible({ timeout: 30_000 });
  const title = (await links.first().textContent()) ?? '';
  await links.first().click();
  await expect(page.getByRole('dialog').first()).toContainText(title.trim(), { timeout: 30_000 });
  expect(errors).toEqual([]);
});
