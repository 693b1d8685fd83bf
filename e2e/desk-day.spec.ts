// A desk officer's day from a blank start (the SCO's 2019 chairmanship, not the example's
// CSTO): the small things a real day of work met, each as a user meets it.
import { expect, test, type Page } from '@playwright/test';
import { row, startScoPlan } from './action-plan-support';
import { openMeetingParticipants } from './people-support';
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

/** Whether `target` is wholly inside the dialog as shown: not below the fold of its scrolled body, not outside it. */
async function shownInDialog(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((selector) => {
    const dialog = document.querySelector('dialog[open]');
    const target = dialog?.querySelector(selector);
    if (!dialog || !target) return false;
    const box = target.getBoundingClientRect();
    const clips = [
      dialog,
      ...[...dialog.querySelectorAll('*')].filter((el) => el.contains(target) && getComputedStyle(el).overflowY !== 'visible'),
    ];
    return clips.every((clip) => {
      const frame = clip.getBoundingClientRect();
      return box.top >= frame.top - 0.5 && box.bottom <= frame.bottom + 0.5 && box.height > 0;
    });
  }, selector);
}

test('the clash warning of the session dialog is in sight beside Save, wherever the form is scrolled', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 720 });
  await importReferenceFixture(page, 'sco-2019');
  await cfmSession(page);
  await page.getByRole('link', { name: 'Schedule' }).click();

  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill('Consultations of the CFM');
  await dialog.getByRole('checkbox', { name: /^CFM / }).check();
  await dialog.getByLabel('Start date').fill('2019-05-21');
  await dialog.getByLabel('Start time').fill('11:00');
  await dialog.getByLabel('End date').fill('2019-05-21');
  await dialog.getByLabel('End time').fill('12:00');
  const warning = dialog.getByRole('alert').filter({ hasText: 'Conflicts with other sessions' });
  await expect(warning).toContainText('Meeting of the Council of Foreign Ministers');
  await expect(dialog.getByRole('button', { name: 'Save anyway' })).toBeVisible();

  const body = dialog.locator('.body');
  for (const scrollTop of [0, 10_000]) {
    await body.evaluate((el, top) => (el.scrollTop = top), scrollTop);
    expect(await shownInDialog(page, '[role="alert"]'), `scrolled to ${scrollTop}`).toBe(true);
    await expect(warning).toBeInViewport({ ratio: 1 });
  }
  expect(errors).toEqual([]);
});

/** What in the participants table is wider than its room: the table in its frame, any button or menu whose words are cut. */
async function cutOff(page: Page): Promise<string[]> {
  return page.getByRole('table', { name: /./ }).evaluate((table) => {
    const problems: string[] = [];
    const frame = table.parentElement;
    if (!frame) return ['no frame'];
    if (table.scrollWidth > frame.clientWidth) problems.push(`table ${table.scrollWidth} px in ${frame.clientWidth} px`);
    if (frame.getBoundingClientRect().right > document.documentElement.clientWidth) problems.push('frame beyond the window');
    const ruler = document.createElement('span');
    ruler.style.cssText = 'position:absolute;visibility:hidden;white-space:pre';
    document.body.append(ruler);
    for (const button of table.querySelectorAll('button')) {
      if (button.scrollWidth > button.clientWidth) problems.push(`button “${button.textContent.trim()}”`);
    }
    for (const select of table.querySelectorAll('select')) {
      const style = getComputedStyle(select);
      ruler.style.font = style.font;
      ruler.textContent = select.selectedOptions[0]?.text ?? '';
      // Room for the words: the menu's inner width less its padding and the arrow (about 1.2 em).
      const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 1.2 * parseFloat(style.fontSize);
      if (ruler.getBoundingClientRect().width > room) problems.push(`menu “${ruler.textContent}”`);
    }
    ruler.remove();
    return problems;
  });
}

