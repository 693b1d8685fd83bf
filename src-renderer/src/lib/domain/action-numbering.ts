// Hierarchical Action Plan numbers (1, 1.1, 1.2, 2 …). The plan is an outline: each item
// has a parent (or none) and a place among its siblings. Every edit of the outline (insert,
// move, indent, outdent, remove) is a pure function from one outline to the next; the
// numbers are then derived from the outline alone, so they can never disagree with it.

/** `1.2` → `0001.0002`: sorts numerically as a plain string, so it can be indexed. */
export function sortKeyOf(number: string): string {
  return number
    .split('.')
    .map((n) => n.padStart(4, '0'))
    .join('.');
}

/** Orders `1.10` after `1.9` and `2` after `1.3`. */
export function compareNumbers(a: string, b: string): number {
  const sa = sortKeyOf(a);
  const sb = sortKeyOf(b);
  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

export interface OutlineNode {
  id: string;
  parentId?: string;
  sortKey: string;
}

/** The key of the top level in an outline. */
export const ROOT = '';

/** Ordered child ids per parent id (`ROOT` for top-level items). Never mutated: every edit copies. */
export type Outline = ReadonlyMap<string, readonly string[]>;

export type HierarchyProblem = 'cycle' | 'not-found' | 'no-previous-sibling' | 'top-level';

/** An outline edit that cannot be made: a cycle, an unknown item, nowhere to indent or outdent. */
export class HierarchyError extends Error {
  override readonly name = 'HierarchyError';
  constructor(
    readonly problem: HierarchyProblem,
    readonly id: string,
  ) {
    super(`cannot change the outline at ${id}: ${problem}`);
  }
}

/**
 * Builds the outline of stored items. An item whose parent no longer exists is top-level, and
 * so is the first item (in number order) of a parent chain that loops back on itself, so a
 * damaged row (another machine's edit, an old backup) never hides items or hangs the view.
 */
export function outlineOf(nodes: readonly OutlineNode[]): Outline {
  const sorted = [...nodes].sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : a.id < b.id ? -1 : 1));
  const ids = new Set(sorted.map((n) => n.id));
  const parents = new Map(sorted.map((n) => [n.id, n.parentId && ids.has(n.parentId) ? n.parentId : ROOT]));
  for (const { id } of sorted) {
    const seen = new Set<string>();
    for (let at = parents.get(id) ?? ROOT; at !== ROOT && !seen.has(at); at = parents.get(at) ?? ROOT) {
      if (at === id) {
        parents.set(id, ROOT);
        break;
      }
      seen.add(at);
    }
  }
  const outline = new Map<string, string[]>();
  for (const { id } of sorted) {
    const parent = parents.get(id) ?? ROOT;
    outline.set(parent, [...(outline.get(parent) ?? []), id]);
  }
  return outline;
}

function has(outline: Outline, id: string): boolean {
  for (const children of outline.values()) if (children.includes(id)) return true;
  return false;
}

/** The parent of an item (`ROOT` for a top-level one). */
export function parentOf(outline: Outline, id: string): string {
  for (const [parent, children] of outline) if (children.includes(id)) return parent;
  throw new HierarchyError('not-found', id);
}

/** Every item below `id`, depth first. */
export function descendantsOf(outline: Outline, id: string): string[] {
  const result: string[] = [];
  const walk = (parent: string): void => {
    for (const child of outline.get(parent) ?? []) {
      result.push(child);
      walk(child);
    }
  };
  walk(id);
  return result;
}

function withList(outline: Outline, parent: string, list: readonly string[]): Map<string, readonly string[]> {
  const next = new Map(outline);
  if (list.length) next.set(parent, list);
  else next.delete(parent);
  return next;
}

function clampIndex(index: number | undefined, length: number): number {
  if (index === undefined || index > length) return length;
  return Math.max(0, index);
}

/** Adds a new item under `parentId` at `index` among its siblings (at the end by default). */
export function insertNode(outline: Outline, id: string, parentId: string = ROOT, index?: number): Outline {
  if (parentId !== ROOT && !has(outline, parentId)) throw new HierarchyError('not-found', parentId);
  const siblings = [...(outline.get(parentId) ?? [])];
  siblings.splice(clampIndex(index, siblings.length), 0, id);
  return withList(outline, parentId, siblings);
}

/** Would putting `id` under `parentId` make an item its own ancestor? */
export function wouldCycle(outline: Outline, id: string, parentId: string): boolean {
  return parentId === id || descendantsOf(outline, id).includes(parentId);
}

