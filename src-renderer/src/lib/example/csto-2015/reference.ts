// The CSTO in 2015: the organization, its member states, guest organizations, bodies and
// Action Plan themes, and the persons named in the Embassy of Tajikistan's press release on
// the 2015 chairmanship, with their seats.
import { EXAMPLE_ORGANIZATION_ID, V1_THEMES } from '../../io/schema-upgrades';
import type { Appointment, Body, Organization, Party, Person, Row, Theme } from '../../domain/types';

/** An example row: its fixed id and fields; the loader adds the bookkeeping. */
export type Seed<T extends Row> = Omit<T, 'createdAt' | 'updatedAt' | 'rev'>;

const ORG = EXAMPLE_ORGANIZATION_ID;

export const ORGANIZATION: Seed<Organization> = {
  id: ORG,
  name: { en: 'Collective Security Treaty Organization', ru: 'Организация Договора о коллективной безопасности' },
  short: { en: '', ru: '' },
  acronym: { en: 'CSTO', ru: 'ОДКБ' },
  protocolOrder: { kind: 'alphabetical', language: 'ru' },
};

/** The themes of the Action Plan the press release names (the same ids version 1 used as keys). */
export const THEMES: Seed<Theme>[] = V1_THEMES.map((t, position) => ({ id: t.key, organizationId: ORG, name: t.name, position }));

let position = 0;

const member = (
  iso2: string,
  timeZone: string,
  capital: [string, string],
  short: [string, string],
  name: [string, string],
): Seed<Party> => ({
  id: `ex-party-${iso2.toLowerCase()}`,
  organizationId: ORG,
  kind: 'member',
  iso2,
  timeZone,
  capital: { en: capital[0], ru: capital[1] },
  short: { en: short[0], ru: short[1] },
  name: { en: name[0], ru: name[1] },
  position: position++,
});

const organization = (key: string, short: [string, string], name: [string, string]): Seed<Party> => ({
  id: `ex-party-${key}`,
  organizationId: ORG,
  kind: 'organization',
  short: { en: short[0], ru: short[1] },
  name: { en: name[0], ru: name[1] },
  position: position++,
});

export const PARTIES: Seed<Party>[] = [
  member('AM', 'Asia/Yerevan', ['Yerevan', 'Ереван'], ['Armenia', 'Армения'], ['Republic of Armenia', 'Республика Армения']),
  member('BY', 'Europe/Minsk', ['Minsk', 'Минск'], ['Belarus', 'Беларусь'], ['Republic of Belarus', 'Республика Беларусь']),
  member('KZ', 'Asia/Almaty', ['Astana', 'Астана'], ['Kazakhstan', 'Казахстан'], ['Republic of Kazakhstan', 'Республика Казахстан']),
  member('KG', 'Asia/Bishkek', ['Bishkek', 'Бишкек'], ['Kyrgyzstan', 'Кыргызстан'], ['Kyrgyz Republic', 'Кыргызская Республика']),
  member('RU', 'Europe/Moscow', ['Moscow', 'Москва'], ['Russia', 'Россия'], ['Russian Federation', 'Российская Федерация']),
  member(
    'TJ',
    'Asia/Dushanbe',
    ['Dushanbe', 'Душанбе'],
    ['Tajikistan', 'Таджикистан'],
    ['Republic of Tajikistan', 'Республика Таджикистан'],
  ),
  organization('un', ['UN', 'ООН'], ['United Nations', 'Организация Объединённых Наций']),
  organization(
    'osce',
    ['OSCE', 'ОБСЕ'],
    ['Organization for Security and Co-operation in Europe', 'Организация по безопасности и сотрудничеству в Европе'],
  ),
  organization('sco', ['SCO', 'ШОС'], ['Shanghai Cooperation Organisation', 'Шанхайская организация сотрудничества']),
  organization('cis', ['CIS', 'СНГ'], ['Commonwealth of Independent States', 'Содружество Независимых Государств']),
];

/** Every member state sits on every body of the CSTO. */
const ALL_MEMBERS = PARTIES.filter((p) => p.kind === 'member').map((p) => ({ partyId: p.id }));
let bodyPosition = 0;

const body = (
  key: string,
  acronym: [string, string],
  name: [string, string],
  level: Body['level'],
  seatTitle: [string, string],
  decisionRule: Body['decisionRule'] = 'consensus',
): Seed<Body> => ({
  id: `ex-body-${key}`,
  organizationId: ORG,
  seats: ALL_MEMBERS,
  position: bodyPosition++,
  acronym: { en: acronym[0], ru: acronym[1] },
  name: { en: name[0], ru: name[1] },
  level,
  seatTitle: { en: seatTitle[0], ru: seatTitle[1] },
  decisionRule,
});

export const BODIES: Seed<Body>[] = [
  body('csc', ['CSC', 'СКБ'], ['Collective Security Council', 'Совет коллективной безопасности'], 'heads-of-state', [
    'Head of State',
    'Глава государства',
  ]),
  body('cfm', ['CFM', 'СМИД'], ['Council of Foreign Ministers', 'Совет министров иностранных дел'], 'ministers', [
    'Minister of Foreign Affairs',
    'Министр иностранных дел',
  ]),
  body('cdm', ['CDM', 'СМО'], ['Council of Defence Ministers', 'Совет министров обороны'], 'ministers', [
    'Minister of Defence',
    'Министр обороны',
  ]),
  body(
    'cssc',
    ['CSSC', 'КССБ'],
    ['Committee of Secretaries of Security Councils', 'Комитет секретарей советов безопасности'],
    'secretaries',
    ['Secretary of the Security Council', 'Секретарь Совета безопасности'],
  ),
  body('pc', ['PC', 'ПС'], ['Permanent Council', 'Постоянный совет'], 'permanent', [
    'Permanent and Plenipotentiary Representative',
    'Постоянный и полномочный представитель',
  ]),
  body(
    'pa',
    ['PA', 'ПА'],
    ['Parliamentary Assembly', 'Парламентская Ассамблея'],
    'parliamentary',
    ['Head of the parliamentary delegation', 'Руководитель парламентской делегации'],
    'quorum',
  ),
  body(
    'icmec',
    ['ICMEC', 'МКВЭС'],
    ['Interstate Commission for Military-Economic Cooperation', 'Межгосударственная комиссия по военно-экономическому сотрудничеству'],
    'experts',
    ['Member of the Commission', 'Член Комиссии'],
  ),
];

