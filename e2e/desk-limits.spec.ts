import { expect, test, type Locator, type Page } from '@playwright/test';
import { row, startScoPlan } from './action-plan-support';
import { importReferenceFixture, planSession } from './support';

// From a blank profile (the SCO reference file): every title takes at most 300 characters and
// the refusal says so, in either language; a title of 300 characters never pushes a status off
// its row, nor a toast off the screen.
test.use({ viewport: { width: 1280, height: 720 } });

const WORDS = 'Meeting of the Council of National Coordinators of the Shanghai Cooperation Organisation member states ';
const longTitle = (n: number): string => WORDS.repeat(4).slice(0, n - 1) + '.';
const SCREEN = { width: 1280, height: 720 };

async function onScreen(locator: Locator): Promise<void> {
  const box = await locator.boundingBox();
  expect(box).not.toBeNull();
  if (!box) return;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(SCREEN.width);
  expect(box.y + box.height).toBeLessThanOrEqual(SCREEN.height);
}

/** Whether `inner` lies within the row `outer`, left to right. */
async function withinRow(inner: Locator, outer: Locator): Promise<void> {
  const [a, b] = [await inner.boundingBox(), await outer.boundingBox()];
  expect(a && b).toBeTruthy();
  if (!a || !b) return;
  expect(a.x).toBeGreaterThanOrEqual(b.x);
  expect(a.x + a.width).toBeLessThanOrEqual(Math.min(b.x + b.width, SCREEN.width) + 0.5);
}

async function newSession(page: Page, titleEn: string, titleRu: string): Promise<Locator> {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill(titleEn);
  await dialog.getByLabel('Title (Russian)').fill(titleRu);
  await dialog.getByRole('checkbox', { name: /^CNC / }).check();
  await dialog.getByLabel('Start date').fill('2019-03-04');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('End date').fill('2019-03-04');
  await dialog.getByLabel('End time').fill('13:00');
  await dialog.getByLabel('City (English)').fill('Bishkek');
  await dialog.getByLabel('City (Russian)').fill('Бишкек');
  await dialog.getByLabel('Time zone').fill('Asia/Bishkek');
  await dialog.getByRole('button', { name: 'Save' }).click();
  return dialog;
}

test('a session title of 301 characters is refused in Russian with the limit it broke', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Заседания' }).first().click();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Новое заседание' });
  await dialog.getByLabel('Название (английский)').fill('Заседание');
  await dialog.getByLabel('Название (русский)').fill('З'.repeat(301));
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog.getByLabel('Название (английский)')).toHaveAccessibleDescription('Не более 300 символов.');
  await expect(dialog.getByLabel('Название (английский)')).toBeFocused();
});

test('an Action Plan item title of 301 characters is refused with the limit, and one of 300 leaves the status on its row', async ({
  page,
}) => {
  await startScoPlan(page, [{ title: ['Prepare the draft Bishkek Declaration', 'Подготовить проект Бишкекской декларации'] }]);
  await page.getByRole('button', { name: 'Add an item' }).click();
  const item = page.getByRole('dialog', { name: 'New item' });
  await item.getByLabel('Title (English)').fill(longTitle(301));
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByLabel('Title (English)')).toHaveAccessibleDescription('At most 300 characters.');
  await item.getByLabel('Title (English)').fill('W'.repeat(300));
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item).toBeHidden();

  // The row keeps its status control on the row, inside the window.
  await withinRow(row(page, '2').getByRole('combobox', { name: 'Status of item 2' }), row(page, '2'));
  await onScreen(row(page, '2').getByRole('combobox', { name: 'Status of item 2' }));
});

