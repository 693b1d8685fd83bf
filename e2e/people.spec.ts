import ExcelJS from 'exceljs';
import { expect, test, type Page } from '@playwright/test';
import { download } from './files';
import { chooseFile, encodeWindows1251 } from './people-support';
import { failOnPageErrors, importReferenceFixture, planSession } from './support';

// From a blank profile: the Shanghai Cooperation Organisation's reference data (Kyrgyzstan's
// 2019 chairmanship, 19 persons), and what each test adds through the screens.

async function goToPeople(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
}

async function openPeople(page: Page): Promise<void> {
  await importReferenceFixture(page, 'sco-2019');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
}

const names = (page: Page) => page.getByRole('table', { name: 'People' }).locator('tbody tr td:first-child');

test('people are searched as you type, in either language, with ё = е and without accents', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openPeople(page);
  await expect(page.getByText('19 persons')).toBeVisible();
  await expect(names(page)).toHaveCount(19);
  await expect(names(page).first()).toHaveText('AIDARBEKOV, Chingiz');
  // A guest whose name carries diacritics, from a dialogue partner.
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Family name (English)').fill('Çavuşoğlu');
  await dialog.getByLabel('Given name (English)').fill('Mevlüt');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('20 persons')).toBeVisible();

  const search = page.getByLabel('Search people');
  await search.fill('лавр');
  await expect(names(page)).toHaveText(['LAVROV, Sergey']);
  await search.fill('мирзиеев');
  await expect(names(page)).toHaveText(['MIRZIYOYEV, Shavkat']);
  await search.fill('cavusoglu');
  await expect(names(page)).toHaveText(['ÇAVUŞOĞLU, Mevlüt']);
  // Two matches, in the order of relevance.
  await search.fill('vladimir');
  await expect.poll(async () => (await names(page).allTextContents()).sort()).toEqual(['NOROV, Vladimir', 'PUTIN, Vladimir']);
  await search.fill('India');
  await expect(names(page)).toHaveCount(3);
  await search.fill('zzzz');
  await expect(page.getByText('No one matches “zzzz”.')).toBeVisible();

  await search.fill('');
  await page.getByLabel('Show and sort names as').selectOption('given-family');
  await expect(names(page).first()).toHaveText('Abdulaziz Kamilov');
  await page.reload();
  await expect(page.getByLabel('Show and sort names as')).toHaveValue('given-family');
  expect(errors).toEqual([]);
});

test('a new person is checked field by field, saved, found with ё = е, and exported to CSV with the formula guard', async ({ page }) => {
  await openPeople(page);
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Email').fill('semyonov@mid');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Family name (English)')).toHaveAccessibleDescription('Enter a family name in English or in Russian.');
  await expect(dialog.getByLabel('Family name (English)')).toBeFocused();
  await expect(dialog.getByLabel('Email')).toHaveAccessibleDescription(/Enter an email address/);

  await dialog.getByLabel('Family name (Russian)').fill('Семёнов');
  await dialog.getByLabel('Given name (Russian)').fill('Фёдор');
  await dialog.getByLabel('Family name (English)').fill('Semyonov');
  await dialog.getByLabel('Given name (English)').fill('Fyodor');
  await dialog.getByLabel('Member state or organization').selectOption({ label: 'Russia' });
  await dialog.getByLabel('Email').fill('semyonov@mid.ru');
  await dialog.getByLabel('Phone').fill('+7 495 244-16-06');
  await dialog.getByLabel('Notes').fill('=HYPERLINK("http://evil")');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('20 persons')).toBeVisible();

  await page.getByLabel('Search people').fill('семенов');
  await expect(names(page)).toHaveText(['SEMYONOV, Fyodor']);

  await page.getByLabel('“;” for Russian Excel').check();
  const file = await download(page, () => page.getByRole('button', { name: 'Export CSV' }).click());
  expect(file.name).toBe('people.csv');
  expect([...file.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = file.bytes.toString('utf8').slice(1).split('\r\n');
  expect(lines[0]).toBe(
    'Family name (English);Given name (English);Family name (Russian);Given name (Russian);Honorific (English);Honorific (Russian);Member state or organization;Position (English);Position (Russian);Email;Phone;Notes',
  );
  const semyonov = lines.find((l) => l.startsWith('Semyonov;'));
  expect(semyonov).toBe(`Semyonov;Fyodor;Семёнов;Фёдор;;;Russia;;;semyonov@mid.ru;+7 495 244-16-06;"'=HYPERLINK(""http://evil"")"`);
  expect(lines.filter((l) => l.trim())).toHaveLength(21);
});

