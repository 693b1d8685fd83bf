// Two staff members, one chairmanship: A starts the year, B starts from A's backup, both work
// offline, then each merges the other's backup through Settings. Deletions stay deleted, edits
// of different fields are both kept, the field both changed is asked with both values, the
// invitation list both generated is one list, Undo merge gives back the exact data from before,
// and both computers end with the same data. Two browser contexts: two profiles.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { download } from './files';
import { chooseFile } from './people-support';
import { failOnPageErrors, importReferenceFixture } from './support';

const TITLE = 'Meeting of the Council of Foreign Ministers';
const KEPT_ITEM = 'On the preparations for the Bishkek summit';
const DELETED_ITEM = 'On international and regional issues';

interface BackupFile {
  name: string;
  bytes: Buffer;
}

type Tables = Record<string, Record<string, unknown>[]>;

async function profile(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, errors: failOnPageErrors(page) };
}

async function openSettings(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
}

async function nameThisComputer(page: Page, label: string): Promise<void> {
  await openSettings(page);
  await page.getByRole('textbox', { name: "This computer's name in backups" }).fill(label);
  await page.getByRole('button', { name: 'Save the name' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Backups made here will carry the name “${label}”.` })).toBeVisible();
}

async function backUp(page: Page): Promise<BackupFile> {
  await openSettings(page);
  return download(page, () => page.getByRole('button', { name: 'Back up…' }).click());
}

/**
 * The data of a backup as the app exports it, table by table: every row, its change stamps and
 * the tombstones included; only this computer's own settings aside (its identity, the signers it
 * knows, the merge it can undo), which are not the chairmanship's data.
 */
function dataOf(file: BackupFile): Tables {
  const backup = JSON.parse(file.bytes.toString('utf8')) as { tables: Tables };
  const keyOf = (row: Record<string, unknown>): string => [row.table, row.id, row.key].map((part) => JSON.stringify(part ?? '')).join('/');
  return Object.fromEntries(
    Object.entries(backup.tables)
      .filter(([table]) => table !== 'settings')
      .map(([table, rows]) => [table, [...rows].sort((x, y) => keyOf(x).localeCompare(keyOf(y)))]),
  );
}

/** The data without the stamps of when and by which computer each value was written. */
function withoutWriteTimes(tables: Tables): Tables {
  return Object.fromEntries(
    Object.entries(tables).map(([table, rows]) => [
      table,
      rows.map((row) => {
        const { fieldHlc: _fieldHlc, updatedAt: _updatedAt, at: _at, ...data } = row;
        return table === 'tombstones' ? { ...data, at: typeof _at } : data;
      }),
    ]),
  );
}

async function openSession(page: Page, id: string, tab?: 'agenda' | 'participants'): Promise<void> {
  await page.goto(`/#/sessions/${encodeURIComponent(id)}${tab ? `?tab=${tab}` : ''}`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

async function editSession(page: Page, id: string, fields: Record<string, string>): Promise<void> {
  await openSession(page, id);
  await page.getByRole('toolbar').getByRole('button', { name: 'Edit' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit session' });
  for (const [label, value] of Object.entries(fields)) await dialog.getByLabel(label, { exact: true }).fill(value);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

async function generateInvitations(page: Page, id: string): Promise<void> {
  await openSession(page, id, 'participants');
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await expect(listed(page)).toHaveCount(8);
}

const listed = (page: Page) => page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr');

async function openMerge(page: Page, file: BackupFile): Promise<ReturnType<Page['getByRole']>> {
  await openSettings(page);
  await chooseFile(page, () => page.getByRole('button', { name: "Merge a colleague's backup…" }).click(), {
    name: file.name,
    mimeType: 'application/json',
    buffer: file.bytes,
  });
  const dialog = page.getByRole('dialog', { name: `Merge ${file.name}` });
  await expect(dialog).toBeVisible();
  return dialog;
}

/** The conflict on the session's English title: both values shown, the later one preselected; `choose` is picked. */
async function settleTitle(
  dialog: ReturnType<Page['getByRole']>,
  values: { here: string; there: string; later: 'here' | 'there'; choose: 'here' | 'there' },
): Promise<void> {
  const conflicts = dialog.getByRole('region', { name: /^Changed on both sides: choose, field by field \(1\)$/ });
  await expect(conflicts).toBeVisible();
  // The session is named (as the backup has it), and the one field both changed is asked about.
  await expect(conflicts.getByRole('group', { name: `Session: ${values.there}` })).toBeVisible();
  const choice = conflicts.getByRole('radiogroup');
  await expect(choice).toHaveCount(1);
  const here = choice.getByRole('radio', { name: new RegExp(`^Here: .*${values.here}`) });
  const there = choice.getByRole('radio', { name: new RegExp(`^In the backup: .*${values.there}`) });
  await expect(here).toBeVisible();
  await expect(there).toBeVisible();
  await expect(values.later === 'here' ? here : there).toBeChecked();
  await expect(values.later === 'here' ? here : there).toHaveAccessibleName(/\S \(the later change\)$/);
  await (values.choose === 'here' ? here : there).check();
}

async function applyMerge(page: Page, dialog: ReturnType<Page['getByRole']>): Promise<void> {
  await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /Merged|merged/ })
      .first(),
  ).toBeVisible();
}

test('two staff members work offline on copies of one year and merge both ways: nothing is lost, Undo merge is exact, both end equal', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const a = await profile(browser);
  const b = await profile(browser);

  // A: a blank profile, an organization that is not the example's, one session with its agenda.
  await importReferenceFixture(a.page, 'sco-2019');
  await a.page.keyboard.press('Control+n');
  const form = a.page.getByRole('dialog', { name: 'New session' });
  await form.getByLabel('Title (English)').fill(TITLE);
  await form.getByLabel('Title (Russian)').fill('Заседание Совета министров иностранных дел');
  await form.getByRole('checkbox', { name: /^CFM / }).check();
  await form.getByLabel('Start date').fill('2019-05-21');
  await form.getByLabel('Start time').fill('10:00');
  await form.getByLabel('End date').fill('2019-05-21');
  await form.getByLabel('End time').fill('13:00');
  await form.getByLabel('City (English)').fill('Bishkek');
  await form.getByLabel('City (Russian)').fill('Бишкек');
  await form.getByLabel('Time zone').fill('Asia/Bishkek');
  await form.getByRole('button', { name: 'Save' }).click();
  await expect(form).toBeHidden();
  await a.page.getByRole('link', { name: TITLE }).click();
  await expect(a.page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  const session = decodeURIComponent(/#\/sessions\/([^?]+)/.exec(a.page.url())?.[1] ?? '');
  expect(session).not.toBe('');
  await a.page.getByRole('tab', { name: 'Agenda' }).click();
  const add = a.page.getByRole('region', { name: 'Add an agenda item' });
  for (const en of [KEPT_ITEM, DELETED_ITEM]) {
    await add.getByLabel('Item (English)').fill(en);
    await add.getByLabel('Item (Russian)').fill(`${en} (ru)`);
    await add.getByRole('button', { name: 'Add item' }).click();
  }
  await expect(a.page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(2);
  await nameThisComputer(a.page, 'Desk A');
  const start = await backUp(a.page);
  expect(start.name).toMatch(/^chairdesk-2019-desk-a-\d{4}-\d{2}-\d{2}-\d{6}\.chairdesk\.json$/);

  // B: another blank profile, started from A's backup on the first screen.
  await b.page.goto('/');
  await chooseFile(b.page, () => b.page.getByRole('button', { name: 'Restore from a backup…' }).click(), {
    name: start.name,
    mimeType: 'application/json',
    buffer: start.bytes,
  });
  const restoring = b.page.getByRole('dialog', { name: `Restore ${start.name}?` });
  await expect(restoring).toContainText('Nothing is held here yet: nothing is replaced.');
  await expect(restoring).toContainText('From the backup, in their place: SCO · Chairmanship of Kyrgyzstan, 2019.');
  await restoring.getByRole('button', { name: 'Replace and restore' }).click();
  await expect(b.page.getByRole('status').filter({ hasText: /Restored \d+ records/ })).toBeVisible();
  await expect(b.page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await openSession(b.page, session, 'agenda');
  await expect(b.page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(2);
  // The restore kept B's own name (none yet), not A's.
  await openSettings(b.page);
  await expect(b.page.getByRole('textbox', { name: "This computer's name in backups" })).toHaveValue('');
  await nameThisComputer(b.page, 'Desk B');

  // Offline. A: removes a person, writes the session's notes, retitles it, generates its list.
  await a.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
  await a.page.getByLabel('Search people').fill('Norov');
  await a.page.getByRole('link', { name: /NOROV/ }).click();
  await a.page.getByRole('button', { name: 'Remove' }).click();
  const remove = a.page.getByRole('dialog', { name: 'Remove this person?' });
  await remove.getByRole('button', { name: 'Remove' }).click();
  await expect(remove).toBeHidden();
  // The removal ends by going back to the list: wait for it, or it would follow the next page.
  await expect(a.page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await editSession(a.page, session, { 'Notes for print (English)': 'Notes written by A', 'Title (English)': 'Title by A' });
  await generateInvitations(a.page, session);

  // B: deletes the second agenda item, sets the session's place, retitles it later, generates the same list.
  await openSession(b.page, session, 'agenda');
  await b.page.getByRole('button', { name: `Delete “${DELETED_ITEM}”` }).click();
  await expect(b.page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(1);
  await editSession(b.page, session, { 'Place (English)': 'Ala-Archa residence', 'Title (English)': 'Title by B' });
  await generateInvitations(b.page, session);

  // The backups go both ways.
  const fromA = await backUp(a.page);
  const fromB = await backUp(b.page);
  expect(fromA.name).toContain('-desk-a-');
  expect(fromB.name).toContain('-desk-b-');

  // A merges B's: the title both changed is asked with both values (B's the later); A keeps A's.
  const beforeMerge = dataOf(await backUp(a.page));
  let dialog = await openMerge(a.page, fromB);
  await expect(dialog.getByRole('note')).toContainText('Signed by Desk B');
  await expect(dialog.getByRole('region', { name: 'Deleted in the backup: deleted here (1)' })).toContainText(DELETED_ITEM);
  await settleTitle(dialog, { here: 'Title by A', there: 'Title by B', later: 'there', choose: 'here' });
  await applyMerge(a.page, dialog);

  // Undo merge gives back the exact data from before it.
  await openSettings(a.page);
  await a.page.getByRole('button', { name: `Undo the last merge (${fromB.name})` }).click();
  await expect(a.page.getByRole('status').filter({ hasText: `The merge of ${fromB.name} was undone` })).toBeVisible();
  expect(dataOf(await backUp(a.page))).toEqual(beforeMerge);
  await expect(a.page.getByRole('button', { name: /^Undo the last merge/ })).toHaveCount(0);

  // And again, for good.
  dialog = await openMerge(a.page, fromB);
  await settleTitle(dialog, { here: 'Title by A', there: 'Title by B', later: 'there', choose: 'here' });
  await applyMerge(a.page, dialog);

  // B merges A's: there A's title is the earlier one; B takes it too.
  dialog = await openMerge(b.page, fromA);
  await settleTitle(dialog, { here: 'Title by B', there: 'Title by A', later: 'here', choose: 'there' });
  await applyMerge(b.page, dialog);

  for (const { page } of [a, b]) {
    // The chosen title, A's notes and B's place.
    await openSession(page, session);
    await expect(page.getByRole('heading', { level: 1, name: 'Title by A' })).toBeVisible();
    await page.getByRole('toolbar').getByRole('button', { name: 'Edit' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit session' });
    await expect(edit.getByLabel('Notes for print (English)', { exact: true })).toHaveValue('Notes written by A');
    await expect(edit.getByLabel('Place (English)', { exact: true })).toHaveValue('Ala-Archa residence');
    await expect(edit.getByLabel('Title (English)')).toHaveValue('Title by A');
    await edit.getByRole('button', { name: 'Cancel' }).click();
    // B's deletion stays deleted, and the items are numbered 1.
    await openSession(page, session, 'agenda');
    await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Agenda' })).toContainText(KEPT_ITEM);
    await expect(page.getByRole('list', { name: 'Agenda' })).not.toContainText(DELETED_ITEM);
    // One invitation list, each member state once.
    await openSession(page, session, 'participants');
    await expect(listed(page)).toHaveCount(8);
    // A's removal stays removed.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).click();
    await page.getByLabel('Search people').fill('Norov');
    await expect(page.getByRole('link', { name: /NOROV/ })).toHaveCount(0);
  }

  // Each has everything the other has: a second exchange has nothing to merge.
  const againFromA = await backUp(a.page);
  const againFromB = await backUp(b.page);
  for (const [page, file] of [
    [a.page, againFromB],
    [b.page, againFromA],
  ] as const) {
    const again = await openMerge(page, file);
    await expect(again.getByRole('status')).toHaveText('The backup holds nothing this copy has not: there is nothing to merge.');
    await expect(again.getByRole('button', { name: 'Merge', exact: true })).toBeDisabled();
    await again.getByRole('button', { name: 'Cancel' }).click();
  }
  // Both computers hold the same data: every row, every value, every tombstone, and the session
  // both settled alike carries the same stamps on both.
  expect(withoutWriteTimes(dataOf(againFromB))).toEqual(withoutWriteTimes(dataOf(againFromA)));
  expect(dataOf(againFromB)).toEqual(dataOf(againFromA));
  // The snapshot from before A's merge is kept until dismissed; dismissing it ends Undo merge.
  await openSettings(a.page);
  const snapshots = a.page.getByRole('table', { name: 'Snapshots, newest first' });
  const pinned = snapshots.getByRole('row').filter({ hasText: 'Before a merge' });
  await expect(pinned).toHaveCount(2);
  await expect(pinned.first()).toContainText('Kept until dismissed');
  await expect(a.page.getByRole('button', { name: `Undo the last merge (${fromB.name})` })).toBeVisible();
  await pinned
    .first()
    .getByRole('button', { name: /^Dismiss the snapshot of / })
    .click();
  await expect(a.page.getByRole('status').filter({ hasText: 'the last merge can no longer be undone' })).toBeVisible();
  await expect(pinned).toHaveCount(1);
  await expect(a.page.getByRole('button', { name: /^Undo the last merge/ })).toHaveCount(0);
  expect(a.errors).toEqual([]);
  expect(b.errors).toEqual([]);
});