/**
 * Moves an item with its sub-items under `parentId`, at `index` among the siblings it will
 * have there (counted without the item itself). Refuses a move under itself or a descendant.
 */
export function moveNode(outline: Outline, id: string, parentId: string, index?: number): Outline {
  const from = parentOf(outline, id);
  if (parentId !== ROOT && !has(outline, parentId)) throw new HierarchyError('not-found', parentId);
  if (wouldCycle(outline, id, parentId)) throw new HierarchyError('cycle', id);
  const without = withList(
    outline,
    from,
    (outline.get(from) ?? []).filter((c) => c !== id),
  );
  const siblings = [...(without.get(parentId) ?? [])];
  siblings.splice(clampIndex(index, siblings.length), 0, id);
  return withList(without, parentId, siblings);
}

/** Swaps an item with its previous (-1) or next (+1) sibling; at either end nothing changes. */
export function moveAmongSiblings(outline: Outline, id: string, delta: -1 | 1): Outline {
  const parent = parentOf(outline, id);
  const siblings = outline.get(parent) ?? [];
  const at = siblings.indexOf(id);
  const to = at + delta;
  if (to < 0 || to >= siblings.length) return outline;
  return moveNode(outline, id, parent, to);
}

/** Makes an item the last sub-item of its previous sibling (1.2 → 1.1.n). */
export function indentNode(outline: Outline, id: string): Outline {
  const parent = parentOf(outline, id);
  const siblings = outline.get(parent) ?? [];
  const previous = siblings[siblings.indexOf(id) - 1];
  if (previous === undefined) throw new HierarchyError('no-previous-sibling', id);
  return moveNode(outline, id, previous);
}

/** Makes an item the next sibling of its parent (1.2 → 2, the old 2 becomes 3). */
export function outdentNode(outline: Outline, id: string): Outline {
  const parent = parentOf(outline, id);
  if (parent === ROOT) throw new HierarchyError('top-level', id);
  const grandparent = parentOf(outline, parent);
  const index = (outline.get(grandparent) ?? []).indexOf(parent) + 1;
  return moveNode(outline, id, grandparent, index);
}

export interface Removal {
  outline: Outline;
  /** The item and every sub-item, depth first. */
  removed: string[];
  /** Where the item stood, so an undo can put it back. */
  parentId: string;
  index: number;
}

/** Takes an item and its sub-items out of the outline. */
export function removeNode(outline: Outline, id: string): Removal {
  const parentId = parentOf(outline, id);
  const index = (outline.get(parentId) ?? []).indexOf(id);
  const removed = [id, ...descendantsOf(outline, id)];
  const next = new Map(outline);
  for (const gone of removed) next.delete(gone);
  return {
    outline: withList(
      next,
      parentId,
      (next.get(parentId) ?? []).filter((c) => c !== id),
    ),
    removed,
    parentId,
    index,
  };
}

/** Puts a removed subtree (as `outlineOf` its rows) back under `parentId` at `index`. */
export function restoreSubtree(outline: Outline, subtree: Outline, rootId: string, parentId: string, index: number): Outline {
  const parent = parentId !== ROOT && !has(outline, parentId) ? ROOT : parentId;
  const next = new Map(insertNode(outline, rootId, parent, index));
  for (const [p, children] of subtree) if (p !== ROOT) next.set(p, children);
  return next;
}

export interface Numbered {
  number: string;
  sortKey: string;
  parentId?: string;
}

/** The number, sort key and parent of every item in the outline. */
export function numberOutline(outline: Outline): Map<string, Numbered> {
  const result = new Map<string, Numbered>();
  const walk = (parent: string, prefix: string): void => {
    (outline.get(parent) ?? []).forEach((id, i) => {
      const number = prefix ? `${prefix}.${i + 1}` : String(i + 1);
      result.set(id, { number, sortKey: sortKeyOf(number), ...(parent === ROOT ? {} : { parentId: parent }) });
      walk(id, number);
    });
  };
  walk(ROOT, '');
  return result;
}

/** The items whose number, sort key or parent differ from what the outline now says. */
export function renumbering<T extends OutlineNode & { number: string }>(
  items: readonly T[],
  outline: Outline,
): { item: T; next: Numbered }[] {
  const numbers = numberOutline(outline);
  const changes: { item: T; next: Numbered }[] = [];
  for (const item of items) {
    const next = numbers.get(item.id);
    if (!next) continue;
    if (next.number !== item.number || next.sortKey !== item.sortKey || next.parentId !== item.parentId) changes.push({ item, next });
  }
  return changes;
}
