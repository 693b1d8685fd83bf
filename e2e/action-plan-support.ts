// Steps the Action Plan specs share, as a user does them.
import { expect, type Locator, type Page } from '@playwright/test';
import { importReferenceFixture, openExampleYear } from './support';

/** The example plan's items in number order, as the table first shows them. */
export const EXAMPLE_NUMBERS = ['1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '3', '4', '5', '5.1', '5.2', '6'];

export async function openExamplePlan(page: Page): Promise<void> {
  await openExampleYear(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action Plan' })).toBeVisible();
  await expect(numbers(page)).toHaveCount(EXAMPLE_NUMBERS.length);
}

export interface ItemInput {
  title: [string, string];
  status?: 'Not started' | 'In progress' | 'Blocked' | 'Done';
  progress?: number;
}

/**
 * From a blank profile: the SCO's reference data (Kyrgyzstan's 2019 chairmanship), then its
 * Action Plan created on the Action Plan screen with `items`, numbered 1, 2, … in that order.
 */
export async function startScoPlan(page: Page, items: ItemInput[]): Promise<void> {
  await importReferenceFixture(page, 'sco-2019');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No Action Plan yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Create the Action Plan' }).click();
  const plan = page.getByRole('dialog', { name: 'Create the Action Plan' });
  await plan.getByLabel('Title (English)').fill('Action Plan of the Kyrgyz chairmanship of the SCO');
  await plan.getByLabel('Title (Russian)').fill('План мероприятий председательства Кыргызстана в ШОС');
  await plan.getByLabel('Approved on').fill('2019-01-15');
  await plan.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('The plan has no items yet.')).toBeVisible();
  for (const item of items) {
    await page.getByRole('button', { name: 'Add an item' }).click();
    const dialog = page.getByRole('dialog', { name: 'New item' });
    await dialog.getByLabel('Title (English)').fill(item.title[0]);
    await dialog.getByLabel('Title (Russian)').fill(item.title[1]);
    if (item.status) await dialog.getByLabel('Status').selectOption({ label: item.status });
    if (item.progress !== undefined) await dialog.getByLabel('Progress, %').fill(String(item.progress));
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
  await expect(numbers(page)).toHaveCount(items.length);
}

export function itemsTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Action Plan items' });
}

/** The numbers in the table, top to bottom. */
export function numbers(page: Page): Locator {
  return itemsTable(page)
    .getByRole('rowheader')
    .filter({ hasText: /^\d+(\.\d+)*$/ });
}

/** The table row of the item numbered `number`. */
export function row(page: Page, number: string): Locator {
  return itemsTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: number, exact: true }) });
}

export function boardColumn(page: Page, status: string): Locator {
  return page.getByRole('region', { name: new RegExp(`^${status} \\(\\d+\\)$`) });
}

export function card(column: Locator, number: string): Locator {
  return column.getByRole('listitem').filter({ has: column.page().getByText(number, { exact: true }) });
}

/** Runs a command from the "⋯" menu of the item numbered `number`. */
export async function rowCommand(page: Page, number: string, command: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for item ${number}`, exact: true }).click();
  await page
    .getByRole('menu', { name: `Actions for item ${number}` })
    .getByRole('menuitem', { name: command, exact: true })
    .click();
}
