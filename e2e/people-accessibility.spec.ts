import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openMeetingParticipants } from './people-support';
import { importReferenceFixture } from './support';

// From a blank profile: the SCO's reference data (Kyrgyzstan's 2019 chairmanship) and a session
// of its foreign ministers planned through the dialog.

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the People screen and a person’s page have no serious or critical accessibility violation', async ({ page }) => {
  await importReferenceFixture(page, 'sco-2019');
  await page.goto('/#/people');
  await expect(page.getByRole('table', { name: 'People' })).toBeVisible();
  await page.getByLabel('Search people').fill('vladimir');
  await expect(page.getByText('2 found')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'New person' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a family name in English or in Russian.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByLabel('Search people').fill('lavrov');
  await page.getByRole('link', { name: 'LAVROV, Sergey' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'LAVROV, Sergey' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the session participants tab has no serious or critical accessibility violation', async ({ page }) => {
  await openMeetingParticipants(page);
  await expect(page.getByRole('table', { name: 'Participants in protocol order' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sergey Lavrov is represented by…' }).click();
  await page.getByLabel('Find the substitute').fill('ma');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the check-in screen has no serious or critical accessibility violation', async ({ page }) => {
  await openMeetingParticipants(page);
  await page.getByRole('link', { name: 'Check-in mode' }).click();
  // “ka” finds two: Kazakhstan’s minister and Abdulaziz Kamilov.
  await page.getByRole('combobox', { name: 'Find a participant' }).fill('ka');
  await expect(page.getByRole('option')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Arrived (1)' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the attendance report has no serious or critical accessibility violation', async ({ page }) => {
  await openMeetingParticipants(page);
  await page.getByRole('combobox', { name: 'Attendance of Sergey Lavrov' }).selectOption('present');
  await page.goto('/#/reports');
  await expect(page.getByRole('table', { name: /Attendance matrix/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
