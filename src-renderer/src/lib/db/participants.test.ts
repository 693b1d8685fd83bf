import { afterEach, describe, expect, it } from 'vitest';
import { invitationList } from '../domain/seats';
import { loadExampleYear } from '../example/load';
import { ValidationError } from './errors';
import { createStore, openStore, type Store } from './index';
import { readSessionParticipants } from './people-read-models';
import { reorderParties } from './reference-writes';

let store: Store;
const APRIL = 'ex-session-2015-04-02-cfm';
const SEPTEMBER = 'ex-session-2015-09-29-cfm-informal';

async function open(): Promise<Store> {
  store = await openStore(createStore(`participants-${crypto.randomUUID()}`), () => undefined);
  await loadExampleYear(store, new Date('2015-01-01T00:00:00Z'));
  return store;
}

afterEach(async () => {
  store.db.close();
  store.bulkDb.close();
  await store.db.delete();
});

async function generate(sessionId: string): Promise<void> {
  const session = await store.sessions.require(sessionId);
  const list = invitationList(
    session,
    await store.bodies.getMany(session.bodyIds),
    await store.parties.toArray(),
    await store.appointments.toArray(),
  );
  await store.participants.addInvitations(sessionId, list);
}

describe('a session’s participants', () => {
  it('lists the 2 April delegations in protocol order, members first, the guests after, with seat titles', async () => {
    await open();
    const detail = await readSessionParticipants(store, APRIL);
    expect(detail?.rows.map((r) => [r.party?.short.en, r.person?.names.en.family])).toEqual([
      ['Armenia', 'Nalbandian'],
      ['Belarus', 'Makei'],
      ['Kazakhstan', 'Idrissov'],
      ['Kyrgyzstan', 'Abdyldaev'],
      ['Russia', 'Lavrov'],
      ['Tajikistan', 'Aslov'],
      ['OSCE', 'Dačić'],
      ['OSCE', 'Mueller'],
      ['UN', 'Jenča'],
    ]);
    expect(detail?.rows[0]?.title?.en).toBe('Minister of Foreign Affairs');
    expect(detail?.rows[8]?.title?.en).toMatch(/UN Regional Centre/);
    expect(detail?.consensus?.complete).toBe(true);
  });

  it('offers the states in protocol order, whatever order they were entered in', async () => {
    await open();
    const session = await store.sessions.require(APRIL);
    const organizationId = (await store.bodies.require(session.bodyIds[0] ?? '')).organizationId;
    const entered = (await store.parties.ofOrganization(organizationId)).sort((a, b) => a.position - b.position);
    await reorderParties(store, organizationId, entered.map((p) => p.id).reverse());
    const detail = await readSessionParticipants(store, APRIL);
    const members = detail?.parties.filter((p) => p.kind === 'member').map((p) => p.short.ru);
    // The CSTO's rule: the Russian alphabet.
    expect(members).toEqual(['Армения', 'Беларусь', 'Казахстан', 'Кыргызстан', 'Россия', 'Таджикистан']);
  });

  it('generates the invitation list from the seats, once, with the chair as chair', async () => {
    await open();
    await generate(SEPTEMBER);
    await generate(SEPTEMBER);
    const detail = await readSessionParticipants(store, SEPTEMBER);
    expect(
      detail?.rows.map((r) => [r.person?.names.en.family, r.participant.role, r.participant.invitation, r.participant.attendance]),
    ).toEqual([
      ['Nalbandian', 'head', 'none', 'unknown'],
      ['Makei', 'head', 'none', 'unknown'],
      ['Idrissov', 'head', 'none', 'unknown'],
      ['Abdyldaev', 'head', 'none', 'unknown'],
      ['Lavrov', 'head', 'none', 'unknown'],
      ['Aslov', 'chair', 'none', 'unknown'],
    ]);
    expect(detail?.consensus).toMatchObject({ complete: false });
    expect(detail?.consensus?.missing).toHaveLength(6);
  });

  it('refuses the same person twice in one session', async () => {
    await open();
    const again = store.participants.addParticipant({
      sessionId: APRIL,
      personId: 'ex-person-lavrov',
      partyId: 'ex-party-ru',
      role: 'member',
    });
    await expect(again).rejects.toEqual(new ValidationError('participants', [{ field: 'personId', code: 'duplicate' }]));
    expect(await store.participants.ofSession(APRIL)).toHaveLength(9);
  });

  it('records a substitute for a minister: both listed, the state represented, the consensus check updated', async () => {
    await open();
    await generate(SEPTEMBER);
    const deputy = await store.persons.add({
      organizationId: 'ex-org-csto',
      names: { en: { given: 'Ivan', family: 'Deputy' }, ru: { given: 'Иван', family: 'Заместитель' } },
      honorific: { en: '', ru: '' },
      partyId: 'ex-party-ru',
    });
    const lavrov = await store.participants.find(SEPTEMBER, 'ex-person-lavrov');
    if (!lavrov) throw new Error('Lavrov is not invited');
    await store.participants.represent(lavrov, {
      personId: deputy.id,
      personPartyId: 'ex-party-ru',
      presentAt: '2015-09-29T22:00:00.000Z',
    });
    const detail = await readSessionParticipants(store, SEPTEMBER);
    const rows = detail?.rows.filter((r) => r.party?.id === 'ex-party-ru') ?? [];
    expect(rows.map((r) => [r.person?.names.en.family, r.participant.attendance, r.represents?.names.en.family])).toEqual([
      ['Lavrov', 'absent', undefined],
      ['Deputy', 'present', 'Lavrov'],
    ]);
    expect(rows[0]?.substitutes.map((p) => p.id)).toEqual([deputy.id]);
    expect(detail?.consensus?.represented.map((p) => p.short.en)).toEqual(['Russia']);
  });

  it('asks why when the substitute belongs to another party', async () => {
    await open();
    await generate(SEPTEMBER);
    const lavrov = await store.participants.find(SEPTEMBER, 'ex-person-lavrov');
    if (!lavrov) throw new Error('Lavrov is not invited');
    const withoutReason = store.participants.represent(lavrov, { personId: 'ex-person-makei', personPartyId: 'ex-party-by' });
    await expect(withoutReason).rejects.toEqual(new ValidationError('participants', [{ field: 'reason', code: 'reason-required' }]));
    expect((await store.participants.find(SEPTEMBER, 'ex-person-lavrov'))?.attendance).toBe('unknown');
    const done = await store.participants.represent(lavrov, {
      personId: 'ex-person-makei',
      personPartyId: 'ex-party-by',
      reason: { en: ' Agreed by letter ', ru: 'Согласовано письмом' },
    });
    expect(done).toMatchObject({
      partyId: 'ex-party-ru',
      representsPersonId: 'ex-person-lavrov',
      substituteReason: { en: 'Agreed by letter', ru: 'Согласовано письмом' },
    });
  });

  it('puts a removed participant back unchanged (Undo)', async () => {
    await open();
    const row = await store.participants.find(APRIL, 'ex-person-jenca');
    if (!row) throw new Error('missing');
    await store.participants.remove(row);
    expect(await store.participants.ofSession(APRIL)).toHaveLength(8);
    expect(await store.db.tombstones.get(['participants', row.id])).toBeDefined();
    await store.participants.restore(row);
    const back = await store.participants.find(APRIL, 'ex-person-jenca');
    expect(back).toMatchObject(row);
    expect(Object.values(back?.fieldHlc ?? {})).not.toHaveLength(0);
    expect(await store.db.tombstones.get(['participants', row.id])).toBeUndefined();
  });

  it('flags a person on the list of another session at the same time', async () => {
    await open();
    const clash = await store.sessions.create({
      title: { en: 'Bilateral meeting', ru: 'Двусторонняя встреча' },
      bodyIds: ['ex-body-cfm'],
      kind: 'informal',
      status: 'planned',
      allDay: false,
      start: '2015-04-02T15:00',
      end: '2015-04-02T16:00',
      timeZone: 'Asia/Dushanbe',
      venue: { city: { en: 'Dushanbe', ru: 'Душанбе' } },
    });
    await store.participants.addParticipant({ sessionId: clash.id, personId: 'ex-person-lavrov', partyId: 'ex-party-ru', role: 'head' });
    const detail = await readSessionParticipants(store, APRIL);
    const flagged = detail?.rows.filter((r) => r.conflicts.length > 0) ?? [];
    expect(flagged.map((r) => [r.person?.names.en.family, r.conflicts.map((s) => s.id)])).toEqual([['Lavrov', [clash.id]]]);
  });
});
