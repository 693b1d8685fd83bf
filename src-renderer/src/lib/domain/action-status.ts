// Rules of an Action Plan item's status and progress, and what the form checks before saving.
import { hasText } from './text';
import { LONG_TEXT_LIMIT, tooLong } from './text-limits';
import { ACTION_STATUSES, type ActionItem, type ActionStatus, type IsoDate, type Text } from './types';

export function isActionStatus(value: string): value is ActionStatus {
  return ACTION_STATUSES.some((s) => s === value);
}

/** An item still to be worked on: neither done nor cancelled. */
export function isOpen(status: ActionStatus): boolean {
  return status === 'not-started' || status === 'in-progress' || status === 'blocked';
}

/** `done` means finished: a done item at less than 100 % needs the user to confirm 100 %. */
export function needsFullProgress(status: ActionStatus, progress: number): boolean {
  return status === 'done' && progress < 100;
}

export interface ItemDraft {
  title: Text;
  description?: Text;
  status: ActionStatus;
  progress: number;
}

export type ItemErrorCode = 'required' | 'too-long' | 'progress-range' | 'done-needs-100' | 'unknown-status' | 'cycle';

export interface ItemError {
  field: 'title' | 'description' | 'progress' | 'status' | 'parentId';
  code: ItemErrorCode;
}

/** What makes an item unsavable. (A cycle is found by the outline: see action-numbering.) */
export function validateItem(draft: ItemDraft): ItemError[] {
  const errors: ItemError[] = [];
  if (!hasText(draft.title)) errors.push({ field: 'title', code: 'required' });
  else if (tooLong(draft.title)) errors.push({ field: 'title', code: 'too-long' });
  if (tooLong(draft.description, LONG_TEXT_LIMIT)) errors.push({ field: 'description', code: 'too-long' });
  if (!ACTION_STATUSES.includes(draft.status)) errors.push({ field: 'status', code: 'unknown-status' });
  if (!Number.isInteger(draft.progress) || draft.progress < 0 || draft.progress > 100) {
    errors.push({ field: 'progress', code: 'progress-range' });
  } else if (needsFullProgress(draft.status, draft.progress)) {
    errors.push({ field: 'progress', code: 'done-needs-100' });
  }
  return errors;
}

/**
 * A deadline before the plan was approved is probably a typing mistake, but not always (a
 * plan approved late can carry a date already passed): the user is warned, not refused.
 */
export function deadlineBeforeApproval(due: IsoDate | undefined, approvedOn: IsoDate | undefined): boolean {
  return !!due && !!approvedOn && due < approvedOn;
}

export function countByStatus(items: readonly Pick<ActionItem, 'status'>[]): Record<ActionStatus, number> {
  const counts: Record<ActionStatus, number> = { 'not-started': 0, 'in-progress': 0, done: 0, blocked: 0, cancelled: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}

export interface ThemeProgress {
  theme: string;
  items: number;
  done: number;
  /** Mean progress of the theme's items, 0–100, cancelled items left out. */
  progress: number;
}

/** Progress per theme, themes in first-appearance order (the plan's number order). */
export function progressByTheme(items: readonly Pick<ActionItem, 'theme' | 'status' | 'progress'>[]): ThemeProgress[] {
  const byTheme = new Map<string, { items: number; done: number; sum: number }>();
  for (const item of items) {
    if (item.status === 'cancelled') continue;
    const entry = byTheme.get(item.theme) ?? { items: 0, done: 0, sum: 0 };
    entry.items += 1;
    entry.sum += item.progress;
    if (item.status === 'done') entry.done += 1;
    byTheme.set(item.theme, entry);
  }
  return [...byTheme].map(([theme, e]) => ({ theme, items: e.items, done: e.done, progress: Math.round(e.sum / e.items) }));
}
