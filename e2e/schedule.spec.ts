import ICAL from 'ical.js';
import ical, { ICalEventStatus } from 'ical-generator';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { download, printViewText } from './files';
import { failOnPageErrors, openExampleYear } from './support';

async function openSchedule(page: Page, view: 'programme' | 'calendar' | 'timeline' = 'programme'): Promise<void> {
  await openExampleYear(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  if (view !== 'programme') await page.getByRole('tab', { name: view === 'calendar' ? 'Calendar' : 'Timeline' }).click();
}

/** Presses Tab until the field has focus (past the time fields and calendar buttons between). */
async function tabTo(page: Page, field: Locator): Promise<void> {
  for (let i = 0; i < 10 && !(await field.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(field).toBeFocused();
}

const programmeRow = (page: Page, title: string) =>
  page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title, exact: true }) });

test('a joint session is created with the keyboard only', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  await page.keyboard.press('Control+2');
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await expect(dialog.getByLabel('Title (English)')).toBeFocused();
  await page.keyboard.type('Joint session on Afghanistan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Совместное заседание по Афганистану');
  // Bodies in the organization's order CSC, CFM, CDM, CSSC, …: tick CDM and CSSC.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  await expect(dialog.getByLabel('Kind')).toHaveValue('joint');
  // The remaining bodies (PC, PA, ICMEC), kind, status, all day, then the start date.
  for (let i = 0; i < 7; i++) await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Start date')).toBeFocused();
  await page.keyboard.type('20.11.2015');
  await tabTo(page, dialog.getByLabel('End date'));
  await page.keyboard.type('20.11.2015');
  await tabTo(page, dialog.getByLabel('City (English)'));
  await page.keyboard.type('Dushanbe');
  await page.keyboard.press('Control+Enter');
  await expect(dialog).toBeHidden();

  const row = programmeRow(page, 'Joint session on Afghanistan');
  await expect(row).toContainText('20 November 2015');
  await expect(row).toContainText('10:00–13:00 (Dushanbe)');
  await expect(row).toContainText('CDM + CSSC');
  await expect(row).toContainText('Joint session');
  expect(errors).toEqual([]);
});

