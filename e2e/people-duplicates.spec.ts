// People without duplicates, for an organization set up from its own reference data (the SCO
// chaired by Kyrgyzstan in 2019): a new person who looks like someone in the list is named
// before he is saved; an import flags rows that match, each with Merge, Skip or Add anyway;
// and two records of one person are merged from the person's page, with Undo.
import { expect, test, type Page } from '@playwright/test';
import { chooseFile } from './people-support';
import { failOnPageErrors, importReferenceFixture } from './support';

async function openPeople(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
}

async function newPerson(page: Page, person: { family: string; given: string; state: string; email?: string }) {
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Family name (English)').fill(person.family);
  await dialog.getByLabel('Given name (English)').fill(person.given);
  await dialog.getByLabel('Member state or organization').selectOption({ label: person.state });
  if (person.email) await dialog.getByLabel('Email').fill(person.email);
  await dialog.getByRole('button', { name: 'Save' }).click();
  return dialog;
}

test.beforeEach(async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  await openPeople(page);
  await expect(page.getByText('19 persons')).toBeVisible();
});

test('a new person who looks like someone in the list is named before saving, with Open and Add anyway', async ({ page }) => {
  const errors = failOnPageErrors(page);
  const dialog = await newPerson(page, { family: 'Lavrov', given: 'Sergei', state: 'Russia' });
  const warning = dialog.getByRole('alert');
  await expect(warning).toContainText('This looks like someone already in the list:');
  await expect(warning.getByRole('listitem')).toHaveText([/LAVROV, Sergey · Russia/]);
  await expect(page.getByText('19 persons')).toBeVisible();
  await warning.getByRole('button', { name: 'Open Sergey Lavrov' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: 'LAVROV, Sergey' })).toBeVisible();

  await openPeople(page);
  const again = await newPerson(page, { family: 'Lavrov', given: 'Sergei', state: 'Russia' });
  await again.getByRole('button', { name: 'Add anyway' }).click();
  await expect(again).toBeHidden();
  await expect(page.getByText('20 persons')).toBeVisible();

  // The same names in another state's delegation are another person: saved at once.
  const other = await newPerson(page, { family: 'Lavrov', given: 'Sergey', state: 'Kazakhstan' });
  await expect(other).toBeHidden();
  await expect(page.getByText('21 persons')).toBeVisible();
  expect(errors).toEqual([]);
});

test('an import flags rows matching someone in the list or an earlier row, each with Merge, Skip or Add anyway', async ({ page }) => {
  const csv = [
    'Family name,Given name,Фамилия,Имя,Country,Email',
    'Lavrov,Sergey,,,Russia,lavrov@mid.ru',
    'Lavrov,Sergei,,,Russia,',
    'Kuliev,Rashid,Кулиев,Рашид,Uzbekistan,',
    'KULIEV,Rashid,,,Uzbekistan,kuliev@mfa.uz',
    'Tokaev,Kasym-Zhomart,,,Kazakhstan,',
  ].join('\r\n');
  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'delegations.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(csv, 'utf8'),
  });
  const dialog = page.getByRole('dialog', { name: 'Import persons from delegations.csv' });
  const flagged = dialog.getByRole('table', { name: 'Rows that match someone in the list' });
  await expect(flagged.getByRole('row')).toHaveText([
    /Row.*Name.*Matches.*What to do/,
    /2\s*LAVROV, Sergey\s*the same as LAVROV, Sergey/,
    /3\s*LAVROV, Sergei\s*looks like LAVROV, Sergey/,
    /5\s*KULIEV, Rashid\s*the same as row 4/,
    /6\s*TOKAEV, Kasym-Zhomart\s*looks like TOKAYEV, Kassym-Jomart/,
  ]);
  // The defaults: the same names are skipped, names only alike are added.
  await expect(dialog.getByLabel('What to do with row 2')).toHaveValue('skip');
  await expect(dialog.getByLabel('What to do with row 3')).toHaveValue('add');
  await expect(dialog.getByLabel('What to do with row 5')).toHaveValue('skip');
  await expect(dialog.getByLabel('What to do with row 6')).toHaveValue('add');
  await expect(dialog.getByRole('button', { name: 'Import 3 persons' })).toBeVisible();

  await dialog.getByLabel('What to do with row 2').selectOption({ label: 'Merge' });
  await dialog.getByLabel('What to do with row 3').selectOption({ label: 'Skip' });
  await dialog.getByLabel('What to do with row 5').selectOption({ label: 'Merge' });
  await dialog.getByRole('button', { name: 'Import: 2 new, 2 merged' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported: 2 persons added, 2 merged, 1 skipped.')).toBeVisible();
  await expect(page.getByText('21 persons')).toBeVisible();

  // Merged rows filled the empty fields: Lavrov's address, and row 5's into the new Kuliev.
  await page.getByRole('link', { name: 'LAVROV, Sergey' }).click();
  await expect(page.getByRole('link', { name: 'lavrov@mid.ru' })).toBeVisible();
  await openPeople(page);
  await page.getByRole('link', { name: 'KULIEV, Rashid' }).click();
  await expect(page.getByRole('link', { name: 'kuliev@mfa.uz' })).toBeVisible();
  await expect(page.getByText('Рашид Кулиев')).toBeVisible();
});

test('two records of one person are merged from the person’s page, seats moved, and Undo puts both back', async ({ page }) => {
  const errors = failOnPageErrors(page);
  const dialog = await newPerson(page, { family: 'Tokaev', given: 'Kasym-Zhomart', state: 'Kazakhstan', email: 'tokaev@akorda.kz' });
  await dialog.getByRole('button', { name: 'Add anyway' }).click();
  await expect(page.getByText('20 persons')).toBeVisible();
  await page.getByRole('link', { name: 'TOKAEV, Kasym-Zhomart' }).click();
  await expect(page.getByText('No seat recorded.')).toBeVisible();

  await page.getByRole('button', { name: 'Merge with another record…' }).click();
  const merge = page.getByRole('dialog', { name: 'Merge Kasym-Zhomart Tokaev with another record' });
  const first = merge.getByRole('radio').first();
  await expect(merge.locator('label.choice').first()).toContainText('TOKAYEV, Kassym-Jomart');
  await expect(merge.locator('label.choice').first()).toContainText('looks like the same person');
  await first.check();
  const result = merge.getByRole('region', { name: 'The kept record will read' });
  await expect(result).toContainText('Kasym-Zhomart Tokaev');
  // Filled from the other record: the Russian names.
  await expect(result).toContainText('Касым-Жомарт Токаев');
  await expect(result).toContainText('tokaev@akorda.kz');
  await expect(result.getByRole('status')).toHaveText(
    'Moves to it: 1 appointments, 0 sessions on a list, 0 chairs, 0 agenda items, 0 Action Plan items.',
  );
  await merge.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(merge).toBeHidden();
  await expect(page.getByText('Kassym-Jomart Tokayev merged into Kasym-Zhomart Tokaev.')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Appointments' })).toContainText('Council of Heads of State');

  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText('The merge was undone.')).toBeVisible();
  await expect(page.getByText('No seat recorded.')).toBeVisible();
  await openPeople(page);
  await expect(page.getByText('20 persons')).toBeVisible();
  await page.getByRole('link', { name: 'TOKAYEV, Kassym-Jomart' }).click();
  await expect(page.getByRole('table', { name: 'Appointments' })).toContainText('Council of Heads of State');
  expect(errors).toEqual([]);
});
