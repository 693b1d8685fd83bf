// Steps the organization specs share: setting up an organization's states, bodies and seats
// through its screens, as a user would.
import { expect, type Page } from '@playwright/test';

type Pair = [string, string];

export async function openOrganization(
  page: Page,
  tab: 'States and organizations' | 'Bodies' | 'Seats' | 'Action Plan themes',
): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organization' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organization' })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
  await expect(page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
}

async function fillPair(scope: ReturnType<Page['getByRole']>, label: string, value: Pair | undefined): Promise<void> {
  if (!value) return;
  await scope.getByLabel(`${label}, English`).fill(value[0]);
  await scope.getByLabel(`${label}, Russian`).fill(value[1]);
}

export interface StateInput {
  kind?: 'Member state' | 'Observer' | 'Partner' | 'Organization';
  short: Pair;
  name?: Pair;
  capital?: Pair;
  iso2?: string;
  zone?: string;
  since?: string;
}

/** Fills the state dialog already open and saves it. */
export async function fillState(page: Page, title: string, state: Partial<StateInput>): Promise<void> {
  const dialog = page.getByRole('dialog', { name: title });
  if (state.kind) await dialog.getByLabel('Kind').selectOption({ label: state.kind });
  await fillPair(dialog, 'Short name', state.short);
  await fillPair(dialog, 'Official name', state.name);
  await fillPair(dialog, 'Capital', state.capital);
  if (state.iso2) await dialog.getByLabel('ISO code').fill(state.iso2);
  if (state.zone) await dialog.getByLabel('Time zone of the capital').fill(state.zone);
  if (state.since) await dialog.getByLabel('Member since').fill(state.since);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

export async function addState(page: Page, state: StateInput): Promise<void> {
  await page.getByRole('button', { name: 'Add a state or organization' }).click();
  await fillState(page, 'New state or organization', state);
}

export interface BodyInput {
  name: Pair;
  acronym: Pair;
  seatTitle: Pair;
  level: string;
  /** English short names of the member states that sit on it. */
  members: string[];
}

export async function addBody(page: Page, body: BodyInput): Promise<void> {
  await page.getByRole('button', { name: 'Add a body' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New body' });
  await fillPair(dialog, 'Name of the body', body.name);
  await fillPair(dialog, 'Acronym', body.acronym);
  await fillPair(dialog, 'Title of the seat', body.seatTitle);
  await dialog.getByLabel('Level').selectOption({ label: body.level });
  const members = dialog.getByRole('group', { name: 'Member states on the body' });
  for (const state of body.members) await members.getByRole('checkbox', { name: state, exact: true }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

export interface HolderInput {
  state: string;
  /** A new person's names (family, given) in English and Russian, or an existing person as the list shows him. */
  person: { family: Pair; given: Pair } | string;
  from: string;
  to?: string;
  acting?: boolean;
}

/** On the Seats tab, with the body chosen: a new holder of a state's seat. */
export async function addHolder(page: Page, holder: HolderInput): Promise<void> {
  await page.getByRole('button', { name: `New holder of the seat of ${holder.state}` }).click();
  const dialog = page.getByRole('dialog', { name: new RegExp(`^New holder: ${holder.state}`) });
  if (typeof holder.person === 'string') await dialog.getByLabel('Person').selectOption({ label: holder.person });
  else {
    await dialog.getByRole('button', { name: 'New person…' }).click();
    const person = page.getByRole('dialog', { name: 'New person' });
    await person.getByLabel('Family name (English)').fill(holder.person.family[0]);
    await person.getByLabel('Given name (English)').fill(holder.person.given[0]);
    await person.getByLabel('Family name (Russian)').fill(holder.person.family[1]);
    await person.getByLabel('Given name (Russian)').fill(holder.person.given[1]);
    await expect(person.getByLabel('Member state or organization')).toHaveValue(/.+/);
    await person.getByRole('button', { name: 'Save' }).click();
    await expect(person).toBeHidden();
    await expect(dialog.getByLabel('Person')).not.toHaveValue('');
  }
  await dialog.getByLabel('From').fill(holder.from);
  if (holder.to) await dialog.getByLabel('To', { exact: true }).fill(holder.to);
  if (holder.acting) await dialog.getByRole('checkbox', { name: /^Acting/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}
