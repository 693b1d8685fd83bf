import { describe, expect, it } from 'vitest';
import {
  compareNumbers,
  HierarchyError,
  indentNode,
  insertNode,
  moveAmongSiblings,
  moveNode,
  numberOutline,
  outdentNode,
  outlineOf,
  removeNode,
  renumbering,
  restoreSubtree,
  ROOT,
  sortKeyOf,
  wouldCycle,
  type Outline,
} from './action-numbering';

/** A plan as `number → id`, e.g. the example's first two branches. */
function plan(numbers: string[]): { id: string; number: string; sortKey: string; parentId?: string }[] {
  return numbers.map((n) => {
    const parent = n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : undefined;
    return { id: `i${n}`, number: n, sortKey: sortKeyOf(n), ...(parent ? { parentId: `i${parent}` } : {}) };
  });
}

/** `id → number`, in number order, for readable expectations. */
function numbers(outline: Outline): Record<string, string> {
  const entries = [...numberOutline(outline)].sort((a, b) => compareNumbers(a[1].number, b[1].number));
  return Object.fromEntries(entries.map(([id, n]) => [id, n.number]));
}

const example = plan(['1', '1.1', '1.2', '2', '2.1', '2.2', '2.3', '3']);

describe('sort keys and number order', () => {
  it('sorts 1.10 after 1.9 and 2 after 1.3 as plain strings', () => {
    const sorted = ['2', '1.10', '1.9', '1', '1.3'].sort(compareNumbers);
    expect(sorted).toEqual(['1', '1.3', '1.9', '1.10', '2']);
    expect(sortKeyOf('1.10') > sortKeyOf('1.9')).toBe(true);
  });
});

describe('renumbering the outline', () => {
  it('numbers an item added under 1 as 1.3, leaving everything else alone', () => {
    const outline = insertNode(outlineOf(example), 'new', 'i1');
    expect(numbers(outline).new).toBe('1.3');
    const changes = renumbering([...example, { id: 'new', number: '', sortKey: '' }], outline);
    expect(changes.map((c) => [c.item.id, c.next.number, c.next.parentId])).toEqual([['new', '1.3', 'i1']]);
  });

  it('shifts the following siblings when an item is inserted before them', () => {
    const outline = insertNode(outlineOf(example), 'new', 'i2', 0);
    expect(numbers(outline)).toMatchObject({ new: '2.1', 'i2.1': '2.2', 'i2.2': '2.3', 'i2.3': '2.4', i3: '3' });
  });

  it('inserts at the top level after the last item by default', () => {
    expect(numbers(insertNode(outlineOf(example), 'new')).new).toBe('4');
    expect(numbers(insertNode(outlineOf([]), 'first')).first).toBe('1');
  });

  it('renumbers both branches when an item moves from 1 to the head of 2', () => {
    const outline = moveNode(outlineOf(example), 'i1.1', 'i2', 0);
    expect(numbers(outline)).toEqual({
      i1: '1',
      'i1.2': '1.1',
      i2: '2',
      'i1.1': '2.1',
      'i2.1': '2.2',
      'i2.2': '2.3',
      'i2.3': '2.4',
      i3: '3',
    });
    const changed = renumbering(example, outline).map((c) => c.item.id);
    expect(changed.sort()).toEqual(['i1.1', 'i1.2', 'i2.1', 'i2.2', 'i2.3']);
  });

  it('moves an item with its sub-items, which keep their place under it', () => {
    const outline = moveNode(outlineOf(example), 'i2', ROOT, 0);
    expect(numbers(outline)).toMatchObject({ i2: '1', 'i2.1': '1.1', 'i2.3': '1.3', i1: '2', 'i1.2': '2.2', i3: '3' });
  });

  it('moves up and down among siblings, and stays put at either end', () => {
    const outline = outlineOf(example);
    expect(numbers(moveAmongSiblings(outline, 'i2.2', -1))).toMatchObject({ 'i2.2': '2.1', 'i2.1': '2.2' });
    expect(numbers(moveAmongSiblings(outline, 'i2.2', 1))).toMatchObject({ 'i2.2': '2.3', 'i2.3': '2.2' });
    expect(moveAmongSiblings(outline, 'i2.1', -1)).toBe(outline);
    expect(moveAmongSiblings(outline, 'i3', 1)).toBe(outline);
  });

  it('indents an item under its previous sibling and outdents it after its parent', () => {
    const indented = indentNode(outlineOf(example), 'i1.2');
    expect(numbers(indented)).toMatchObject({ 'i1.1': '1.1', 'i1.2': '1.1.1', i2: '2' });
    const outdented = outdentNode(outlineOf(example), 'i1.1');
    expect(numbers(outdented)).toMatchObject({ i1: '1', 'i1.2': '1.1', 'i1.1': '2', i2: '3', 'i2.3': '3.3', i3: '4' });
  });

  it('refuses to indent a first child or outdent a top-level item', () => {
    expect(() => indentNode(outlineOf(example), 'i2.1')).toThrow(new HierarchyError('no-previous-sibling', 'i2.1'));
    expect(() => outdentNode(outlineOf(example), 'i3')).toThrow(new HierarchyError('top-level', 'i3'));
  });

  it('closes the gap when an item and its sub-items are removed, and an undo puts them back', () => {
    const before = outlineOf(example);
    const removal = removeNode(before, 'i2');
    expect(removal).toMatchObject({ removed: ['i2', 'i2.1', 'i2.2', 'i2.3'], parentId: ROOT, index: 1 });
    expect(numbers(removal.outline)).toEqual({ i1: '1', 'i1.1': '1.1', 'i1.2': '1.2', i3: '2' });

    const subtree = outlineOf(example.filter((i) => removal.removed.includes(i.id)));
    const restored = restoreSubtree(removal.outline, subtree, 'i2', removal.parentId, removal.index);
    expect(numbers(restored)).toEqual(numbers(before));
  });
});

describe('cycles in the hierarchy', () => {
  it('refuses to move an item under itself or under one of its sub-items', () => {
    const outline = outlineOf(plan(['1', '1.1', '1.1.1', '2']));
    expect(wouldCycle(outline, 'i1', 'i1.1.1')).toBe(true);
    expect(wouldCycle(outline, 'i1', 'i1')).toBe(true);
    expect(wouldCycle(outline, 'i1.1.1', 'i1')).toBe(false);
    expect(() => moveNode(outline, 'i1', 'i1.1')).toThrow(new HierarchyError('cycle', 'i1'));
    expect(numbers(outline)).toMatchObject({ i1: '1', 'i1.1': '1.1', 'i1.1.1': '1.1.1' });
  });

  it('reads stored rows whose parents point at each other without losing or looping over them', () => {
    const rows = [
      { id: 'a', parentId: 'b', sortKey: '0001' },
      { id: 'b', parentId: 'a', sortKey: '0002' },
      { id: 'c', parentId: 'c', sortKey: '0003' },
    ];
    const outline = outlineOf(rows);
    // The first item of the loop (in number order) becomes top-level; c points at itself.
    expect(numbers(outline)).toEqual({ a: '1', b: '1.1', c: '2' });
  });
});
