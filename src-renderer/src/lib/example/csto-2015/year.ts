// The 2015 programme: sessions, the 2 April participants as they attended, and the
// Statement adopted that day. Dates come from the press release; where it gives no time,
// the session is all-day. The two informal meetings' dates and hours are illustrative.
import type { OutcomeDocument, Participant, Session } from '../../domain/types';
import type { SessionInput } from '../../db/sessions';
import type { Seed } from './reference';

export interface SessionSeed {
  id: string;
  input: SessionInput;
}

const DUSHANBE = { city: { en: 'Dushanbe', ru: 'Душанбе' }, country: 'TJ' };

const allDay = (first: string, last: string): Pick<Session, 'allDay' | 'start' | 'end' | 'timeZone'> => ({
  allDay: true,
  start: `${first}T00:00`,
  end: `${last}T00:00`,
  timeZone: 'Asia/Dushanbe',
});

export const SESSIONS: SessionSeed[] = [
  {
    id: 'ex-session-2015-04-02-cfm',
    input: {
      title: { en: 'Session of the Council of Foreign Ministers', ru: 'Заседание Совета министров иностранных дел' },
      bodyIds: ['ex-body-cfm'],
      kind: 'regular',
      status: 'held',
      ...allDay('2015-04-02', '2015-04-02'),
      venue: DUSHANBE,
      chairPersonId: 'ex-person-aslov',
      notes: {
        en: 'Discussed: security in Central Asia in the light of the situation in Afghanistan.',
        ru: 'Рассмотрено: безопасность в Центральной Азии в свете ситуации в Афганистане.',
      },
    },
  },
  {
    id: 'ex-session-2015-05-19-cssc',
    input: {
      title: {
        en: 'Session of the Committee of Secretaries of Security Councils',
        ru: 'Заседание Комитета секретарей советов безопасности',
      },
      bodyIds: ['ex-body-cssc'],
      kind: 'regular',
      status: 'held',
      ...allDay('2015-05-19', '2015-05-20'),
      venue: { city: { en: 'Khujand', ru: 'Худжанд' }, country: 'TJ' },
      chairPersonId: 'ex-person-kakharov',
    },
  },
  {
    id: 'ex-session-2015-06-03-cdm',
    input: {
      title: { en: 'Session of the Council of Defence Ministers', ru: 'Заседание Совета министров обороны' },
      bodyIds: ['ex-body-cdm'],
      kind: 'regular',
      status: 'held',
      ...allDay('2015-06-03', '2015-06-04'),
      venue: DUSHANBE,
      chairPersonId: 'ex-person-mirzo',
    },
  },
  {
    id: 'ex-session-2015-09-14-joint',
    input: {
      title: {
        en: 'Joint session of the Council of Foreign Ministers, the Council of Defence Ministers and the Committee of Secretaries of Security Councils',
        ru: 'Совместное заседание Совета министров иностранных дел, Совета министров обороны и Комитета секретарей советов безопасности',
      },
      bodyIds: ['ex-body-cfm', 'ex-body-cdm', 'ex-body-cssc'],
      kind: 'joint',
      status: 'confirmed',
      ...allDay('2015-09-14', '2015-09-14'),
      venue: DUSHANBE,
    },
  },
  {
    id: 'ex-session-2015-09-15-csc',
    input: {
      title: { en: 'Session of the Collective Security Council', ru: 'Сессия Совета коллективной безопасности' },
      bodyIds: ['ex-body-csc'],
      kind: 'regular',
      status: 'confirmed',
      ...allDay('2015-09-15', '2015-09-15'),
      venue: DUSHANBE,
      chairPersonId: 'ex-person-rahmon',
    },
  },
  {
    id: 'ex-session-2015-09-29-cfm-informal',
    input: {
      title: {
        en: 'Informal meeting of the Foreign Ministers on the eve of the UN General Assembly',
        ru: 'Неформальная встреча министров иностранных дел в преддверии Генеральной Ассамблеи ООН',
      },
      bodyIds: ['ex-body-cfm'],
      kind: 'informal',
      status: 'planned',
      allDay: false,
      start: '2015-09-29T18:00',
      end: '2015-09-29T19:30',
      timeZone: 'America/New_York',
      venue: { city: { en: 'New York', ru: 'Нью-Йорк' }, country: 'US' },
      chairPersonId: 'ex-person-aslov',
      notes: { en: 'Example data: the date and hours are illustrative.', ru: 'Пример: дата и время условны.' },
    },
  },
  {
    id: 'ex-session-2015-12-02-cfm-informal',
    input: {
      title: {
        en: 'Informal meeting of the Foreign Ministers on the eve of the OSCE Ministerial Council',
        ru: 'Неформальная встреча министров иностранных дел в преддверии Совета министров иностранных дел ОБСЕ',
      },
      bodyIds: ['ex-body-cfm'],
      kind: 'informal',
      status: 'planned',
      allDay: false,
      start: '2015-12-02T18:00',
      end: '2015-12-02T19:30',
      timeZone: 'Europe/Belgrade',
      venue: { city: { en: 'Belgrade', ru: 'Белград' }, country: 'RS' },
      chairPersonId: 'ex-person-aslov',
      notes: { en: 'Example data: the date and hours are illustrative.', ru: 'Пример: дата и время условны.' },
    },
  },
];

const APRIL = 'ex-session-2015-04-02-cfm';

const attended = (person: string, party: string, role: Participant['role']): Seed<Participant> => ({
  id: `ex-participant-0402-${person}`,
  sessionId: APRIL,
  personId: `ex-person-${person}`,
  partyId: `ex-party-${party}`,
  role,
  invitation: 'confirmed',
  attendance: 'present',
});

export const PARTICIPANTS: Seed<Participant>[] = [
  attended('aslov', 'tj', 'chair'),
  attended('nalbandian', 'am', 'head'),
  attended('makei', 'by', 'head'),
  attended('idrissov', 'kz', 'head'),
  attended('abdyldaev', 'kg', 'head'),
  attended('lavrov', 'ru', 'head'),
  attended('dacic', 'osce', 'guest'),
  attended('mueller', 'osce', 'guest'),
  attended('jenca', 'un', 'guest'),
];

export const DOCUMENTS: Seed<OutcomeDocument>[] = [
  {
    id: 'ex-document-2015-04-02-statement',
    sessionId: APRIL,
    kind: 'statement',
    title: {
      en: 'Statement of the Ministers of Foreign Affairs of the CSTO Member States on the 70th anniversary of the Victory in the Great Patriotic War',
      ru: 'Заявление министров иностранных дел государств — членов ОДКБ в связи с 70-летием Победы в Великой Отечественной войне',
    },
    adoptedOn: '2015-04-02',
  },
];
