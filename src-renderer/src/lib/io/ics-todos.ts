// Action Plan items with a deadline as iCalendar to-dos (RFC 5545 §3.6.2 VTODO), so a
// calendar client lists them beside the sessions: as text placed inside the schedule's
// VCALENDAR (see the ICS export's `extend`) or as a tasks-only calendar (`todoCalendar`).
import { dueDateOf, type DueSession } from '../domain/deadlines';
import { pickText, type Lang } from '../domain/text';
import type { ActionItem, ActionStatus, IsoDate, UtcInstant } from '../domain/types';
import { escapeText, fold, utcStamp } from './ics-writer';

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

/** The content lines of one VTODO, unfolded. */
export function vtodoLines(todo: ActionTodo, dtstamp: Date): string[] {
  return [
    'BEGIN:VTODO',
    `UID:${todo.uid}`,
    `DTSTAMP:${utcStamp(dtstamp)}`,
    `SEQUENCE:${todo.sequence}`,
    `LAST-MODIFIED:${utcStamp(todo.lastModified)}`,
    `SUMMARY:${escapeText(todo.summary)}`,
    ...(todo.description ? [`DESCRIPTION:${escapeText(todo.description)}`] : []),
    `DUE;VALUE=DATE:${todo.due.replace(/-/g, '')}`,
    `STATUS:${todo.status}`,
    `PERCENT-COMPLETE:${todo.percentComplete}`,
    ...(todo.completed ? [`COMPLETED:${utcStamp(todo.completed)}`] : []),
    ...(todo.relatedTo ? [`RELATED-TO:${todo.relatedTo}`] : []),
    ...(todo.categories.length ? [`CATEGORIES:${todo.categories.map(escapeText).join(',')}`] : []),
    'END:VTODO',
  ];
}

/** The VTODO components as folded text with CRLF line ends, to place inside a VCALENDAR. */
export function vtodoText(todos: readonly ActionTodo[], dtstamp: Date): string {
  return todos.flatMap((t) => vtodoLines(t, dtstamp).map((line) => `${fold(line)}\r\n`)).join('');
}

/** A calendar holding only the to-dos (for a "tasks" file of its own). */
export function todoCalendar(todos: readonly ActionTodo[], options: { dtstamp: Date; name?: string }): string {
  const head = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Chairdesk//Action Plan//EN', 'CALSCALE:GREGORIAN'];
  if (options.name) head.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  return `${head.map((l) => `${fold(l)}\r\n`).join('')}${vtodoText(todos, options.dtstamp)}END:VCALENDAR\r\n`;
}