test('the dialog names the field that is wrong: an end before the start', async ({ page }) => {
  await openSchedule(page);
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill('Extraordinary session of the CFM');
  await dialog.getByRole('checkbox', { name: /CFM/ }).check();
  await dialog.getByLabel('Start date').fill('2015-10-10');
  await dialog.getByLabel('End date').fill('2015-10-09');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('End date')).toHaveAccessibleDescription('The end is before the start.');
  await expect(dialog.getByLabel('End date')).toBeFocused();
  await dialog.getByLabel('Time zone').fill('Asia/Atlantis');
  await dialog.getByLabel('End date').fill('2015-10-10');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Time zone')).toHaveAccessibleDescription(/Choose a time zone from the list/);
  // Esc on a form with changes asks before discarding them; Esc again keeps the form as it was.
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Discard the changes?' });
  await expect(discard).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(dialog.getByLabel('Title (English)')).toHaveValue('Extraordinary session of the CFM');
  await page.keyboard.press('Escape');
  await discard.getByRole('button', { name: 'Discard the changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('link', { name: 'Extraordinary session of the CFM' })).toHaveCount(0);
  // A form left as it opened closes at once.
  await page.getByRole('button', { name: 'New session' }).click();
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(discard).toHaveCount(0);
});

test('a session that would clash is flagged before saving, naming the other session, and after saving in the programme', async ({
  page,
}) => {
  await openSchedule(page);
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill('Working breakfast of the defence ministers');
  await dialog.getByRole('checkbox', { name: /CDM/ }).check();
  await dialog.getByLabel('Start date').fill('2015-06-04');
  await expect(dialog.getByRole('alert')).toContainText('Session of the Council of Defence Ministers');
  await expect(dialog.getByRole('alert')).toContainText('same body (CDM)');
  await dialog.getByRole('button', { name: 'Save anyway' }).click();
  await expect(dialog).toBeHidden();
  // Saved all the same, both sessions say in the year programme what they clash with.
  await expect(programmeRow(page, 'Working breakfast of the defence ministers').getByRole('note')).toContainText(
    'Conflicts with Session of the Council of Defence Ministers',
  );
  await expect(programmeRow(page, 'Session of the Council of Defence Ministers').getByRole('note')).toContainText(
    'Working breakfast of the defence ministers',
  );
  await expect(programmeRow(page, 'Session of the Council of Foreign Ministers')).toBeVisible();
  await expect(programmeRow(page, 'Session of the Council of Foreign Ministers').getByRole('note')).toHaveCount(0);
  // A filter that hides the other session leaves its name in the note.
  await page.getByRole('search').getByLabel('Search').fill('breakfast');
  await expect(programmeRow(page, 'Session of the Council of Defence Ministers')).toHaveCount(0);
  await expect(programmeRow(page, 'Working breakfast of the defence ministers').getByRole('note')).toContainText(
    'Conflicts with Session of the Council of Defence Ministers',
  );
});

test('dragging a session in the calendar moves it, and the year programme follows', async ({ page }) => {
  await openSchedule(page, 'calendar');
  await expect(page.getByRole('heading', { name: 'April 2015' })).toBeVisible();
  const event = page.locator('.ec-event').filter({ hasText: 'Council of Foreign Ministers' });
  const target = page.locator('.ec-day').filter({ has: page.locator('time[datetime="2015-04-09"]') });
  await event.dragTo(target);
  await expect(page.getByRole('status').filter({ hasText: 'was moved' })).toBeVisible();
  await page.getByRole('tab', { name: 'Year programme' }).click();
  await expect(programmeRow(page, 'Session of the Council of Foreign Ministers')).toContainText('9 April 2015');
});

test('the agenda is reordered with Alt+↓ and its running times follow', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Session of the Council of Defence Ministers' }).click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  const add = page.getByRole('region', { name: 'Add an agenda item' });
  for (const [title, minutes] of [
    ['Opening of the session', '15'],
    ['Military-technical cooperation', '90'],
    ['Adoption of decisions', '30'],
  ] as const) {
    await add.getByLabel('Item (English)').fill(title);
    await add.getByLabel('Minutes').fill(minutes);
    await add.getByRole('button', { name: 'Add item' }).click();
  }
  const items = page.getByRole('list', { name: 'Agenda' }).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText('10:00–10:15');
  await page.getByRole('button', { name: /Move “Opening of the session”/ }).focus();
  await page.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(0)).toContainText('Military-technical cooperation');
  await expect(items.nth(0)).toContainText('10:00–11:30');
  await expect(items.nth(1)).toContainText('Opening of the session');
  await expect(items.nth(1)).toContainText('11:30–11:45');
  await expect(page.getByRole('button', { name: /Move “Opening of the session”/ })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem').nth(1)).toContainText('Opening of the session');
});

