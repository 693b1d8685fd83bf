import { expect, test } from '@playwright/test';
import { boardColumn, card, startScoPlan, type ItemInput } from './action-plan-support';

// From a blank profile: the SCO's reference data and an Action Plan of four items made on the
// Action Plan screen.
const ITEMS: ItemInput[] = [
  { title: ['Prepare the Bishkek summit', 'Подготовить Бишкекский саммит'], status: 'In progress', progress: 50 },
  { title: ['Hold the meeting of the foreign ministers', 'Провести заседание министров иностранных дел'], status: 'Done', progress: 100 },
  {
    title: ['Draft the anti-drug strategy for 2020–2025', 'Подготовить антинаркотическую стратегию на 2020–2025 годы'],
    status: 'In progress',
    progress: 35,
  },
  { title: ['Agree the road transport programme', 'Согласовать программу автомобильных перевозок'] },
];

// Tall enough that the dragged card and its target are both on screen: a drag that starts
// while Chromium scrolls picks its source from the old scroll position.
test.use({ viewport: { width: 1400, height: 1500 } });

test('a card dragged to Done asks for 100 %, moves, and the status change is in its progress notes', async ({ page }) => {
  await startScoPlan(page, ITEMS);
  await page.getByRole('button', { name: 'Board' }).click();
  const inProgress = boardColumn(page, 'In progress');
  const done = boardColumn(page, 'Done');
  await expect(inProgress.getByRole('listitem')).toHaveCount(2);
  await expect(done.getByRole('listitem')).toHaveCount(1);

  await card(inProgress, '3').dragTo(done);
  const ask = page.getByRole('dialog', { name: 'Mark item 3 done?' });
  await expect(ask).toContainText('The progress is 35 %.');
  await ask.getByRole('button', { name: 'Set 100 % and mark done' }).click();

  await expect(done.getByRole('listitem')).toHaveCount(2);
  await expect(card(done, '3')).toBeVisible();
  await expect(card(inProgress, '3')).toHaveCount(0);
  await expect(inProgress.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'Item 3 moved to “Done”.' })).toBeAttached();

  await card(done, '3').getByRole('link').click();
  const dialog = page.getByRole('dialog', { name: 'Item 3' });
  await expect(dialog).toContainText('Done · 100 %');
  await expect(dialog.getByRole('list', { name: 'Progress notes' }).getByRole('listitem').first()).toContainText(
    'Status: In progress → Done',
  );
});

test('a card moves between columns with Alt+Right and Alt+Left and keeps the focus', async ({ page }) => {
  await startScoPlan(page, ITEMS);
  await page.getByRole('button', { name: 'Board' }).click();
  const link = card(boardColumn(page, 'Not started'), '4').getByRole('link');
  await link.focus();
  await page.keyboard.press('Alt+ArrowRight');
  await expect(card(boardColumn(page, 'In progress'), '4')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Item 4 moved to “In progress”.' })).toBeAttached();
  // Each move re-renders the card in its new column; the next key goes to it once it has the focus.
  const focusedIn = async (column: string) => {
    const moved = card(boardColumn(page, column), '4').getByRole('link');
    await expect(moved).toBeFocused();
  };
  await focusedIn('In progress');
  await page.keyboard.press('Alt+ArrowRight');
  await focusedIn('Blocked');
  await page.keyboard.press('Alt+ArrowLeft');
  await focusedIn('In progress');
  // Cancelling the question about 100 % leaves the card where it was.
  await page.keyboard.press('Alt+ArrowRight');
  await focusedIn('Blocked');
  await page.keyboard.press('Alt+ArrowRight');
  await page.getByRole('dialog', { name: 'Mark item 4 done?' }).getByRole('button', { name: 'Cancel' }).click();
  await expect(card(boardColumn(page, 'Blocked'), '4')).toBeVisible();
});
