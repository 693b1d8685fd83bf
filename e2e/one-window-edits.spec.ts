// Edits to one row from one window apply in order: never refused as stale, none lost, and what
// the screen shows is what is saved (issue: a participant's role, invitation and attendance
// changed quickly one after another lost edits and said "Someone changed this record meanwhile").
import { expect, test, type Page } from '@playwright/test';
import { dumpDatabase } from './reliability/db-dump';
import { openMeetingParticipants, participantNames } from './people-support';
import { failOnPageErrors } from './support';

const STALE = /changed this record meanwhile/;

/** Changes the named selects' values one after another in one task: faster than any person. */
async function changeAtOnce(page: Page, changes: readonly (readonly [label: string, value: string])[]): Promise<void> {
  await page.evaluate((list) => {
    for (const [label, value] of list) {
      const select = document.querySelector<HTMLSelectElement>(`select[aria-label="${CSS.escape(label)}"]`);
      if (!select) throw new Error(`no select labelled ${label}`);
      select.value = value;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
  }, changes);
}

test('role, invitation and attendance changed faster than a person can are all saved, in order, with no stale message', async ({
  page,
}) => {
  const errors = failOnPageErrors(page);
  const staleSeen: string[] = [];
  page.on('console', (msg) => {
    if (STALE.test(msg.text())) staleSeen.push(msg.text());
  });
  await openMeetingParticipants(page);
  const name = (await participantNames(page).first().textContent())?.trim() ?? '';
  expect(name).not.toBe('');
  const role = page.getByRole('combobox', { name: `Role of ${name}` });
  const invitation = page.getByRole('combobox', { name: `Invitation of ${name}` });
  const attendance = page.getByRole('combobox', { name: `Attendance of ${name}` });
  await expect(invitation).toHaveValue('none');

  // A watcher in the page notes any stale message the moment it appears, even one that goes.
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { staleMessages: seen });
    new MutationObserver(() => {
      const text = document.body.innerText;
      if (/changed this record meanwhile/.test(text)) seen.push(text);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });

  await changeAtOnce(page, [
    [`Role of ${name}`, 'head'],
    [`Invitation of ${name}`, 'invited'],
    [`Attendance of ${name}`, 'present'],
    [`Invitation of ${name}`, 'confirmed'],
    [`Role of ${name}`, 'member'],
    [`Role of ${name}`, 'expert'],
  ]);
  // Then the same again through the real controls, with no wait between them.
  await attendance.selectOption('excused');
  await role.selectOption('observer');
  await invitation.selectOption('declined');
  await attendance.selectOption('absent');

  await expect(role).toHaveValue('observer');
  await expect(invitation).toHaveValue('declined');
  await expect(attendance).toHaveValue('absent');
  // Let every write settle, then read what is stored.
  await page.waitForTimeout(500);
  const messages = await page.evaluate(() => (window as unknown as { staleMessages: string[] }).staleMessages);
  expect(messages).toEqual([]);
  await expect(page.getByText(STALE)).toHaveCount(0);

  await page.reload();
  await page.getByRole('tab', { name: 'Participants' }).click();
  await expect(role).toHaveValue('observer');
  await expect(invitation).toHaveValue('declined');
  await expect(attendance).toHaveValue('absent');
  expect(staleSeen).toEqual([]);
  expect(errors).toEqual([]);
});

/**
 * Writes `field` of the session's participant whose family name is `family` straight into the
 * database as another window would (a later revision, stamped by another writer), then, in the
 * same task, changes the select labelled `label` to `value`: the edit meets a row changed
 * meanwhile by someone else and is refused.
 */
async function changeAfterAnotherWriter(
  page: Page,
  at: { sessionId: string; family: string },
  other: { field: string; value: string },
  mine: { label: string; value: string },
): Promise<void> {
  await page.evaluate(
    ({ at, other, mine }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('chairdesk');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const idb = open.result;
          const read = idb.transaction(['participants', 'persons']);
          const people = read.objectStore('persons').getAll();
          const rows = read.objectStore('participants').getAll();
          read.oncomplete = () => {
            type Row = { id: string; personId: string; sessionId: string; rev: number; fieldHlc?: Record<string, string> } & Record<
              string,
              unknown
            >;
            type Person = { id: string; names: { en: { family: string } } };
            const person = (people.result as Person[]).find((p) => p.names.en.family === at.family);
            const row = (rows.result as Row[]).find((r) => r.sessionId === at.sessionId && r.personId === person?.id);
            if (!row) return reject(new Error(`no participant ${at.family}`));
            const dot = `${(Date.now() + 1).toString(36).padStart(9, '0')}0000-otherwindow`;
            const write = idb.transaction('participants', 'readwrite');
            write
              .objectStore('participants')
              .put({ ...row, [other.field]: other.value, rev: row.rev + 1, fieldHlc: { ...row.fieldHlc, [other.field]: dot } });
            // In the same task: this window's edit starts before it can hear of the write above.
            const select = document.querySelector<HTMLSelectElement>(`select[aria-label="${CSS.escape(mine.label)}"]`);
            if (!select) return reject(new Error(`no select labelled ${mine.label}`));
            select.value = mine.value;
            select.dispatchEvent(new Event('change', { bubbles: true }));
            write.oncomplete = () => {
              idb.close();
              resolve();
            };
          };
        };
      }),
    { at, other, mine },
  );
}

test('an edit refused because the row changed meanwhile puts the menu back to the value saved', async ({ page }) => {
  const errors = failOnPageErrors(page);
  const sessionId = await openMeetingParticipants(page);
  const name = (await participantNames(page).first().textContent())?.trim() ?? '';
  const family = name.split(' ').at(-1) ?? '';
  const invitation = page.getByRole('combobox', { name: `Invitation of ${name}` });
  await expect(invitation).toHaveValue('none');

  await changeAfterAnotherWriter(
    page,
    { sessionId, family },
    { field: 'invitation', value: 'declined' },
    { label: `Invitation of ${name}`, value: 'confirmed' },
  );
  await expect(page.getByText(STALE)).toBeVisible();
  // The menu shows what is saved, not the refused choice.
  await expect(invitation).toHaveValue('declined');
  const stored = (await dumpDatabase(page)).participants?.find((p) => p.sessionId === sessionId && p.invitation === 'declined');
  expect(stored).toBeDefined();
  await page.reload();
  await page.getByRole('tab', { name: 'Participants' }).click();
  await expect(invitation).toHaveValue('declined');
  expect(errors).toEqual([]);
});
