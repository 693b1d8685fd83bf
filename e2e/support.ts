// Steps many specs share, written as a user would do them.
import path from 'node:path';
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

/** Reference-data files under e2e/fixtures/ (written by e2e/fixtures/build-reference-fixtures.mjs). */
export type ReferenceFixture = 'sco-2019';

export interface FixtureChairmanship {
  /** A member state of the fixture's organization, by its short name. */
  chairState: string;
  year: number;
  homeTimeZone: string;
}

const FIXTURE_CHAIRMANSHIPS: Record<ReferenceFixture, FixtureChairmanship> = {
  'sco-2019': { chairState: 'Kyrgyzstan', year: 2019, homeTimeZone: 'Asia/Bishkek' },
};

export const fixturePath = (name: ReferenceFixture): string =>
  path.join(import.meta.dirname, 'fixtures', `${name}.chairdesk-reference.json`);

/**
 * From a blank profile, starts as a secretariat handed a reference-data file would: "Start
 * from a reference data file…" on the first-run screen, the preview, Import, then the
 * chairmanship (by default the fixture's own: Kyrgyzstan chairing the SCO in 2019).
 */
export async function importReferenceFixture(
  page: Page,
  name: ReferenceFixture,
  chairmanship: FixtureChairmanship = FIXTURE_CHAIRMANSHIPS[name],
): Promise<void> {
  await page.goto('/');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Start from a reference data file…' }).click();
  await (await chooser).setFiles(fixturePath(name));
  const dialog = page.getByRole('dialog', { name: `Import reference data: ${name}.chairdesk-reference.json` });
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(dialog).toBeHidden();
  const form = page.getByRole('form', { name: /^The chairmanship of / });
  await form.getByLabel('Chairing state').selectOption({ label: chairmanship.chairState });
  await form.getByLabel('Year', { exact: true }).fill(String(chairmanship.year));
  await form.getByLabel('Home time zone').fill(chairmanship.homeTimeZone);
  await form.getByRole('button', { name: 'Start the chairmanship' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
}

export interface SessionInput {
  title: [string, string];
  /** The bodies' acronyms as the dialog shows them, in the order ticked. */
  bodies: string[];
  date: string;
  start: string;
  end: string;
}

/** Plans a session in the session dialog (Ctrl+N) and returns its id. */
export async function planSession(page: Page, session: SessionInput): Promise<string> {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill(session.title[0]);
  await dialog.getByLabel('Title (Russian)').fill(session.title[1]);
  for (const body of session.bodies) await dialog.getByRole('checkbox', { name: new RegExp(`^${body} `) }).check();
  await dialog.getByLabel('Start date').fill(session.date);
  await dialog.getByLabel('Start time').fill(session.start);
  await dialog.getByLabel('End date').fill(session.date);
  await dialog.getByLabel('End time').fill(session.end);
  await dialog.getByLabel('City (English)').fill('Bishkek');
  await dialog.getByLabel('City (Russian)').fill('Бишкек');
  await dialog.getByLabel('Time zone').fill('Asia/Bishkek');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: session.title[0] }).click();
  await expect(page.getByRole('heading', { level: 1, name: session.title[0] })).toBeVisible();
  return decodeURIComponent(/#\/sessions\/([^?]+)/.exec(page.url())?.[1] ?? '');
}
