import { expect, test, type Locator, type Page } from '@playwright/test';
import { failOnPageErrors, openExampleYear, startNewChairmanship } from './support';

/** Holds back the second half of the start (the database and the first screen's code) until released. */
async function holdStartChunk(page: Page): Promise<() => void> {
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/start-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Changes the start hint as the next page loads, once: to `value`, or to another language. (The
 * page before it keeps its hint up to date until it unloads, so a hint written from the test
 * beforehand could be written over.)
 */
async function setHintOnNextLoad(page: Page, change: { value: string } | { lang: string }): Promise<void> {
  await page.addInitScript(
    ({ once, change }) => {
      if (sessionStorage.getItem(once)) return;
      sessionStorage.setItem(once, 'done');
      const key = 'chairdesk:start';
      const hint = JSON.parse(localStorage.getItem(key) ?? 'null') as object;
      localStorage.setItem(key, 'value' in change ? change.value : JSON.stringify({ ...hint, lang: change.lang }));
    },
    { once: `hint-${crypto.randomUUID()}`, change },
  );
}

test('first run offers the example year and a new chairmanship', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Chairdesk' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Open the example year' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Start a new chairmanship' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('the example year lists the 2015 sessions in order, and a reload neither loses nor duplicates them', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  const rows = page.getByRole('table', { name: 'Sessions' }).getByRole('row');
  const expected = [
    /2 April 2015.*CFM.*Council of Foreign Ministers.*Dushanbe.*Held/s,
    /19\s?–\s?20 May 2015.*CSSC.*Secretaries of Security Councils.*Khujand.*Held/s,
    /3\s?–\s?4 June 2015.*CDM.*Defence Ministers.*Dushanbe.*Held/s,
    /14 September 2015.*CFM \+ CDM \+ CSSC.*Joint session.*Dushanbe.*Confirmed/s,
    /15 September 2015.*CSC.*Collective Security Council.*Dushanbe.*Confirmed/s,
    /29 September 2015\s*18:00–19:30 \(New York\) · 03:00–04:30 \(Dushanbe\) \(\+1 day \/ 30 September\).*CFM.*New York.*Planned/s,
    /2 December 2015.*CFM.*Belgrade.*Planned/s,
  ];
  // The header row plus one row per session.
  await expect(rows).toHaveCount(expected.length + 1);
  for (const [i, pattern] of expected.entries()) await expect(rows.nth(i + 1)).toHaveText(pattern);

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(rows).toHaveCount(expected.length + 1);

  // Opening the example again (from Settings) adds nothing.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Open the example year' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(rows).toHaveCount(expected.length + 1);
  expect(errors).toEqual([]);
});

test('a session row opens its read-only page with the April delegations in protocol order', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Session of the Council of Foreign Ministers' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Session of the Council of Foreign Ministers' })).toBeVisible();
  await expect(page.getByText('Sirodjiddin Aslov')).toBeVisible();
  await page.getByRole('tab', { name: 'Participants' }).click();
  const delegations = page.getByRole('table').getByRole('row').locator('td:first-child');
  await expect(delegations).toHaveText(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'OSCE', 'OSCE', 'UN']);
  await page.getByRole('tab', { name: 'Participants' }).press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Action Plan and documents' })).toBeFocused();
  await expect(page.getByText(/Statement of the Ministers of Foreign Affairs/)).toBeVisible();
  await page.getByRole('link', { name: /All sessions/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
});

