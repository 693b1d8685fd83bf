import { describe, expect, it } from 'vitest';
import type { ReferenceSet } from './reference-file-format';
import { planReferenceImport, targetOrganization } from './reference-file-plan';
import { scoSet } from './reference-file.fixture';

let counter = 0;
const newId = (): string => `fresh-${++counter}`;
const actions = (rows: readonly { action: string; row: { id: string } }[]): string[] => rows.map((r) => `${r.action} ${r.row.id}`);

/** The item at `i`, which the test knows is there. */
function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

/** The SCO set as another installation keeps it: other ids, the same names. */
function storedElsewhere(): ReferenceSet {
  const set = scoSet();
  const re = (id: string): string => `here-${id}`;
  return {
    organization: { ...set.organization, id: 'here-org' },
    parties: set.parties.map((p) => ({ ...p, id: re(p.id), organizationId: 'here-org' })),
    bodies: set.bodies.map((b) => ({
      ...b,
      id: re(b.id),
      organizationId: 'here-org',
      seats: b.seats.map((s) => ({ ...s, partyId: re(s.partyId) })),
    })),
    persons: set.persons.map((p) => ({ ...p, id: re(p.id), organizationId: 'here-org', ...(p.partyId ? { partyId: re(p.partyId) } : {}) })),
    appointments: set.appointments.map((a) => ({
      ...a,
      id: re(a.id),
      organizationId: 'here-org',
      personId: re(a.personId),
      bodyId: re(a.bodyId),
      partyId: re(a.partyId),
    })),
    themes: set.themes.map((t) => ({ ...t, id: re(t.id), organizationId: 'here-org' })),
  };
}

