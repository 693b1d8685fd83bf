// Documents and screens in one language and its grammar, from a blank start (the SCO's 2019
// chairmanship, not the example's CSTO): the print preview names what is printed in the other
// language; Russian month headings, plurals and alphabetical order.
import { strFromU8, unzipSync } from 'fflate';
import { expect, test, type Page } from '@playwright/test';
import { download, printViewText } from './files';
import { chooseFile } from './people-support';
import { failOnPageErrors, importReferenceFixture, planSession } from './support';

/** A session whose place is written in English only (its title and city in both languages). */
async function sessionWithEnglishPlace(page: Page): Promise<string> {
  const id = await planSession(page, {
    title: ['Meeting of the Council of Ministers of Foreign Affairs', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('button', { name: 'Edit' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Edit session' });
  await dialog.getByLabel('Place (English)').fill('Palace of Independence');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  return id;
}

test('the print preview says which fields have no Russian text before a Russian programme is printed', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await importReferenceFixture(page, 'sco-2019');
  const id = await sessionWithEnglishPlace(page);

  await page.goto(`/#/print/session-programme/${encodeURIComponent(id)}?lang=ru`);
  await expect(page.locator('.print-doc[data-ready="true"]')).toBeVisible();
  const notice = page.getByRole('status', { name: 'Fields printed in the other language' });
  await expect(notice.getByRole('paragraph').first()).toHaveText('1 field has no Russian text and is printed in English:');
  await expect(notice.getByRole('listitem')).toHaveText(['place: “Palace of Independence”']);
  // The document itself prints the English place, the only Latin words in it.
  await expect(page.locator('.print-doc .subtitle')).toContainText('Palace of Independence');

  // The same programme in English has nothing to flag.
  await page.getByRole('toolbar', { name: 'Document' }).getByRole('link', { name: 'English' }).click();
  await expect(page.locator('.print-doc[lang="en"][data-ready="true"]')).toBeVisible();
  await expect(notice).toBeHidden();

  // The notice is for the screen: the printed PDF has the place, not the notice.
  const pdf = await printViewText(page, `#/print/session-programme/${encodeURIComponent(id)}?lang=ru`);
  expect(pdf.text).toContain('Palace of Independence');
  expect(pdf.text).not.toContain('no Russian text');

  // The year programme saved as Word in Russian (the screen in Russian): the file has no place
  // column, so nothing is in English; then the city in English only, which the file prints.
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();
  await page.goto('/#/schedule');
  const programme = page.getByRole('button', { name: 'Программа года (DOCX)' });
  const first = await download(page, () => programme.click());
  await expect(page.getByText(`Файл ${first.name} сохранён.`, { exact: true })).toBeVisible();
  await page.goto(`/#/sessions/${encodeURIComponent(id)}`);
  await page.getByRole('button', { name: 'Изменить' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Изменить заседание' });
  await dialog.getByLabel('Город (английский)').fill('Bishkek City');
  await dialog.getByLabel('Город (русский)').fill('');
  await dialog.getByRole('button', { name: 'Сохранить' }).click();
  await expect(dialog).toBeHidden();
  await page.goto('/#/schedule');
  const word = await download(page, () => programme.click());
  await expect(page.getByText(`Файл ${word.name} сохранён. 1 поле без русского текста выгружено по-английски.`)).toBeVisible();
  const xml = strFromU8(unzipSync(word.bytes)['word/document.xml'] ?? new Uint8Array());
  expect(xml).toContain('Bishkek City');
  expect(errors).toEqual([]);
});

test('in Russian: month headings read "Май 2019 г.", rows are counted by the plural rules, and the chair picker is in Russian alphabetical order', async ({
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
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();

  await page.goto('/#/schedule');
  await expect(page.getByRole('heading', { level: 2, name: /^май 2019/i })).toHaveText(/^Май 2019\sг\.$/, { useInnerText: true });

  // The chair picker: the SCO's people by their Russian family names (Ван before Джайшанкар), not the English ones.
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'Новое заседание' });
  const chairs = (await dialog.getByLabel('Председательствующий').locator('option').allInnerTexts()).slice(1);
  expect(chairs.length).toBe(19);
  expect(chairs).toEqual([...chairs].sort(new Intl.Collator('ru').compare));
  expect(chairs.slice(0, 3)).toEqual(['АЙДАРБЕКОВ, Чингиз', 'АТАМКУЛОВ, Бейбут', 'ВАН, И']);
  await page.keyboard.press('Escape');

  // A file of two rows: "2 строки", five: "5 строк".
  await page.goto('/#/people');
  for (const [count, words] of [
    [2, '2 строки'],
    [5, '5 строк'],
  ] as const) {
    const lines = ['Фамилия;Имя', ...Array.from({ length: count }, (_, i) => `Иванов-${i + 1};Иван`)];
    await chooseFile(page, () => page.getByRole('button', { name: 'Импорт…' }).click(), {
      name: `rows-${count}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8'),
    });
    const importing = page.getByRole('dialog', { name: `Импорт лиц из файла rows-${count}.csv` });
    await expect(importing.getByText(new RegExp(`^${words} · CSV в кодировке`))).toBeVisible();
    await importing.getByRole('button', { name: 'Отмена' }).click();
    await expect(importing).toBeHidden();
  }
  expect(errors).toEqual([]);
});