test('switching to Russian translates navigation and headings live, and is remembered', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  const nav = page.getByRole('navigation', { name: 'Основное меню' });
  await expect(nav.getByRole('link')).toHaveText([
    'Заседания',
    'Расписание',
    'Участники',
    'Организация',
    'План мероприятий',
    'Решения',
    'Отчёты',
    'Настройки',
  ]);
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');

  await nav.getByRole('link', { name: 'Заседания' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Заседания' })).toBeVisible();
  await expect(page.getByRole('row').nth(2)).toContainText('Худжанд');
  await expect(page.getByRole('row').nth(2)).toContainText('КССБ');

  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Заседания' })).toBeVisible();
});

test('the next start draws the shell as the last one left it, before the database has loaded', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Заседания' }).click();

  const release = await holdStartChunk(page);
  await page.reload();
  const nav = page.getByRole('navigation', { name: 'Основное меню' });
  await expect(nav.getByRole('link')).toHaveText([
    'Заседания',
    'Расписание',
    'Участники',
    'Организация',
    'План мероприятий',
    'Решения',
    'Отчёты',
    'Настройки',
  ]);
  await expect(nav.getByRole('link', { name: 'Заседания' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Председательство: Таджикистан, 2015')).toBeVisible();
  await expect(page.getByText('ОДКБ', { exact: true })).toBeVisible();
  await expect(page.getByRole('main').getByRole('status')).toHaveText('Chairdesk открывается…');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  await expect(page.getByRole('table')).toHaveCount(0);

  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Заседания' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Заседания' }).getByRole('row')).toHaveCount(8);
  await expect(page.getByRole('main').getByRole('status').filter({ hasText: 'Chairdesk открывается…' })).toHaveCount(0);
  expect(errors).toEqual([]);
});

test("index.html's frame of the shell is painted before any code runs, in the same place as the shell drawn over it", async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  // The entry held back: the page shows what index.html and its stylesheet draw alone.
  let release = (): void => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'commit' });
  const frame = page.locator('.frame-side');
  const frameBrand = page.locator('.frame-brand');
  await expect(frameBrand).toBeVisible();
  await expect(frameBrand).toHaveText('Chairdesk');
  // Measured once painted: the page's first contentful paint waits for its stylesheet, which a
  // layout read before it would not (the frame then lies in the page's default flow).
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.evaluate(() => document.fonts.ready);
  const side = await frame.boundingBox();
  const brand = await frameBrand.boundingBox();
  const colour = await frame.evaluate((e) => getComputedStyle(e).backgroundColor);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(frame).toBeHidden();
  await page.evaluate(() => document.fonts.ready);
  // The same column (the shell's grows with a long screen) and the name in the same box.
  const aside = page.locator('.shell aside');
  expect(await aside.boundingBox()).toMatchObject({ x: side?.x, y: side?.y, width: side?.width });
  expect(await page.locator('.shell .brand').boundingBox()).toEqual(brand);
  expect(await aside.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe(colour);
  expect(errors).toEqual([]);
});

test('without a hint that reads back, or outside the shell, the start waits for the database', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  const release = await holdStartChunk(page);
  await setHintOnNextLoad(page, { value: '{"lang":"ru","chairmanship":{"id":7}}' });
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Opening Chairdesk…');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  release();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByText('Chairmanship of Tajikistan, 2015')).toBeVisible();
  // The start wrote the hint again from what the database holds.
  const hint = await page.evaluate(() => JSON.parse(localStorage.getItem('chairdesk:start') ?? 'null') as unknown);
  expect(hint).toMatchObject({ lang: 'en', chairmanship: { year: 2015, chairState: { en: 'Tajikistan' } } });

  // The welcome screen is no screen of the shell: with the hint, it still waits.
  await page.evaluate(() => (location.hash = '#/welcome'));
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Chairdesk' })).toBeVisible();
  const releaseAgain = await holdStartChunk(page);
  await page.reload();
  await expect(page.getByRole('status')).toHaveText('Opening Chairdesk…');
  await expect(page.getByRole('navigation')).toHaveCount(0);
  releaseAgain();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Chairdesk' })).toBeVisible();

  // A hint's language is no choice of the user's: one who never chose follows the system's.
  await page.evaluate(() => (location.hash = '#/sessions'));
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await setHintOnNextLoad(page, { lang: 'ru' });
  const releaseLast = await holdStartChunk(page);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
  releaseLast();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect(errors).toEqual([]);
});

