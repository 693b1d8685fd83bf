// The seating plan as a drawing: every shape and label of the plan with its paint and font as
// attributes, made once from the layout (../domain/seating.ts). The screen and the printed page
// draw these shapes (components/seating/SeatingChart.svelte), and the Word export writes the
// same shapes as an SVG file (seatingSvg): one drawing, so the file can never differ from the
// screen. Paint and fonts are attributes, not CSS classes, so that an SVG read on its own (in
// Word, LibreOffice or an image viewer) looks as it does on screen.
import type { Seat, SeatingLayout } from '../domain/seating';
import type { Lang } from '../domain/text';
import { m } from './i18n';

/** Named explicitly: an SVG file has no page stylesheet to inherit a font from. */
const DRAWING_FONT = "'Noto Sans', 'DejaVu Sans', Arial, sans-serif";

export type Attrs = Readonly<Record<string, string | number>>;

export type Shape =
  | { tag: 'rect' | 'ellipse' | 'path'; attrs: Attrs }
  | { tag: 'circle'; attrs: Attrs; title: string }
  | { tag: 'text'; attrs: Attrs; text: string };

/** A delegation's place: a box with its number and its name, the shapes a user can pick and swap. */
export interface DrawnPlace {
  partyId: string;
  /** "Place 3: China", the place's accessible name. */
  label: string;
  shapes: Shape[];
}

export type DrawingItem = { shape: Shape } | { place: DrawnPlace };

export interface SeatingDrawing {
  width: number;
  height: number;
  items: DrawingItem[];
}

/** The paint of each kind of place, also the swatches of the legend. */
export const PLACE_PAINT = {
  chair: { fill: '#163a5b', stroke: '#163a5b' },
  secretariat: { fill: '#d1d5db', stroke: '#6b7280' },
  delegation: { fill: '#dbeafe', stroke: '#1d4ed8' },
  behind: { fill: '#f1f5f9', stroke: '#64748b' },
  guest: { fill: '#fef3c7', stroke: '#b45309' },
  booth: { fill: '#ccfbf1', stroke: '#0f766e' },
} as const satisfies Record<Seat['kind'], { fill: string; stroke: string }>;

const TABLE: Attrs = { fill: '#e8edf3', stroke: '#5b6b7d', 'stroke-width': 2 };
const HALF = 42;

const text = (x: number, y: number, value: string, size: number, extra: Attrs = {}): Shape => ({
  tag: 'text',
  attrs: { x, y, 'font-family': DRAWING_FONT, 'font-size': size, 'text-anchor': 'middle', fill: '#111', ...extra },
  text: value,
});

function tableShape(table: SeatingLayout['tables'][number]): Shape {
  if (table.kind === 'circle')
    return {
      tag: 'ellipse',
      attrs: { cx: table.x + table.width / 2, cy: table.y + table.height / 2, rx: table.width / 2, ry: table.height / 2, ...TABLE },
    };
  if (table.kind === 'u') {
    const { x, y, width: w, height: h } = table;
    return {
      tag: 'path',
      attrs: { d: `M ${x} ${y + h} V ${y} H ${x + w} V ${y + h} h -40 V ${y + 40} H ${x + 40} V ${y + h} Z`, ...TABLE },
    };
  }
  return { tag: 'rect', attrs: { x: table.x, y: table.y, width: table.width, height: table.height, rx: 6, ...TABLE } };
}

/** The plan's shapes in drawing order: the guests' section, the table, then each place in seating order. */
export function seatingDrawing(layout: SeatingLayout, labels: ReadonlyMap<string, string>, lang: Lang): SeatingDrawing {
  const o = { locale: lang };
  const nameOf = (seat: Seat): string => (seat.partyId ? (labels.get(seat.partyId) ?? '?') : '');
  const items: DrawingItem[] = [];
  const g = layout.guestsArea;
  if (g) {
    items.push({
      shape: {
        tag: 'rect',
        attrs: {
          x: g.x,
          y: g.y,
          width: g.width,
          height: g.height,
          rx: 10,
          fill: 'none',
          stroke: '#b45309',
          'stroke-width': 1.5,
          'stroke-dasharray': '8 6',
        },
      },
    });
    items.push({ shape: text(g.x + 10, g.y + 18, m.seating_section_guests({}, o), 13, { 'text-anchor': 'start', fill: '#92400e' }) });
  }
  for (const table of layout.tables) items.push({ shape: tableShape(table) });
  for (const seat of layout.seats) {
    const paint = PLACE_PAINT[seat.kind];
    if (seat.kind === 'chair' || seat.kind === 'secretariat') {
      const chair = seat.kind === 'chair';
      items.push({ shape: { tag: 'rect', attrs: { x: seat.x - HALF, y: seat.y - 16, width: HALF * 2, height: 32, rx: 6, ...paint } } });
      items.push({
        shape: text(
          seat.x,
          seat.y + 4,
          chair ? m.seating_chair({}, o) : m.seating_secretariat({}, o),
          12,
          chair ? { fill: '#fff', 'font-weight': 600 } : {},
        ),
      });
    } else if (seat.kind === 'booth') {
      items.push({ shape: { tag: 'rect', attrs: { x: seat.x - 55, y: seat.y - 18, width: 110, height: 36, rx: 2, ...paint } } });
      items.push({ shape: text(seat.x, seat.y + 4, m.seating_booth({ number: seat.number ?? 0 }, o), 12) });
    } else if (seat.kind === 'behind') {
      items.push({ shape: { tag: 'circle', attrs: { cx: seat.x, cy: seat.y, r: 12, ...paint }, title: nameOf(seat) } });
    } else if (seat.partyId) {
      items.push({
        place: {
          partyId: seat.partyId,
          label: m.seating_place_label({ number: seat.number ?? 0, delegation: nameOf(seat) }, o),
          shapes: [
            { tag: 'rect', attrs: { x: seat.x - HALF, y: seat.y - 18, width: HALF * 2, height: 36, rx: 8, 'stroke-width': 1.5, ...paint } },
            text(seat.x, seat.y - 4, String(seat.number ?? ''), 10, { 'font-weight': 700 }),
            text(seat.x, seat.y + 11, nameOf(seat), 11),
          ],
        },
      });
    }
  }
  return { width: layout.width, height: layout.height, items };
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escapeXml = (value: string): string => value.replace(/[&<>"']/g, (ch) => ESCAPES[ch] ?? ch);

const attributes = (attrs: Attrs): string =>
  Object.entries(attrs)
    .map(([name, value]) => ` ${name}="${escapeXml(String(value))}"`)
    .join('');

function shapeXml(shape: Shape): string {
  switch (shape.tag) {
    case 'text':
      return `<text${attributes(shape.attrs)}>${escapeXml(shape.text)}</text>`;
    case 'circle':
      return `<circle${attributes(shape.attrs)}><title>${escapeXml(shape.title)}</title></circle>`;
    default:
      return `<${shape.tag}${attributes(shape.attrs)}/>`;
  }
}

/**
 * The drawing as a standalone SVG file, sized in CSS pixels (one drawing unit each) on a white
 * ground, as the Word export embeds it.
 */
export function seatingSvg(drawing: SeatingDrawing, title: string): string {
  const { width, height } = drawing;
  const body = drawing.items
    .map((item) =>
      'shape' in item
        ? shapeXml(item.shape)
        : `<g><title>${escapeXml(item.place.label)}</title>${item.place.shapes.map(shapeXml).join('')}</g>`,
    )
    .join('\n');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(title)}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#fff"/>`,
    body,
    '</svg>',
    '',
  ].join('\n');
}
