// A desk officer's day from a blank start (the SCO's 2019 chairmanship, not the example's
// CSTO): the small things a real day of work met, each as a user meets it.
import { expect, test, type Page } from '@playwright/test';
import { failOnPageErrors, importReferenceFixture, planSession } from './support';

async function cfmSession(page: Page): Promise<string> {
  return planSession(page, {
    title: ['Meeting of the Council of Foreign Ministers', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
}

test.describe('postponing and cancelling', () => {
  test('ask for an optional reason, shown in the history and the programme; the cancel dialog says what each button does', async ({
    page,
  }) => {
    const errors = failOnPageErrors(page);
    await importReferenceFixture(page, 'sco-2019');
    await cfmSession(page);

    await page.getByRole('button', { name: 'Postpone' }).click();
    const postpone = page.getByRole('dialog', { name: 'Postpone the session' });
    await postpone.getByLabel('Reason (optional), English').fill('The venue is under repair');
    await postpone.getByRole('button', { name: 'Postpone' }).click();
    await expect(postpone).toBeHidden();
    await expect(page.getByText('Reason: The venue is under repair')).toBeVisible();

    await page.getByRole('button', { name: 'Cancel the session' }).click();
    const cancel = page.getByRole('dialog', { name: 'Cancel this session?' });
    await expect(cancel.getByRole('button')).toContainText(['Keep the session', 'Cancel the session']);
    await cancel.getByRole('button', { name: 'Keep the session' }).click();
    await expect(cancel).toBeHidden();
    await expect(page.getByText('Postponed', { exact: true }).first()).toBeVisible();

    await page.getByRole('button', { name: 'Cancel the session' }).click();
    // Typed in Russian only: the English screens show it as it was written.
    await cancel.getByLabel('Reason (optional), Russian').fill('Нет кворума');
    await cancel.getByRole('button', { name: 'Cancel the session' }).click();
    await expect(cancel).toBeHidden();
    const history = page.locator('.history');
    await expect(history.getByRole('listitem')).toHaveText([
      /Postponed from.*Reason: The venue is under repair/s,
      /Cancelled.*Reason: Нет кворума/s,
    ]);

    // The programme gives the reason beside the status, and keeps it after a reload.
    await page.getByRole('link', { name: 'Schedule' }).click();
    await expect(page.getByText('Reason: Нет кворума')).toBeVisible();
    await page.reload();
    await expect(page.getByText('Reason: Нет кворума')).toBeVisible();
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Русский' }).click();
    await page.getByRole('link', { name: 'Расписание' }).click();
    await expect(page.getByText('Причина: Нет кворума')).toBeVisible();
    expect(errors).toEqual([]);
  });
});
