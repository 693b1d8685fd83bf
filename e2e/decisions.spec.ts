// The register of decisions and the session journal, from a blank profile with the SCO's
// reference data (not the example's CSTO): a journal and three decisions recorded for a
// session, an Action Plan item closed with one of them, the register exported as XLSX and read
// back by read-excel-file, the journal printed in Russian and read back with pdftotext.
import { strFromU8, unzipSync } from 'fflate';
import readXlsxFile from 'read-excel-file/node';
import { expect, test } from '@playwright/test';
import { startScoPlan, row } from './action-plan-support';
import { download, printViewText } from './files';
import { failOnPageErrors, planSession } from './support';

test('a journal and three decisions recorded for an SCO session; one closes an Action Plan item; the register exported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const errors = failOnPageErrors(page);
  await startScoPlan(page, [{ title: ['Adopt the regulations of the SCO Secretariat', 'Принять положение о Секретариате ШОС'] }]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  const sessionId = await planSession(page, {
    title: ['Meeting of the Council of Foreign Ministers', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });

  await page.getByRole('tab', { name: 'Agenda' }).click();
  const add = page.getByRole('region', { name: 'Add an agenda item' });
  await add.getByLabel('Item (English)').fill('On the budget of the Organisation');
  await add.getByLabel('Item (Russian)').fill('О бюджете Организации');
  await add.getByRole('button', { name: 'Add item' }).click();
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(1);

  // The journal: opened, then an event out of order is refused beside it, then closed.
  await page.getByRole('tab', { name: 'Journal' }).click();
  const journal = page.getByRole('form', { name: 'Journal of the session' });
  await journal.getByLabel('Notes (English)').fill('The budget was agreed without a vote.');
  await journal.getByLabel('Notes (Russian)').fill('Бюджет согласован без голосования.');
  await journal.getByRole('button', { name: 'Add an event' }).click();
  await journal.getByLabel('Time of event 1 (venue time)').fill('2019-05-21T10:05');
  await journal.getByRole('button', { name: 'Add an event' }).click();
  await journal.getByLabel('Event 2', { exact: true }).selectOption({ label: 'Resumed' });
  await journal.getByLabel('Time of event 2 (venue time)').fill('2019-05-21T12:35');
  await journal.getByRole('button', { name: 'Save the journal' }).click();
  await expect(journal.getByText('Only a suspended session can be resumed.')).toBeVisible();
  await expect(journal.getByLabel('Time of event 2 (venue time)')).toHaveAttribute('aria-invalid', 'true');
  await journal.getByLabel('Event 2', { exact: true }).selectOption({ label: 'Closed' });
  await expect(journal.getByText('Duration: 2 h 30 min, of which in sitting 2 h 30 min.')).toBeVisible();
  await journal.getByRole('button', { name: 'Save the journal' }).click();
  await expect(page.getByText('The journal was saved.')).toBeVisible();

  // Three decisions in the register, numbered 1, 2, 3 in the CFM's 2019 series.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register of decisions' })).toBeVisible();
  const titles: [string, string][] = [
    ['On the regulations of the Secretariat', 'О положении о Секретариате'],
    ['On the budget for 2020', 'О бюджете на 2020 год'],
    ['On observer status', 'О статусе наблюдателя'],
  ];
  for (const [i, [en, ru]] of titles.entries()) {
    await page.getByRole('button', { name: 'Add an entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'New entry of the register' });
    await expect(dialog.getByLabel('Body')).toHaveValue(/.+/);
    await dialog.getByRole('button', { name: `Use ${i + 1}` }).click();
    if (i === 2) await dialog.getByLabel('Status').selectOption({ label: 'Draft' });
    else await dialog.getByLabel('Adopted on').fill('2019-05-21');
    await dialog.getByLabel('Title (English)').fill(en);
    await dialog.getByLabel('Title (Russian)').fill(ru);
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
  // A number the series holds is refused beside the number field.
  await page.getByRole('button', { name: 'Add an entry' }).click();
  const duplicate = page.getByRole('dialog', { name: 'New entry of the register' });
  await duplicate.getByLabel('Number').fill('2');
  await duplicate.getByLabel('Adopted on').fill('2019-05-21');
  await duplicate.getByLabel('Title (English)').fill('A second decision 2');
  await duplicate.getByRole('button', { name: 'Save' }).click();
  await expect(duplicate.getByText('This number is taken in the series (same body, kind and year).', { exact: false })).toBeVisible();
  await expect(duplicate.getByLabel('Number')).toHaveAttribute('aria-invalid', 'true');
  await duplicate.getByRole('button', { name: 'Cancel' }).click();

  const register = page.getByRole('table', { name: 'Register of decisions' });
  await expect(register.getByRole('rowheader')).toHaveText([
    'CFM Decision No. 1/2019',
    'CFM Decision No. 2/2019',
    'CFM Decision No. 3/2019',
  ]);
  await page.getByLabel('Status').selectOption({ label: 'Draft' });
  await expect(register.getByRole('rowheader')).toHaveText(['CFM Decision No. 3/2019']);
  await page.getByLabel('Status').selectOption({ label: 'All' });

  // The Action Plan item closed by decision No. 2 from the register.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  await row(page, '1').getByRole('link').click();
  const item = page.getByRole('dialog', { name: 'Item 1' });
  await item.getByRole('button', { name: 'Mark the item done with it' }).click();
  await expect(item.getByText('Choose the document that fulfils the item.')).toBeVisible();
  await item
    .getByLabel('Fulfilled by a document from the register')
    .selectOption({ label: 'CFM Decision No. 2/2019: On the budget for 2020' });
  await item.getByRole('button', { name: 'Mark the item done with it' }).click();
  await expect(item.getByText('The item was closed (done, 100 %).')).toBeVisible();
  await expect(item.getByText('Done · 100 %')).toBeVisible();
  await expect(
    item.getByRole('listitem').filter({ hasText: 'CFM Decision No. 2/2019: On the budget for 2020 (21 May 2019)' }),
  ).toBeVisible();
  await expect(item.getByText('Fulfilled by CFM Decision No. 2/2019: On the budget for 2020.')).toBeVisible();
  await item.getByRole('button', { name: 'Close', exact: true }).click();

  // The register as XLSX, in Russian, read back by another library.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' }).click();
  await page.getByRole('radio', { name: 'Русский' }).check();
  const file = await download(page, () => page.getByRole('button', { name: 'Export the register as XLSX' }).click());
  expect(file.name).toMatch(/\.xlsx$/);
  const sheet = await readXlsxFile(file.bytes);
  expect(sheet[0]).toEqual(['Номер', 'Название', 'Вид документа', 'Орган', 'Заседание', 'Дата принятия', 'Статус']);
  expect(sheet.slice(1).map((r) => [r[0], r[1], r[3], r[6]])).toEqual([
    ['Решение СМИД № 1/2019', 'О положении о Секретариате', 'СМИД', 'Принято'],
    ['Решение СМИД № 2/2019', 'О бюджете на 2020 год', 'СМИД', 'Принято'],
    ['Решение СМИД № 3/2019', 'О статусе наблюдателя', 'СМИД', 'Проект'],
  ]);
  expect(sheet[1]?.[5]).toEqual(new Date('2019-05-21T00:00:00Z'));

  // The journal printed in Russian: times, decisions adopted, in the embedded font.
  const printed = await printViewText(page, `#/print/session-journal/${encodeURIComponent(sessionId)}?lang=ru`);
  expect(printed.text).toContain('Журнал заседания');
  expect(printed.text).toMatch(/Открыто\s+21 мая 2019\s*г?\.?,?\s*10:05/);
  expect(printed.text).toMatch(/Закрыто\s+21 мая 2019\s*г?\.?,?\s*12:35/);
  expect(printed.text).toContain('Решение СМИД № 1/2019: О положении о Секретариате');
  expect(printed.text).not.toContain('Решение СМИД № 3/2019');
  // Who chaired, in a word that fits one chair or several, a woman or a man.
  expect(printed.text).toMatch(/Председател[ьи]:/);
  expect(printed.text).not.toContain('(и)');
  // The journal as a Word file, in English: its text read back from the document's XML.
  await page.goto(`/#/sessions/${encodeURIComponent(sessionId)}`);
  await page.getByRole('tab', { name: 'Journal' }).click();
  const docx = await download(page, () => page.getByRole('button', { name: 'Journal as Word (DOCX)' }).click());
  expect(docx.name).toMatch(/^journal-2019-05-21-meeting-of-the-council-of-foreign-ministers\.docx$/);
  const xml = strFromU8(unzipSync(docx.bytes)['word/document.xml'] ?? new Uint8Array());
  const paragraphs = [...xml.matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map(([p]) =>
    [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(([, t]) => t).join(''),
  );
  const expected = [
    'Journal of the session',
    'Meeting of the Council of Foreign Ministers · 21 May 2019',
    'Opened: 21 May 2019, 10:05',
    'Closed: 21 May 2019, 12:35',
    'Duration: 2 h 30 min, of which in sitting 2 h 30 min.',
    'Agenda items',
    '1. On the budget of the Organisation',
    'Speakers: —',
    'Documents introduced: —',
    'The budget was agreed without a vote.',
    'Decisions adopted',
    'CFM Decision No. 1/2019: On the regulations of the Secretariat',
    'CFM Decision No. 2/2019: On the budget for 2020',
  ];
  const at = expected.map((line) => paragraphs.indexOf(line));
  expect(
    at.every((i) => i >= 0),
    JSON.stringify(paragraphs),
  ).toBe(true);
  expect(at, JSON.stringify(paragraphs)).toEqual([...at].sort((a, b) => a - b));
  expect(paragraphs.join('\n')).not.toContain('3/2019');
  const compilation = await printViewText(page, `#/print/outcome-compilation/${encodeURIComponent(sessionId)}?lang=en`);
  expect(compilation.text).toContain('CFM Decision No. 2/2019');
  expect(compilation.text).toContain('Draft, not adopted yet');
  expect(errors).toEqual([]);
});

test('an outcome document recorded from an SCO session is a numbered entry of the register', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await startScoPlan(page, [{ title: ['Adopt the regulations of the SCO Secretariat', 'Принять положение о Секретариате ШОС'] }]);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await planSession(page, {
    title: ['Meeting of the Council of Foreign Ministers', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('tab', { name: 'Action Plan and documents' }).click();
  const record = async (): Promise<ReturnType<typeof page.getByRole>> => {
    await page.getByRole('button', { name: 'Record an outcome document' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record an outcome document' });
    await expect(dialog.getByLabel('Adopted on')).toHaveValue('21.05.2019');
    await expect(dialog.getByLabel('Body')).toHaveValue(/.+/);
    return dialog;
  };

  const first = await record();
  await first.getByRole('button', { name: 'Use 1' }).click();
  await expect(first.getByLabel('Status')).toHaveValue('adopted');
  await first.getByLabel('Title (English)').fill('On the regulations of the Secretariat');
  await first.getByLabel('Title (Russian)').fill('О положении о Секретариате');
  await first.getByRole('checkbox', { name: /^1 Adopt the regulations/ }).check();
  await first.getByRole('button', { name: 'Record the document' }).click();
  await expect(first).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'The document was recorded; items marked done: 1.' })).toBeVisible();

  // The same number again, from the session, is refused beside the number field.
  const again = await record();
  await again.getByLabel('Number').fill('1');
  await again.getByLabel('Title (English)').fill('A second decision 1');
  await again.getByRole('button', { name: 'Record the document' }).click();
  await expect(again.getByText('This number is taken in the series (same body, kind and year).', { exact: false })).toBeVisible();
  await expect(again.getByLabel('Number')).toHaveAttribute('aria-invalid', 'true');
  await again.getByRole('button', { name: 'Cancel' }).click();

  // Ctrl+7 opens the register, as the View menu's Decisions item does.
  await page.keyboard.press('Control+7');
  await expect(page.getByRole('heading', { level: 1, name: 'Register of decisions' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Decisions' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  const register = page.getByRole('table', { name: 'Register of decisions' });
  await expect(register.getByRole('rowheader')).toHaveText(['CFM Decision No. 1/2019']);
  await expect(register.getByRole('row', { name: /CFM Decision No\. 1\/2019/ })).toContainText('Adopted');
  expect(errors).toEqual([]);
});