test('starting a new chairmanship opens an empty list with a clear empty state', async ({ page }) => {
  await page.goto('/');
  await startNewChairmanship(page, {
    organization: { name: ['Shanghai Cooperation Organisation', 'Шанхайская организация сотрудничества'], acronym: ['SCO', 'ШОС'] },
    chairState: ['Tajikistan', 'Таджикистан'],
    year: 2026,
    homeTimeZone: 'Asia/Dushanbe',
  });
  await expect(page.getByRole('status').filter({ hasText: 'No sessions yet' })).toBeVisible();
  await expect(page.getByText('No session of the 2026 chairmanship has been planned yet.')).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText('Chairmanship of Tajikistan, 2026')).toBeVisible();
  await expect(page.getByText('SCO', { exact: true })).toBeVisible();
  // The empty list offers the first session.
  await page.getByRole('status').filter({ hasText: 'No sessions yet' }).getByRole('button', { name: 'New session' }).click();
  await expect(page.getByRole('dialog', { name: 'New session' })).toBeVisible();
});

test('the new-chairmanship form’s fields stay inside it, side by side without overlapping, in either language', async ({ page }) => {
  await page.goto('/');
  // The form by its year field: its name is in the language shown.
  const form = page.locator('form:has(#new-year)');
  for (const language of ['English', 'Русский']) {
    await page.getByRole('button', { name: language }).click();
    await expect(page.getByRole('button', { name: language })).toHaveAttribute('aria-pressed', 'true');
    const card = await form.boundingBox();
    const boxes = await form.locator('input, select, button').evaluateAll((elements) =>
      elements.map((e) => {
        const r = e.getBoundingClientRect();
        return { name: e.id || e.textContent.trim() || e.tagName, left: r.left, right: r.right, top: r.top, bottom: r.bottom };
      }),
    );
    expect(boxes.length).toBeGreaterThan(10);
    for (const box of boxes) {
      expect(box.left, box.name).toBeGreaterThanOrEqual(card?.x ?? Number.NaN);
      expect(box.right, box.name).toBeLessThanOrEqual((card?.x ?? Number.NaN) + (card?.width ?? 0));
    }
    // No two controls cover each other (the year and the first day sat one over the other).
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1)) {
        const overlap = a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
        expect(overlap, `${a.name} over ${b.name}`).toBe(false);
      }
  }
  // On the header's dark bar, the chosen language is the light one.
  const background = (name: string) => page.getByRole('button', { name }).evaluate((e) => getComputedStyle(e).backgroundColor);
  expect(await background('Русский')).toBe('rgb(255, 255, 255)');
  expect(await background('English')).not.toBe('rgb(255, 255, 255)');
});

test('the new-chairmanship form says what is wrong, next to the field', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Year', { exact: true }).fill('1812');
  await page.getByLabel('Home time zone').fill('Asia/Atlantis');
  await page.getByRole('button', { name: 'Start the chairmanship' }).click();
  const name = page.getByRole('group', { name: 'Full name of the organization' });
  await expect(name).toHaveAccessibleDescription('This field is required.');
  await expect(page.getByLabel('Full name of the organization, English')).toBeFocused();
  await expect(page.getByRole('group', { name: 'Chairing state' })).toHaveAccessibleDescription('This field is required.');
  await expect(page.getByLabel('Year', { exact: true })).toHaveAccessibleDescription('Enter a year between 1945 and 2100.');
  await expect(page.getByLabel('Home time zone')).toHaveAccessibleDescription(/Choose a time zone from the list/);
  await expect(page.getByRole('heading', { name: 'Welcome to Chairdesk' })).toBeVisible();
});

test('Ctrl+K finds a person, a session or an Action Plan item and opens it', async ({ page }) => {
  await openExampleYear(page);
  const palette = page.getByRole('dialog', { name: 'Find anything' });
  await page.keyboard.press('Control+k');
  const search = page.getByRole('combobox', { name: 'Find a person, a session or an Action Plan item' });
  await expect(search).toBeFocused();
  await page.keyboard.type('lavro');
  await expect(palette.getByRole('option').first()).toContainText('Sergey Lavrov');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /lavrov/i })).toBeVisible();

  await page.keyboard.press('Control+k');
  await page.keyboard.type('Channel');
  await expect(palette.getByRole('option').first()).toContainText('2.1');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/action-plan\?.*item=ex-item-2-1/);
  await expect(page.getByRole('dialog', { name: 'Item 2.1' })).toBeVisible();
  await page.keyboard.press('Escape');

  // From a link the user had reached by keyboard: Esc closes the palette even with text typed
  // (a search box would only clear it), and the focus is back on the link.
  const link = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' });
  await link.focus();
  await page.keyboard.press('Control+k');
  await page.keyboard.type('худжанд');
  await expect(palette.getByRole('option').first()).toContainText('Committee of Secretaries of Security Councils');
  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(link).toBeFocused();
});

