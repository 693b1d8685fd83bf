// A year of an organization that is not the example's, from a blank profile, in both
// languages: the Shanghai Cooperation Organisation under the chairmanship of Kyrgyzstan, 2019.
import ICAL from 'ical.js';
import JSZip from 'jszip';
import { expect, test, type Page } from '@playwright/test';
import { download, printViewText } from './files';
import { addBody, addHolder, addState, fillState, openOrganization } from './organization-support';
import { failOnPageErrors, planSession, startNewChairmanship } from './support';

/**
 * Words in Latin letters a Russian document may not have: everything but acronyms (SCO,
 * UTC), e-mail addresses and, for the ICS, the format's own keywords (not in the text values
 * checked).
 */
function latinWords(text: string): string[] {
  const withoutMail = text.replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, ' ');
  return [...withoutMail.matchAll(/[A-Za-z]+/g)].map((w) => w[0]).filter((w) => !/^[A-Z]{2,6}$/.test(w));
}

const SCO = {
  organization: {
    name: ['Shanghai Cooperation Organisation', 'Шанхайская организация сотрудничества'] as [string, string],
    acronym: ['SCO', 'ШОС'] as [string, string],
  },
  chairState: ['Kyrgyzstan', 'Кыргызстан'] as [string, string],
  year: 2019,
  homeTimeZone: 'Asia/Bishkek',
};

async function setUpOrganization(page: Page): Promise<void> {
  await openOrganization(page, 'States and organizations');
  // The chairing state is the first member state: its own details.
  await page.getByRole('button', { name: 'Edit Kyrgyzstan' }).click();
  await fillState(page, 'Edit the state or organization', {
    name: ['Kyrgyz Republic', 'Кыргызская Республика'],
    capital: ['Bishkek', 'Бишкек'],
    iso2: 'KG',
    zone: 'Asia/Bishkek',
    since: '2001-06-15',
  });
  await addState(page, {
    short: ['Kazakhstan', 'Казахстан'],
    name: ['Republic of Kazakhstan', 'Республика Казахстан'],
    capital: ['Nur-Sultan', 'Нур-Султан'],
    iso2: 'KZ',
    zone: 'Asia/Almaty',
  });
  await addState(page, {
    short: ['Russia', 'Россия'],
    name: ['Russian Federation', 'Российская Федерация'],
    capital: ['Moscow', 'Москва'],
    iso2: 'RU',
    zone: 'Europe/Moscow',
  });
  await addState(page, {
    short: ['Tajikistan', 'Таджикистан'],
    name: ['Republic of Tajikistan', 'Республика Таджикистан'],
    capital: ['Dushanbe', 'Душанбе'],
    iso2: 'TJ',
    zone: 'Asia/Dushanbe',
  });
  await addState(page, { kind: 'Observer', short: ['Mongolia', 'Монголия'], capital: ['Ulaanbaatar', 'Улан-Батор'] });
  // Protocol order: member states in Russian alphabetical order, then the observer.
  const states = page.getByRole('table', { name: 'States and organizations' }).locator('tbody tr td:nth-child(2) strong');
  await expect(states).toHaveText(['Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Mongolia']);

  await page.getByRole('tab', { name: 'Bodies' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'No body yet' })).toBeVisible();
  await addBody(page, {
    name: ['Council of Foreign Ministers', 'Совет министров иностранных дел'],
    acronym: ['CFM', 'СМИД'],
    seatTitle: ['Minister of Foreign Affairs', 'Министр иностранных дел'],
    level: 'Ministers',
    members: ['Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan'],
  });
  await addBody(page, {
    name: ['Council of Heads of State', 'Совет глав государств'],
    acronym: ['CHS', 'СГГ'],
    seatTitle: ['President', 'Президент'],
    level: 'Heads of state',
    members: ['Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan'],
  });
  await expect(page.getByRole('table', { name: 'Bodies' }).getByRole('row')).toHaveCount(3);

  await page.getByRole('tab', { name: 'Seats' }).click();
  await page.getByLabel('Body', { exact: true }).selectOption({ label: 'CFM · Council of Foreign Ministers' });
  await page.getByLabel('On', { exact: true }).fill('2019-05-21');
  const person = (family: [string, string], given: [string, string]) => ({ family, given });
  await addHolder(page, { state: 'Kazakhstan', person: person(['Atamkulov', 'Атамкулов'], ['Beibut', 'Бейбут']), from: '2019-02-25' });
  await addHolder(page, { state: 'Kyrgyzstan', person: person(['Aidarbekov', 'Айдарбеков'], ['Chingiz', 'Чингиз']), from: '2018-04-20' });
  await addHolder(page, { state: 'Russia', person: person(['Lavrov', 'Лавров'], ['Sergey', 'Сергей']), from: '2004-03-09' });
  await addHolder(page, {
    state: 'Tajikistan',
    person: person(['Muhriddin', 'Мухриддин'], ['Sirodjiddin', 'Сироджиддин']),
    from: '2013-11-28',
  });
  // Kazakhstan's minister changed in June: ending his term asks for the successor.
  await page.getByRole('button', { name: 'End the term of Beibut Atamkulov' }).click();
  const end = page.getByRole('dialog', { name: 'End the term of Beibut Atamkulov' });
  await end.getByLabel('Last day in office').fill('2019-06-17');
  await expect(end.getByLabel('Successor')).toHaveValue('');
  await end.getByRole('button', { name: 'Save' }).click();
  await expect(end).toBeHidden();
  await page.getByLabel('On', { exact: true }).fill('2019-06-18');
  await addHolder(page, { state: 'Kazakhstan', person: person(['Tileuberdi', 'Тлеуберди'], ['Mukhtar', 'Мухтар']), from: '2019-06-18' });
  const seats = page.getByRole('table', { name: /Seats of CFM on 18 June 2019/ });
  await expect(seats.getByRole('row', { name: /^Kazakhstan/ })).toContainText(/Mukhtar Tileuberdi.*Beibut Atamkulov/s);

  await page.getByLabel('Body', { exact: true }).selectOption({ label: 'CHS · Council of Heads of State' });
  await addHolder(page, {
    state: 'Kazakhstan',
    person: person(['Tokayev', 'Токаев'], ['Kassym-Jomart', 'Касым-Жомарт']),
    from: '2019-03-20',
  });
  await addHolder(page, {
    state: 'Kyrgyzstan',
    person: person(['Jeenbekov', 'Жээнбеков'], ['Sooronbay', 'Сооронбай']),
    from: '2017-11-24',
  });
  await addHolder(page, { state: 'Russia', person: person(['Putin', 'Путин'], ['Vladimir', 'Владимир']), from: '2012-05-07' });
  await addHolder(page, { state: 'Tajikistan', person: person(['Rahmon', 'Рахмон'], ['Emomali', 'Эмомали']), from: '1994-11-16' });
}

