// The organization's reference data as a user keeps it: seats that may not overlap, a state
// in use retired instead of deleted (and then offered for nothing new), its own Action Plan
// themes, and the next chairmanship started from the example year with its seats confirmed.
import { expect, test } from '@playwright/test';
import { addBody, addHolder, addState, openOrganization } from './organization-support';
import { failOnPageErrors, openExampleYear, startNewChairmanship } from './support';

test('two holders of one seat on overlapping days are refused, naming both, unless one is acting', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.goto('/');
  await startNewChairmanship(page, {
    organization: { name: ['Commonwealth of Independent States', 'Содружество Независимых Государств'], acronym: ['CIS', 'СНГ'] },
    chairState: ['Belarus', 'Беларусь'],
    year: 2021,
    homeTimeZone: 'Europe/Minsk',
  });
  await openOrganization(page, 'Bodies');
  await addBody(page, {
    name: ['Council of Foreign Ministers', 'Совет министров иностранных дел'],
    acronym: ['CFM', 'СМИД'],
    seatTitle: ['Minister of Foreign Affairs', 'Министр иностранных дел'],
    level: 'Ministers',
    members: ['Belarus'],
  });
  await page.getByRole('tab', { name: 'Seats' }).click();
  await page.getByLabel('On', { exact: true }).fill('2021-03-01');
  await addHolder(page, { state: 'Belarus', person: { family: ['Makei', 'Макей'], given: ['Vladimir', 'Владимир'] }, from: '2012-08-20' });

  // A second minister from 1 March while the first is in office: refused, both named, nothing saved.
  await page.getByRole('button', { name: 'New holder of the seat of Belarus' }).click();
  const dialog = page.getByRole('dialog', { name: /^New holder: Belarus/ });
  await dialog.getByRole('button', { name: 'New person…' }).click();
  const person = page.getByRole('dialog', { name: 'New person' });
  await person.getByLabel('Family name (English)').fill('Shestakov');
  await person.getByLabel('Given name (English)').fill('Sergei');
  await person.getByLabel('Family name (Russian)').fill('Шестаков');
  await person.getByRole('button', { name: 'Save' }).click();
  await dialog.getByLabel('From').fill('2021-03-01');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByLabel('From')).toHaveAccessibleDescription(
    'Vladimir Makei holds this seat from 20 August 2012: Sergei Shestakov’s term would overlap it. End that term first, or mark the new holder as acting.',
  );
  await expect(dialog.getByLabel('From')).toBeFocused();
  const seats = page.getByRole('table', { name: /Seats of CFM on 1 March 2021/ });
  await expect(seats.getByRole('row', { name: /^Belarus/ })).toContainText('Vladimir Makei');

  // Marked as acting, he may hold it alongside the minister (and shows as the holder that day).
  await dialog.getByRole('checkbox', { name: /^Acting/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(seats.getByRole('row', { name: /^Belarus/ })).toContainText(/Sergei Shestakov\s*acting/);
  expect(errors).toEqual([]);
});

