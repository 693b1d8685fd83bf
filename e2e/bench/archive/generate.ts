// The large archive: ten chairmanship years, generated from a seed, realistic in shape
// (bodies, cities and zones, joint sessions, substitutes, Cyrillic and Tajik names), at the
// sizes of docs/quality.md: 5,000 sessions, 55,000 agenda items, 2,000 persons, 100,000
// participants, 15,000 action items and 15,000 documents. Rows only: writing them is the
// caller's (through the same repositories and transactions the app uses).
import { sortKeyOf } from '$lib/domain/action-numbering';
import { calendarYear } from '$lib/domain/chairmanship-rules';
import { addDays } from '$lib/domain/time';
import type {
  ActionItem,
  ActionPlan,
  AgendaItem,
  Body,
  Chairmanship,
  Fields,
  OutcomeDocument,
  Participant,
  Party,
  Person,
  Row,
  Session,
} from '$lib/domain/types';
import type { SessionInput } from '$lib/db/sessions';
import { personNames } from './names';
import { archiveId, seeded, type Random } from './random';

export const LARGE_ARCHIVE = {
  firstYear: 2016,
  years: 10,
  sessionsPerYear: 500,
  agendaPerSession: 11,
  persons: 2_000,
  participantsPerSession: 20,
  actionItemsPerYear: 1_500,
  documentsPerSession: 3,
} as const;

export type ArchiveTable =
  'chairmanships' | 'persons' | 'sessions' | 'agendaItems' | 'participants' | 'documents' | 'actionPlans' | 'actionItems';

export interface ArchiveBatch {
  table: ArchiveTable;
  rows: Row[];
}

interface Reference {
  parties: readonly Party[];
  bodies: readonly Body[];
}

type Stamp = <T extends Row>(fields: Fields<T>, id: string) => T;

const CITIES: { en: string; ru: string; zone: string }[] = [
  { en: 'Dushanbe', ru: 'Душанбе', zone: 'Asia/Dushanbe' },
  { en: 'Khujand', ru: 'Худжанд', zone: 'Asia/Dushanbe' },
  { en: 'Moscow', ru: 'Москва', zone: 'Europe/Moscow' },
  { en: 'Minsk', ru: 'Минск', zone: 'Europe/Minsk' },
  { en: 'Yerevan', ru: 'Ереван', zone: 'Asia/Yerevan' },
  { en: 'Almaty', ru: 'Алматы', zone: 'Asia/Almaty' },
  { en: 'Bishkek', ru: 'Бишкек', zone: 'Asia/Bishkek' },
  { en: 'New York', ru: 'Нью-Йорк', zone: 'America/New_York' },
  { en: 'Vienna', ru: 'Вена', zone: 'Europe/Vienna' },
];

const AGENDA: [string, string][] = [
  ['Opening of the session', 'Открытие заседания'],
  ['Adoption of the agenda', 'Утверждение повестки дня'],
  ['On the situation in Afghanistan', 'О ситуации в Афганистане'],
  ['On countering international terrorism', 'О противодействии международному терроризму'],
  ['On the anti-drug operation “Channel”', 'Об антинаркотической операции «Канал»'],
  ['On military-technical cooperation', 'О военно-техническом сотрудничестве'],
  ['On cooperation with the UN, OSCE, SCO and CIS', 'О сотрудничестве с ООН, ОБСЕ, ШОС и СНГ'],
  ['On illegal migration', 'О противодействии незаконной миграции'],
  ['On the budget of the Organization', 'О бюджете Организации'],
  ['Miscellaneous', 'Разное'],
  ['On the date and venue of the next session', 'О дате и месте проведения следующего заседания'],
];

const THEMES = [
  'counter-terrorism',
  'drug-trafficking',
  'afghanistan',
  'organized-crime',
  'international-cooperation',
  'military-cooperation',
  'cooperation-un',
];

const STATUSES_PAST: Session['status'][] = ['held', 'held', 'held', 'held', 'cancelled', 'postponed'];
const STATUSES_FUTURE: Session['status'][] = ['draft', 'planned', 'planned', 'confirmed'];

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * Yields the archive in batches of at most `batchSize` rows, table by table, so it can be
 * written in chunks without holding all 190,000 rows at once.
 */
