// Steps the Action Plan specs share, as a user does them.
import { expect, type Locator, type Page } from '@playwright/test';
import { openExampleYear } from './support';

/** The example plan's items in number order, as the table first shows them. */
export const EXAMPLE_NUMBERS = ['1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '3', '4', '5', '5.1', '5.2', '6'];

export async function openExamplePlan(page: Page): Promise<void> {
  await openExampleYear(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action Plan' })).toBeVisible();
  await expect(numbers(page)).toHaveCount(EXAMPLE_NUMBERS.length);
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
