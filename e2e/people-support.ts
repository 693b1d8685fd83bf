// Steps and helpers the people and participants specs share.
import { expect, type Page } from '@playwright/test';
import { importReferenceFixture, openExampleYear, planSession } from './support';

export const APRIL = 'ex-session-2015-04-02-cfm';
export const NEW_YORK = 'ex-session-2015-09-29-cfm-informal';

/** The example year, then a session's Participants tab. */
export async function openParticipants(page: Page, sessionId: string): Promise<void> {
  await openExampleYear(page);
  await page.goto(`/#/sessions/${sessionId}?tab=participants`);
  await expect(page.getByRole('tab', { name: 'Participants', selected: true })).toBeVisible();
}

/**
 * From a blank profile, the SCO's reference data (Kyrgyzstan's 2019 chairmanship), then a
 * session of its foreign ministers on 21 May 2019 planned through the dialog, and its
 * Participants tab with the invitation list generated from the seats. Returns the session's id.
 */
export async function openMeetingParticipants(page: Page): Promise<string> {
  await importReferenceFixture(page, 'sco-2019');
  const id = await planSession(page, {
    title: ['Meeting of the Council of Ministers of Foreign Affairs', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('tab', { name: 'Participants' }).click();
  await expect(page.getByRole('tab', { name: 'Participants', selected: true })).toBeVisible();
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await expect(participantNames(page)).toHaveCount(8);
  return id;
}

/** Adds a person found by `search` (picked by the radio named like `name`) to the open session's list. */
export async function addParticipant(page: Page, search: string, name: RegExp): Promise<void> {
  await page.getByRole('button', { name: 'Add a participant…' }).click();
  const add = page.getByRole('dialog', { name: 'Add a participant' });
  await add.getByLabel('Find a person').fill(search);
  await add.getByRole('radio', { name }).check();
  await add.getByRole('button', { name: 'Add to the list' }).click();
  await expect(add).toBeHidden();
}

/** The names column of the participants table, row by row. */
export function participantNames(page: Page) {
  return page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr td:nth-child(2) > a');
}

/** windows-1251 for Russian and ASCII text: what Russian Excel writes when it saves a CSV. */
export function encodeWindows1251(text: string): Buffer {
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) bytes.push(code);
    else if (code >= 0x410 && code <= 0x44f) bytes.push(code - 0x410 + 0xc0);
    else if (ch === 'Ё') bytes.push(0xa8);
    else if (ch === 'ё') bytes.push(0xb8);
    else throw new RangeError(`not in windows-1251 here: ${ch}`);
  }
  return Buffer.from(bytes);
}

/** Chooses `file` in the file dialog that `open` brings up. */
export async function chooseFile(
  page: Page,
  open: () => Promise<void>,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await open();
  await (await chooser).setFiles(file);
}