export function* generateArchive(
  reference: Reference,
  stamp: Stamp,
  buildSession: (input: SessionInput, id: string) => Session,
  options: { seed?: number; batchSize?: number; today?: string } = {},
): Generator<ArchiveBatch> {
  const random: Random = seeded(options.seed ?? 2015);
  const batchSize = options.batchSize ?? 5_000;
  const today = options.today ?? '2026-01-01';
  const members = reference.parties.filter((p) => p.kind === 'member');
  const organizationId = reference.bodies[0]?.organizationId;
  if (!members.length || !organizationId) throw new Error('the archive needs the example year’s parties and bodies');

  let buffer: Row[] = [];
  let table: ArchiveTable = 'chairmanships';
  function* flush(next?: ArchiveTable): Generator<ArchiveBatch> {
    if (buffer.length) yield { table, rows: buffer };
    buffer = [];
    if (next) table = next;
  }
  function* push(row: Row): Generator<ArchiveBatch> {
    buffer.push(row);
    if (buffer.length >= batchSize) yield* flush();
  }

  // Chairmanships and their plans.
  const chairs: Chairmanship[] = [];
  for (let i = 0; i < LARGE_ARCHIVE.years; i++) {
    const party = members[i % members.length];
    if (!party) continue;
    const chair = stamp<Chairmanship>(
      {
        organizationId,
        chairState: party.short,
        chairPartyId: party.id,
        year: LARGE_ARCHIVE.firstYear + i,
        ...calendarYear(LARGE_ARCHIVE.firstYear + i),
        homeTimeZone: party.timeZone ?? 'Asia/Dushanbe',
        example: 0,
      },
      archiveId('chair', i),
    );
    chairs.push(chair);
    yield* push(chair);
  }

  // Persons.
  yield* flush('persons');
  const persons: Person[] = [];
  for (let i = 0; i < LARGE_ARCHIVE.persons; i++) {
    const party = random.chance(0.85) ? random.pick(members) : random.pick(reference.parties);
    const person = stamp<Person>(
      {
        organizationId,
        names: personNames(random),
        honorific: { en: 'Mr', ru: 'г-н' },
        partyId: party.id,
        ...(random.chance(0.6) ? { email: `p${i}@example.invalid` } : {}),
        ...(random.chance(0.4) ? { phone: `+7 495 ${random.int(100, 999)}-${random.int(10, 99)}-${random.int(10, 99)}` } : {}),
      },
      archiveId('person', i),
    );
    persons.push(person);
    yield* push(person);
  }

  // Sessions, with their agenda, participants and documents kept for the next tables.
  yield* flush('sessions');
  const sessions: Session[] = [];
  let n = 0;
  for (const chair of chairs) {
    for (let k = 0; k < LARGE_ARCHIVE.sessionsPerYear; k++, n++) {
      const city = random.pick(CITIES);
      const joint = random.chance(0.1);
      const bodies = joint
        ? [random.pick(reference.bodies), random.pick(reference.bodies)].filter((b, i, all) => all.findIndex((x) => x.id === b.id) === i)
        : [random.pick(reference.bodies)];
      const first = addDays(`${chair.year}-01-05`, random.int(0, 350));
      const allDay = random.chance(0.3);
      const startHour = random.int(9, 15);
      const days = random.chance(0.2) ? 1 : 0;
      const past = first < today;
      const input: SessionInput = {
        title: {
          en: `Session ${k + 1} of ${chair.year}: ${bodies.map((b) => b.acronym.en).join(' + ')}`,
          ru: `Заседание № ${k + 1} (${chair.year}): ${bodies.map((b) => b.acronym.ru).join(' + ')}`,
        },
        bodyIds: bodies.map((b) => b.id),
        kind: bodies.length > 1 ? 'joint' : random.chance(0.1) ? 'extraordinary' : random.chance(0.1) ? 'informal' : 'regular',
        status: random.pick(past ? STATUSES_PAST : STATUSES_FUTURE),
        allDay,
        start: `${first}T${allDay ? '00:00' : `${twoDigits(startHour)}:00`}`,
        end: `${addDays(first, days)}T${allDay ? '00:00' : `${twoDigits(startHour + 3)}:00`}`,
        timeZone: city.zone,
        venue: {
          city: { en: city.en, ru: city.ru },
          ...(random.chance(0.5) ? { place: { en: 'Palace of Nations', ru: 'Дворец Наций' } } : {}),
        },
        ...(random.chance(0.15)
          ? { notes: { en: 'Note: ӣ ӯ ҳ ҷ қ ғ, emoji 🗓️', ru: 'Примечание: ӣ ӯ ҳ ҷ қ ғ — ё/е, «кавычки», emoji 🗓️' } }
          : {}),
      };
      const session = buildSession(input, archiveId('session', n));
      sessions.push(session);
      yield* push(session);
    }
  }

  yield* flush('agendaItems');
  let a = 0;
  for (const session of sessions) {
    for (let p = 0; p < LARGE_ARCHIVE.agendaPerSession; p++) {
      const [en, ru] = AGENDA[p % AGENDA.length] ?? ['Item', 'Пункт'];
      yield* push(
        stamp<AgendaItem>(
          { sessionId: session.id, position: p + 1, title: { en, ru }, minutes: random.pick([10, 15, 20, 30, 45, 60]) },
          archiveId('agenda', a++),
        ),
      );
    }
  }

  yield* flush('participants');
  let q = 0;
  for (const session of sessions) {
    const chosen = new Set<number>();
    while (chosen.size < LARGE_ARCHIVE.participantsPerSession) chosen.add(random.int(0, persons.length - 1));
    const people = [...chosen].map((i) => persons[i]).filter((p): p is Person => p !== undefined);
    for (const [i, person] of people.entries()) {
      const substitute = i > 0 && random.chance(0.05) ? people[i - 1] : undefined;
      yield* push(
        stamp<Participant>(
          {
            sessionId: session.id,
            personId: person.id,
            partyId: person.partyId ?? '',
            role: i < 6 ? 'head' : random.pick(['member', 'member', 'expert', 'guest', 'observer'] as const),
            invitation: random.pick(['invited', 'confirmed', 'confirmed', 'declined'] as const),
            attendance:
              session.status === 'held' ? random.pick(['present', 'present', 'present', 'absent', 'excused'] as const) : 'unknown',
            ...(substitute && substitute.id !== person.id ? { representsPersonId: substitute.id } : {}),
          },
          archiveId('participant', q++),
        ),
      );
    }
  }

  yield* flush('documents');
  let d = 0;
  for (const session of sessions) {
    for (let i = 0; i < LARGE_ARCHIVE.documentsPerSession; i++) {
      yield* push(
        stamp<OutcomeDocument>(
          {
            sessionId: session.id,
            kind: random.pick(['decision', 'statement', 'declaration', 'protocol', 'report'] as const),
            title: { en: `Decision ${i + 1} of ${session.title.en}`, ru: `Решение № ${i + 1}: ${session.title.ru}` },
            adoptedOn: session.start.slice(0, 10),
          },
          archiveId('document', d++),
        ),
      );
    }
  }

  yield* flush('actionPlans');
  const plans = chairs.map((chair, i) =>
    stamp<ActionPlan>(
      { chairmanshipId: chair.id, title: { en: `Action Plan ${chair.year}`, ru: `План мероприятий на ${chair.year} год` }, basis: [] },
      archiveId('plan', i),
    ),
  );
  for (const plan of plans) yield* push(plan);

  yield* flush('actionItems');
  let it = 0;
  const yearSessions = (year: number): Session[] => sessions.filter((s) => s.start.startsWith(String(year)));
  for (const [p, plan] of plans.entries()) {
    const year = chairs[p]?.year ?? LARGE_ARCHIVE.firstYear;
    const dueSessions = yearSessions(year);
    const parentsCount = LARGE_ARCHIVE.actionItemsPerYear / 15;
    for (let top = 1; top <= parentsCount; top++) {
      const parentId = archiveId('item', it);
      for (let child = 0; child < 15; child++) {
        const number = child === 0 ? String(top) : `${top}.${child}`;
        const status = random.pick(['not-started', 'in-progress', 'in-progress', 'done', 'blocked', 'cancelled'] as const);
        yield* push(
          stamp<ActionItem>(
            {
              planId: plan.id,
              number,
              sortKey: sortKeyOf(number),
              ...(child === 0 ? {} : { parentId }),
              title: { en: `Item ${number}`, ru: `Пункт ${number}` },
              description: { en: '', ru: '' },
              theme: random.pick(THEMES),
              responsible: { partyIds: [random.pick(members).id], bodyIds: [random.pick(reference.bodies).id], personIds: [] },
              ...(random.chance(0.5)
                ? { dueDate: `${year}-${twoDigits(random.int(1, 12))}-${twoDigits(random.int(1, 28))}` }
                : { dueSessionId: random.pick(dueSessions).id }),
              status,
              progress: status === 'done' ? 100 : status === 'not-started' ? 0 : random.int(5, 95),
              reviewedAt: [],
              documentIds: [],
            },
            archiveId('item', it++),
          ),
        );
      }
    }
  }
  yield* flush();
}
