// Two windows edit one record: the Save that comes second is refused, and a dialog shows the
// other window's values beside the user's, field by field; the user keeps theirs or takes the
// new value per field, and nothing typed is lost (Cancel goes back to the form as typed).
import { expect, test, type Locator, type Page } from '@playwright/test';
import { dumpDatabase } from './reliability/db-dump';
import { failOnPageErrors, importReferenceFixture, planSession } from './support';

async function editSession(page: Page): Promise<Locator> {
  await page.getByRole('toolbar').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit session' });
  await expect(dialog.getByLabel('Title (English)')).toBeVisible();
  return dialog;
}

/** The comparison's row for a field: its name, the value saved meanwhile, the user's. */
const comparisonRow = (dialog: Locator, field: string): Locator =>
  dialog.getByRole('row').filter({ has: dialog.page().getByRole('rowheader', { name: field, exact: true }) });

test('a session edited in two windows: both values shown field by field, one field kept from each, nothing typed lost', async ({
  page,
  context,
}) => {
  const errors = failOnPageErrors(page);
  await importReferenceFixture(page, 'sco-2019');
  const id = await planSession(page, {
    title: ['Meeting of the Council of Ministers of Foreign Affairs', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  // A second tab of the browser edition: the same database, another window.
  const other = await context.newPage();
  const otherErrors = failOnPageErrors(other);
  await other.goto(`/#/sessions/${encodeURIComponent(id)}`);
  await expect(other.getByRole('heading', { level: 1, name: 'Meeting of the Council of Ministers of Foreign Affairs' })).toBeVisible();

  const mine = await editSession(page);
  const theirs = await editSession(other);
  await theirs.getByLabel('Title (English)').fill('Council of Foreign Ministers, as renamed elsewhere');
  await theirs.getByLabel('Place (English)', { exact: true }).fill('Ala-Archa residence');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(theirs).toBeHidden();

  await mine.getByLabel('Title (English)').fill('Council of Foreign Ministers, as typed here');
  await mine.getByLabel('Notes for print (English)', { exact: true }).fill('Flags of all member states');
  await mine.getByRole('button', { name: 'Save' }).click();

  const compare = page.getByRole('dialog', { name: 'Saved meanwhile in another window' });
  await expect(compare).toBeVisible();
  const title = comparisonRow(compare, 'Title (English)');
  await expect(title).toContainText('Council of Foreign Ministers, as renamed elsewhere');
  await expect(title).toContainText('Council of Foreign Ministers, as typed here');
  const place = comparisonRow(compare, 'Place (English)');
  await expect(place).toContainText('Ala-Archa residence');
  await expect(place).toContainText('(empty)');
  // Only the fields the other window changed are compared; the notes typed here are not asked about.
  await expect(compare.getByRole('rowheader')).toHaveText(['Title (English)', 'Place (English)']);
  // Preselected: the user's value where they changed the field, the new one where they did not.
  await expect(compare.getByRole('radio', { name: 'Keep yours: Title (English)' })).toBeChecked();
  await expect(compare.getByRole('radio', { name: 'Take the new value: Place (English)' })).toBeChecked();

  // Cancel goes back to the form as typed; Save asks again.
  await compare.getByRole('button', { name: 'Cancel' }).click();
  await expect(compare).toBeHidden();
  await expect(mine.getByLabel('Title (English)')).toHaveValue('Council of Foreign Ministers, as typed here');
  await expect(mine.getByLabel('Notes for print (English)', { exact: true })).toHaveValue('Flags of all member states');
  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(compare).toBeVisible();

  // Keep this window's title and take the other's place, then save over the new revision.
  await compare.getByRole('radio', { name: 'Keep yours: Title (English)' }).check();
  await compare.getByRole('radio', { name: 'Take the new value: Place (English)' }).check();
  await compare.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(compare).toBeHidden();
  await expect(mine).toBeHidden();
  await expect(page.getByText(/changed this record meanwhile/)).toHaveCount(0);

  const saved = (await dumpDatabase(page)).sessions?.find((s) => s.id === id);
  expect(saved?.title).toEqual({
    en: 'Council of Foreign Ministers, as typed here',
    ru: 'Заседание Совета министров иностранных дел',
  });
  expect((saved?.venue as { place?: unknown } | undefined)?.place).toEqual({ en: 'Ala-Archa residence', ru: '' });
  expect(saved?.notes).toEqual({ en: 'Flags of all member states', ru: '' });
  // The other window shows the result too.
  await expect(other.getByRole('heading', { level: 1, name: 'Council of Foreign Ministers, as typed here' })).toBeVisible();
  expect(errors).toEqual([]);
  expect(otherErrors).toEqual([]);
});

test('"Take all new values" fills the form with the other window’s values and keeps the rest as typed', async ({ page, context }) => {
  await importReferenceFixture(page, 'sco-2019');
  const id = await planSession(page, {
    title: ['Meeting of the Council of Ministers of Defence', 'Заседание Совета министров обороны'],
    bodies: ['CFM'],
    date: '2019-06-11',
    start: '10:00',
    end: '12:00',
  });
  const other = await context.newPage();
  await other.goto(`/#/sessions/${encodeURIComponent(id)}`);
  const mine = await editSession(page);
  const theirs = await editSession(other);
  await theirs.getByLabel('Place (English)', { exact: true }).fill('Hall B');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(theirs).toBeHidden();

  await mine.getByLabel('Place (English)', { exact: true }).fill('Hall A');
  await mine.getByLabel('Notes for print (English)', { exact: true }).fill('Typed here');
  await mine.getByRole('button', { name: 'Save' }).click();
  const compare = page.getByRole('dialog', { name: 'Saved meanwhile in another window' });
  await compare.getByRole('button', { name: 'Take all new values' }).click();
  await expect(compare).toBeHidden();
  await expect(mine.getByLabel('Place (English)', { exact: true })).toHaveValue('Hall B');
  await expect(mine.getByLabel('Notes for print (English)', { exact: true })).toHaveValue('Typed here');
  // Now based on the new revision: Save goes through.
  await mine.getByRole('button', { name: 'Save' }).click();
  await expect(mine).toBeHidden();
  const saved = (await dumpDatabase(page)).sessions?.find((s) => s.id === id);
  expect((saved?.venue as { place?: unknown } | undefined)?.place).toEqual({ en: 'Hall B', ru: '' });
  expect(saved?.notes).toEqual({ en: 'Typed here', ru: '' });
});

test('a person edited in two windows: the phone saved elsewhere is taken, the position typed here kept', async ({ page, context }) => {
  const errors = failOnPageErrors(page);
  await importReferenceFixture(page, 'sco-2019');
  await page.goto('/#/people');
  await page.locator('a[href^="#/people/"]').first().click();
  await expect(page.getByRole('button', { name: 'Edit', exact: true })).toBeVisible();
  const id = decodeURIComponent(/#\/people\/([^?]+)/.exec(page.url())?.[1] ?? '');
  expect(id).not.toBe('');
  const other = await context.newPage();
  await other.goto(`/#/people/${encodeURIComponent(id)}`);

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const mine = page.getByRole('dialog', { name: 'Edit person' });
  await other.getByRole('button', { name: 'Edit', exact: true }).click();
  const theirs = other.getByRole('dialog', { name: 'Edit person' });
  await theirs.getByLabel('Phone').fill('+996 312 621 900');
  await theirs.getByRole('button', { name: 'Save' }).click();
  await expect(theirs).toBeHidden();

  await mine.getByLabel('Position (English)').fill('Minister of Foreign Affairs, acting');
  await mine.getByLabel('Phone').fill('+996 555 000 111');
  await mine.getByRole('button', { name: 'Save' }).click();
  const compare = page.getByRole('dialog', { name: 'Saved meanwhile in another window' });
  const phone = comparisonRow(compare, 'Phone');
  await expect(phone).toContainText('+996 312 621 900');
  await expect(phone).toContainText('+996 555 000 111');
  await expect(compare.getByRole('rowheader')).toHaveText(['Phone']);
  await compare.getByRole('radio', { name: 'Take the new value: Phone' }).check();
  await compare.getByRole('button', { name: 'Save with these choices' }).click();
  await expect(mine).toBeHidden();

  const saved = (await dumpDatabase(page)).persons?.find((p) => p.id === id);
  expect(saved?.phone).toBe('+996 312 621 900');
  expect((saved?.position as { en?: string } | undefined)?.en).toBe('Minister of Foreign Affairs, acting');
  expect(errors).toEqual([]);
});
