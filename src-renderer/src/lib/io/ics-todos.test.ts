import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import type { DueSession } from '../domain/deadlines';
import { actionTodos, todoCalendar, todoUid, writeTodos, type TodoItem } from './ics-todos';
import { sessionsToIcs } from './ics-export';
import { fold } from './ics-writer';

const joint: DueSession = { id: 'joint', start: '2015-09-14T00:00', startUtc: '2015-09-13T19:00:00.000Z', status: 'confirmed' };
const sessions = new Map([[joint.id, joint]]);

function item(fields: Partial<TodoItem> & Pick<TodoItem, 'id' | 'number'>): TodoItem {
  return {
    title: { en: `Item ${fields.number}`, ru: `Пункт ${fields.number}` },
    description: { en: '', ru: '' },
    status: 'in-progress',
    progress: 50,
    rev: 1,
    createdAt: '2015-02-01T10:00:00.000Z',
    updatedAt: '2015-05-20T10:00:00.000Z',
    ...fields,
  };
}

const items: TodoItem[] = [
  item({ id: 'i1', number: '1' }),
  item({
    id: 'i1-1',
    number: '1.1',
    parentId: 'i1',
    dueSessionId: 'joint',
    rev: 4,
    title: {
      en: 'Update the coordinated list of organizations recognized as terrorist and extremist',
      ru: 'Актуализировать единый список организаций, признанных террористическими и экстремистскими; см. решение СКБ, п. 2',
    },
    description: { en: 'Line one\nline two', ru: 'Строка один\nстрока два' },
  }),
  item({ id: 'i2-1', number: '2.1', dueDate: '2015-06-30', status: 'done', progress: 100 }),
  item({ id: 'i5-2', number: '5.2', dueDate: '2015-12-31', status: 'cancelled', progress: 0 }),
];

function parseTodos(text: string): ICAL.Component[] {
  return ICAL.Component.fromString(text).getAllSubcomponents('vtodo');
}

describe('Action Plan items as VTODO entries', () => {
  const todos = actionTodos(items, sessions, {
    lang: 'ru',
    categories: (i) => [i.number.startsWith('1') ? 'Терроризм, экстремизм' : 'Наркотики'],
    completedAt: new Map([['i2-1', '2015-06-30T09:00:00.000Z']]),
  });
  const text = todoCalendar(todos, { dtstamp: new Date('2015-09-01T06:00:00Z'), name: 'План мероприятий' });

  it('writes one to-do per item with a deadline, which ical.js reads back', () => {
    const parsed = parseTodos(text);
    expect(parsed.map((t) => t.getFirstPropertyValue('uid'))).toEqual([todoUid('i1-1'), todoUid('i2-1'), todoUid('i5-2')]);
    const [list, channel, cancelled] = parsed;
    expect(list?.getFirstPropertyValue('summary')).toBe(
      '1.1 Актуализировать единый список организаций, признанных террористическими и экстремистскими; см. решение СКБ, п. 2',
    );
    expect(list?.getFirstPropertyValue('description')).toBe('Строка один\nстрока два');
    expect(list?.getFirstPropertyValue('related-to')).toBe(todoUid('i1'));
    expect(list?.getFirstPropertyValue('sequence')).toBe(3);
    expect(list?.getFirstPropertyValue('percent-complete')).toBe(50);
    expect(list?.getFirstPropertyValue('status')).toBe('IN-PROCESS');
    expect(list?.getFirstProperty('categories')?.getValues()).toEqual(['Терроризм, экстремизм']);
    expect(channel?.getFirstPropertyValue('status')).toBe('COMPLETED');
    expect(String(channel?.getFirstPropertyValue('completed'))).toBe('2015-06-30T09:00:00Z');
    expect(cancelled?.getFirstPropertyValue('status')).toBe('CANCELLED');
  });

  it('gives a session-bound deadline the session’s first day as an all-day DUE', () => {
    const due = parseTodos(text)[0]?.getFirstProperty('due');
    expect(due?.type).toBe('date');
    expect(String(due?.getFirstValue())).toBe('2015-09-14');
    const moved = new Map([['joint', { ...joint, start: '2015-10-02T00:00' }]]);
    const again = parseTodos(todoCalendar(actionTodos(items, moved, { lang: 'en' }), { dtstamp: new Date() }));
    expect(String(again[0]?.getFirstPropertyValue('due'))).toBe('2015-10-02');
  });

  it('folds long lines at 75 octets without splitting a Cyrillic letter', () => {
    const lines = text.split('\r\n');
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toContain('\uFFFD');
    expect(fold('a'.repeat(75))).toBe('a'.repeat(75));
    expect(fold('я'.repeat(40)).split('\r\n ')).toEqual(['я'.repeat(37), 'я'.repeat(3)]);
  });

  it('goes into the schedule’s calendar, beside its events, with the organizer a published calendar requires', () => {
    const combined = (email?: string): string =>
      sessionsToIcs([], {
        calendarName: 'CSTO 2015',
        organizer: { name: 'Chairmanship', ...(email ? { email } : {}) },
        lang: 'en',
        bodies: new Map(),
        agenda: new Map(),
        persons: new Map(),
        extend: (lines, organizer) =>
          writeTodos(lines, todos, new Date('2015-09-01T06:00:00Z'), organizer ? { address: organizer, name: 'Chairmanship' } : undefined),
      });
    const plain = ICAL.Component.fromString(combined());
    expect(plain.getAllSubcomponents('vtodo')).toHaveLength(3);
    expect(plain.getFirstPropertyValue('method')).toBeNull();
    const published = ICAL.Component.fromString(combined('protocol@mfa.tj'));
    expect(published.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(published.getAllSubcomponents('vtodo').map((t) => String(t.getFirstPropertyValue('organizer')))).toEqual(
      Array(3).fill('mailto:protocol@mfa.tj'),
    );
  });
});