test('a person’s page shows seats, sessions and the attendance rate, and records a successor without rewriting history', async ({
  page,
}) => {
  await importReferenceFixture(page, 'sco-2019');
  // A session of the foreign ministers in May, where Lavrov checks in, and one in November.
  const may = await planSession(page, {
    title: ['Meeting of the Council of Ministers of Foreign Affairs', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await page.getByRole('link', { name: 'Check-in mode' }).click();
  await expect(page.getByRole('combobox', { name: 'Find a participant' })).toBeFocused();
  await page.keyboard.type('лавр');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Arrived (1)' })).toBeVisible();
  await page.keyboard.press('Control+1');
  const november = await planSession(page, {
    title: ['Extraordinary meeting of the ministers', 'Внеочередное заседание министров'],
    bodies: ['CFM'],
    date: '2019-11-01',
    start: '10:00',
    end: '12:00',
  });

  await goToPeople(page);
  await page.getByRole('link', { name: 'LAVROV, Sergey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'LAVROV, Sergey' })).toBeVisible();
  const appointments = page.getByRole('table', { name: 'Appointments' });
  await expect(appointments.getByRole('row').nth(1)).toHaveText(
    /Council of Ministers of Foreign Affairs.*Russia.*Minister of Foreign Affairs.*9 Mar 2004/,
  );
  await expect(page.getByText('Attendance rate: 100% (1 of 1 recorded sessions)')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sessions' }).getByRole('row').nth(1)).toHaveText(
    /21 May 2019.*Council of Ministers of Foreign Affairs.*Head of delegation.*Present/,
  );

  // The successor has to exist first: a Russian colleague.
  await goToPeople(page);
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Family name (English)').fill('Successor');
  await dialog.getByLabel('Given name (English)').fill('Example');
  await dialog.getByLabel('Member state or organization').selectOption({ label: 'Russia' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('link', { name: 'LAVROV, Sergey' }).click();

  await page.getByRole('button', { name: 'Record a successor as Minister of Foreign Affairs' }).click();
  const successor = page.getByRole('dialog', { name: /Successor/ });
  await successor.getByLabel('Successor', { exact: true }).selectOption({ label: 'SUCCESSOR, Example' });
  await successor.getByLabel('In office from').fill('2019-07-01');
  await successor.getByRole('button', { name: 'Save' }).click();
  await expect(appointments.getByRole('row').nth(1)).toHaveText(/9 Mar 2004.*30 Jun 2019/);

  // The November session's invitation list now invites the successor for Russia…
  await page.goto(`/#/sessions/${encodeURIComponent(november)}?tab=participants`);
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  const rows = page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr');
  await expect(rows.filter({ hasText: 'Russia' })).toContainText('Example Successor');
  await expect(rows.filter({ hasText: 'Sergey Lavrov' })).toHaveCount(0);
  // …while May still shows Lavrov.
  await page.goto(`/#/sessions/${encodeURIComponent(may)}?tab=participants`);
  await expect(rows.filter({ hasText: 'Russia' })).toContainText('Sergey Lavrov');
  await expect(rows.filter({ hasText: 'Example Successor' })).toHaveCount(0);
});

const FAMILIES = ['Иванов', 'Петров', 'Сидоров', 'Кузнецов', 'Смирнов', 'Попов', 'Соколов', 'Лебедев', 'Козлов', 'Новиков'];
const GIVEN = ['Алексей', 'Борис', 'Виктор', 'Григорий', 'Дмитрий', 'Евгений', 'Жанат', 'Зафар', 'Игорь', 'Карим'];
const STATES = ['Индия', 'Казахстан', 'Китай', 'Кыргызстан', 'Россия', 'Таджикистан'];

test('200 persons import from a windows-1251 CSV with “;” in one go', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openPeople(page);
  const lines = ['Фамилия;Имя;Страна;Телефон;Эл. почта'];
  for (let i = 0; i < 200; i++) {
    const family = i === 0 ? 'Семёнова' : `${FAMILIES[i % 10]}-${Math.floor(i / 10) + 1}`;
    lines.push(`${family};${GIVEN[(i * 7) % 10]};${STATES[i % 6]};+7 495 ${String(1000000 + i).slice(1)};person${i}@example.org`);
  }
  const buffer = encodeWindows1251(`${lines.join('\r\n')}\r\n`);
  expect(buffer.includes(0xb8)).toBe(true); // ё, in windows-1251

  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'delegations.csv',
    mimeType: 'text/csv',
    buffer,
  });
  const dialog = page.getByRole('dialog', { name: 'Import persons from delegations.csv' });
  await expect(dialog.getByText('200 rows · CSV in windows-1251, columns separated by “;”')).toBeVisible();
  await expect(dialog.getByLabel('Family name (Russian)')).toHaveValue('0');
  await expect(dialog.getByLabel('Member state or organization')).toHaveValue('2');
  await expect(dialog.getByLabel('Email')).toHaveValue('4');
  await expect(dialog.getByText('200 rows ready, 0 with errors.')).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 200 persons' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 200 persons.')).toBeVisible();
  await expect(page.getByText('219 persons')).toBeVisible();

  await page.getByLabel('Search people').fill('семенова');
  await expect(names(page)).toHaveText(['СЕМЁНОВА, Алексей']);
  await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr').first()).toContainText('India');
  expect(errors).toEqual([]);
});

test('an import file with bad rows names the row and column, and writes nothing until they are left out', async ({ page }) => {
  await openPeople(page);
  const csv =
    'Surname,Given name,Country,E-mail\nAbbasov,Anar,Tajikistan,anar@mfa.tj\nBadmail,Bob,Russia,bob-at-mfa\nNoparty,Nina,Atlantis,\nValid,Vera,KZ,vera@mfa.kz\n';
  const open = (): Promise<void> => page.getByRole('button', { name: 'Import…' }).click();
  await chooseFile(page, open, { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  const dialog = page.getByRole('dialog', { name: 'Import persons from bad.csv' });
  const problems = dialog.getByRole('list', { name: 'Errors in the file' }).getByRole('listitem');
  await expect(problems).toHaveText([
    /Row 3, column D \(E-mail\), Email: Enter an email address such as name@mfa\.tj\.\s*«bob-at-mfa»/,
    /Row 4, column C \(Country\), Member state or organization: No member state or organization has this name or code\.\s*«Atlantis»/,
  ]);
  await expect(dialog.getByRole('button', { name: 'Import 0 persons' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('19 persons')).toBeVisible();

  await chooseFile(page, open, { name: 'bad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await dialog.getByLabel('Leave out the 2 rows with errors').check();
  await dialog.getByRole('button', { name: 'Import 2 persons' }).click();
  await expect(page.getByText('21 persons')).toBeVisible();
  await page.getByLabel('Search people').fill('vera');
  await expect(names(page)).toHaveText(['VALID, Vera']);
});

test('persons import from an Excel workbook, the columns mapped by hand where the header says nothing', async ({ page }) => {
  await openPeople(page);
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Delegates');
  sheet.addRow(['Col 1', 'Col 2', 'Страна', 'Телефон']);
  sheet.addRow(['Хасанов', 'Рустам', 'Таджикистан', '+992 37 221 15 26']);
  sheet.addRow(['Омаров', 'Азамат', 'Казахстан', null]);
  const buffer = Buffer.from(await book.xlsx.writeBuffer());

  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'delegates.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer,
  });
  const dialog = page.getByRole('dialog', { name: 'Import persons from delegates.xlsx' });
  await expect(dialog.getByText('2 rows · Excel workbook, first sheet')).toBeVisible();
  await expect(dialog.getByRole('alert')).toHaveText('Choose the column with the family name (English or Russian).');
  await expect(dialog.getByRole('button', { name: 'Import 0 persons' })).toBeDisabled();
  await dialog.getByLabel('Family name (Russian)').selectOption({ label: 'A: Col 1' });
  await dialog.getByLabel('Given name (Russian)').selectOption({ label: 'B: Col 2' });
  await dialog.getByRole('button', { name: 'Import 2 persons' }).click();
  await expect(page.getByText('21 persons')).toBeVisible();
  await page.getByLabel('Search people').fill('хасанов');
  await expect(names(page)).toHaveText(['ХАСАНОВ, Рустам']);
  await expect(page.getByRole('table', { name: 'People' }).locator('tbody tr').first()).toContainText('+992 37 221 15 26');
});
