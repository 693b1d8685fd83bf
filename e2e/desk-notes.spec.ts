import { expect, test, type Page } from '@playwright/test';
import { row, startScoPlan } from './action-plan-support';
import { printViewText } from './files';
import { importReferenceFixture, planSession } from './support';

// From a blank profile (the SCO, Kyrgyzstan's 2019 chairmanship, at home in Bishkek, UTC+6):
// records written after the meeting carry the day they speak of, and the burn-down and the
// history use that day.
test.use({ timezoneId: 'UTC' });

function burndown(page: Page) {
  return page.getByRole('region', { name: 'Action Plan' }).getByRole('img', { name: 'Open items over the year' });
}

test('a status change to done recorded on 20 March for 4 March counts on 4 March, and a day after today is refused', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2019-03-20T06:00:00Z'));
  await startScoPlan(page, [
    { title: ['Hold the meeting of the Council of National Coordinators', 'Провести заседание СНК'], status: 'In progress', progress: 60 },
    { title: ['Prepare the draft Bishkek Declaration', 'Подготовить проект Бишкекской декларации'] },
  ]);
  await row(page, '1').getByRole('link').click();
  const dialog = page.getByRole('dialog', { name: 'Item 1' });
  const day = dialog.getByLabel('Took effect on');
  await expect(day).toHaveValue('20.03.2019');

  await day.fill('2019-03-21');
  await dialog.getByLabel('Status', { exact: true }).selectOption({ label: 'Done' });
  await dialog.getByRole('button', { name: 'Add the note' }).click();
  await expect(day).toHaveAccessibleDescription('The day cannot be after today.');
  await day.fill('2019-01-10');
  await dialog.getByRole('button', { name: 'Add the note' }).click();
  await expect(day).toHaveAccessibleDescription('The day cannot be before 15 January 2019, when the item became part of the plan.');
  await expect(dialog.getByRole('list', { name: 'Progress notes' })).toHaveCount(0);

  await day.fill('2019-03-04');
  await dialog.getByLabel('Progress note (English)', { exact: true }).fill('The Council met in Bishkek.');
  await dialog.getByRole('button', { name: 'Add the note' }).click();
  await page.getByRole('button', { name: 'Set 100 % and mark done' }).click();
  const note = dialog.getByRole('list', { name: 'Progress notes' }).getByRole('listitem').first();
  await expect(note).toContainText('4 March 2019 (recorded 20 March 2019)');
  await expect(note).toContainText('Status: In progress → Done');
  await expect(day).toHaveValue('20.03.2019');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(burndown(page)).toHaveAccessibleDescription('2 open on 15 January 2019; 1 open on 4 March 2019; 1 open on 20 March 2019');
});

test('a note is reported at a session that has begun, and dated no earlier than its first day', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2019-03-20T06:00:00Z'));
  await startScoPlan(page, [{ title: ['Prepare the draft Bishkek Declaration', 'Подготовить проект Бишкекской декларации'] }]);
  await page.keyboard.press('Control+1');
  const held = await planSession(page, {
    title: ['Meeting of the Council of Foreign Ministers', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-03-05',
    start: '10:00',
    end: '13:00',
  });
  await page.keyboard.press('Control+1');
  const coming = await planSession(page, {
    title: ['Meeting of the Council of Heads of State', 'Заседание Совета глав государств'],
    bodies: ['CHS'],
    date: '2019-06-14',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  // Approved by nobody named: the heading says when only.
  await expect(page.getByText('Approved on 15 January 2019', { exact: true })).toBeVisible();
  await row(page, '1').getByRole('link').click();
  const dialog = page.getByRole('dialog', { name: 'Item 1' });
  const at = dialog.getByLabel('Reported at');
  const offered = await at.locator('option').evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
  expect(offered).toContain(held);
  expect(offered).not.toContain(coming);

  await at.selectOption(held);
  const day = dialog.getByLabel('Took effect on');
  await day.fill('2019-03-04');
  await dialog.getByLabel('Progress note (English)', { exact: true }).fill('The ministers approved the draft.');
  await dialog.getByRole('button', { name: 'Add the note' }).click();
  await expect(day).toHaveAccessibleDescription('The day cannot be before 5 March 2019, when the session it was reported at began.');
  await expect(dialog.getByRole('list', { name: 'Progress notes' })).toHaveCount(0);
  await day.fill('2019-03-05');
  await dialog.getByRole('button', { name: 'Add the note' }).click();
  await expect(dialog.getByRole('list', { name: 'Progress notes' }).getByRole('listitem').first()).toContainText(
    'The ministers approved the draft.',
  );
});

test('in Russian the day’s field and its refusal speak Russian', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2019-03-20T06:00:00Z'));
  await startScoPlan(page, [{ title: ['Prepare the draft Bishkek Declaration', 'Подготовить проект Бишкекской декларации'] }]);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.getByRole('navigation', { name: 'Основное меню' }).getByRole('link', { name: 'План мероприятий' }).click();
  await page.getByRole('table', { name: 'Пункты Плана мероприятий' }).getByRole('link').first().click();
  const dialog = page.getByRole('dialog', { name: 'Пункт 1' });
  await expect(dialog.getByLabel('Дата события')).toHaveValue('20.03.2019');
  const day = dialog.getByLabel('Дата события');
  await day.fill('2019-03-25');
  await dialog.getByRole('button', { name: 'Добавить отметку' }).click();
  await expect(day).toHaveAccessibleDescription('Дата не может быть позже сегодняшнего дня.');
  await day.fill('2019-01-01');
  await dialog.getByRole('button', { name: 'Добавить отметку' }).click();
  await expect(day).toHaveAccessibleDescription(/^Дата не может быть раньше 15 января 2019/);
});

test('the printed journal says its times are local time in the venue’s city, in English and in Russian', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill('Meeting of the Council of National Coordinators');
  await dialog.getByLabel('Title (Russian)').fill('Заседание Совета национальных координаторов');
  await dialog.getByRole('checkbox', { name: /^CNC / }).check();
  await dialog.getByLabel('Start date').fill('2019-06-13');
  await dialog.getByLabel('Start time').fill('10:00');
  await dialog.getByLabel('End date').fill('2019-06-13');
  await dialog.getByLabel('End time').fill('13:00');
  await dialog.getByLabel('City (English)').fill('Cholpon-Ata');
  await dialog.getByLabel('City (Russian)').fill('Чолпон-Ата');
  await dialog.getByLabel('Time zone').fill('Asia/Bishkek');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Meeting of the Council of National Coordinators' }).click();
  const id = decodeURIComponent(/#\/sessions\/([^?]+)/.exec(page.url())?.[1] ?? '');

  const english = await printViewText(page, `#/print/session-journal/${encodeURIComponent(id)}?lang=en`);
  expect(english.text.replace(/\s+/g, ' ')).toContain('Times are local time in Cholpon-Ata');
  const russian = await printViewText(page, `#/print/session-journal/${encodeURIComponent(id)}?lang=ru`);
  expect(russian.text.replace(/\s+/g, ' ')).toContain('Время местное — Чолпон-Ата');
});