test('a 300-character session title wraps in the list, the status stays on its row, and the toast stays on screen', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  const title = longTitle(300);
  const unbroken = 'Ш'.repeat(300);
  const dialog = await newSession(page, title, unbroken);
  await expect(dialog).toBeHidden();
  const toast = page.locator('.toast').filter({ hasText: title.slice(0, 40) });
  await expect(toast).toBeVisible();
  await onScreen(toast);
  await onScreen(toast.getByText(title.slice(0, 40)));
  // A title of one unbroken word of 300 letters: the toast still wraps it on screen.
  await newSession(page, 'W'.repeat(300), 'Совещание');
  const wide = page.locator('.toast').filter({ hasText: 'WWWW' });
  await expect(wide).toBeVisible();
  await onScreen(wide);
  await onScreen(wide.getByText(/WWWW/));
  await onScreen(wide.getByRole('button', { name: 'Dismiss' }));
  // Its action keeps its word on one line beside the text.
  const open = await wide.getByRole('button', { name: 'Open' }).boundingBox();
  expect(open && open.width > open.height).toBe(true);

  const list = page.getByRole('table', { name: 'Sessions' });
  const sessionRow = list.getByRole('row').filter({ hasText: title.slice(0, 40) });
  await withinRow(sessionRow.getByText('Planned', { exact: true }), sessionRow);
  await onScreen(sessionRow.getByText('Planned', { exact: true }));
  const wideRow = list.getByRole('row').filter({ hasText: 'WWWW' });
  await withinRow(wideRow.getByText('Planned', { exact: true }), wideRow);
  await onScreen(wideRow.getByText('Planned', { exact: true }));

  // In Russian the title is one unbroken word of 300 letters: it still wraps.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('link', { name: 'Заседания' }).first().click();
  const ruRow = page.getByRole('table', { name: 'Заседания' }).getByRole('row').filter({ hasText: 'ШШШШ' });
  await withinRow(ruRow.getByText('Запланировано', { exact: true }), ruRow);
  await onScreen(ruRow.getByText('Запланировано', { exact: true }));
});

test('a text too long is refused at the field of its language: item description, register title and reference, journal notes', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await startScoPlan(page, [{ title: ['Prepare the draft Bishkek Declaration', 'Подготовить проект Бишкекской декларации'] }]);
  const tooLongNotes = 'Д'.repeat(10_001);

  // The Russian description of an item: the refusal sits at the Russian field, not the English one.
  await row(page, '1').getByRole('link').first().click();
  const item = page.getByRole('dialog', { name: 'Item 1' });
  await item.getByRole('button', { name: 'Edit' }).click();
  await item.getByLabel('Description (Russian)').fill(tooLongNotes);
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(item.getByLabel('Description (Russian)')).toHaveAccessibleDescription('At most 10,000 characters.');
  await expect(item.getByLabel('Description (Russian)')).toBeFocused();
  await expect(item.getByLabel('Description (English)')).not.toHaveAttribute('aria-invalid', 'true');
  await item.getByRole('button', { name: 'Cancel' }).click();
  await item.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await planSession(page, {
    title: ['Meeting of the Council of Foreign Ministers', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });

  // Journal notes in Russian over 10,000 characters: named beside them, nothing saved.
  await page.getByRole('tab', { name: 'Agenda' }).click();
  const add = page.getByRole('region', { name: 'Add an agenda item' });
  await add.getByLabel('Item (English)').fill('On the budget of the Organisation');
  await add.getByRole('button', { name: 'Add item' }).click();
  await page.getByRole('tab', { name: 'Journal' }).click();
  const journal = page.getByRole('form', { name: 'Journal of the session' });
  await journal.getByLabel('Notes (Russian)').fill(tooLongNotes);
  await journal.getByRole('button', { name: 'Save the journal' }).click();
  await expect(journal.getByLabel('Notes (Russian)')).toHaveAccessibleDescription('At most 10,000 characters.');
  await expect(journal.getByLabel('Notes (Russian)')).toBeFocused();
  await expect(page.getByText('The journal was saved.')).toHaveCount(0);

  // A register entry: the Russian title and the reference, each at its own field.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const entry = page.getByRole('dialog', { name: 'New entry of the register' });
  await entry.getByLabel('Adopted on').fill('2019-05-21');
  await entry.getByLabel('Title (English)').fill('On the budget for 2020');
  await entry.getByLabel('Title (Russian)').fill('Б'.repeat(301));
  await entry.getByLabel('Reference as typed (optional)').fill('R'.repeat(301));
  await entry.getByRole('button', { name: 'Save' }).click();
  await expect(entry.getByLabel('Title (Russian)')).toHaveAccessibleDescription('At most 300 characters.');
  await expect(entry.getByLabel('Title (Russian)')).toBeFocused();
  await expect(entry.getByLabel('Title (English)')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(entry.getByLabel('Reference as typed (optional)')).toHaveAccessibleDescription(/^At most 300 characters\./);
});
