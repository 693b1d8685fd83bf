import { expect, test, type Page } from '@playwright/test';
import { openExampleYear } from './support';

// The machine's clock says UTC; the chairmanship's home is Dushanbe (UTC+5). "Overdue" must
// follow Dushanbe's calendar.
test.use({ timezoneId: 'UTC' });

function dashboard(page: Page) {
  return page.getByRole('region', { name: 'Action Plan' });
}

test('at 20:30 UTC on 31 October it is already 1 November in Dushanbe: the item due on 31 October is overdue', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2015-10-31T20:30:00Z'));
  await openExampleYear(page);
  const overdue = dashboard(page).getByRole('list', { name: 'Overdue (4)' });
  await expect(overdue.getByRole('link')).toHaveText([
    /^1\.1 /,
    /^2\.3 /,
    /^6 /,
    /^2\.2 Train staff of the Afghan counter-narcotics agencies/,
  ]);

  await expect(dashboard(page).getByText(/^Next session: CFM, 2 December 2015, Informal meeting of the Foreign Ministers/)).toBeVisible();
  await expect(dashboard(page).getByRole('list', { name: 'Due before the next session' }).getByRole('link')).toHaveText([
    /^1\.2 Contribute to the joint plan of action/,
  ]);

  await expect(dashboard(page).getByRole('img', { name: 'Progress by theme' })).toHaveAccessibleDescription(
    /Drug trafficking: 65 % \(1 of 2 done\)/,
  );
  await expect(dashboard(page).getByRole('img', { name: 'Open items over the year' })).toHaveAccessibleDescription(
    '13 open on 20 January 2015; 11 open on 2 April 2015; 10 open on 30 June 2015; 10 open on 1 November 2015',
  );
  // The sessions table is still the home screen's only table.
  await expect(page.getByRole('table')).toHaveCount(1);
});

test('at 18:00 UTC on 31 October it is still 31 October in Dushanbe: that item is not overdue yet', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2015-10-31T18:00:00Z'));
  await openExampleYear(page);
  await expect(dashboard(page).getByRole('list', { name: 'Overdue (3)' }).getByRole('link')).toHaveText([/^1\.1 /, /^2\.3 /, /^6 /]);
});

test('a burn-down step follows a status change made today', async ({ page }) => {
  await page.clock.setFixedTime(new Date('2015-10-31T20:30:00Z'));
  await openExampleYear(page);
  await dashboard(page)
    .getByRole('link', { name: /^2\.2 / })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Item 2.2' });
  await dialog.getByLabel('Progress note (English)', { exact: true }).fill('Courses completed.');
  await dialog.getByLabel('Status', { exact: true }).selectOption({ label: 'Cancelled' });
  await dialog.getByRole('button', { name: 'Add the note' }).click();
  await expect(dialog.getByRole('list', { name: 'Progress notes' }).getByRole('listitem').first()).toContainText('Courses completed.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  await expect(dashboard(page).getByRole('img', { name: 'Open items over the year' })).toHaveAccessibleDescription(
    /10 open on 30 June 2015; 9 open on 1 November 2015$/,
  );
  await expect(dashboard(page).getByRole('list', { name: 'Overdue (3)' })).toBeVisible();
});
