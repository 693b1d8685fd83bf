import { afterEach, describe, expect, it } from 'vitest';
import { createStore, openStore, type Store } from '../db';
import { readSessionParticipants } from '../db/people-read-models';
import { readChairmanship } from '../db/read-models';
import { loadExampleYear } from '../example/load';
import { attendanceSheetDocx, byDelegation, listLines, participantsSheet } from './participant-documents';

let store: Store;
const APRIL = 'ex-session-2015-04-02-cfm';

async function april(): Promise<NonNullable<Awaited<ReturnType<typeof readSessionParticipants>>>> {
  store = await openStore(createStore(`documents-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store, new Date('2015-01-01T00:00:00Z'));
  const detail = await readSessionParticipants(store, APRIL);
  if (!detail) throw new Error('no April session');
  return detail;
}

afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

describe('printed lists of participants', () => {
  it('groups the list by delegation in protocol order, with honorifics and titles, in the document language', async () => {
    const detail = await april();
    const blocks = byDelegation(listLines(detail, 'ru'));
    expect(blocks.map((b) => b.delegation)).toEqual([
      'Республика Армения',
      'Республика Беларусь',
      'Республика Казахстан',
      'Кыргызская Республика',
      'Российская Федерация',
      'Республика Таджикистан',
      'Организация по безопасности и сотрудничеству в Европе',
      'Организация Объединённых Наций',
    ]);
    expect(blocks[4]?.lines).toEqual([
      {
        number: 5,
        delegation: 'Российская Федерация',
        delegationShort: 'Россия',
        name: 'г-н Сергей Лавров',
        title: 'Министр иностранных дел',
        role: 'Глава делегации',
        leads: true,
      },
    ]);
  });

  it('shows a substitute as "X (for Y)" and leaves out the absent minister and those who declined', async () => {
    await april();
    const lavrov = await store.participants.find(APRIL, 'ex-person-lavrov');
    const jenca = await store.participants.find(APRIL, 'ex-person-jenca');
    if (!lavrov || !jenca) throw new Error('missing participants');
    const deputy = await store.persons.add({
      organizationId: 'ex-org-csto',
      names: { en: { given: 'Grigory', family: 'Karasin' }, ru: { given: 'Григорий', family: 'Карасин' } },
      honorific: { en: 'Mr', ru: 'г-н' },
      partyId: 'ex-party-ru',
    });
    await store.participants.represent(lavrov, { personId: deputy.id, personPartyId: 'ex-party-ru' });
    await store.participants.update(jenca, { invitation: 'declined' });
    const detail = await readSessionParticipants(store, APRIL);
    if (!detail) throw new Error('no April session');
    const names = listLines(detail, 'en').map((l) => l.name);
    expect(names).toContain('Mr Grigory Karasin (for Sergey Lavrov)');
    expect(names).not.toContain('H.E. Mr Sergey Lavrov');
    expect(names.some((n) => n.includes('Jenča'))).toBe(false);
    expect(names).toHaveLength(8);
  });

  it('gives the attendance sheet a signature column and the XLSX/CSV table a numbered row per participant', async () => {
    const detail = await april();
    const chairmanship = await readChairmanship(store, 'ex-chairmanship-csto-2015');
    if (!chairmanship) throw new Error('no chairmanship');
    const sheet = attendanceSheetDocx(detail, chairmanship, 'en');
    expect(sheet.sections[0]?.table?.header).toEqual(['No.', 'Delegation', 'Name', 'Position', 'Signature']);
    expect(sheet.sections[0]?.table?.rows[0]).toEqual(['1', 'Armenia', 'H.E. Mr Edward Nalbandian', 'Minister of Foreign Affairs', '']);
    expect(sheet.pageLabel).toBe('Page {page} of {pages}');
    const table = participantsSheet(detail, 'en');
    expect(table.rows).toHaveLength(9);
    expect(table.rows[8]).toEqual([9, 'United Nations', 'H.E. Mr Miroslav Jenča', expect.stringMatching(/UN Regional Centre/), 'Guest']);
  });
});
