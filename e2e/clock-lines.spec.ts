// Session times labelled with the venue's city and the chairing state's capital, in both
// languages, from a blank profile with an organization that is not the example's: a session in
// Astana (on Almaty's clock) with Armenia chairing from Yerevan, then one in New York in the
// evening with Tajikistan chairing from Dushanbe, where it is already the next morning. The
// line is checked in the list of sessions, on the session page, in the printed year programme
// (PDF read back with pdftotext) and in the programme's DOCX (read with JSZip) and XLSX (read
// with read-excel-file); the Russian documents have no Latin letters but acronyms.
import JSZip from 'jszip';
import readXlsxFile from 'read-excel-file/node';
import { expect, test, type Page } from '@playwright/test';
import { download, printViewText } from './files';
import { addBody, addState, fillState, openOrganization } from './organization-support';
import { failOnPageErrors, startNewChairmanship } from './support';

type Lang = 'en' | 'ru';

/** Words in Latin letters a Russian document may not have: all but acronyms and e-mail addresses. */
function latinWords(text: string): string[] {
  const withoutMail = text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ');
  return [...withoutMail.matchAll(/[A-Za-z]+/g)].map((w) => w[0]).filter((w) => !/^[A-Z]{2,6}$/.test(w));
}

test('the checker of Russian documents finds Latin words and lets acronyms and addresses through', () => {
  expect(latinWords('Заседание СМИД в New York, CSTO, secretariat@example.org')).toEqual(['New', 'York']);
  expect(latinWords('10:00–12:00 (Астана) · 08:00–10:00 (Ереван)')).toEqual([]);
});

/** Text on one line with single spaces, as a reader sees it whatever the wrapping. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

/** The printed year programme as PDF, read back by pdftotext in reading order. */
async function programmePdf(page: Page, lang: Lang): Promise<string> {
  return (await printViewText(page, `#/print/year-programme?lang=${lang}`, { layout: false })).text;
}

async function useLanguage(page: Page, lang: Lang): Promise<void> {
  await page.goto('/#/settings');
  await page.getByRole('button', { name: lang === 'ru' ? 'Русский' : 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: lang === 'ru' ? 'Настройки' : 'Settings' })).toBeVisible();
}

interface NewSession {
  title: [string, string];
  date: string;
  start: string;
  end: string;
  city: [string, string];
  zone: string;
}

/** Plans a session of the CFM in the session dialog and returns its id. */
async function planSessionIn(page: Page, s: NewSession): Promise<string> {
  await page.keyboard.press('Control+n');
  const dialog = page.getByRole('dialog', { name: 'New session' });
  await dialog.getByLabel('Title (English)').fill(s.title[0]);
  await dialog.getByLabel('Title (Russian)').fill(s.title[1]);
  await dialog.getByRole('checkbox', { name: /^CFM / }).check();
  await dialog.getByLabel('Start date').fill(s.date);
  await dialog.getByLabel('Start time').fill(s.start);
  await dialog.getByLabel('End date').fill(s.date);
  await dialog.getByLabel('End time').fill(s.end);
  await dialog.getByLabel('City (English)').fill(s.city[0]);
  await dialog.getByLabel('City (Russian)').fill(s.city[1]);
  await dialog.getByLabel('Time zone').fill(s.zone);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: s.title[0] }).click();
  await expect(page.getByRole('heading', { level: 1, name: s.title[0] })).toBeVisible();
  return decodeURIComponent(/#\/sessions\/([^?]+)/.exec(page.url())?.[1] ?? '');
}

/** The session's line in the list, on its page, in the PDF, the DOCX and the XLSX, in one language. */
async function expectLineEverywhere(page: Page, lang: Lang, session: { id: string; title: string }, line: string): Promise<void> {
  await useLanguage(page, lang);
  await page.goto('/#/sessions');
  const row = page
    .getByRole('table', { name: lang === 'ru' ? 'Заседания' : 'Sessions' })
    .getByRole('row')
    .filter({ hasText: session.title });
  await expect(row).toContainText(line);

  await page.goto(`/#/sessions/${encodeURIComponent(session.id)}`);
  await expect(page.getByRole('heading', { level: 1, name: session.title })).toBeVisible();
  await expect(page.locator('dl.facts')).toContainText(line);

  // A city wrapped at its hyphen ("Нью-" / "Йорк") is joined by pdftotext without it.
  const pdf = flat(await programmePdf(page, lang));
  expect(pdf.replaceAll('-', '')).toContain(line.replaceAll('-', ''));
  if (lang === 'ru') expect(latinWords(pdf)).toEqual([]);

  await page.goto('/#/schedule');
  const docxButton = page.getByRole('button', { name: lang === 'ru' ? 'Программа года (DOCX)' : 'Year programme (DOCX)' });
  const word = await download(page, () => docxButton.click());
  expect(word.name).toMatch(/\.docx$/);
  const xml = (await (await JSZip.loadAsync(word.bytes)).file('word/document.xml')?.async('string')) ?? '';
  const wordText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ');
  expect(wordText).toContain(session.title);
  expect(wordText).toContain(line);
  if (lang === 'ru') expect(latinWords(wordText)).toEqual([]);

  const xlsxButton = page.getByRole('button', { name: lang === 'ru' ? 'Программа года (XLSX)' : 'Year programme (XLSX)' });
  const sheetFile = await download(page, () => xlsxButton.click());
  expect(sheetFile.name).toMatch(/\.xlsx$/);
  const sheet = await readXlsxFile(sheetFile.bytes);
  const cells = sheet.flat().map((cell) => String(cell));
  expect(cells).toContain(line);
  if (lang === 'ru') expect(latinWords(cells.join('\n'))).toEqual([]);
}