test('the participants table fits a 1280-pixel window in English and in Russian, nothing cut off', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  const id = await openMeetingParticipants(page);
  // The longest words each menu can show.
  const first = page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr').first();
  await first.getByRole('combobox', { name: /^Role of / }).selectOption({ label: 'Chair' });
  await first.getByRole('combobox', { name: /^Attendance of / }).selectOption({ label: 'Excused' });
  await expect(first.getByRole('combobox', { name: /^Attendance of / })).toHaveValue('excused');
  expect(await cutOff(page)).toEqual([]);

  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await page.goto(`/#/sessions/${encodeURIComponent(id)}?tab=participants`);
  await expect(page.getByRole('table', { name: 'Участники в протокольном порядке' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Удалить из списка/ }).first()).toBeVisible();
  expect(await cutOff(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('an Action Plan row keeps to one line, its commands in one named menu that shows their keyboard shortcuts', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await startScoPlan(page, [
    { title: ['Hold the meeting of the heads of state in Bishkek', 'Провести заседание Совета глав государств в Бишкеке'] },
    { title: ['Prepare the regional anti-terrorist exercise', 'Подготовить региональные антитеррористические учения'] },
  ]);
  const second = row(page, '2');
  // One line: the tools cell is no taller than a line of the title.
  const tools = second.locator('td').last();
  const lineHeight = await second.getByRole('link').evaluate((a) => parseFloat(getComputedStyle(a).lineHeight) || 24);
  const toolsBox = await tools.boundingBox();
  expect(toolsBox?.height ?? Infinity).toBeLessThanOrEqual(lineHeight * 2.2);
  // No bare symbols: one button, named and with a tooltip.
  const buttons = tools.getByRole('button');
  await expect(buttons).toHaveCount(1);
  await expect(buttons).toHaveAccessibleName('Actions for item 2');
  await expect(buttons).toHaveAttribute('title', 'Actions for item 2');

  await buttons.click();
  const menu = page.getByRole('menu', { name: 'Actions for item 2' });
  await expect(menu.getByRole('menuitem')).toHaveText([
    'Add a sub-item',
    /^Move up\s*Alt\+↑$/,
    /^Move down\s*Alt\+↓$/,
    /^Indent\s*Alt\+→$/,
    /^Outdent\s*Alt\+←$/,
    'Move elsewhere…',
    /^Delete\s*Del$/,
  ]);
  await expect(menu.getByRole('menuitem', { name: /^Move up/ })).toHaveAttribute('aria-keyshortcuts', 'Alt+ArrowUp');
  await expect(menu.getByRole('menuitem').first()).toBeFocused();
  // The keyboard walks the menu; Esc closes it and gives the focus back to its button.
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: /^Move up/ })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(buttons).toBeFocused();
  await buttons.press('Enter');
  await menu.getByRole('menuitem', { name: /^Move up/ }).click();
  await expect(row(page, '1')).toContainText('Prepare the regional anti-terrorist exercise');
  // The shortcut the menu shows still works on the item's title.
  await page.getByRole('link', { name: 'Prepare the regional anti-terrorist exercise' }).press('Alt+ArrowDown');
  await expect(row(page, '2')).toContainText('Prepare the regional anti-terrorist exercise');
  expect(errors).toEqual([]);
});

test('the sidebar keeps lit the section a session was opened from; the welcome screen shows its language as chosen', async ({ page }) => {
  const errors = failOnPageErrors(page);
  await page.goto('/');
  const welcomeSwitch = page.getByRole('group', { name: 'Language' });
  await expect(welcomeSwitch.getByRole('button', { name: 'English' })).toHaveAttribute('aria-pressed', 'true');
  await expect(welcomeSwitch.getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'false');
  const look = (name: string) =>
    welcomeSwitch.getByRole('button', { name }).evaluate((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).color}`);
  expect(await look('English')).not.toBe(await look('Русский'));
  const englishLook = await look('English');
  await welcomeSwitch.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'Русский' })).toHaveAttribute('aria-pressed', 'true');
  expect(
    await page
      .getByRole('group', { name: 'Язык' })
      .getByRole('button', { name: 'Русский' })
      .evaluate((b) => `${getComputedStyle(b).backgroundColor} ${getComputedStyle(b).color}`),
  ).toBe(englishLook);
  await page.getByRole('group', { name: 'Язык' }).getByRole('button', { name: 'English' }).click();

  await importReferenceFixture(page, 'sco-2019');
  await cfmSession(page);
  const nav = page.getByRole('navigation', { name: 'Main' });
  // Opened from the Sessions list (where planning a session leaves the user): Sessions is lit.
  await expect(nav.getByRole('link', { name: 'Sessions' })).toHaveAttribute('aria-current', /.+/);
  await nav.getByRole('link', { name: 'Schedule' }).click();
  await page.getByRole('link', { name: 'Meeting of the Council of Foreign Ministers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Meeting of the Council of Foreign Ministers' })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Schedule' })).toHaveAttribute('aria-current', /.+/);
  await expect(nav.getByRole('link', { name: 'Sessions' })).not.toHaveAttribute('aria-current', /.+/);
  const lit = await nav.getByRole('link', { name: 'Schedule' }).evaluate((a) => getComputedStyle(a).fontWeight);
  const unlit = await nav.getByRole('link', { name: 'Sessions' }).evaluate((a) => getComputedStyle(a).fontWeight);
  expect(lit).not.toBe(unlit);
  expect(errors).toEqual([]);
});
