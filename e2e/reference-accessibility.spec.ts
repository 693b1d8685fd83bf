// The reference-data and duplicate-people screens, each checked by axe as a user meets them:
// the import preview, a refused file, the export dialog, the chairmanship form after an
// import, a new person's lookalike warning, an import's flagged rows, and the merge dialog.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chooseFile } from './people-support';
import { fixturePath, importReferenceFixture } from './support';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('starting from a reference data file has no serious or critical accessibility violation', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { name: 'Start from a reference data file' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Start from a reference data file…' }).click();
  await (await chooser).setFiles(fixturePath('sco-2019'));
  const preview = page.getByRole('dialog', { name: /^Import reference data/ });
  await expect(preview.getByRole('table')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await preview.getByRole('button', { name: 'Import', exact: true }).click();
  const form = page.getByRole('form', { name: 'The chairmanship of SCO' });
  await form.getByRole('button', { name: 'Start the chairmanship' }).click();
  await expect(form.getByText('Choose the chairing state.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the reference data dialogs in Settings have no serious or critical accessibility violation', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Export the reference data…' }).click();
  const exporting = page.getByRole('dialog', { name: 'Export the reference data of SCO' });
  await exporting.getByRole('radio', { name: /Excel workbook/ }).check();
  await expect(exporting.getByLabel('Language of the headings')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await chooseFile(page, () => page.getByRole('button', { name: 'Import reference data…' }).click(), {
    name: 'broken.chairdesk-reference.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"chairdesk-reference"', 'utf8'),
  });
  await expect(page.getByRole('dialog', { name: 'Not imported: broken.chairdesk-reference.json' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('duplicate people: the warning, the flagged import rows and the merge dialog have no serious or critical violation', async ({
  page,
}) => {
  await importReferenceFixture(page, 'sco-2019');
  await page.goto('/#/people');
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Family name (English)').fill('Lavrov');
  await dialog.getByLabel('Given name (English)').fill('Sergei');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Add anyway' }).click();
  await expect(dialog).toBeHidden();

  await chooseFile(page, () => page.getByRole('button', { name: 'Import…' }).click(), {
    name: 'list.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from('Family name,Given name,Country\r\nLavrov,Sergey,Russia\r\nMirzieev,Shavkat,Uzbekistan\r\n', 'utf8'),
  });
  await expect(page.getByRole('table', { name: 'Rows that match someone in the list' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');

  await page.goto('/#/people/sco-person-lavrov');
  await page.getByRole('button', { name: 'Merge with another record…' }).click();
  const merge = page.getByRole('dialog', { name: /^Merge Sergey Lavrov/ });
  await merge.getByRole('radio').first().check();
  await expect(merge.getByRole('region', { name: 'The kept record will read' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
