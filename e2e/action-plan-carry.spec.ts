import { expect, test } from '@playwright/test';
import { numbers, openExamplePlan, row } from './action-plan-support';
import { startNewChairmanship } from './support';

test('the next chairmanship gets the open items carried forward, each pointing back to its history', async ({ page }) => {
  await openExamplePlan(page);
  // Start the 2016 chairmanship (Armenia) from Settings, then come back to 2015.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('link', { name: 'Start a new chairmanship' }).click();
  await startNewChairmanship(page, { organization: 'CSTO', chairState: 'Armenia', year: 2016, homeTimeZone: 'Asia/Yerevan' });
  await expect(page.getByText('Chairmanship of Armenia, 2016')).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Tajikistan, 2015' }).getByRole('button', { name: 'Open' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();

  await page.getByRole('button', { name: 'Carry forward open items' }).click();
  const dialog = page.getByRole('dialog', { name: 'Carry forward open items' });
  await expect(dialog).toContainText('Items not done or cancelled (10)');
  await expect(dialog.getByLabel('Chairmanship')).toHaveValue(/.+/);
  await expect(dialog.getByLabel('Into the plan')).toHaveValue('new');
  await dialog.getByRole('button', { name: 'Carry forward' }).click();
  await expect(dialog.getByLabel('Title (English)')).toHaveAccessibleDescription('Give the plan a title, in English or in Russian.');
  await dialog.getByLabel('Title (English)').fill('Action Plan of the Armenian chairmanship, 2016');
  await dialog.getByRole('button', { name: 'Carry forward' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Items carried forward: 10.' })).toBeVisible();

  // The 2015 item says where it went.
  await row(page, '2.2').getByRole('link').click();
  await expect(page.getByRole('dialog', { name: 'Item 2.2' })).toContainText(
    'Carried forward to “Action Plan of the Armenian chairmanship, 2016” as item 2.1.',
  );
  await page.getByRole('dialog', { name: 'Item 2.2' }).getByRole('button', { name: 'Close' }).click();

  // In 2016, the open items are there, numbered afresh, and refer back to 2015.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('listitem').filter({ hasText: 'Armenia, 2016' }).getByRole('button', { name: 'Open' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  await expect(page.getByText('Action Plan of the Armenian chairmanship, 2016')).toBeVisible();
  await expect(numbers(page)).toHaveText(['1', '1.1', '1.2', '2', '2.1', '2.2', '3', '4', '4.1', '5']);
  await row(page, '2.1').getByRole('link', { name: 'Train staff of the Afghan counter-narcotics agencies' }).click();
  const copy = page.getByRole('dialog', { name: 'Item 2.1' });
  await expect(copy).toContainText(
    /Carried forward from\s*Item 2\.2 of “Action Plan to implement the decisions of the December 2014 CSC session/,
  );
  await expect(copy).toContainText('In progress · 35 %');
  await expect(copy.getByRole('list', { name: 'Progress notes' })).toContainText('Carried forward from item 2.2');
});

test('a chairmanship without a plan creates one, and its first item is numbered 1', async ({ page }) => {
  await page.goto('/');
  await startNewChairmanship(page, {
    organization: { name: ['Shanghai Cooperation Organisation', 'Шанхайская организация сотрудничества'] },
    chairState: ['Tajikistan', 'Таджикистан'],
    year: 2026,
    homeTimeZone: 'Asia/Dushanbe',
  });
  await expect(page.getByRole('link', { name: 'Create the Action Plan' })).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Action Plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No Action Plan yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Create the Action Plan' }).click();
  const dialog = page.getByRole('dialog', { name: 'Create the Action Plan' });
  await dialog.getByLabel('Title (Russian)').fill('План мероприятий председательства Таджикистана в ШОС');
  await dialog.getByLabel('Approved on').fill('2026-02-01');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('План мероприятий председательства Таджикистана в ШОС')).toBeVisible();
  await expect(page.getByText('The plan has no items yet.')).toBeVisible();

  await page.keyboard.press('Alt+n');
  const item = page.getByRole('dialog', { name: 'New item' });
  await item.getByLabel('Title (Russian)').fill('Провести заседание Совета министров иностранных дел');
  await item.getByRole('button', { name: 'Save' }).click();
  await expect(numbers(page)).toHaveText(['1']);
  await expect(row(page, '1')).toContainText('Провести заседание Совета министров иностранных дел');
});
