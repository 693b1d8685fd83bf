import ICAL from 'ical.js';
import JSZip from 'jszip';
import { expect, test } from '@playwright/test';
import { download, printViewText } from './files';
import { APRIL, NEW_YORK, openParticipants, participantNames } from './people-support';
import { failOnPageErrors } from './support';

const APRIL_ORDER = [
  'Edward Nalbandian',
  'Vladimir Makei',
  'Erlan Idrissov',
  'Erlan Abdyldaev',
  'Sergey Lavrov',
  'Sirodjiddin Aslov',
  'Ivica Dačić',
  'Markus Mueller',
  'Miroslav Jenča',
];

function inOrder(text: string, names: string[]): number[] {
  return names.map((name) => text.indexOf(name));
}

test('the 2 April session lists the six foreign ministers, then the three guests, in protocol order', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openParticipants(page, APRIL);
  await expect(participantNames(page)).toHaveText(APRIL_ORDER);
  const delegations = page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr td:first-child');
  await expect(delegations).toHaveText(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'OSCE', 'OSCE', 'UN']);
  await expect(page.getByRole('combobox', { name: 'Role of Sirodjiddin Aslov' })).toHaveValue('chair');
  await expect(page.getByRole('combobox', { name: 'Role of Sergey Lavrov' })).toHaveValue('head');
  await expect(page.getByRole('combobox', { name: 'Role of Miroslav Jenča' })).toHaveValue('guest');
  await expect(page.getByRole('status').filter({ hasText: 'Consensus:' })).toHaveText(/all 6 member states represented/);
  expect(errors).toEqual([]);
});