describe('planning a reference import', () => {
  it('into a profile without the organization: everything is added as it is in the file', () => {
    const incoming = scoSet();
    const plan = planReferenceImport({ incoming, stored: null, taken: {}, newId });
    expect(plan.organization).toMatchObject({ action: 'add', row: incoming.organization });
    expect(plan.parties.map((p) => p.row)).toEqual(incoming.parties);
    expect(plan.appointments.every((a) => a.action === 'add')).toBe(true);
    expect(plan.issues).toEqual([]);
  });

  it('finds the organization by its id, else by its name or acronym in either language', () => {
    const sco = scoSet().organization;
    const other = { ...sco, id: 'other', name: { en: 'Other', ru: 'Другая' }, acronym: { en: 'OT', ru: 'ДР' } };
    expect(targetOrganization(sco, [other, sco])).toEqual({ organization: sco, match: 'id' });
    const renamed = {
      ...sco,
      id: 'sco-elsewhere',
      name: { en: '', ru: 'шанхайская организация  сотрудничества' },
      acronym: { en: '', ru: '' },
    };
    expect(targetOrganization({ ...sco, id: 'new' }, [other, renamed])).toEqual({ organization: renamed, match: 'name' });
    expect(targetOrganization({ ...sco, id: 'new' }, [other])).toBeNull();
  });

  it('matches stored rows of another id by name, refers to them by the stored id, and changes nothing that is the same', () => {
    const stored = storedElsewhere();
    const plan = planReferenceImport({ incoming: scoSet(), stored, taken: {}, newId });
    expect(plan.organization).toMatchObject({ action: 'same', match: 'name' });
    for (const table of ['parties', 'bodies', 'persons', 'appointments', 'themes'] as const) {
      expect(plan[table].map((r) => `${r.action} ${r.match ?? ''}`)).toEqual(plan[table].map(() => 'same name'));
      expect(plan[table].every((r) => r.row.id.startsWith('here-'))).toBe(true);
    }
  });

  it('adds what is new, updates what differs (the file wins where it has a value) and keeps what the file lacks', () => {
    const stored = storedElsewhere();
    const lavrov = stored.persons.find((p) => p.id === 'here-pe-lavrov');
    if (lavrov) Object.assign(lavrov, { email: 'lavrov@mid.ru', phone: undefined });
    const incoming = scoSet();
    const file = incoming.persons.find((p) => p.id === 'pe-lavrov');
    if (file) Object.assign(file, { names: { ...file.names, en: { given: 'Sergey', family: 'Lavrov' } }, phone: '+7 499 244-16-06' });
    incoming.persons.push({
      ...at(incoming.persons, 0),
      id: 'pe-tokayev',
      partyId: 'p-kz',
      names: { en: { given: 'Kassym-Jomart', family: 'Tokayev' }, ru: { given: 'Касым-Жомарт', family: 'Токаев' } },
    });
    incoming.appointments.push({
      ...at(incoming.appointments, 1),
      id: 'a-tokayev',
      personId: 'pe-tokayev',
      bodyId: 'b-chs',
      from: '2019-03-20',
    });
    const plan = planReferenceImport({ incoming, stored, taken: {}, newId });
    const planned = plan.persons.find((p) => p.row.id === 'here-pe-lavrov');
    expect(planned).toMatchObject({ action: 'update', changes: ['phone'] });
    expect(planned?.row).toMatchObject({ email: 'lavrov@mid.ru', phone: '+7 499 244-16-06' });
    const tokayev = plan.persons.find((p) => p.source === 5);
    expect(tokayev).toMatchObject({ action: 'add', row: { id: 'pe-tokayev', partyId: 'here-p-kz', organizationId: 'here-org' } });
    expect(plan.appointments.at(-1)).toMatchObject({
      action: 'add',
      row: { personId: 'pe-tokayev', bodyId: 'here-b-chs', partyId: 'here-p-kz' },
    });
  });

  it('gives an added row a new id when its id belongs to another organization here', () => {
    const plan = planReferenceImport({ incoming: scoSet(), stored: null, taken: { parties: new Set(['p-kg']) }, newId });
    const kyrgyzstan = plan.parties.find((p) => p.source === 1);
    expect(kyrgyzstan?.row.id).toMatch(/^fresh-/);
    // Everything that referred to it follows.
    expect(plan.persons.find((p) => p.row.id === 'pe-aidarbekov')?.row.partyId).toBe(kyrgyzstan?.row.id);
    expect(plan.bodies.flatMap((b) => b.row.seats.map((s) => s.partyId))).toContain(kyrgyzstan?.row.id);
    expect(plan.appointments.find((a) => a.row.id === 'a-kg')?.row.partyId).toBe(kyrgyzstan?.row.id);
  });

  it('merges a body’s member states and former names, each entry of the file replacing the stored one', () => {
    const stored = storedElsewhere();
    const cfm = stored.bodies.find((b) => b.id === 'here-b-cfm');
    if (cfm) cfm.seats = [{ partyId: 'here-p-kg', to: '2018-12-31' }, { partyId: 'here-p-by' }];
    const plan = planReferenceImport({ incoming: scoSet(), stored, taken: {}, newId });
    const body = plan.bodies.find((b) => b.row.id === 'here-b-cfm');
    expect(body?.changes).toEqual(['seats']);
    expect(body?.row.seats.map((s) => `${s.partyId}${s.to ? `→${s.to}` : ''}`)).toEqual([
      'here-p-kg',
      'here-p-by',
      'here-p-kz',
      'here-p-ru',
      'here-p-tj',
    ]);
  });

  it('flags new people who look like stored ones, and refuses what would conflict with stored rows', () => {
    const stored = storedElsewhere();
    const incoming = scoSet();
    incoming.persons.push({
      ...at(incoming.persons, 2),
      id: 'pe-lavrov-2',
      names: { en: { given: 'Sergei', family: 'Lavrov' }, ru: { given: '', family: '' } },
    });
    incoming.appointments.push({ ...at(incoming.appointments, 2), id: 'a-ru-2', personId: 'pe-lavrov-2', from: '2019-01-01' });
    incoming.themes[1] = { ...at(incoming.themes, 1), id: 't-renamed', name: { en: 'Economy', ru: 'Безопасность' } };
    const plan = planReferenceImport({ incoming, stored, taken: {}, newId });
    expect(plan.lookalikes.map((l) => [l.source, l.person.id, l.like.map((p) => p.id)])).toEqual([[5, 'pe-lavrov-2', ['here-pe-lavrov']]]);
    // The renamed theme matches Economy by its English name, and its Russian one would then be Security's.
    expect(actions(plan.themes)).toEqual(['same here-t-security', 'update here-t-economy']);
    expect(plan.issues).toEqual([
      { table: 'appointments', row: 5, field: 'from', code: 'overlap' },
      { table: 'themes', row: 2, field: 'name', code: 'duplicate-name' },
    ]);
  });
});