test('the year exports as an ICS file that another reader parses to the same sessions', async ({ page }) => {
  await openSchedule(page);
  const file = await download(page, () => page.getByRole('button', { name: 'Export year (ICS)' }).click());
  expect(file.name).toBe('csto-2015.ics');
  const calendar = ICAL.Component.fromString(file.bytes.toString('utf8'));
  for (const tz of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(new ICAL.Timezone(tz));
  const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  expect(events.map((e) => e.uid).sort()).toEqual(
    [
      'ex-session-2015-04-02-cfm',
      'ex-session-2015-05-19-cssc',
      'ex-session-2015-06-03-cdm',
      'ex-session-2015-09-14-joint',
      'ex-session-2015-09-15-csc',
      'ex-session-2015-09-29-cfm-informal',
      'ex-session-2015-12-02-cfm-informal',
    ].map((id) => `${id}@chairdesk`),
  );
  const ny = events.find((e) => e.uid === 'ex-session-2015-09-29-cfm-informal@chairdesk');
  expect(ny?.startDate.toJSDate().toISOString()).toBe('2015-09-29T22:00:00.000Z');
  expect(
    calendar
      .getAllSubcomponents('vtimezone')
      .map((z) => z.getFirstPropertyValue('tzid'))
      .sort(),
  ).toEqual(['America/New_York', 'Europe/Belgrade']);
  const april = events.find((e) => e.uid === 'ex-session-2015-04-02-cfm@chairdesk');
  // A published calendar names nobody (invitations are a file of their own).
  expect(april?.attendees).toEqual([]);
  expect(file.bytes.toString('utf8')).not.toMatch(/ATTENDEE|\.invalid/);
  expect(april?.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
});

test('the year export can carry the Action Plan deadlines as to-dos', async ({ page }) => {
  await openSchedule(page);
  await page.getByLabel('with Action Plan deadlines').check();
  const file = await download(page, () => page.getByRole('button', { name: 'Export year (ICS)' }).click());
  const calendar = ICAL.Component.fromString(file.bytes.toString('utf8'));
  expect(calendar.getAllSubcomponents('vevent')).toHaveLength(7);
  const todos = calendar.getAllSubcomponents('vtodo').map((t) => String(t.getFirstPropertyValue('summary')));
  expect(todos.length).toBeGreaterThanOrEqual(8);
  expect(todos.some((t) => t.includes('Channel'))).toBe(true);
});

test('the session programme prints to a PDF with its title, agenda and page numbers', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Session of the Collective Security Council' }).click();
  await page.getByRole('tab', { name: 'Agenda' }).click();
  const add = page.getByRole('region', { name: 'Add an agenda item' });
  for (const title of ['On the situation in Afghanistan', 'On the coordinated list of terrorist organizations']) {
    await add.getByLabel('Item (English)').fill(title);
    await add.getByRole('button', { name: 'Add item' }).click();
  }
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(2);
  await page.getByRole('tab', { name: 'Overview' }).click();
  await page.getByRole('link', { name: 'Print the programme' }).click();
  // The browser edition cannot write the file itself: it says the print dialog will (the dialog
  // itself, which headless Chromium would keep open, is left out of the test).
  await page.evaluate(() => {
    window.print = () => undefined;
  });
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByText('Your browser’s print dialog opens: choose “Save as PDF” as the printer')).toBeVisible();
  const hash = new URL(page.url()).hash;
  const { text, pages, fonts } = await printViewText(page, hash);
  expect(pages).toBe(1);
  // Every word in the documents' font, the footer's too (no fallback font in the file).
  expect(fonts.filter((font) => !font.startsWith('NotoSans'))).toEqual([]);
  expect(text).toContain('COLLECTIVE SECURITY TREATY ORGANIZATION');
  expect(text).toContain('Session of the Collective Security Council');
  expect(text).toMatch(/10:00–10:15\s+1\. On the situation in Afghanistan/);
  expect(text).toMatch(/10:15–10:30\s+2\. On the coordinated list of terrorist/);
  expect(text).toContain('Page 1 of 1');

  const russian = await printViewText(page, hash.replace(/\?.*$/, '') + '?lang=ru');
  expect(russian.text).toContain('Сессия Совета коллективной безопасности');
  expect(russian.text).toContain('Стр. 1 из 1');
  expect(russian.fonts.filter((font) => !font.startsWith('NotoSans'))).toEqual([]);
});

test('the year programme prints in landscape, month by month, with Cyrillic and Tajik letters', async ({ page }) => {
  await openSchedule(page);
  await page.getByRole('button', { name: 'New session' }).click();
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill('Consultations in Kulob');
  await dialog.getByLabel('Title (Russian)').fill('Консультации в Кӯлоб (ӣ ӯ ҳ ҷ қ ғ)');
  await dialog.getByRole('checkbox', { name: /PC/ }).check();
  await dialog.getByLabel('Start date').fill('2015-10-05');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const { text } = await printViewText(page, '#/print/year-programme?lang=ru');
  expect(text).toContain('Программа председательства 2015 года');
  for (const month of ['апрель', 'май', 'июнь', 'сентябрь', 'октябрь', 'декабрь']) expect(text.toLowerCase()).toContain(month);
  expect(text).toContain('ӣ ӯ ҳ ҷ қ ғ');
  expect(text).toMatch(/Стр\. 1 из \d/);
});

