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

export interface NewChairmanship {
  /** An organization the app keeps already (by acronym as the list shows it), or a new one's names. */
  organization: string | { name: [string, string]; acronym?: [string, string] };
  /** A member state of that organization (by its short name), or a new one's names in English and Russian. */
  chairState: string | [string, string];
  year: number;
  homeTimeZone: string;
}

/** Fills the first-run form ("Start a new chairmanship") as a user would, and starts the chairmanship. */
export async function startNewChairmanship(page: Page, c: NewChairmanship): Promise<void> {
  const form = page.getByRole('form', { name: 'Start a new chairmanship' });
  await expect(form).toBeVisible();
  const organizations = form.getByLabel('Organization', { exact: true });
  if (typeof c.organization === 'string') await organizations.selectOption({ label: c.organization });
  else {
    if (await organizations.isVisible()) await organizations.selectOption({ label: 'A new organization' });
    await form.getByLabel('Full name of the organization, English').fill(c.organization.name[0]);
    await form.getByLabel('Full name of the organization, Russian').fill(c.organization.name[1]);
    if (c.organization.acronym) {
      await form.getByLabel('Acronym, English').fill(c.organization.acronym[0]);
      await form.getByLabel('Acronym, Russian').fill(c.organization.acronym[1]);
    }
  }
  if (typeof c.chairState === 'string') await form.getByLabel('Chairing state', { exact: true }).selectOption({ label: c.chairState });
  else {
    await form.getByLabel('Chairing state, English').fill(c.chairState[0]);
    await form.getByLabel('Chairing state, Russian').fill(c.chairState[1]);
  }
  await form.getByLabel('Year', { exact: true }).fill(String(c.year));
  await form.getByLabel('Home time zone').fill(c.homeTimeZone);
  await form.getByRole('button', { name: 'Start the chairmanship' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
}
