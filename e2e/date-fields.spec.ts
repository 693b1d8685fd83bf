// Dates and times in the desk's conventions whatever the system's locale: on an American
// system (en-US: a browser's own fields would show 05/21/2019 and 6:30 PM), from a blank start
// with the SCO's 2019 chairmanship, a session is typed as 21.05.2019 and 18:30 and reads so in
// English and in Russian; the calendar works from the keyboard alone; an impossible date is
// refused at its field.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { failOnPageErrors, importReferenceFixture, planSession } from './support';

test.use({ locale: 'en-US' });

/** Types into a field over what it holds, as a person does after tabbing into it. */
async function typeOver(field: Locator, text: string): Promise<void> {
  await field.selectText();
  await field.pressSequentially(text);
}

async function newSessionDialog(page: Page, name = 'New session'): Promise<Locator> {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a session typed as 21.05.2019 and 18:30 reads day first and on the 24-hour clock, in English and in Russian', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await importReferenceFixture(page, 'sco-2019');
  const dialog = await newSessionDialog(page);
  await dialog.getByLabel('Title (English)').fill('Meeting of the Council of Ministers of Foreign Affairs');
  await dialog.getByLabel('Title (Russian)').fill('Заседание Совета министров иностранных дел');
  await dialog.getByRole('checkbox', { name: /^CFM / }).check();
  await typeOver(dialog.getByLabel('Start date'), '21.05.2019');
  await typeOver(dialog.getByLabel('Start time'), '18:30');
  await typeOver(dialog.getByLabel('End date'), '21 May 2019');
  await typeOver(dialog.getByLabel('End time'), '2015');
  await dialog.getByLabel('City (English)').fill('Bishkek');
  await dialog.getByLabel('City (Russian)').fill('Бишкек');
  await dialog.getByLabel('Time zone').fill('Asia/Bishkek');
  // What was typed is shown in the desk's form once read, with the date in words beside it.
  await expect(dialog.getByLabel('Start date')).toHaveValue('21.05.2019');
  await expect(dialog.getByLabel('End date')).toHaveValue('21.05.2019');
  await expect(dialog.getByLabel('End date')).toHaveAccessibleDescription('21 May 2019');
  await expect(dialog.getByLabel('End time')).toHaveValue('20:15');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.goto('/#/schedule');
  const row = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Meeting of the Council of Ministers of Foreign Affairs' }) });
  await expect(row).toContainText('21 May 2019');
  await expect(row).toContainText('18:30–20:15');

  await page.getByRole('link', { name: 'Meeting of the Council of Ministers of Foreign Affairs' }).click();
  await page.getByRole('button', { name: 'Edit' }).first().click();
  const edit = page.getByRole('dialog', { name: 'Edit session' });
  await expect(edit.getByLabel('Start date')).toHaveValue('21.05.2019');
  await expect(edit.getByLabel('Start time')).toHaveValue('18:30');
  await expect(edit.getByLabel('End time')).toHaveValue('20:15');
  await page.keyboard.press('Escape');
  await expect(edit).toBeHidden();

  // In Russian: the same day-first digits, the date in words in Russian, typed in Russian too.
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.goto('/#/schedule');
  await page.getByRole('link', { name: 'Заседание Совета министров иностранных дел' }).click();
  await page.getByRole('button', { name: 'Изменить' }).first().click();
  const ru = page.getByRole('dialog', { name: 'Изменить заседание' });
  await expect(ru.getByLabel('Дата начала')).toHaveValue('21.05.2019');
  await expect(ru.getByLabel('Дата начала')).toHaveAccessibleDescription('21 мая 2019 г.');
  await expect(ru.getByLabel('Время начала')).toHaveValue('18:30');
  await ru.getByLabel('Время окончания').fill('21.00');
  await ru.getByLabel('Дата окончания').fill('21 мая 2019 г.');
  await ru.getByLabel('Дата окончания').press('Enter');
  await expect(ru).toBeHidden();
  await page.goto('/#/schedule');
  const ruRow = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Заседание Совета министров иностранных дел' }) });
  await expect(ruRow).toContainText('21 мая 2019');
  await expect(ruRow).toContainText('18:30–21:00');
  expect(errors).toEqual([]);
});