test('check-in by keyboard, a minister represented by a deputy, and the consensus check following along', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openParticipants(page, NEW_YORK);
  await expect(page.getByText('No one is on the list yet')).toBeVisible();
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await expect(participantNames(page)).toHaveText(APRIL_ORDER.slice(0, 6));
  const consensus = page.getByRole('status').filter({ hasText: 'Consensus:' });
  await expect(consensus).toHaveText(/missing Armenia, Belarus, Kazakhstan, Kyrgyzstan, Russia, Tajikistan \(0 of 6/);

  await page.getByRole('link', { name: 'Check-in mode' }).click();
  const search = page.getByRole('combobox', { name: 'Find a participant' });
  await expect(search).toBeFocused();
  await page.keyboard.type('nalb');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'checked in at' })).toHaveText(/Edward Nalbandian checked in at \d\d:\d\d/);
  await page.keyboard.type('Макей');
  await page.keyboard.press('Enter');
  // "Erlan" matches two ministers: ↓ picks the second one (protocol order: Idrissov, Abdyldaev).
  await page.keyboard.type('erlan');
  await expect(page.getByRole('option')).toHaveCount(2);
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('option', { selected: true })).toContainText('Erlan Abdyldaev');
  await page.keyboard.press('Enter');

  const arrived = page.getByRole('region', { name: /Arrived/ });
  await expect(page.getByRole('heading', { name: 'Arrived (3)' })).toBeVisible();
  await expect(arrived.getByRole('listitem')).toHaveText([/Erlan Abdyldaev/, /Vladimir Makei/, /Edward Nalbandian/]);
  await expect(page.getByRole('heading', { name: 'Still expected (3)' })).toBeVisible();
  await expect(consensus).toHaveText(/missing Kazakhstan, Russia, Tajikistan \(3 of 6/);

  await page.getByRole('link', { name: 'Participants' }).first().click();
  await page.getByRole('button', { name: 'Sergey Lavrov is represented by…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Who sits in for Sergey Lavrov?' });
  await dialog.getByRole('radio', { name: 'A person not in the records' }).check();
  await dialog.getByLabel('Family name').fill('Karasin');
  await dialog.getByLabel('Given name').fill('Grigory');
  await expect(dialog.getByLabel('Member state or organization')).toHaveValue('ex-party-ru');
  await dialog.getByRole('button', { name: 'Record the substitute' }).click();
  await expect(dialog).toBeHidden();

  await expect(page.getByRole('link', { name: 'Grigory Karasin (for Sergey Lavrov)' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Attendance of Sergey Lavrov' })).toHaveValue('absent');
  await expect(page.getByRole('combobox', { name: 'Attendance of Grigory Karasin' })).toHaveValue('present');
  await expect(consensus).toHaveText(/missing Kazakhstan, Tajikistan \(4 of 6/);
  expect(errors).toEqual([]);
});

test('a substitute from another delegation needs a reason', async ({ page }) => {
  await openParticipants(page, NEW_YORK);
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await page.getByRole('button', { name: 'Sergey Lavrov is represented by…' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Find the substitute').fill('makei');
  await dialog.getByRole('radio', { name: /MAKEI, Vladimir/ }).check();
  await dialog.getByRole('button', { name: 'Record the substitute' }).click();
  await expect(dialog.getByLabel('Reason (English)')).toHaveAccessibleDescription(
    /The substitute belongs to another delegation: say why he sits in\./,
  );
  await dialog.getByLabel('Reason (English)').fill('Agreed by the Russian delegation in writing');
  await dialog.getByRole('button', { name: 'Record the substitute' }).click();
  await expect(page.getByRole('link', { name: 'Vladimir Makei (for Sergey Lavrov)' })).toBeVisible();
  await expect(page.getByText('Reason: Agreed by the Russian delegation in writing')).toBeVisible();
});

test('a guest is added by search, then removed, and Undo brings him back', async ({ page }) => {
  await openParticipants(page, NEW_YORK);
  await page.getByRole('button', { name: 'Add a participant…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a participant' });
  await dialog.getByLabel('Find a person').fill('енча');
  await dialog.getByRole('radio', { name: /JENČA, Miroslav/ }).check();
  await expect(dialog.getByLabel('Role')).toHaveValue('guest');
  await dialog.getByRole('button', { name: 'Add to the list' }).click();
  await expect(participantNames(page)).toHaveText(['Miroslav Jenča']);
  await page.getByRole('button', { name: 'Remove Miroslav Jenča from the list' }).click();
  await expect(page.getByText('No one is on the list yet')).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(participantNames(page)).toHaveText(['Miroslav Jenča']);
});

test('the list of participants prints to PDF by delegation in protocol order, in English and in Russian', async ({ page }) => {
  await openParticipants(page, APRIL);
  const en = await printViewText(page, `#/print/participants/${APRIL}?lang=en`);
  expect(en.text).toContain('List of participants');
  expect(en.text).toContain('Republic of Armenia');
  const positions = inOrder(en.text, APRIL_ORDER);
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(en.text).toMatch(/Minister of Foreign Affairs of the Republic of Tajikistan\s*\(Chair\)/);
  expect(en.text).toMatch(/Page 1 of \d/);

  const ru = await printViewText(page, `#/print/participants/${APRIL}?lang=ru`);
  const ruPositions = inOrder(ru.text, ['Налбандян', 'Макей', 'Идрисов', 'Абдылдаев', 'Лавров', 'Аслов', 'Дачич', 'Мюллер', 'Енча']);
  expect(ruPositions.every((p) => p >= 0)).toBe(true);
  expect(ruPositions).toEqual([...ruPositions].sort((a, b) => a - b));
  expect(ru.text).toContain('Список участников');
  expect(ru.text).toMatch(/Стр\. 1 из \d/);
});

test('the attendance sheet prints with a signature column', async ({ page }) => {
  await openParticipants(page, APRIL);
  const sheet = await printViewText(page, `#/print/attendance-sheet/${APRIL}?lang=en`);
  expect(sheet.text).toContain('Attendance sheet');
  expect(sheet.text).toMatch(/No\.\s+Delegation\s+Name\s+Position\s+Signature/);
  expect(sheet.text).toContain('Sergey Lavrov');
});

test('the list of participants exports as an editable Word document', async ({ page }) => {
  await openParticipants(page, APRIL);
  await page.getByLabel('Document language').selectOption('ru');
  const file = await download(page, () => page.getByRole('button', { name: 'List as Word' }).click());
  expect(file.name).toMatch(/\.docx$/);
  const xml = (await (await JSZip.loadAsync(file.bytes)).file('word/document.xml')?.async('string')) ?? '';
  const positions = inOrder(xml, ['Республика Армения', 'Налбандян', 'Лавров', 'Аслов', 'Организация по безопасности', 'Енча']);
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
});

test('invitations to a session go from the secretariat’s address to those who have one, and say who was left out', async ({ page }) => {
  await openParticipants(page, APRIL);
  // Give Sergey Lavrov an address; nobody else in the example year has one.
  await page.goto('/#/people/ex-person-lavrov');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const person = page.getByRole('dialog', { name: 'Edit person' });
  await person.getByLabel('Email').fill('lavrov@mid.ru');
  await person.getByRole('button', { name: 'Save' }).click();
  await expect(person).toBeHidden();

  await page.goto(`/#/sessions/${APRIL}`);
  await page.getByRole('button', { name: 'Invitations (ICS)…' }).click();
  const dialog = page.getByRole('dialog', { name: /^Invitations to/ });
  await expect(dialog.getByRole('status')).toHaveText('To be invited (1): Sergey Lavrov.');
  await expect(dialog).toContainText('Left out for want of an e-mail address (8):');
  await dialog.getByRole('button', { name: 'Save the invitations' }).click();
  await expect(dialog.getByLabel('Your e-mail address (the replies come to it)')).toHaveAccessibleDescription(/Enter an e-mail address/);
  await dialog.getByLabel('Your e-mail address (the replies come to it)').fill('protocol@mfa.tj');
  const file = await download(page, () => dialog.getByRole('button', { name: 'Save the invitations' }).click());
  expect(file.name).toMatch(/invitations\.ics$/);
  const calendar = ICAL.Component.fromString(file.bytes.toString('utf8'));
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent') ?? undefined);
  expect(String(event.component.getFirstPropertyValue('organizer'))).toBe('mailto:protocol@mfa.tj');
  expect(event.attendees.map((a) => [String(a.getFirstValue()), a.getParameter('cn')])).toEqual([
    ['mailto:lavrov@mid.ru', 'Sergey Lavrov'],
  ]);
  await expect(page.getByRole('alert').filter({ hasText: 'Left out for want of an e-mail address (8)' })).toBeVisible();

  // The year's published calendar names nobody, and now carries the secretariat as its organizer.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Schedule' }).click();
  const year = await download(page, () => page.getByRole('button', { name: 'Export year (ICS)' }).click());
  const text = year.bytes.toString('utf8');
  expect(text).toContain('METHOD:PUBLISH');
  expect(text).not.toMatch(/ATTENDEE|\.invalid|lavrov@/);
  const organizers = ICAL.Component.fromString(text)
    .getAllSubcomponents('vevent')
    .map((v) => String(v.getFirstPropertyValue('organizer')));
  expect(organizers).toEqual(Array(7).fill('mailto:protocol@mfa.tj'));
});
