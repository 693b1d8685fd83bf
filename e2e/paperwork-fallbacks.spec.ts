// Russian badges and a Russian list of participants for an organization that is not the
// example's (the SCO, 2019, from a blank start), with one field written in English only (the
// Secretary-General's position): the badges' print preview names it, the printed PDF does not,
// and saving the list as Excel says how many fields went into the file in English.
import readXlsxFile from 'read-excel-file/node';
import { expect, test } from '@playwright/test';
import { download, printViewText } from './files';
import { addParticipant, openMeetingParticipants } from './people-support';
import { failOnPageErrors } from './support';

test('Russian badges and a Russian Excel list say which fields have no Russian text: on the preview and when the file is saved', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const errors = failOnPageErrors(page);
  const sessionId = await openMeetingParticipants(page);
  await addParticipant(page, 'норов', /NOROV, Vladimir/);

  // His position in English only.
  await page.goto('/#/people/sco-person-norov');
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  const person = page.getByRole('dialog', { name: 'Edit person' });
  await expect(person.getByLabel('Position (English)')).toHaveValue('Secretary-General of the SCO');
  await person.getByLabel('Position (Russian)').fill('');
  await person.getByRole('button', { name: 'Save' }).click();
  await expect(person).toBeHidden();

  // Badges in Russian: the preview names the one field printed in English.
  await page.goto(`/#/sessions/${encodeURIComponent(sessionId)}?tab=seating`);
  await page.getByLabel('Document language').last().selectOption('ru');
  const href = (await page.getByRole('link', { name: 'Print badges' }).getAttribute('href')) ?? '';
  await page.goto(`/${href}`);
  await expect(page.locator('.print-doc[data-ready="true"]')).toBeVisible();
  const notice = page.getByRole('status', { name: 'Fields printed in the other language' });
  await expect(notice.getByRole('paragraph').first()).toHaveText('1 field has no Russian text and is printed in English:');
  await expect(notice.getByRole('listitem')).toHaveText([/^title of .*Norov.*: “Secretary-General of the SCO”$/i]);
  // The badge prints the English position; the notice stays on the screen.
  const pdf = await printViewText(page, href);
  expect(pdf.text).toContain('Secretary-General of the SCO');
  expect(pdf.text).not.toContain('no Russian text');

  // The list of participants saved as Excel, in Russian: the toast counts the field.
  await page.goto(`/#/sessions/${encodeURIComponent(sessionId)}?tab=participants`);
  await page.getByLabel('Document language').first().selectOption('ru');
  const file = await download(page, () => page.getByRole('button', { name: 'List as Excel' }).click());
  expect(file.name).toMatch(/\.xlsx$/);
  await expect(page.getByText(`Saved ${file.name}. 1 field has no Russian text and is exported in English.`)).toBeVisible();
  const rows = await readXlsxFile(file.bytes);
  expect(rows.flat().map(String)).toContain('Secretary-General of the SCO');
  expect(errors).toEqual([]);
});
