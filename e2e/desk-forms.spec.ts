import { expect, test } from '@playwright/test';
import { importReferenceFixture } from './support';

// From a blank profile (the SCO reference file): the limits of typed text, stated in the
// message that refuses a longer one.

test('a too-long name is refused with the limit it broke, and notes take their own longer limit', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'New person' }).click();
  const dialog = page.getByRole('dialog', { name: 'New person' });
  await dialog.getByLabel('Family name (English)').fill('L'.repeat(301));
  await dialog.getByLabel('Notes').fill('n'.repeat(10_001));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Family name (English)')).toHaveAccessibleDescription('At most 300 characters.');
  await expect(dialog.getByLabel('Notes')).toHaveAccessibleDescription('At most 10,000 characters.');

  await dialog.getByLabel('Family name (English)').fill('L'.repeat(300));
  await dialog.getByLabel('Notes').fill('n'.repeat(10_000));
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('20 persons')).toBeVisible();
});
