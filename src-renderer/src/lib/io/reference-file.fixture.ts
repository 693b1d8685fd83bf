// A small reference set for the reference-file tests: the Shanghai Cooperation Organisation
// with four member states, an observer, two bodies, people with names in Russian and Tajik
// letters and diacritics, their seats and two themes. Built without a database.
import type { Appointment, Body, Organization, Party, Person, Theme } from '../domain/types';
import type { ReferenceSet } from './reference-file-format';

const at = '2019-01-10T08:00:00.000Z';
const row = { createdAt: at, updatedAt: at, rev: 1 };
export const SCO = 'org-sco';

const party = (id: string, en: string, ru: string, position: number, extra: Partial<Party> = {}): Party => ({
  ...row,
  id,
  organizationId: SCO,
  kind: 'member',
  short: { en, ru },
  name: { en: `Republic of ${en}`, ru: `Республика ${ru}` },
  position,
  ...extra,
});

const person = (id: string, partyId: string, en: [string, string], ru: [string, string], extra: Partial<Person> = {}): Person => ({
  ...row,
  id,
  organizationId: SCO,
  partyId,
  names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
  honorific: { en: 'H.E. Mr', ru: 'г-н' },
  ...extra,
});

const seat = (id: string, personId: string, bodyId: string, partyId: string, from: string, to?: string): Appointment => ({
  ...row,
  id,
  organizationId: SCO,
  personId,
  bodyId,
  partyId,
  title: { en: 'Minister of Foreign Affairs', ru: 'Министр иностранных дел' },
  from,
  ...(to ? { to } : {}),
});

export function scoSet(): ReferenceSet {
  const organization: Organization = {
    ...row,
    id: SCO,
    name: { en: 'Shanghai Cooperation Organisation', ru: 'Шанхайская организация сотрудничества' },
    short: { en: '', ru: '' },
    acronym: { en: 'SCO', ru: 'ШОС' },
    protocolOrder: { kind: 'alphabetical', language: 'ru' },
  };
  const parties: Party[] = [
    party('p-kg', 'Kyrgyzstan', 'Кыргызстан', 0, { iso2: 'KG', timeZone: 'Asia/Bishkek', capital: { en: 'Bishkek', ru: 'Бишкек' } }),
    party('p-kz', 'Kazakhstan', 'Казахстан', 1, { iso2: 'KZ', timeZone: 'Asia/Almaty' }),
    party('p-ru', 'Russia', 'Россия', 2, { iso2: 'RU' }),
    party('p-tj', 'Tajikistan', 'Таджикистан', 3, { iso2: 'TJ', memberSince: '2001-06-15' }),
    party('p-by', 'Belarus', 'Беларусь', 4, { kind: 'observer' }),
  ];
  const members = ['p-kg', 'p-kz', 'p-ru', 'p-tj'].map((partyId) => ({ partyId }));
  const bodies: Body[] = [
    {
      ...row,
      id: 'b-chs',
      organizationId: SCO,
      name: { en: 'Council of Heads of State', ru: 'Совет глав государств' },
      acronym: { en: 'CHS', ru: 'СГГ' },
      level: 'heads-of-state',
      seatTitle: { en: 'Head of State', ru: 'Глава государства' },
      seats: members,
      decisionRule: 'consensus',
      position: 0,
    },
    {
      ...row,
      id: 'b-cfm',
      organizationId: SCO,
      name: { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел' },
      acronym: { en: 'CFM', ru: 'СМИД' },
      level: 'ministers',
      seatTitle: { en: 'Minister of Foreign Affairs', ru: 'Министр иностранных дел' },
      seats: [...members.slice(0, 3), { partyId: 'p-tj', from: '2001-06-15', title: { en: 'Minister', ru: 'Министр' } }],
      decisionRule: 'quorum',
      quorum: 3,
      formerNames: [{ until: '2005-12-31', name: { en: 'Foreign Ministers', ru: 'Министры' }, acronym: { en: 'FM', ru: 'МИ' } }],
      position: 1,
    },
  ];
  const persons: Person[] = [
    person('pe-aidarbekov', 'p-kg', ['Chingiz', 'Aidarbekov'], ['Чингиз', 'Айдарбеков'], { email: 'mfa@mfa.kg' }),
    person('pe-atamkulov', 'p-kz', ['Beibut', 'Atamkulov'], ['Бейбут', 'Атамкулов']),
    person('pe-lavrov', 'p-ru', ['Sergey', 'Lavrov'], ['Сергей', 'Лавров'], { phone: '+7 495 244-16-06' }),
    person('pe-muhriddin', 'p-tj', ['Sirodjiddin', 'Muhriddin'], ['Сироҷиддин', 'Муҳриддин'], {
      notes: 'Ҷумҳурии Тоҷикистон: Ғоибов Ӯктам, Қодирӣ Ҳилола; Žofie Dvořák',
    }),
  ];
  const appointments: Appointment[] = [
    seat('a-kg', 'pe-aidarbekov', 'b-cfm', 'p-kg', '2018-04-19'),
    seat('a-kz', 'pe-atamkulov', 'b-cfm', 'p-kz', '2019-02-25'),
    seat('a-ru', 'pe-lavrov', 'b-cfm', 'p-ru', '2004-03-09'),
    seat('a-tj', 'pe-muhriddin', 'b-cfm', 'p-tj', '2013-11-30', '2019-12-31'),
  ];
  const themes: Theme[] = [
    { ...row, id: 't-security', organizationId: SCO, name: { en: 'Security', ru: 'Безопасность' }, position: 0 },
    { ...row, id: 't-economy', organizationId: SCO, name: { en: 'Economy', ru: 'Экономика' }, position: 1 },
  ];
  return { organization, parties, bodies, persons, appointments, themes };
}
