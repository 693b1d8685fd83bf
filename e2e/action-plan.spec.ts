import { expect, test } from '@playwright/test';
import { failOnPageErrors } from './support';
import { EXAMPLE_NUMBERS, itemsTable, numbers, openExamplePlan, row, rowCommand } from './action-plan-support';

test('an item added under 1 is numbered 1.3; moved up and then to the head of 2, both branches renumber', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExamplePlan(page);
  await expect(numbers(page)).toHaveText(EXAMPLE_NUMBERS);

  await rowCommand(page, '1', 'Add a sub-item');
  const dialog = page.getByRole('dialog', { name: 'New sub-item under 1' });
  await dialog.getByLabel('Title (English)').fill('Exchange lists of wanted persons');
  await dialog.getByLabel('Title (Russian)').fill('Обмениваться списками разыскиваемых лиц');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(numbers(page)).toHaveText(['1', '1.1', '1.2', '1.3', ...EXAMPLE_NUMBERS.slice(3)]);
  await expect(row(page, '1.3')).toContainText('Exchange lists of wanted persons');

  // Keyboard: Alt+Up on the item's title moves it above 1.2, and the focus stays with it.
  const title = page.getByRole('link', { name: 'Exchange lists of wanted persons' });
  await title.press('Alt+ArrowUp');
  await expect(row(page, '1.2')).toContainText('Exchange lists of wanted persons');
  await expect(row(page, '1.3')).toContainText('Contribute to the joint plan of action');
  await expect(title).toBeFocused();

  // Move it into branch 2, before 2.1, with the keyboard-friendly dialog.
  await rowCommand(page, '1.2', 'Move elsewhere…');
  const move = page.getByRole('dialog', { name: 'Move item 1.2' });
  const under = move.getByLabel('Under');
  const branch2 = await under.locator('option', { hasText: /^2 Countering illicit drug trafficking/ }).getAttribute('value');
  await under.selectOption(branch2 ?? '');
  await expect(move.getByLabel('Position')).toHaveValue('first');
  await move.getByRole('button', { name: 'Move' }).click();
  await expect(move).toBeHidden();

  await expect(numbers(page)).toHaveText(['1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '2.4', '3', '4', '5', '5.1', '5.2', '6']);
  await expect(row(page, '1.2')).toContainText('Contribute to the joint plan of action');
  await expect(row(page, '2.1')).toContainText('Exchange lists of wanted persons');
  await expect(row(page, '2.2')).toContainText('Conduct the regional anti-drug operation');
  await expect(row(page, '2.4')).toContainText('Prepare proposals on anti-drug and financial security belts');

  // It stays that way after a reload: the numbers were saved, not just drawn.
  await page.reload();
  await expect(row(page, '2.1')).toContainText('Exchange lists of wanted persons');
  expect(errors).toEqual([]);
});

test('a row dragged onto another goes before it, and a drop inside its own branch is refused with a message', async ({ page }) => {
  // Tall enough that both rows are on screen (a drag that starts while Chromium scrolls picks
  // its source from the old scroll position).
  await page.setViewportSize({ width: 1400, height: 1500 });
  await openExamplePlan(page);
  await row(page, '6').dragTo(row(page, '2.1'));
  await expect(row(page, '2.1')).toContainText('Intensify military-political integration');
  await expect(row(page, '2.2')).toContainText('Conduct the regional anti-drug operation');
  await expect(numbers(page)).toHaveText(['1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '2.4', '3', '4', '5', '5.1', '5.2']);

  await row(page, '2').dragTo(row(page, '2.2'));
  await expect(
    page.getByRole('alert').filter({ hasText: 'An item cannot be placed under itself or under one of its own sub-items.' }),
  ).toBeVisible();
  await expect(row(page, '2')).toContainText('Countering illicit drug trafficking');
});

test('deleting an item takes its sub-items too, and Undo brings them all back', async ({ page }) => {
  await openExamplePlan(page);
  await rowCommand(page, '2', 'Delete');
  await expect(numbers(page)).toHaveText(['1', '1.1', '1.2', '2', '3', '4', '4.1', '4.2', '5']);
  await expect(row(page, '2')).toContainText('Review security in Central Asia');
  const toast = page.getByRole('status').filter({ hasText: 'Item 2 deleted with its sub-items (3).' });
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(numbers(page)).toHaveText(EXAMPLE_NUMBERS);
  await expect(row(page, '2.1')).toContainText('Conduct the regional anti-drug operation');
  await row(page, '2.1').getByRole('link').click();
  await expect(
    page.getByRole('dialog', { name: 'Item 2.1' }).getByText('Operation completed; results to be reported to the CSC.'),
  ).toBeVisible();
});

test('the item form says what is wrong, warns about an early deadline, and asks before “done” below 100 %', async ({ page }) => {
  await openExamplePlan(page);
  await page.getByRole('button', { name: 'Add an item' }).click();
  const dialog = page.getByRole('dialog', { name: 'New item' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  const title = dialog.getByLabel('Title (English)');
  await expect(title).toHaveAccessibleDescription('Give the item a title, in English or in Russian.');
  await expect(title).toBeFocused();

  await title.fill('Hold a seminar on countering the financing of terrorism');
  // A kind of deadline chosen without its session or date is an error, not "no deadline".
  await dialog.getByRole('radio', { name: 'By a session' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  const dueSession = dialog.getByLabel('Deadline session');
  await expect(dueSession).toHaveAccessibleDescription(/^Choose the session it is due by, or choose “No deadline”\./);
  await expect(dueSession).toBeFocused();
  await dialog.getByRole('radio', { name: 'By a date' }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Deadline date')).toHaveAccessibleDescription(/Enter the date it is due by, or choose “No deadline”\./);
  await expect(dialog.getByLabel('Deadline date')).toBeFocused();
  await expect(numbers(page)).toHaveCount(EXAMPLE_NUMBERS.length);
  await dialog.getByLabel('Deadline date').fill('2015-01-10');
  await expect(dialog.getByLabel('Deadline date')).toHaveAccessibleDescription(/before the plan was approved \(20 January 2015\)/);
  await dialog.getByLabel('Status').selectOption({ label: 'Done' });
  await dialog.getByLabel('Progress, %').fill('40');
  await dialog.getByRole('button', { name: 'Save' }).click();

  const ask = page.getByRole('dialog', { name: 'Mark this item done?' });
  await expect(ask).toContainText('The progress is 40 %.');
  await ask.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeVisible();
  await expect(numbers(page)).toHaveCount(EXAMPLE_NUMBERS.length);

  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('dialog', { name: 'Mark this item done?' }).getByRole('button', { name: 'Set 100 % and mark done' }).click();
  await expect(dialog).toBeHidden();
  await expect(row(page, '7')).toContainText('Hold a seminar on countering the financing of terrorism');
  await expect(row(page, '7')).toContainText('10 January 2015');
  await expect(row(page, '7').getByRole('combobox', { name: 'Status of item 7' })).toHaveValue('done');
  await expect(row(page, '7')).toContainText('100 %');
});

test('an item cannot be put under its own sub-item: the form says so and nothing changes', async ({ page }) => {
  await openExamplePlan(page);
  await row(page, '1').getByRole('link').click();
  const dialog = page.getByRole('dialog', { name: 'Item 1' });
  await dialog.getByRole('button', { name: 'Edit' }).click();
  const parent = dialog.getByLabel('Part of');
  const child = await parent.locator('option', { hasText: /^1\.1 / }).getAttribute('value');
  await parent.selectOption(child ?? '');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(parent).toHaveAccessibleDescription('An item cannot be placed under itself or under one of its own sub-items.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(numbers(page)).toHaveText(EXAMPLE_NUMBERS);
});

test('the table filters overdue items, groups by theme, sorts by deadline and changes a status inline with a note', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2015-11-01T06:00:00Z'));
  await openExamplePlan(page);

  await page.getByLabel('Overdue only').check();
  await expect(numbers(page)).toHaveText(['1.1', '2.2', '2.3', '6']);
  await page.getByLabel('Overdue only').uncheck();

  await page.getByLabel('Sort by').selectOption('deadline');
  await expect(numbers(page)).toHaveText(['3', '5.1', '2.1', '1.1', '2.3', '6', '2.2', '1.2', '4', '5.2', '1', '2', '5']);

  await page.getByLabel('Group by').selectOption('theme');
  await expect(numbers(page).first()).toHaveText('3');
  await expect(itemsTable(page).getByRole('rowheader', { name: 'Drug trafficking (2)' })).toBeVisible();
  await page.getByLabel('Group by').selectOption('none');
  await page.getByLabel('Sort by').selectOption('number');

  await row(page, '4').getByRole('combobox', { name: 'Status of item 4' }).selectOption({ label: 'Blocked' });
  await page.getByRole('group', { name: 'Filters' }).getByLabel('Status').selectOption({ label: 'Blocked' });
  await expect(numbers(page)).toHaveText(['4']);
  await row(page, '4').getByRole('link').click();
  const dialog = page.getByRole('dialog', { name: 'Item 4' });
  await expect(dialog.getByRole('list', { name: 'Progress notes' }).getByRole('listitem').first()).toContainText(
    '1 November 2015 · Status: In progress → Blocked',
  );
});

test('the plan’s approval and basis are edited in one dialog', async ({ page }) => {
  await openExamplePlan(page);
  await page.getByRole('button', { name: 'Edit the plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the plan' });
  await expect(dialog.getByLabel('Approved on')).toHaveValue('20.01.2015');
  await dialog.getByRole('checkbox', { name: /^Statement: Statement of the Ministers of Foreign Affairs/ }).check();
  await dialog.getByLabel('Title (English)').fill('');
  await dialog.getByLabel('Title (Russian)').fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Title (English)')).toHaveAccessibleDescription('Give the plan a title, in English or in Russian.');
  await dialog.getByLabel('Title (English)').fill('Action Plan of the chairmanship, 2015 (example data)');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Action Plan of the chairmanship, 2015 (example data)')).toBeVisible();
  await expect(page.getByText('Basis: Statement “Statement of the Ministers of Foreign Affairs of the CSTO Member States')).toBeVisible();
});
