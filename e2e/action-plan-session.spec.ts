import { expect, test } from '@playwright/test';
import { openExampleYear } from './support';
import { row } from './action-plan-support';

test('an outcome document recorded on the 14 September joint session closes the two items it fulfils', async ({ page }) => {
  await openExampleYear(page);
  await page
    .getByRole('table', { name: 'Sessions' })
    .getByRole('link', { name: /^Joint session of the Council of Foreign Ministers/ })
    .click();
  await page.getByRole('tab', { name: 'Action Plan and documents' }).click();
  await expect(page.getByRole('list', { name: 'Action Plan items due by this session' })).toContainText('1.1 Update the coordinated list');
  await expect(page.getByText('No Action Plan item has been reviewed at this session yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Record an outcome document' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record an outcome document' });
  await expect(dialog.getByLabel('Adopted on')).toHaveValue('14.09.2015');
  await dialog.getByLabel('Kind of document').selectOption({ label: 'Decision' });
  await dialog.getByLabel('Title (English)').fill('Decision on the coordinated list of terrorist and extremist organizations');
  await dialog.getByLabel('Title (Russian)').fill('Решение о едином списке террористических и экстремистских организаций');
  await dialog.getByRole('checkbox', { name: /^1\.1 Update the coordinated list/ }).check();
  await dialog.getByRole('checkbox', { name: /^6 Intensify military-political integration/ }).check();
  await expect(dialog.getByRole('checkbox', { name: 'Mark the chosen items done (progress 100 %)' })).toBeChecked();
  await dialog.getByRole('button', { name: 'Record the document' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'The document was recorded; items marked done: 2.' })).toBeVisible();

  await expect(page.getByText('Decision: Decision on the coordinated list of terrorist and extremist organizations')).toBeVisible();
  await expect(page.getByText('Fulfils items: 1.1, 6')).toBeVisible();
  const reviewed = page.getByRole('list', { name: 'Action Plan items reviewed at this session' });
  await expect(reviewed.getByRole('listitem')).toHaveText([/^1\.1 .*Done · 100 %$/, /^6 .*Done · 100 %$/]);

  await reviewed.getByRole('link', { name: /^1\.1 / }).click();
  const item = page.getByRole('dialog', { name: 'Item 1.1' });
  await expect(item).toContainText(
    'Decision: Decision on the coordinated list of terrorist and extremist organizations (14 September 2015)',
  );
  const note = item.getByRole('list', { name: 'Progress notes' }).getByRole('listitem').first();
  await expect(note).toContainText('Status: In progress → Done');
  await expect(note).toContainText(
    'Fulfilled by the Decision “Decision on the coordinated list of terrorist and extremist organizations”.',
  );
  await item.getByRole('button', { name: 'Close' }).click();
  await expect(row(page, '6').getByRole('combobox', { name: 'Status of item 6' })).toHaveValue('done');
  await expect(row(page, '2.3').getByRole('combobox', { name: 'Status of item 2.3' })).toHaveValue('not-started');
});