test('an ICS file from another calendar is previewed, imported, and changes nothing the second time', async ({ page }) => {
  const calendar = ical({ name: 'Ministry calendar', prodId: { company: 'Test', product: 'Other calendar' } });
  calendar.createEvent({
    id: 'unga-side-event@other',
    start: new Date('2015-09-28T14:00:00Z'),
    end: new Date('2015-09-28T15:00:00Z'),
    summary: 'Side event on Central Asia',
    location: 'UN Headquarters, New York',
    status: ICalEventStatus.CONFIRMED,
  });
  calendar.createEvent({
    id: 'weekly@other',
    start: new Date('2015-10-01T08:00:00Z'),
    end: new Date('2015-10-01T09:00:00Z'),
    summary: 'Weekly coordination',
    repeating: { freq: 'WEEKLY' as never, count: 3 },
  });
  const file = { name: 'ministry.ics', mimeType: 'text/calendar', buffer: Buffer.from(calendar.toString()) };

  await openSchedule(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import ICS…' }).click();
  await (await chooser).setFiles(file);
  const preview = page.getByRole('dialog', { name: 'Import ministry.ics' });
  await expect(preview.getByRole('status')).toHaveText('0 new, 0 changed, 0 unchanged, 4 rejected.');
  await expect(preview.getByRole('row').filter({ hasText: 'Weekly coordination' }).first()).toContainText('no body: choose one above');
  await preview.getByLabel('Body for events that name none').selectOption({ label: 'CFM — Council of Foreign Ministers' });
  await expect(preview.getByRole('status')).toHaveText('4 new, 0 changed, 0 unchanged, 0 rejected.');
  // Each occurrence of the weekly event is a session of its own, said to be one.
  await expect(preview.getByRole('row').filter({ hasText: 'Weekly coordination' })).toHaveCount(3);
  await expect(preview.getByRole('row').filter({ hasText: 'Weekly coordination' }).nth(1)).toContainText(
    'occurrence 2 of a repeating event with 3 occurrences, 3 in 2015',
  );
  await preview.getByRole('button', { name: 'Import 4' }).click();
  await expect(preview).toBeHidden();
  const row = programmeRow(page, 'Side event on Central Asia');
  await expect(row).toContainText('28 September 2015');
  await expect(row).toContainText('Confirmed');
  await expect(programmeRow(page, 'Weekly coordination')).toHaveCount(3);

  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import ICS…' }).click();
  await (await again).setFiles(file);
  await expect(page.getByRole('dialog', { name: 'Import ministry.ics' }).getByRole('status')).toHaveText(
    '0 new, 0 changed, 4 unchanged, 0 rejected.',
  );
  await expect(page.getByRole('button', { name: 'Import 0' })).toBeDisabled();
});

/** Chooses `file` in the ICS import and returns the preview dialog. */
async function importIcs(page: Page, file: { name: string; buffer: Buffer }): Promise<Locator> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import ICS…' }).click();
  await (await chooser).setFiles({ ...file, mimeType: 'text/calendar' });
  return page.getByRole('dialog', { name: `Import ${file.name}` });
}

test('the app’s own year export re-imports as no change, and a changed copy of it commits', async ({ page }) => {
  await openSchedule(page);
  const exported = await download(page, () => page.getByRole('button', { name: 'Export year (ICS)' }).click());
  const text = exported.bytes.toString('utf8');

  // The joint session names two bodies: their order must come back as the session has it.
  const same = await importIcs(page, { name: 'same.ics', buffer: exported.bytes });
  await expect(same.getByRole('status')).toHaveText('0 new, 0 changed, 7 unchanged, 0 rejected.');
  await same.getByRole('button', { name: 'Cancel' }).click();

  // A changed event (moved a day), a new one naming a body (no fallback needed), and a new one
  // naming none: every commit path but the fallback's (the test above takes that one).
  const block = /BEGIN:VEVENT\r\nUID:ex-session-2015-05-19-cssc@chairdesk\r\n[\s\S]*?END:VEVENT/.exec(text)?.[0] ?? '';
  expect(block).toContain('DTSTART;VALUE=DATE:20150519');
  const moved = text.replace(block, block.replace(':20150519', ':20150520').replace(':20150521', ':20150522'));
  expect(moved).not.toBe(text);
  const extra = [
    'BEGIN:VEVENT',
    'UID:new-with-body@ministry',
    'DTSTAMP:20150101T000000Z',
    'DTSTART:20151020T060000Z',
    'DTEND:20151020T080000Z',
    'SUMMARY:Consultations on cyber security',
    'CATEGORIES:CSSC',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:new-without-body@ministry',
    'DTSTAMP:20150101T000000Z',
    'DTSTART:20151021T060000Z',
    'SUMMARY:Briefing with no body',
    'END:VEVENT',
    '',
  ].join('\r\n');
  const changed = moved.replace('END:VCALENDAR', `${extra}END:VCALENDAR`);
  const preview = await importIcs(page, { name: 'changed.ics', buffer: Buffer.from(changed) });
  await expect(preview.getByRole('status')).toHaveText('1 new, 1 changed, 6 unchanged, 1 rejected.');
  await preview.getByRole('button', { name: 'Import 2' }).click();
  await expect(preview).toBeHidden();
  await expect(programmeRow(page, 'Consultations on cyber security')).toContainText('20 October 2015');
  await expect(page.getByRole('alert').filter({ hasText: 'Something went wrong' })).toHaveCount(0);

  // Written for good: the same file again is no change.
  await page.reload();
  const again = await importIcs(page, { name: 'changed.ics', buffer: Buffer.from(changed) });
  await expect(again.getByRole('status')).toHaveText('0 new, 0 changed, 8 unchanged, 1 rejected.');
});