/** The names on a session's list, delegation by delegation. */
const listed = (page: Page) => page.getByRole('table', { name: 'Participants in protocol order' }).locator('tbody tr');

test('an organization that is not the example’s runs a year in both languages, from a blank profile to Russian documents', async ({
  page,
}) => {
  test.setTimeout(300_000);
  const errors = failOnPageErrors(page);
  await page.goto('/');
  await startNewChairmanship(page, SCO);
  await setUpOrganization(page);

  // A session of one of its own bodies, with its agenda, and a joint session of two.
  await page.keyboard.press('Control+1');
  await expect(page.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  const cfm = await planSession(page, {
    title: ['Meeting of the Council of Foreign Ministers', 'Заседание Совета министров иностранных дел'],
    bodies: ['CFM'],
    date: '2019-05-21',
    start: '10:00',
    end: '13:00',
  });
  await page.getByRole('tab', { name: 'Agenda' }).click();
  const add = page.getByRole('region', { name: 'Add an agenda item' });
  const agenda: [string, string][] = [
    ['On the preparations for the Bishkek summit', 'О подготовке к Бишкекскому саммиту'],
    ['On international and regional issues', 'О международных и региональных вопросах'],
  ];
  for (const [en, ru] of agenda) {
    await add.getByLabel('Item (English)').fill(en);
    await add.getByLabel('Item (Russian)').fill(ru);
    await add.getByRole('button', { name: 'Add item' }).click();
  }
  await expect(page.getByRole('list', { name: 'Agenda' }).getByRole('listitem')).toHaveCount(2);

  // The invitation list comes from the organization's own seats, in its protocol order.
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  await expect(listed(page)).toHaveText([
    /Kazakhstan.*Beibut Atamkulov/s,
    /Kyrgyzstan.*Chingiz Aidarbekov/s,
    /Russia.*Sergey Lavrov/s,
    /Tajikistan.*Sirodjiddin Muhriddin/s,
  ]);
  await expect(page.getByRole('status').filter({ hasText: 'Consensus:' })).toHaveText(
    /missing Kazakhstan, Kyrgyzstan, Russia, Tajikistan \(0 of 4/,
  );

  // Delegations are checked in by keyboard, in either language.
  await page.getByRole('link', { name: 'Check-in mode' }).click();
  const search = page.getByRole('combobox', { name: 'Find a participant' });
  await expect(search).toBeFocused();
  for (const typed of ['атамк', 'Aidarb', 'лавр', 'muhr']) {
    await page.keyboard.type(typed);
    await page.keyboard.press('Enter');
  }
  await expect(page.getByRole('heading', { name: 'Arrived (4)' })).toBeVisible();
  await page.getByRole('link', { name: 'Participants' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Consensus:' })).toHaveText(/all 4 member states represented/);

  await page.keyboard.press('Control+1');
  const joint = await planSession(page, {
    title: ['Joint meeting of the heads of state and the ministers', 'Совместное заседание глав государств и министров'],
    bodies: ['CHS', 'CFM'],
    date: '2019-06-14',
    start: '09:00',
    end: '12:00',
  });
  await page.getByRole('tab', { name: 'Participants' }).click();
  await page.getByRole('button', { name: 'Generate the invitation list from the seats' }).click();
  // Each state's president heads its delegation, its minister (the one in office that day) follows.
  await expect(listed(page)).toHaveText([
    /Kazakhstan.*Kassym-Jomart Tokayev/s,
    /Beibut Atamkulov/,
    /Kyrgyzstan.*Sooronbay Jeenbekov/s,
    /Chingiz Aidarbekov/,
    /Russia.*Vladimir Putin/s,
    /Sergey Lavrov/,
    /Tajikistan.*Emomali Rahmon/s,
    /Sirodjiddin Muhriddin/,
  ]);

  // The list of participants as Word, in Russian: entirely in Russian.
  await page.goto(`/#/sessions/${encodeURIComponent(cfm)}?tab=participants`);
  // The address changes within the page: the list below is the ministers' session's once its heading is.
  await expect(page.getByRole('heading', { level: 1, name: 'Meeting of the Council of Foreign Ministers' })).toBeVisible();
  await page.getByLabel('Document language').selectOption('ru');
  const word = await download(page, () => page.getByRole('button', { name: 'List as Word' }).click());
  // Named in the document's language, as its title is.
  expect(word.name).toBe('список-участников-2019-05-21-заседание-совета-министров-иностранных-дел.docx');
  const xml = (await (await JSZip.loadAsync(word.bytes)).file('word/document.xml')?.async('string')) ?? '';
  const wordText = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(' ');
  expect(wordText).toContain('Шанхайская организация сотрудничества');
  expect(wordText).toContain('Председательство: Кыргызстан, 2019');
  expect(wordText).toContain('Республика Казахстан');
  expect(wordText).toContain('Министр иностранных дел');
  expect(latinWords(wordText)).toEqual([]);

  // The user works in Russian from here.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Русский' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Настройки' })).toBeVisible();

  const programme = await printViewText(page, `#/print/session-programme/${encodeURIComponent(cfm)}?lang=ru`);
  expect(programme.text).toContain('ШАНХАЙСКАЯ ОРГАНИЗАЦИЯ СОТРУДНИЧЕСТВА');
  expect(programme.text).toContain('Заседание Совета министров иностранных дел');
  expect(programme.text).toContain('О подготовке к Бишкекскому саммиту');
  expect(programme.text).toContain('Бишкек');
  expect(latinWords(programme.text)).toEqual([]);
  // A session whose agenda is not drawn up yet says so to the reader, not what to do in the app.
  const unplanned = await printViewText(page, `#/print/session-programme/${encodeURIComponent(joint)}?lang=ru`, { layout: false });
  expect(unplanned.text).toContain('Повестка дня ещё не составлена.');
  expect(unplanned.text).not.toContain('Добавьте');

  for (const id of [cfm, joint]) {
    const list = await printViewText(page, `#/print/participants/${encodeURIComponent(id)}?lang=ru`);
    expect(list.text).toContain('Список участников');
    expect(list.text).toContain('Лавров');
    expect(latinWords(list.text)).toEqual([]);
  }

  // The year's programme lists both sessions, and its calendar, exported in Russian, is read
  // back by another library.
  await page.goto('/#/schedule');
  await expect(page.locator('.month li')).toHaveCount(2);
  await expect(page.locator('.month li').filter({ hasText: 'Заседание Совета министров иностранных дел' })).toHaveCount(1);
  const ics = await download(page, () => page.getByRole('button', { name: 'Выгрузить год (ICS)' }).click());
  const calendar = ICAL.Component.fromString(ics.bytes.toString('utf8'));
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(2);
  const values = [
    String(calendar.getFirstPropertyValue('x-wr-calname')),
    ...events.flatMap((event) => [
      ...['summary', 'location', 'description', 'categories'].flatMap((name) =>
        event.getAllProperties(name).flatMap((p) => p.getValues().map(String)),
      ),
      ...['organizer', 'attendee'].flatMap((name) => event.getAllProperties(name).map((p) => String(p.getParameter('cn')))),
    ]),
  ];
  expect(values).toContain('Заседание Совета министров иностранных дел');
  expect(values).toContain('СМИД');
  // A published calendar names nobody: its participants are in the invitations, not here.
  expect(events.flatMap((event) => event.getAllProperties('attendee'))).toEqual([]);
  expect(values).not.toContain('Сергей Лавров');
  expect(latinWords(values.join('\n'))).toEqual([]);
  expect(errors).toEqual([]);
});