test('the calendar is used with the keyboard alone, Monday first, its month in the UI language', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await importReferenceFixture(page, 'sco-2019');
  const dialog = await newSessionDialog(page);
  const start = dialog.getByLabel('Start date');
  await typeOver(start, '21.05.2019');
  await start.press('Alt+ArrowDown');
  const calendar = page.getByRole('dialog', { name: 'Calendar' });
  const grid = calendar.getByRole('grid', { name: 'May 2019' });
  await expect(grid).toBeVisible();
  await expect(grid.getByRole('columnheader')).toHaveText(['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su']);
  await expect(grid.getByRole('button', { name: '21 May 2019' })).toBeFocused();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
  // A day on, a week on, a month on: 29 June 2019; Home goes to that week's Monday, 24 June.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('PageDown');
  await expect(calendar.getByRole('grid', { name: 'June 2019' }).getByRole('button', { name: '29 June 2019' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('Enter');
  await expect(calendar).toBeHidden();
  await expect(start).toBeFocused();
  await expect(start).toHaveValue('24.06.2019');

  // Escape closes the calendar without a choice and leaves the dialog open.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Open the calendar' }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(calendar.getByRole('button', { name: '24 June 2019' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Escape');
  await expect(calendar).toBeHidden();
  await expect(dialog).toBeVisible();
  await expect(start).toHaveValue('24.06.2019');

  // Arrow keys step the fields themselves: a day, a month, a quarter of an hour.
  await start.press('ArrowUp');
  await start.press('PageDown');
  await expect(start).toHaveValue('25.05.2019');
  const time = dialog.getByLabel('Start time');
  await time.fill('18:07');
  await time.press('ArrowUp');
  await expect(time).toHaveValue('18:15');
  await time.press('ArrowDown');
  await time.press('ArrowDown');
  await expect(time).toHaveValue('17:45');
  expect(errors).toEqual([]);
});

test('an impossible date is refused at its field, in English and in Russian, and nothing is saved', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await importReferenceFixture(page, 'sco-2019');
  const dialog = await newSessionDialog(page);
  await dialog.getByLabel('Title (English)').fill('Meeting of the Council of Ministers of Foreign Affairs');
  await dialog.getByRole('checkbox', { name: /^CFM / }).check();
  const start = dialog.getByLabel('Start date');
  await typeOver(start, '21.05.2019');
  await start.fill('31.02.2019');
  await start.press('Tab');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription('There is no date 31.02.2019 in the calendar.');
  await expect(start).toHaveValue('31.02.2019');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeVisible();
  await expect(start).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  // The form was changed: closing it asks first.
  await page.getByRole('dialog', { name: 'Discard the changes?' }).getByRole('button', { name: 'Discard the changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Meeting of the Council of Ministers of Foreign Affairs' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  const ru = await newSessionDialog(page, 'Новое заседание');
  const time = ru.getByLabel('Время начала');
  await time.fill('6:30 вечера');
  await time.press('Tab');
  await expect(time).toHaveAccessibleDescription('«6:30 вечера» — не время. Введите его по 24-часовым часам, например 18:30.');
  const date = ru.getByLabel('Дата начала');
  await date.fill('30.02.2019');
  await date.press('Tab');
  await expect(date).toHaveAccessibleDescription('Даты 30.02.2019 в календаре нет.');
  expect(errors).toEqual([]);
});

test('a journal event is typed as a date and a time in one field, stepped by five minutes, and kept on the 24-hour clock', async ({
  page,
}) => {
  const errors = failOnPageErrors(page);
  await importReferenceFixture(page, 'sco-2019');
  await planSession(page, {
    title: ['Meeting of the Council of Ministers of Foreign Affairs', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('tab', { name: 'Journal' }).click();
  const journal = page.getByRole('form', { name: 'Journal of the session' });
  await journal.getByRole('button', { name: 'Add an event' }).click();
  const at = journal.getByLabel('Time of event 1 (venue time)');
  await typeOver(at, '21.05.2019 6:05 pm');
  await at.press('Enter');
  await expect(at).toHaveValue('21.05.2019 18:05');
  await at.press('ArrowUp');
  await expect(at).toHaveValue('21.05.2019 18:10');
  await expect(at).toHaveAccessibleDescription('21 May 2019, 18:10');
  expect(errors).toEqual([]);
});
