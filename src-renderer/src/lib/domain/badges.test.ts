import { describe, expect, it } from 'vitest';
import { A4, badgeCategory, cropMarks, getsBadge, intoSheets, sheetGeometry, tableCardFontSize } from './badges';

describe('badges', () => {
  it('colours a badge by its holder’s category', () => {
    expect(['chair', 'head', 'member', 'expert', 'guest', 'observer', 'secretariat'].map((r) => badgeCategory(r as never))).toEqual([
      'head',
      'head',
      'delegate',
      'delegate',
      'guest',
      'guest',
      'staff',
    ]);
  });

  it('prints for everyone not declined, only the confirmed, or only those present, within a selection', () => {
    const rows = [
      { id: 'a', invitation: 'confirmed', attendance: 'present' },
      { id: 'b', invitation: 'invited', attendance: 'unknown' },
      { id: 'c', invitation: 'declined', attendance: 'unknown' },
      { id: 'd', invitation: 'confirmed', attendance: 'absent' },
    ] as const;
    const pick = (audience: 'all' | 'confirmed' | 'present', selection?: Set<string>): string[] =>
      rows.filter((r) => getsBadge(r, audience, selection)).map((r) => r.id);
    expect(pick('all')).toEqual(['a', 'b', 'd']);
    expect(pick('confirmed')).toEqual(['a', 'd']);
    expect(pick('present')).toEqual(['a']);
    expect(pick('all', new Set(['b', 'c']))).toEqual(['b']);
  });

  it.each(['2x4', '2x5'] as const)(
    'lays %s badges on an A4 sheet without overlap, inside its printable area, crop marks off the cards',
    (layout) => {
      const g = sheetGeometry(layout);
      expect(g.cells).toHaveLength(g.columns * g.rows);
      for (const cell of g.cells) {
        expect(cell.x).toBeGreaterThanOrEqual(5);
        expect(cell.y).toBeGreaterThanOrEqual(5);
        expect(cell.x + g.card.width).toBeLessThanOrEqual(A4.width - 5);
        expect(cell.y + g.card.height).toBeLessThanOrEqual(A4.height - 5);
        for (const other of g.cells) {
          if (other === cell) continue;
          const apart =
            other.x >= cell.x + g.card.width ||
            other.x + g.card.width <= cell.x ||
            other.y >= cell.y + g.card.height ||
            other.y + g.card.height <= cell.y;
          expect(apart).toBe(true);
        }
      }
      const marks = cropMarks(g);
      // Every cut line, at both ends: columns + 1 vertical lines, rows + 1 horizontal ones.
      expect(marks).toHaveLength(2 * (g.columns + 1) + 2 * (g.rows + 1));
      for (const mark of marks) {
        expect(Math.min(mark.x1, mark.x2)).toBeGreaterThanOrEqual(0);
        expect(Math.max(mark.y1, mark.y2)).toBeLessThanOrEqual(A4.height);
        for (const c of g.cells) {
          const inside = (x: number, y: number): boolean => x >= c.x && x <= c.x + g.card.width && y >= c.y && y <= c.y + g.card.height;
          expect(inside(mark.x1, mark.y1) || inside(mark.x2, mark.y2)).toBe(false);
        }
      }
      // Each card edge lies on a cut line that a mark extends.
      for (const c of g.cells) {
        expect(marks.some((mk) => mk.x1 === mk.x2 && mk.x1 === c.x)).toBe(true);
        expect(marks.some((mk) => mk.y1 === mk.y2 && mk.y1 === c.y + g.card.height)).toBe(true);
      }
    },
  );

  it('fills sheets in order, the last one partly', () => {
    const badges = Array.from({ length: 21 }, (_, i) => i);
    expect(intoSheets(badges, '2x5').map((s) => s.length)).toEqual([10, 10, 1]);
    expect(intoSheets(badges, '2x4').map((s) => s.length)).toEqual([8, 8, 5]);
  });

  it('sets a long delegation name smaller than a short one on a table card', () => {
    expect(tableCardFontSize('Russian Federation')).toBeLessThan(tableCardFontSize('Armenia'));
    expect(tableCardFontSize('Armenia')).toBe(72);
    expect(tableCardFontSize('Organization for Security and Co-operation in Europe')).toBeGreaterThan(20);
  });
});