test('a year with sessions opens on its rows, never on "No sessions yet" while they load', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  // Counts every moment the empty state is in the page, however briefly, from the first byte.
  await page.addInitScript(() => {
    const w = window as unknown as { emptySeen: number };
    w.emptySeen = 0;
    new MutationObserver(() => {
      if (document.documentElement.textContent.includes('No sessions yet')) w.emptySeen += 1;
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row')).toHaveCount(8);
  expect(await page.evaluate(() => (window as unknown as { emptySeen: number }).emptySeen)).toBe(0);
  expect(errors).toEqual([]);
});

/**
 * Holds back the page's idle callbacks (requestIdleCallback) from the next load on, until
 * `release()`: what the app fetches ahead once idle (views/screens.ts) waits, whatever the speed
 * of the machine, so that what the first screen fetched by itself can be told from it.
 */
async function holdIdle(page: Page): Promise<{ release: () => Promise<void> }> {
  await page.addInitScript(() => {
    const held: IdleRequestCallback[] = [];
    const w = window as unknown as { releaseIdle: () => void };
    window.requestIdleCallback = (callback) => held.push(callback);
    w.releaseIdle = () => {
      for (const callback of held.splice(0)) callback({ didTimeout: false, timeRemaining: () => 50 });
    };
  });
  return { release: () => page.evaluate(() => (window as unknown as { releaseIdle: () => void }).releaseIdle()) };
}

/** The files of the app's font the page has fetched, as script and weight ('latin 400'), once the fonts it asked for have loaded. */
async function fontFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    await document.fonts.ready;
    const faces = performance.getEntriesByType('resource').flatMap((entry) => {
      const file = /\/noto-sans-([a-z-]+)-(\d{3})-normal-[\w-]+\.woff2$/.exec(entry.name);
      return file ? [`${file[1]} ${file[2]}`] : [];
    });
    return [...new Set(faces)].sort();
  });
}

/** The font files of the first screen: its rows and its Action Plan summary drawn, nothing fetched ahead yet. */
async function firstScreenFonts(page: Page, rows: Locator): Promise<string[]> {
  await expect(rows).toHaveCount(8);
  await expect(page.locator('.dashboard')).toBeVisible();
  expect(await page.evaluate(() => performance.getEntriesByName('chairdesk:preload').length)).toBe(0);
  return fontFiles(page);
}

test('the first screen fetches the font files of the letters it shows, and the other scripts follow once it is idle', async ({ page }) => {
  await openExampleYear(page);
  const idle = await holdIdle(page);
  await page.reload();
  expect(await firstScreenFonts(page, page.getByRole('table', { name: 'Sessions' }).getByRole('row'))).toEqual(['latin 400', 'latin 600']);
  // Once idle: Cyrillic (Russian names typed into the search), its Tajik letters and Latin Extended.
  await idle.release();
  await page.waitForFunction(() => performance.getEntriesByName('chairdesk:preload').length > 0);
  await expect
    .poll(() => fontFiles(page))
    .toEqual([400, 600].flatMap((w) => ['cyrillic', 'cyrillic-ext', 'latin', 'latin-ext'].map((s) => `${s} ${w}`)).sort());

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'Заседания' }).click();
  await page.reload();
  expect(await firstScreenFonts(page, page.getByRole('table', { name: 'Заседания' }).getByRole('row'))).toEqual([
    'cyrillic 400',
    'cyrillic 600',
    'latin 400',
    'latin 600',
  ]);
  await idle.release();

  // A Tajik name (Ҷамшед Қодирӣ) is drawn in the same family, from the Cyrillic Extended files.
  const faces = await page.evaluate(async () =>
    (await document.fonts.load('600 16px "Noto Sans"', 'Ҷамшед Қодирӣ')).map((face) => face.unicodeRange.split(', ')[0]),
  );
  expect(faces).toContain('U+460-52F');
});