test('a state in use cannot be deleted: the dialog says where it is used, retires it, and new choices no longer offer it', async ({
  page,
}) => {
  const errors = failOnPageErrors(page);
  await page.goto('/');
  await startNewChairmanship(page, {
    organization: { name: ['Eurasian Economic Union', 'Евразийский экономический союз'], acronym: ['EAEU', 'ЕАЭС'] },
    chairState: ['Armenia', 'Армения'],
    year: 2024,
    homeTimeZone: 'Asia/Yerevan',
  });
  await openOrganization(page, 'States and organizations');
  await addState(page, { short: ['Kazakhstan', 'Казахстан'], capital: ['Astana', 'Астана'], zone: 'Asia/Almaty' });
  await addState(page, { short: ['Belarus', 'Беларусь'] });
  await addState(page, { short: ['Russia', 'Россия'] });
  await page.getByRole('tab', { name: 'Bodies' }).click();
  await addBody(page, {
    name: ['Eurasian Intergovernmental Council', 'Евразийский межправительственный совет'],
    acronym: ['EIC', 'ЕМПС'],
    seatTitle: ['Prime Minister', 'Премьер-министр'],
    level: 'Heads of state',
    members: ['Armenia', 'Kazakhstan', 'Belarus'],
  });
  await page.getByRole('tab', { name: 'Seats' }).click();
  await addHolder(page, {
    state: 'Kazakhstan',
    person: { family: ['Bektenov', 'Бектенов'], given: ['Olzhas', 'Олжас'] },
    from: '2024-02-06',
  });

  // Kazakhstan has a person, a seat and a place on a body: deleting it is refused, saying so.
  await page.getByRole('tab', { name: 'States and organizations' }).click();
  await page.getByRole('button', { name: 'Delete Kazakhstan' }).click();
  await page.getByRole('dialog', { name: 'Delete Kazakhstan?' }).getByRole('button', { name: 'Delete' }).click();
  const inUse = page.getByRole('dialog', { name: 'Kazakhstan is in use' });
  await expect(inUse).toContainText('Kazakhstan cannot be deleted while records use it (persons: 1, seats: 1, bodies: 1).');
  await inUse.getByRole('button', { name: 'Retire instead' }).click();
  await expect(inUse).toBeHidden();
  const row = page.getByRole('row', { name: /Kazakhstan/ });
  await expect(row).toContainText('retired');
  await expect(page.getByRole('button', { name: 'Restore Kazakhstan' })).toBeVisible();

  // A state nothing uses is deleted, with Undo.
  const names = page.getByRole('table', { name: 'States and organizations' }).locator('tbody td:nth-child(2) strong');
  await page.getByRole('button', { name: 'Delete Russia' }).click();
  await page.getByRole('dialog', { name: 'Delete Russia?' }).getByRole('button', { name: 'Delete' }).click();
  await expect(names).toHaveText(['Armenia', 'Belarus', 'Kazakhstan']);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(names).toHaveText(['Armenia', 'Belarus', 'Kazakhstan', 'Russia']);

  // A new person cannot be of the retired state; the person who is keeps it.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await page.getByRole('button', { name: 'New person' }).click();
  const states = page.getByRole('dialog', { name: 'New person' }).getByLabel('Member state or organization').getByRole('option');
  await expect(states).toHaveText(['— none —', 'Armenia', 'Belarus', 'Russia']);
  await page.keyboard.press('Escape');
  await page.getByRole('link', { name: 'BEKTENOV, Olzhas' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Edit person' }).getByLabel('Member state or organization')).toHaveValue(/.+/);
  await expect(page.getByRole('dialog', { name: 'Edit person' }).getByLabel('Member state or organization').getByRole('option')).toHaveText(
    ['— none —', 'Armenia', 'Belarus', 'Kazakhstan', 'Russia'],
  );
  await page.keyboard.press('Escape');

  // A retired body: offered for no new session, kept on the session that has it.
  await page.keyboard.press('Control+n');
  const session = page.getByRole('dialog', { name: 'New session' });
  await session.getByLabel('Title (English)').fill('Meeting of the Eurasian Intergovernmental Council');
  await session.getByRole('checkbox', { name: /^EIC / }).check();
  await session.getByLabel('Start date').fill('2024-06-04');
  await session.getByLabel('City (English)').fill('Minsk');
  await session.getByRole('button', { name: 'Save' }).click();
  await expect(session).toBeHidden();
  await openOrganization(page, 'Bodies');
  await page.getByRole('button', { name: 'Retire EIC' }).click();
  await expect(page.getByRole('row', { name: /EIC/ })).toContainText('retired');
  await page.keyboard.press('Control+n');
  await expect(session.getByRole('group', { name: 'Bodies' }).getByRole('checkbox')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+1');
  await page.getByRole('link', { name: 'Meeting of the Eurasian Intergovernmental Council' }).click();
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Edit session' }).getByRole('checkbox', { name: /^EIC / })).toBeChecked();
  expect(errors).toEqual([]);
});

test('the organization’s own Action Plan themes are what an item offers, and a retired one is offered no more', async ({ page }) => {
  await page.goto('/');
  await startNewChairmanship(page, {
    organization: { name: ['Shanghai Cooperation Organisation', 'Шанхайская организация сотрудничества'], acronym: ['SCO', 'ШОС'] },
    chairState: ['Kyrgyzstan', 'Кыргызстан'],
    year: 2019,
    homeTimeZone: 'Asia/Bishkek',
  });
  await openOrganization(page, 'Action Plan themes');
  await expect(page.getByRole('status').filter({ hasText: 'No Action Plan theme yet' })).toBeVisible();
  for (const [en, ru] of [
    ['Regional security', 'Региональная безопасность'],
    ['Trade and economic cooperation', 'Торгово-экономическое сотрудничество'],
    ['Culture', 'Культура'],
  ]) {
    await page.getByRole('button', { name: 'Add a theme' }).first().click();
    const dialog = page.getByRole('dialog', { name: 'New theme' });
    await dialog.getByLabel('Theme, English').fill(en ?? '');
    await dialog.getByLabel('Theme, Russian').fill(ru ?? '');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
  }
  // Reordered by keyboard: Culture up twice.
  await page.getByRole('button', { name: 'Move Culture up' }).focus();
  await page.keyboard.press('Alt+ArrowUp');
  await expect(page.getByRole('button', { name: 'Move Culture up' })).toBeFocused();
  await page.keyboard.press('Alt+ArrowUp');
  const names = page.getByRole('table', { name: 'Action Plan themes' }).locator('tbody td:nth-child(2) strong');
  await expect(names).toHaveText(['Culture', 'Regional security', 'Trade and economic cooperation']);
  await page.getByRole('button', { name: 'Retire Trade and economic cooperation' }).click();

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  await page.getByRole('button', { name: 'Create the Action Plan' }).click();
  const plan = page.getByRole('dialog', { name: 'Create the Action Plan' });
  await plan.getByLabel('Title (English)').fill('Action Plan of the chairmanship of Kyrgyzstan');
  await plan.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Add an item' }).first().click();
  const theme = page.getByLabel('Theme', { exact: true });
  await expect(theme.getByRole('option')).toHaveText(['Culture', 'Regional security', 'No theme']);
  await expect(theme).toHaveValue(/.+/);
  await page.getByLabel('Title (English)').fill('Festival of the SCO countries');
  await theme.selectOption({ label: 'Culture' });
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByLabel('Group by').selectOption('theme');
  await expect(page.getByRole('table', { name: 'Action Plan items' })).toContainText('Culture');
});

test('the next chairmanship after the example year carries no 2015 seat unconfirmed', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await openExampleYear(page);
  await page.goto('/#/welcome');
  await page.getByRole('button', { name: 'Start the next chairmanship…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Start the next chairmanship' });
  await expect(dialog).toContainText('After the chairmanship of Tajikistan, 2015, which ends on 31 December 2015.');
  await expect(dialog.getByLabel('Year')).toHaveValue('2016');
  await expect(dialog.getByLabel('First day')).toHaveValue('01.01.2016');
  await expect(dialog.getByLabel('Last day')).toHaveValue('31.12.2016');
  // Every 2015 seat ended with the year (the press release implies no longer tenure): all
  // highlighted, none ticked.
  const seats = dialog.getByRole('table', { name: 'Seat holders who remain in office' }).locator('tbody tr');
  await expect(seats).toHaveCount(9);
  await expect(seats.filter({ hasText: 'ended with the year' })).toHaveCount(9);
  await expect(dialog.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await dialog.getByRole('checkbox', { name: /^Sergey Lavrov, Minister of Foreign Affairs, Russia, CFM remains in office$/ }).check();

  await dialog.getByRole('button', { name: 'Start the 2016 chairmanship' }).click();
  await expect(dialog.getByLabel('Chairing state')).toHaveAccessibleDescription('This field is required.');
  await dialog.getByLabel('Chairing state').selectOption({ label: 'Armenia' });
  await dialog.getByLabel('Home time zone').fill('Asia/Yerevan');
  await dialog.getByRole('button', { name: 'Start the 2016 chairmanship' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(page.getByText('Chairmanship of Armenia, 2016')).toBeVisible();

  // In 2016 only the confirmed seat is held; the Collective Security Council's chairman of
  // 2015 is no longer invited.
  await openOrganization(page, 'Seats');
  await page.getByLabel('Body', { exact: true }).selectOption({ label: 'CFM · Council of Foreign Ministers' });
  const table = page.getByRole('table', { name: /Seats of CFM on 1 January 2016/ });
  await expect(table.getByRole('row', { name: /^Russia/ })).toContainText('Sergey Lavrov');
  for (const state of ['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Tajikistan'])
    await expect(table.getByRole('row', { name: new RegExp(`^${state}`) })).toContainText('vacant');

  await page.keyboard.press('Control+n');
  const session = page.getByRole('dialog', { name: 'New session' });
  await session.getByLabel('Title (English)').fill('Session of the Collective Security Council');
  await session.getByRole('checkbox', { name: /^CSC / }).check();
  await session.getByRole('checkbox', { name: /^CFM / }).check();
  await session.getByLabel('Start date').fill('2016-10-14');
  await session.getByLabel('City (English)').fill('Yerevan');
  await session.getByRole('button', { name: 'Save' }).click();
  await expect(session).toBeHidden();
  await page.keyboard.press('Control+1');
  await page.getByRole('link', { name: 'Session of the Collective Security Council' }).click();
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await expect(page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr')).toHaveText([
    /Russia.*Sergey Lavrov/s,
  ]);
  expect(errors).toEqual([]);
});
