// Action Plan items with a deadline as iCalendar to-dos (RFC 5545 §3.6.2 VTODO), so a
// calendar client lists them beside the sessions. ical-generator writes events only, so this
// module writes the VTODO components itself, as text to place inside a VCALENDAR: either one
// ical-generator made (`withTodos`) or a tasks-only calendar (`todoCalendar`).
//
//   const todos = actionTodos(items, sessionsById, { lang: 'en' });
//   const ics = withTodos(calendar.toString(), vtodoText(todos, new Date()));
import { dueDateOf, type DueSession } from '../domain/deadlines';
import { pickText, type Lang } from '../domain/text';
import type { ActionItem, ActionStatus, IsoDate, UtcInstant } from '../domain/types';

export type TodoStatus = 'NEEDS-ACTION' | 'IN-PROCESS' | 'COMPLETED' | 'CANCELLED';

/** One to-do, ready to be written: what a VTODO says about an item. */
export interface ActionTodo {
  uid: string;
  summary: string;
  description?: string;
  /** An all-day due date (DUE;VALUE=DATE): deadlines are days, and need no time zone. */
  due: IsoDate;
  status: TodoStatus;
  percentComplete: number;
  /** Grows with every edit of the item, so clients replace their copy (RFC 5545 §3.8.7.4). */
  sequence: number;
  lastModified: UtcInstant;
  completed?: UtcInstant;
  /** The parent item's to-do (RELATED-TO, RELTYPE=PARENT by default). */
  relatedTo?: string;
  categories: string[];
}

export type TodoItem = Pick<
  ActionItem,
  'id' | 'number' | 'title' | 'description' | 'status' | 'progress' | 'rev' | 'parentId' | 'updatedAt' | 'dueDate' | 'dueSessionId'
>;

export interface TodoOptions {
  lang: Lang;
  /** CATEGORIES of an item, e.g. its theme's label and the plan's title. */
  categories?: (item: TodoItem) => string[];
  /** When each done item was marked done (from its progress log), for COMPLETED. */
  completedAt?: ReadonlyMap<string, UtcInstant>;
}

const STATUS: Record<ActionStatus, TodoStatus> = {
  'not-started': 'NEEDS-ACTION',
  // A blocked item is still being worked on; the standard has no "blocked".
  blocked: 'IN-PROCESS',
  'in-progress': 'IN-PROCESS',
  done: 'COMPLETED',
  cancelled: 'CANCELLED',
};

/** The UID of an item's to-do: stable for the item's life. */
export function todoUid(itemId: string): string {
  return `action-item-${itemId}@chairdesk`;
}

/** One to-do per item that has a deadline (session-bound deadlines read from the session). */
export function actionTodos(items: readonly TodoItem[], sessions: ReadonlyMap<string, DueSession>, options: TodoOptions): ActionTodo[] {
  const todos: ActionTodo[] = [];
  for (const item of items) {
    const due = dueDateOf(item, sessions);
    if (!due) continue;
    const description = pickText(item.description, options.lang);
    const completed = item.status === 'done' ? options.completedAt?.get(item.id) : undefined;
    todos.push({
      uid: todoUid(item.id),
      summary: `${item.number} ${pickText(item.title, options.lang)}`,
      ...(description ? { description } : {}),
      due,
      status: STATUS[item.status],
      percentComplete: item.progress,
      sequence: Math.max(0, item.rev - 1),
      lastModified: item.updatedAt,
      ...(completed ? { completed } : {}),
      ...(item.parentId ? { relatedTo: todoUid(item.parentId) } : {}),
      categories: options.categories?.(item) ?? [],
    });
  }
  return todos;
}

/** TEXT values escape backslash, semicolon, comma and newlines (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** `2015-09-14T09:00:00.000Z` → `20150914T090000Z` (a UTC DATE-TIME). */
function utc(instant: UtcInstant | Date): string {
  return new Date(instant)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Lines longer than 75 octets are folded: CRLF and one space, never inside a UTF-8 character
 * (RFC 5545 §3.1), which matters for Russian text (two octets per letter).
 */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** The content lines of one VTODO, unfolded. */
export function vtodoLines(todo: ActionTodo, dtstamp: Date): string[] {
  return [
    'BEGIN:VTODO',
    `UID:${todo.uid}`,
    `DTSTAMP:${utc(dtstamp)}`,
    `SEQUENCE:${todo.sequence}`,
    `LAST-MODIFIED:${utc(todo.lastModified)}`,
    `SUMMARY:${escapeText(todo.summary)}`,
    ...(todo.description ? [`DESCRIPTION:${escapeText(todo.description)}`] : []),
    `DUE;VALUE=DATE:${todo.due.replace(/-/g, '')}`,
    `STATUS:${todo.status}`,
    `PERCENT-COMPLETE:${todo.percentComplete}`,
    ...(todo.completed ? [`COMPLETED:${utc(todo.completed)}`] : []),
    ...(todo.relatedTo ? [`RELATED-TO:${todo.relatedTo}`] : []),
    ...(todo.categories.length ? [`CATEGORIES:${todo.categories.map(escapeText).join(',')}`] : []),
    'END:VTODO',
  ];
}

/** The VTODO components as folded text with CRLF line ends, to place inside a VCALENDAR. */
export function vtodoText(todos: readonly ActionTodo[], dtstamp: Date): string {
  return todos.flatMap((t) => vtodoLines(t, dtstamp).map((line) => `${foldLine(line)}\r\n`)).join('');
}

/** Puts VTODO text into a calendar (e.g. ical-generator's output), before its END:VCALENDAR. */
export function withTodos(calendar: string, todos: string): string {
  if (!todos) return calendar;
  const end = calendar.lastIndexOf('END:VCALENDAR');
  if (end < 0) throw new Error('not an iCalendar object: no END:VCALENDAR');
  const before = calendar.slice(0, end);
  return `${before}${before.endsWith('\n') ? '' : '\r\n'}${todos}${calendar.slice(end)}`;
}

/** A calendar holding only the to-dos (for a "tasks" file of its own). */
export function todoCalendar(todos: readonly ActionTodo[], options: { dtstamp: Date; name?: string }): string {
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chairdesk//Action Plan//EN', 'CALSCALE:GREGORIAN'];
  if (options.name) head.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  return `${head.map((l) => `${foldLine(l)}\r\n`).join('')}${vtodoText(todos, options.dtstamp)}END:VCALENDAR\r\n`;
}
