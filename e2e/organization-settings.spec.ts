// The organization's own settings as a user edits them: its protocol-order rule (followed by
// every list), the chairmanship's span, a state that would leave before its sessions, a body
// renamed mid-year, and the screens' accessibility.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { printViewText } from './files';
import { APRIL } from './people-support';
import { fillState, openOrganization } from './organization-support';
import { failOnPageErrors, openExampleYear, startNewChairmanship } from './support';

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

const stateNames = (page: Page) => page.getByRole('table', { name: 'States and organizations' }).locator('tbody td:nth-child(2) strong');

test('the protocol-order rule is the organization’s: a fixed order set by hand, or from a state drawn by lot, and lists follow it', async ({
  page,
}) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  await openSettings(page);
  const organization = page.getByRole('form', { name: 'Organization' });
  await expect(organization.getByLabel('Full name of the organization, Russian')).toHaveValue(
    'Организация Договора о коллективной безопасности',
  );
  await expect(organization.getByLabel('Protocol order of the member states')).toHaveValue('ru');

  // A fixed order, moved by hand on the Organization screen.
  await organization.getByLabel('Protocol order of the member states').selectOption('fixed');
  await organization.getByRole('button', { name: 'Save the organization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The organization was saved.' })).toBeVisible();
  await openOrganization(page, 'States and organizations');
  await expect(page.getByText('The list is in the organization’s fixed order')).toBeVisible();
  await page.getByRole('button', { name: 'Move Tajikistan up' }).click();
  await expect(page.getByRole('button', { name: 'Move Tajikistan up' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  const members = async (): Promise<string[]> => (await stateNames(page).allTextContents()).slice(0, 6);
  await expect.poll(members).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Tajikistan', 'Kyrgyzstan', 'Russia']);
  // The first member state cannot move past the top, nor the last one below the observers.
  await expect(page.getByRole('button', { name: 'Move Armenia up' })).toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('button', { name: 'Move Russia down' })).toHaveAttribute('aria-disabled', 'true');

  // From a state drawn by lot: the draw picks one of the member states.
  await openSettings(page);
  await organization.getByLabel('Protocol order of the member states').selectOption('lot');
  await organization.getByRole('button', { name: 'Save the organization' }).click();
  await expect(organization.getByLabel('State drawn by lot')).toHaveAccessibleDescription('Choose the state drawn, or draw one by lot.');
  await organization.getByRole('button', { name: 'Draw by lot' }).click();
  await expect(organization.getByLabel('State drawn by lot')).not.toHaveValue('');
  await expect(page.getByText(/^Drawn by lot: (Armenia|Belarus|Kazakhstan|Kyrgyzstan|Russia|Tajikistan)\.$/)).toBeAttached();
  await organization.getByLabel('State drawn by lot').selectOption({ label: 'Kyrgyzstan' });
  await organization.getByRole('button', { name: 'Save the organization' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The organization was saved.' }).last()).toBeVisible();

  await openOrganization(page, 'States and organizations');
  await expect.poll(members).toEqual(['Kyrgyzstan', 'Russia', 'Tajikistan', 'Armenia', 'Belarus', 'Kazakhstan']);
  await page.goto(`/#/sessions/${APRIL}?tab=participants`);
  const delegations = page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr td:first-child');
  await expect(delegations).toHaveText(['Kyrgyzstan', 'Russia', 'Tajikistan', 'Armenia', 'Belarus', 'Kazakhstan', 'OSCE', 'OSCE', 'UN']);
  expect(errors).toEqual([]);
});

test('the chairmanship’s span and home zone are edited in Settings, each error next to its field', async ({ page }) => {
  await openExampleYear(page);
  await openSettings(page);
  const chairmanship = page.getByRole('form', { name: 'Chairmanship' });
  await expect(chairmanship.getByLabel('Chairing state')).toHaveValue('ex-party-tj');
  await chairmanship.getByLabel('Last day').fill('2014-12-31');
  await chairmanship.getByLabel('Home time zone').fill('Asia/Atlantis');
  await chairmanship.getByRole('button', { name: 'Save the chairmanship' }).click();
  await expect(chairmanship.getByLabel('Last day')).toHaveAccessibleDescription('The last day is before the first.');
  await expect(chairmanship.getByLabel('Home time zone')).toHaveAccessibleDescription(/Choose a time zone from the list/);
  await expect(chairmanship.getByLabel('Last day')).toBeFocused();
  await chairmanship.getByLabel('Last day').fill('2016-06-30');
  await chairmanship.getByLabel('Home time zone').fill('Asia/Dushanbe');
  await chairmanship.getByRole('button', { name: 'Save the chairmanship' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The chairmanship was saved.' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('form', { name: 'Chairmanship' }).getByLabel('Last day')).toHaveValue('30.06.2016');
});

test('a chairing state first named in one language takes the names it is given later, in the banner and the printed documents', async ({
  page,
}) => {
  const errors = failOnPageErrors(page);
  await page.goto('/');
  await startNewChairmanship(page, {
    organization: { name: ['Council of the Baltic Sea States', 'Совет государств Балтийского моря'] },
    chairState: ['', 'Латвия'],
    year: 2027,
    homeTimeZone: 'Europe/Riga',
  });
  await expect(page.getByText('Chairmanship of Латвия, 2027')).toBeVisible();
  await openOrganization(page, 'States and organizations');
  await page.getByRole('button', { name: 'Edit Латвия' }).click();
  await fillState(page, 'Edit the state or organization', {
    short: ['Latvia', 'Латвия'],
    name: ['Republic of Latvia', 'Латвийская Республика'],
  });
  await expect(page.getByText('Chairmanship of Latvia, 2027')).toBeVisible();
  // A second Латвия, named in Russian only: refused, the Russian name focused.
  await page.getByRole('button', { name: 'Add a state or organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'New state or organization' });
  await dialog.getByLabel('Short name, Russian').fill('Латвия');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('group', { name: 'Short name' })).toHaveAccessibleDescription(
    /^Another state or organization already has this name\./,
  );
  await expect(dialog.getByLabel('Short name, Russian')).toBeFocused();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.reload();
  await expect(page.getByText('Chairmanship of Latvia, 2027')).toBeVisible();
  const english = await printViewText(page, '#/print/year-programme?lang=en', { layout: false });
  expect(english.text).toContain('Chairmanship of Latvia, 2027');
  const russian = await printViewText(page, '#/print/year-programme?lang=ru', { layout: false });
  expect(russian.text).toContain('Председательство: Латвия, 2027');
  expect(errors).toEqual([]);
});

test('a state cannot leave the organization before sessions it has a delegation at: the message names them', async ({ page }) => {
  await openExampleYear(page);
  await openOrganization(page, 'States and organizations');
  await page.getByRole('button', { name: 'Edit Armenia' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the state or organization' });
  await dialog.getByLabel('Member until').fill('2015-03-31');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Member until')).toHaveAccessibleDescription(
    'The state still has a delegation at sessions after that day: Session of the Council of Foreign Ministers (2 April 2015). Remove it from their lists first, or choose a later day.',
  );
  await expect(dialog.getByLabel('Member until')).toBeFocused();
  await dialog.getByLabel('Member until').fill('2015-12-31');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: /^\d+ Armenia/ })).toContainText('until 31 Dec 2015');
});

test('a body renamed mid-year keeps its old name on the sessions held before', async ({ page }) => {
  await openExampleYear(page);
  await openOrganization(page, 'Bodies');
  await page.getByRole('button', { name: 'Edit CFM' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit the body' });
  await dialog.getByLabel('Acronym, English').fill('CMFA');
  await dialog.getByLabel('Name of the body, English').fill('Council of Ministers of Foreign Affairs');
  await dialog.getByRole('radio', { name: /a rename on a date/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('Renamed on')).toHaveAccessibleDescription(/This field is required\./);
  await dialog.getByLabel('Renamed on').fill('2015-07-01');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.keyboard.press('Control+1');
  const rows = page.getByRole('table', { name: 'Sessions' }).getByRole('row');
  await expect(rows.filter({ hasText: '2 April 2015' })).toContainText('CFM');
  await expect(rows.filter({ hasText: '29 September 2015' })).toContainText('CMFA');
  await expect(rows.filter({ hasText: '29 September 2015' })).not.toContainText('CFM');
});

test('the Organization screen, its tabs and its dialogs have no serious or critical accessibility violation', async ({ page }) => {
  test.setTimeout(90_000);
  await openExampleYear(page);
  const serious = async (): Promise<string[]> =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  for (const tab of ['States and organizations', 'Bodies', 'Seats', 'Action Plan themes'] as const) {
    await openOrganization(page, tab);
    await expect(page.getByRole('table')).toBeVisible();
    expect(await serious(), tab).toEqual([]);
  }
  await page.getByRole('tab', { name: 'Bodies' }).click();
  await page.getByRole('button', { name: 'Edit CSC' }).click();
  await expect(page.getByRole('dialog', { name: 'Edit the body' })).toBeVisible();
  expect(await serious(), 'body dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Seats' }).click();
  await page.getByRole('button', { name: 'New holder of the seat of Tajikistan' }).click();
  expect(await serious(), 'holder dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await page.goto('/#/settings');
  await page.getByRole('button', { name: 'Start the next chairmanship…' }).click();
  await expect(page.getByRole('dialog', { name: 'Start the next chairmanship' }).getByRole('table')).toBeVisible();
  expect(await serious(), 'next chairmanship').toEqual([]);
});