test('an ICS import asks the zone of a TZID the file does not define, and offers whole series on request', async ({ page }) => {
  const text = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Ministry//Calendar//EN',
    'BEGIN:VEVENT',
    'UID:consultations@ministry',
    'DTSTART;TZID=Ministry Local Time:20151020T100000',
    'DTEND;TZID=Ministry Local Time:20151020T120000',
    'SUMMARY:Consultations in the ministry',
    'CATEGORIES:CFM',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:board@ministry',
    'DTSTART:20140106T040000Z',
    'DTEND:20140106T050000Z',
    'RRULE:FREQ=WEEKLY;COUNT=27',
    'SUMMARY:Board meeting',
    'CATEGORIES:CFM',
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n');
  await openSchedule(page);
  const preview = await importIcs(page, { name: 'zones.ics', buffer: Buffer.from(text) });
  await expect(preview.getByRole('status')).toHaveText('1 new, 0 changed, 0 unchanged, 1 rejected.');
  await expect(preview.getByRole('row').filter({ hasText: 'Board meeting' })).toContainText(
    'a repeating event with 27 occurrences, none in 2015',
  );
  // The zone the file names but does not define: read as the home zone until the user says.
  const zone = preview.getByLabel('Time zone of “Ministry Local Time” (the file does not define it)');
  await expect(zone).toHaveValue('Asia/Dushanbe');
  await expect(preview.getByRole('row').filter({ hasText: 'Consultations in the ministry' })).toContainText(
    /20 October 2015, 10:00–\d\d:\d\d \(Dushanbe\)/,
  );
  await zone.fill('Europe/Moscow');
  await zone.press('Tab');
  await expect(preview.getByRole('row').filter({ hasText: 'Consultations in the ministry' })).toContainText(
    /20 October 2015, 10:00–\d\d:\d\d \(Moscow\)/,
  );
  await preview.getByLabel('Every occurrence of repeating events, not only those in 2015 (the first 100 of each)').check();
  await expect(preview.getByRole('status')).toHaveText('28 new, 0 changed, 0 unchanged, 0 rejected.');
  await preview.getByRole('button', { name: 'Import 28' }).click();
  await expect(preview).toBeHidden();
  await page.reload();
  const again = await importIcs(page, { name: 'zones.ics', buffer: Buffer.from(text) });
  await again.getByLabel('Time zone of “Ministry Local Time” (the file does not define it)').fill('Europe/Moscow');
  await again.getByLabel('Time zone of “Ministry Local Time” (the file does not define it)').press('Tab');
  await again.getByLabel('Every occurrence of repeating events').check();
  await expect(again.getByRole('status')).toHaveText('0 new, 0 changed, 28 unchanged, 0 rejected.');
});

test('a file that is not a calendar is refused with a message and changes nothing', async ({ page }) => {
  await openSchedule(page);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import ICS…' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'notes.ics',
    mimeType: 'text/calendar',
    buffer: Buffer.from('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'The file was not imported' })).toContainText('cut short');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

test('filters survive a restart, and the timeline shows a bar per session', async ({ page }) => {
  await openSchedule(page);
  const cfm = page.getByRole('link', { name: 'Session of the Council of Foreign Ministers', exact: true });
  await page.getByRole('search').getByRole('checkbox', { name: 'CDM' }).check();
  await expect(cfm).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Session of the Council of Defence Ministers', exact: true })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('search').getByRole('checkbox', { name: 'CDM' })).toBeChecked();
  await expect(cfm).toHaveCount(0);
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByRole('group', { name: 'Timeline' }).getByRole('link')).toHaveCount(9);
});

test('a session is postponed with its old dates kept, and a deletion can be undone', async ({ page }) => {
  await openExampleYear(page);
  await page.getByRole('link', { name: 'Session of the Collective Security Council' }).click();
  await page.getByRole('button', { name: 'Postpone' }).click();
  const dialog = page.getByRole('dialog', { name: 'Postpone the session' });
  await dialog.getByLabel('Start date').fill('2015-10-15');
  await dialog.getByLabel('End date').fill('2015-10-15');
  await dialog.getByRole('button', { name: 'Postpone' }).click();
  await expect(page.getByText('Postponed from 15 September 2015 (was: Confirmed)')).toBeVisible();
  await expect(page.getByText('15 October 2015')).toBeVisible();

  await page.getByRole('button', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: 'Delete this session?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Schedule' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Session of the Collective Security Council' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('link', { name: 'Session of the Collective Security Council' })).toBeVisible();
});
