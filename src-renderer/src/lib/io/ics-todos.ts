// Action Plan items with a deadline as iCalendar to-dos (RFC 5545 §3.6.2 VTODO), so a
// calendar client lists them beside the sessions: as text placed inside the schedule's
// VCALENDAR (see the ICS export's `extend`) or as a tasks-only calendar (`todoCalendar`).
import { dueDateOf, type DueSession } from '../domain/deadlines';
import { addDays } from '../domain/time';
import { pickText, type Lang } from '../domain/text';
import type { ActionItem, ActionStatus, IsoDate, UtcInstant } from '../domain/types';
import { IcsLines, utcStamp } from './ics-writer';

export type TodoStatus = 'NEEDS-ACTION' | 'IN-PROCESS' | 'COMPLETED' | 'CANCELLED';

/** One to-do, ready to be written: what a VTODO says about an item. */
export interface ActionTodo {
  uid: string;
  summary: string;
  description?: string;
  /** An all-day due date (DUE;VALUE=DATE): deadlines are days, and need no time zone. */
  due: IsoDate;
  /**
   * When the work starts (DTSTART;VALUE=DATE): the day the item was written, or the day before
   * its deadline if that is earlier (RFC 5545 wants DUE after DTSTART; RFC 5546 wants a
   * DTSTART on every published to-do).
   */
  start: IsoDate;
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
  | 'id'
  | 'number'
  | 'title'
  | 'description'
  | 'status'
  | 'progress'
  | 'rev'
  | 'parentId'
  | 'createdAt'
  | 'updatedAt'
  | 'dueDate'
  | 'dueSessionId'
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
      start: item.createdAt.slice(0, 10) < due ? item.createdAt.slice(0, 10) : addDays(due, -1),
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

/** The organizer every component of a METHOD:PUBLISH calendar names (RFC 5546 §3.4.1). */
export interface TodoOrganizer {
  address: string;
  name: string;
}

/** Writes one VTODO per to-do. Every value is escaped or checked (./ics-writer.ts): an item id or a theme cannot break a line. */
export function writeTodos(lines: IcsLines, todos: readonly ActionTodo[], dtstamp: Date, organizer?: TodoOrganizer): void {
  for (const todo of todos) {
    lines
      .begin('VTODO')
      .text('UID', todo.uid)
      .raw('DTSTAMP', utcStamp(dtstamp))
      .raw('SEQUENCE', String(todo.sequence))
      .raw('LAST-MODIFIED', utcStamp(todo.lastModified))
      .text('SUMMARY', todo.summary);
    if (todo.description) lines.text('DESCRIPTION', todo.description);
    lines
      .raw('DTSTART', todo.start.replace(/-/g, ''), { VALUE: 'DATE' })
      .raw('DUE', todo.due.replace(/-/g, ''), { VALUE: 'DATE' })
      // 0: no priority given (§3.8.1.9); RFC 5546 wants the property on a published to-do.
      .raw('PRIORITY', '0')
      .raw('STATUS', todo.status)
      .raw('PERCENT-COMPLETE', String(todo.percentComplete));
    if (todo.completed) lines.raw('COMPLETED', utcStamp(todo.completed));
    if (todo.relatedTo) lines.text('RELATED-TO', todo.relatedTo);
    if (todo.categories.length) lines.textList('CATEGORIES', todo.categories);
    if (organizer) lines.raw('ORGANIZER', organizer.address, { CN: organizer.name });
    lines.end('VTODO');
  }
}

/** A calendar holding only the to-dos (a "tasks" file of its own): a plain calendar, no METHOD. */
export function todoCalendar(todos: readonly ActionTodo[], options: { dtstamp: Date; name?: string }): string {
  const lines = new IcsLines()
    .begin('VCALENDAR')
    .raw('VERSION', '2.0')
    .raw('PRODID', '-//Chairdesk//Action Plan//EN')
    .raw('CALSCALE', 'GREGORIAN');
  if (options.name) lines.text('X-WR-CALNAME', options.name);
  writeTodos(lines, todos, options.dtstamp);
  return lines.end('VCALENDAR').toString();
}
