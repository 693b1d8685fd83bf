import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { APRIL, NEW_YORK, openParticipants } from './people-support';
import { openExampleYear } from './support';

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('the People screen and a person’s page have no serious or critical accessibility violation', async ({ page }) => {
  await openExampleYear(page);
  await page.goto('/#/people');
  await expect(page.getByRole('table', { name: 'People' })).toBeVisible();
  await page.getByLabel('Search people').fill('erlan');
  await expect(page.getByText('2 found')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'New person' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Enter a family name in English or in Russian.')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('/#/people/ex-person-lavrov');
  await expect(page.getByRole('heading', { level: 1, name: 'LAVROV, Sergey' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the session participants tab has no serious or critical accessibility violation', async ({ page }) => {
  await openParticipants(page, APRIL);
  await expect(page.getByRole('table', { name: 'Participants in protocol order' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'Sergey Lavrov is represented by…' }).click();
  await page.getByLabel('Find the substitute').fill('ma');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the check-in screen has no serious or critical accessibility violation', async ({ page }) => {
  await openParticipants(page, NEW_YORK);
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await page.getByRole('link', { name: 'Check-in mode' }).click();
  await page.getByRole('combobox', { name: 'Find a participant' }).fill('erlan');
  await expect(page.getByRole('option')).toHaveCount(2);
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Arrived (1)' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the attendance report has no serious or critical accessibility violation', async ({ page }) => {
  await openExampleYear(page);
  await page.goto('/#/reports');
  await expect(page.getByRole('table', { name: /Attendance matrix/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