interface PersonSeed {
  key: string;
  party: string;
  en: [string, string];
  ru: [string, string];
  position?: [string, string];
}

const person = ({ key, party, en, ru, position }: PersonSeed): Seed<Person> => ({
  id: `ex-person-${key}`,
  organizationId: ORG,
  partyId: `ex-party-${party}`,
  names: { en: { given: en[0], family: en[1] }, ru: { given: ru[0], family: ru[1] } },
  honorific: { en: 'H.E. Mr', ru: 'г-н' },
  ...(position ? { position: { en: position[0], ru: position[1] } } : {}),
});

export const PERSONS: Seed<Person>[] = [
  person({
    key: 'rahmon',
    party: 'tj',
    en: ['Emomali', 'Rahmon'],
    ru: ['Эмомали', 'Рахмон'],
    position: ['President of the Republic of Tajikistan', 'Президент Республики Таджикистан'],
  }),
  person({ key: 'aslov', party: 'tj', en: ['Sirodjiddin', 'Aslov'], ru: ['Сироджиддин', 'Аслов'] }),
  person({ key: 'mirzo', party: 'tj', en: ['Sherali', 'Mirzo'], ru: ['Шерали', 'Мирзо'] }),
  person({ key: 'kakharov', party: 'tj', en: ['A.', 'Kakharov'], ru: ['А.', 'Кахаров'] }),
  person({ key: 'nalbandian', party: 'am', en: ['Edward', 'Nalbandian'], ru: ['Эдвард', 'Налбандян'] }),
  person({ key: 'makei', party: 'by', en: ['Vladimir', 'Makei'], ru: ['Владимир', 'Макей'] }),
  person({ key: 'idrissov', party: 'kz', en: ['Erlan', 'Idrissov'], ru: ['Ерлан', 'Идрисов'] }),
  person({ key: 'abdyldaev', party: 'kg', en: ['Erlan', 'Abdyldaev'], ru: ['Эрлан', 'Абдылдаев'] }),
  person({ key: 'lavrov', party: 'ru', en: ['Sergey', 'Lavrov'], ru: ['Сергей', 'Лавров'] }),
  person({
    key: 'dacic',
    party: 'osce',
    en: ['Ivica', 'Dačić'],
    ru: ['Ивица', 'Дачич'],
    position: [
      'OSCE Chairperson-in-Office, Minister of Foreign Affairs of the Republic of Serbia',
      'Действующий председатель ОБСЕ, Министр иностранных дел Республики Сербия',
    ],
  }),
  person({
    key: 'mueller',
    party: 'osce',
    en: ['Markus', 'Mueller'],
    ru: ['Маркус', 'Мюллер'],
    position: ['Head of the OSCE Office in Tajikistan', 'Глава Офиса ОБСЕ в Таджикистане'],
  }),
  person({
    key: 'jenca',
    party: 'un',
    en: ['Miroslav', 'Jenča'],
    ru: ['Мирослав', 'Енча'],
    position: [
      'Head of the UN Regional Centre for Preventive Diplomacy for Central Asia',
      'Руководитель Регионального центра ООН по превентивной дипломатии для Центральной Азии',
    ],
  }),
];

/**
 * Seats held during 2015. The press release gives no tenure: the start and end are the
 * chairmanship year's, so the example's ministers are never taken for another year's (the
 * next chairmanship asks which of them remain).
 */
const seat = (person: string, bodyKey: string, party: string, title: [string, string]): Seed<Appointment> => ({
  id: `ex-appt-${person}-${bodyKey}`,
  organizationId: ORG,
  personId: `ex-person-${person}`,
  bodyId: `ex-body-${bodyKey}`,
  partyId: `ex-party-${party}`,
  title: { en: title[0], ru: title[1] },
  from: '2015-01-01',
  to: '2015-12-31',
});

const FM: [string, string] = ['Minister of Foreign Affairs', 'Министр иностранных дел'];

export const APPOINTMENTS: Seed<Appointment>[] = [
  seat('rahmon', 'csc', 'tj', [
    'President of the Republic of Tajikistan, Chairman of the Collective Security Council',
    'Президент Республики Таджикистан, Председатель Совета коллективной безопасности',
  ]),
  seat('aslov', 'cfm', 'tj', [
    'Minister of Foreign Affairs of the Republic of Tajikistan',
    'Министр иностранных дел Республики Таджикистан',
  ]),
  seat('mirzo', 'cdm', 'tj', ['Minister of Defence of the Republic of Tajikistan', 'Министр обороны Республики Таджикистан']),
  seat('kakharov', 'cssc', 'tj', [
    'Secretary of the Security Council of the Republic of Tajikistan',
    'Секретарь Совета безопасности Республики Таджикистан',
  ]),
  seat('nalbandian', 'cfm', 'am', FM),
  seat('makei', 'cfm', 'by', FM),
  seat('idrissov', 'cfm', 'kz', FM),
  seat('abdyldaev', 'cfm', 'kg', FM),
  seat('lavrov', 'cfm', 'ru', FM),
];