const ASTANA: NewSession = {
  title: ['Session of the Council of Foreign Ministers', 'Заседание Совета министров иностранных дел'],
  date: '2015-10-14',
  start: '10:00',
  end: '12:00',
  city: ['Astana', 'Астана'],
  zone: 'Asia/Almaty',
};
const NEW_YORK: NewSession = {
  title: ['Informal meeting of the Council of Foreign Ministers', 'Неформальная встреча Совета министров иностранных дел'],
  date: '2015-09-29',
  start: '18:00',
  end: '19:30',
  city: ['New York', 'Нью-Йорк'],
  zone: 'America/New_York',
};

test('times are labelled with the venue’s city and the home capital, with the next day marked, everywhere and in both languages', async ({
  page,
}) => {
  test.setTimeout(240_000);
  const errors = failOnPageErrors(page);
  await page.goto('/');
  await startNewChairmanship(page, {
    organization: {
      name: ['Eurasian Council of Foreign Ministers', 'Евразийский совет министров иностранных дел'],
      acronym: ['ECFM', 'ЕСМИД'],
    },
    chairState: ['Armenia', 'Армения'],
    year: 2015,
    homeTimeZone: 'Asia/Yerevan',
  });
  await openOrganization(page, 'States and organizations');
  await page.getByRole('button', { name: 'Edit Armenia' }).click();
  await fillState(page, 'Edit the state or organization', {
    name: ['Republic of Armenia', 'Республика Армения'],
    capital: ['Yerevan', 'Ереван'],
    zone: 'Asia/Yerevan',
  });
  await addState(page, {
    short: ['Tajikistan', 'Таджикистан'],
    name: ['Republic of Tajikistan', 'Республика Таджикистан'],
    capital: ['Dushanbe', 'Душанбе'],
    zone: 'Asia/Dushanbe',
  });
  await page.getByRole('tab', { name: 'Bodies' }).click();
  await addBody(page, {
    name: ['Council of Foreign Ministers', 'Совет министров иностранных дел'],
    acronym: ['CFM', 'СМИД'],
    seatTitle: ['Minister of Foreign Affairs', 'Министр иностранных дел'],
    level: 'Ministers',
    members: ['Armenia', 'Tajikistan'],
  });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  const astana = { id: await planSessionIn(page, ASTANA), title: ASTANA.title[0] };
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Sessions' }).click();
  const newYork = { id: await planSessionIn(page, NEW_YORK), title: NEW_YORK.title[0] };

  // Armenia chairs from Yerevan: Astana's city, not Almaty's, and Yerevan on the home clock.
  await expectLineEverywhere(page, 'en', astana, '10:00–12:00 (Astana) · 08:00–10:00 (Yerevan)');
  await expectLineEverywhere(page, 'ru', { ...astana, title: ASTANA.title[1] }, '10:00–12:00 (Астана) · 08:00–10:00 (Ереван)');

  // Armenia chairs on Dushanbe's clock: the home clock is named by the member state whose
  // capital keeps that zone, in Russian too (not the zone's Russian name, «Таджикистан»).
  await useLanguage(page, 'en');
  const chairmanship = page.getByRole('form', { name: 'Chairmanship' });
  const saveChairmanship = async (): Promise<void> => {
    await chairmanship.getByRole('button', { name: 'Save the chairmanship' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The chairmanship was saved.' }).last()).toBeVisible();
  };
  await chairmanship.getByLabel('Home time zone').fill('Asia/Dushanbe');
  await saveChairmanship();
  await expectLineEverywhere(
    page,
    'ru',
    { ...newYork, title: NEW_YORK.title[1] },
    '18:00–19:30 (Нью-Йорк) · 03:00–04:30 (Душанбе) (+1 день / 30 сентября)',
  );

  // Tajikistan chairs from Dushanbe: the evening in New York is the next morning at home.
  await useLanguage(page, 'en');
  await chairmanship.getByLabel('Chairing state').selectOption({ label: 'Tajikistan' });
  await saveChairmanship();
  await expectLineEverywhere(page, 'en', newYork, '18:00–19:30 (New York) · 03:00–04:30 (Dushanbe) (+1 day / 30 September)');
  await expectLineEverywhere(
    page,
    'ru',
    { ...newYork, title: NEW_YORK.title[1] },
    '18:00–19:30 (Нью-Йорк) · 03:00–04:30 (Душанбе) (+1 день / 30 сентября)',
  );
  expect(errors).toEqual([]);
});
