// Steps many specs share, written as a user would do them.
import { expect, type Page } from '@playwright/test';

export async function openExampleYear(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the example year' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
}

/** Fails the test on any uncaught page error (a crash a user would see as a dead button). */
export function failOnPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}
