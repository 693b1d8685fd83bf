// Badges and table (tent) cards for a session.
// - Who gets one: everyone on the list who has not declined; or only those who confirmed; or
//   only those marked present (at the door, for late prints); optionally a hand-picked selection.
// - A badge's colour says its holder's category: head of delegation (the chair included), delegate
//   (members and experts), guest (guests and observers), press, staff (the secretariat). The list
//   of participants has no press role: press badges are printed blank, for the press office to fill in.
// - Badge paper: A4 sheets of 2 × 4 (cards 90 × 65 mm) or 2 × 5 (cards 85 × 54 mm, the
//   business-card size), the cards abutting in a block centred on the sheet, with crop marks
//   in the margin on every cut line.
// - A table card is one A4 sheet folded along its long middle: the delegation's name on both
//   halves, the upper one upside down, so that once folded it reads from both sides.
import type { Participant, ParticipantRole } from './types';

export const BADGE_CATEGORIES = ['head', 'delegate', 'guest', 'press', 'staff'] as const;
export type BadgeCategory = (typeof BADGE_CATEGORIES)[number];

const CATEGORY_OF: Record<ParticipantRole, BadgeCategory> = {
  chair: 'head',
  head: 'head',
  member: 'delegate',
  expert: 'delegate',
  guest: 'guest',
  observer: 'guest',
  secretariat: 'staff',
};

export function badgeCategory(role: ParticipantRole): BadgeCategory {
  return CATEGORY_OF[role];
}

/** Print colours per category (background of the band, its text). */
export const CATEGORY_COLOURS: Record<BadgeCategory, { band: string; text: string }> = {
  head: { band: '#8b1d2c', text: '#ffffff' },
  delegate: { band: '#1d4ed8', text: '#ffffff' },
  guest: { band: '#15803d', text: '#ffffff' },
  press: { band: '#f59e0b', text: '#111111' },
  staff: { band: '#4b5563', text: '#ffffff' },
};

export const BADGE_AUDIENCES = ['all', 'confirmed', 'present'] as const;
export type BadgeAudience = (typeof BADGE_AUDIENCES)[number];

export function isBadgeAudience(value: unknown): value is BadgeAudience {
  return typeof value === 'string' && (BADGE_AUDIENCES as readonly string[]).includes(value);
}

/** Whether a participant gets a badge for this audience (and, with a selection, is in it). */
export function getsBadge(
  p: Pick<Participant, 'id' | 'invitation' | 'attendance'>,
  audience: BadgeAudience,
  selection?: ReadonlySet<string>,
): boolean {
  if (selection && !selection.has(p.id)) return false;
  if (audience === 'confirmed') return p.invitation === 'confirmed';
  if (audience === 'present') return p.attendance === 'present';
  return p.invitation !== 'declined';
}

export const BADGE_LAYOUTS = ['2x4', '2x5'] as const;
export type BadgeLayout = (typeof BADGE_LAYOUTS)[number];

export function isBadgeLayout(value: unknown): value is BadgeLayout {
  return typeof value === 'string' && (BADGE_LAYOUTS as readonly string[]).includes(value);
}

export const A4 = { width: 210, height: 297 } as const;

export interface SheetGeometry {
  columns: number;
  rows: number;
  /** One card, in millimetres. */
  card: { width: number; height: number };
  /** The top-left corner of each card on the sheet, row by row, in millimetres. */
  cells: { x: number; y: number }[];
}

const CARDS: Record<BadgeLayout, { columns: number; rows: number; width: number; height: number }> = {
  '2x4': { columns: 2, rows: 4, width: 90, height: 65 },
  '2x5': { columns: 2, rows: 5, width: 85, height: 54 },
};

export function sheetGeometry(layout: BadgeLayout): SheetGeometry {
  const { columns, rows, width, height } = CARDS[layout];
  // The cards abut, as on perforated badge paper: one cut between two neighbours.
  const left = (A4.width - columns * width) / 2;
  const top = (A4.height - rows * height) / 2;
  const cells = Array.from({ length: columns * rows }, (_, i) => ({
    x: left + (i % columns) * width,
    y: top + Math.floor(i / columns) * height,
  }));
  return { columns, rows, card: { width, height }, cells };
}

export interface Line {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * Crop marks: each cut line extended into the sheet's margin, stopping short of the cards, so
 * that a guillotine cut along them leaves no mark on a card (millimetres).
 */
export function cropMarks(g: SheetGeometry, length = 6, offset = 2): Line[] {
  const first = g.cells[0] ?? { x: 0, y: 0 };
  const left = first.x;
  const top = first.y;
  const right = left + g.columns * g.card.width;
  const bottom = top + g.rows * g.card.height;
  const xs = Array.from({ length: g.columns + 1 }, (_, i) => left + i * g.card.width);
  const ys = Array.from({ length: g.rows + 1 }, (_, i) => top + i * g.card.height);
  return [
    ...xs.flatMap((x) => [
      { x1: x, y1: top - offset - length, x2: x, y2: top - offset },
      { x1: x, y1: bottom + offset, x2: x, y2: bottom + offset + length },
    ]),
    ...ys.flatMap((y) => [
      { x1: left - offset - length, y1: y, x2: left - offset, y2: y },
      { x1: right + offset, y1: y, x2: right + offset + length, y2: y },
    ]),
  ];
}

/** Splits badges into sheets of the layout's size. */
export function intoSheets<T>(badges: readonly T[], layout: BadgeLayout): T[][] {
  const size = CARDS[layout].columns * CARDS[layout].rows;
  const sheets: T[][] = [];
  for (let i = 0; i < badges.length; i += size) sheets.push(badges.slice(i, i + size));
  return sheets;
}

/** The largest size (pt) at which a delegation's name fits the table card's width in one or two lines. */
export function tableCardFontSize(name: string): number {
  const longest = Math.max(...name.split(/\s+/).map((w) => w.length), 1);
  const length = name.length;
  // About 0.6 em per letter; the card's face is 267 mm wide (about 757 pt) and 2 lines high at most.
  const byWord = 757 / (longest * 0.62);
  const byLines = length > 18 ? (2 * 757) / (length * 0.62) : 757 / (length * 0.62);
  return Math.floor(Math.min(72, byWord, byLines));
}
