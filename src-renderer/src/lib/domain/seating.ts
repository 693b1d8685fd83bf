// The seating plan of a session: who sits where, and where each place is drawn.
// - Delegations at the table follow the organization's protocol order (./protocol-order.ts),
//   the first to the chair's right and on round the table; or, when a state was drawn by lot,
//   from that state on, continuing round the order (as the UN General Assembly seats its
//   members from the state drawn each year).
// - Member states sit at the table. Observers, partners and organizations, and states that
//   came only as guests, sit in their own section apart from it.
// - The chair has the place at the head of the table; the secretariat sits to the chair's left.
// - Each delegation has one place at the table (its head); its other seats are behind that place.
// - The plan keeps manual changes (two places swapped) until it is rebuilt from the list, and
//   says when the list of participants no longer matches it.
// The chair faces the table: on screen the chair sits at the top facing down, so the chair's
// right is the left of the drawing.
import { inProtocolOrder, type Ordered } from './protocol-order';
import type { Participant, ParticipantRole, ProtocolOrderRule, SeatingPlan, SeatingShape } from './types';

/** What a plan is made of: the delegations at the table and in the guests' section, in seating order. */
export interface SeatAssignment {
  order: string[];
  guests: string[];
}

export interface SeatingParticipant {
  partyId: string;
  role: ParticipantRole;
}

/** Who takes a place: not those who declined, nor those marked absent or excused. */
export function takesPlace(p: Pick<Participant, 'invitation' | 'attendance'>): boolean {
  return p.invitation !== 'declined' && p.attendance !== 'absent' && p.attendance !== 'excused';
}

const GUEST_ROLES: readonly ParticipantRole[] = ['guest', 'observer'];
const OWN_PLACE_ROLES: readonly ParticipantRole[] = ['chair', 'secretariat'];

/**
 * The delegations of a session sorted into the table and the guests' section: a member state
 * sits at the table unless all its people came as guests or observers; any other party is a guest.
 * The chair and the secretariat have places of their own and make no delegation by themselves.
 */
export function delegationsOf(
  participants: readonly SeatingParticipant[],
  parties: readonly Ordered[],
): { table: Ordered[]; guests: Ordered[] } {
  const roles = new Map<string, ParticipantRole[]>();
  for (const p of participants) {
    if (OWN_PLACE_ROLES.includes(p.role)) continue;
    roles.set(p.partyId, [...(roles.get(p.partyId) ?? []), p.role]);
  }
  const table: Ordered[] = [];
  const guests: Ordered[] = [];
  for (const party of parties) {
    const own = roles.get(party.id);
    if (!own) continue;
    if (party.kind === 'member' && !own.every((r) => GUEST_ROLES.includes(r))) table.push(party);
    else guests.push(party);
  }
  return { table, guests };
}

/** Parties in protocol order, rotated to begin with the state drawn by lot when there is one. */
export function seatingOrder(parties: readonly Ordered[], rule: ProtocolOrderRule | undefined, startPartyId?: string): string[] {
  const ordered = inProtocolOrder(parties, rule).map((p) => p.id);
  const start = startPartyId ? ordered.indexOf(startPartyId) : -1;
  return start > 0 ? [...ordered.slice(start), ...ordered.slice(0, start)] : ordered;
}

/** The places of a new plan (or of a plan rebuilt from the list). */
export function assignSeats(
  participants: readonly SeatingParticipant[],
  parties: readonly Ordered[],
  rule: ProtocolOrderRule | undefined,
  startPartyId?: string,
): SeatAssignment {
  const { table, guests } = delegationsOf(participants, parties);
  return { order: seatingOrder(table, rule, startPartyId), guests: seatingOrder(guests, rule) };
}

/** Swaps two delegations' places, within a section or across the two. Unknown ids change nothing. */
export function swapPlaces(plan: SeatAssignment, a: string, b: string): SeatAssignment {
  const all = [...plan.order, ...plan.guests];
  const i = all.indexOf(a);
  const j = all.indexOf(b);
  if (i < 0 || j < 0 || i === j) return { order: [...plan.order], guests: [...plan.guests] };
  all[i] = b;
  all[j] = a;
  return { order: all.slice(0, plan.order.length), guests: all.slice(plan.order.length) };
}

export interface PlanMismatch {
  /** Delegations on the list of participants that have no place on the plan. */
  added: string[];
  /** Delegations with a place on the plan that are no longer on the list. */
  withdrawn: string[];
}

/** How the list of participants differs from the plan; null when they match. */
export function planMismatch(plan: SeatAssignment, current: SeatAssignment): PlanMismatch | null {
  const planned = new Set([...plan.order, ...plan.guests]);
  const listed = new Set([...current.order, ...current.guests]);
  const added = [...listed].filter((id) => !planned.has(id));
  const withdrawn = [...planned].filter((id) => !listed.has(id));
  return added.length || withdrawn.length ? { added, withdrawn } : null;
}

// ---- Geometry -------------------------------------------------------------------------------

export type SeatKind = 'chair' | 'secretariat' | 'delegation' | 'behind' | 'guest' | 'booth';

/** A place as drawn: its centre, the direction the person in it faces (degrees, 0 = east, 90 = south on screen). */
export interface Seat {
  kind: SeatKind;
  /** The delegation seated here (not for the chair, the secretariat and booths). */
  partyId?: string;
  /** The place's number on the plan and in its legend (delegations and guests, from 1). */
  number?: number;
  /** For seats behind the head: 1 for the first row behind. */
  row?: number;
  x: number;
  y: number;
  rotation: number;
}

export interface TableOutline {
  kind: 'circle' | 'rect' | 'u' | 'podium';
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface SeatingLayout {
  width: number;
  height: number;
  tables: TableOutline[];
  seats: Seat[];
  /** Where the guests' section is drawn, when there is one. */
  guestsArea?: { x: number; y: number; width: number; height: number };
}

export type LayoutInput = Pick<SeatingPlan, 'shape' | 'seatsPerDelegation' | 'booths' | 'order' | 'guests'> & {
  /** Places kept for the secretariat beside the chair (at least one). */
  secretariat?: number;
};

/** Distance between neighbouring places and between rows, in drawing units. */
export const SEAT_PITCH = 90;
const ROW_GAP = 60;
const MARGIN = 80;

const rad = (deg: number): number => (deg * Math.PI) / 180;
const round2 = (n: number): number => Math.round(n * 100) / 100;

/** A point along a closed or open path of straight legs, each with the direction its seats face. */
interface Leg {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  facing: number;
}

function along(legs: readonly Leg[], s: number): { x: number; y: number; facing: number } {
  let left = s;
  for (const leg of legs) {
    const length = Math.hypot(leg.x2 - leg.x1, leg.y2 - leg.y1);
    if (left <= length || leg === legs[legs.length - 1]) {
      const t = length ? Math.min(left, length) / length : 0;
      return { x: leg.x1 + (leg.x2 - leg.x1) * t, y: leg.y1 + (leg.y2 - leg.y1) * t, facing: leg.facing };
    }
    left -= length;
  }
  return { x: 0, y: 0, facing: 90 };
}

/** Seats behind a place: further from the table, in the direction opposite to the one it faces. */
function behind(seat: Seat, count: number): Seat[] {
  const back = rad(seat.rotation + 180);
  return Array.from({ length: count }, (_, i) => ({
    kind: 'behind' as const,
    ...(seat.partyId ? { partyId: seat.partyId } : {}),
    row: i + 1,
    x: round2(seat.x + Math.cos(back) * ROW_GAP * (i + 1)),
    y: round2(seat.y + Math.sin(back) * ROW_GAP * (i + 1)),
    rotation: seat.rotation,
  }));
}

/**
 * Places round a table: the chair first, then the delegations from the chair's right, then the
 * secretariat, which so ends at the chair's left. `spot(k, n)` gives the k-th of n places.
 */
function aroundTable(plan: LayoutInput, spot: (k: number, n: number) => { x: number; y: number; facing: number }): Seat[] {
  const secretariat = Math.max(1, plan.secretariat ?? 1);
  const n = 1 + plan.order.length + secretariat;
  const seats: Seat[] = [];
  const at = (k: number): Pick<Seat, 'x' | 'y' | 'rotation'> => {
    const p = spot(k, n);
    return { x: round2(p.x), y: round2(p.y), rotation: round2(((p.facing % 360) + 360) % 360) };
  };
  seats.push({ kind: 'chair', ...at(0) });
  plan.order.forEach((partyId, i) => {
    const head: Seat = { kind: 'delegation', partyId, number: i + 1, ...at(i + 1) };
    seats.push(head, ...behind(head, plan.seatsPerDelegation - 1));
  });
  for (let i = 0; i < secretariat; i++) seats.push({ kind: 'secretariat', ...at(1 + plan.order.length + i) });
  return seats;
}

/** The places for n around a table, spaced so that neighbours are one pitch apart. */
function tableSeats(plan: LayoutInput): { seats: Seat[]; tables: TableOutline[]; width: number; height: number } {
  const places = 1 + plan.order.length + Math.max(1, plan.secretariat ?? 1);
  const depth = (plan.seatsPerDelegation - 1) * ROW_GAP;
  const pad = MARGIN + depth;
  switch (plan.shape) {
    case 'round': {
      const r = Math.max(120, (places * SEAT_PITCH) / (2 * Math.PI));
      const c = pad + r;
      // Place 0 at the top; increasing k goes to the chair's right (the drawing's left).
      const seats = aroundTable(plan, (k, n) => {
        const angle = -90 - (360 * k) / n;
        return { x: c + Math.cos(rad(angle)) * r, y: c + Math.sin(rad(angle)) * r, facing: angle + 180 };
      });
      const inner = r - 35;
      return {
        seats,
        tables: [{ kind: 'circle', x: c - inner, y: c - inner, width: 2 * inner, height: 2 * inner }],
        width: 2 * c,
        height: 2 * c,
      };
    }
    case 'rectangle': {
      // The long sides hold most places; the chair's end is the top side.
      const perimeter = places * SEAT_PITCH;
      const w = Math.max(240, perimeter * 0.3);
      const h = Math.max(160, perimeter / 2 - w);
      const x0 = pad;
      const y0 = pad;
      const cx = x0 + w / 2;
      const legs: Leg[] = [
        { x1: cx, y1: y0, x2: x0, y2: y0, facing: 90 },
        { x1: x0, y1: y0, x2: x0, y2: y0 + h, facing: 0 },
        { x1: x0, y1: y0 + h, x2: x0 + w, y2: y0 + h, facing: 270 },
        { x1: x0 + w, y1: y0 + h, x2: x0 + w, y2: y0, facing: 180 },
        { x1: x0 + w, y1: y0, x2: cx, y2: y0, facing: 90 },
      ];
      const total = 2 * (w + h);
      const seats = aroundTable(plan, (k, n) => along(legs, (total * k) / n));
      return {
        seats,
        tables: [{ kind: 'rect', x: x0 + 35, y: y0 + 35, width: w - 70, height: h - 70 }],
        width: w + 2 * pad,
        height: h + 2 * pad,
      };
    }
    case 'u-shape': {
      // The chair at the middle of the closed end (top); the open end (bottom) seats nobody.
      const perimeter = places * SEAT_PITCH;
      const w = Math.max(280, perimeter * 0.3);
      const h = Math.max(200, (perimeter - w) / 2);
      const x0 = pad;
      const y0 = pad;
      const cx = x0 + w / 2;
      const legs: Leg[] = [
        { x1: cx, y1: y0, x2: x0, y2: y0, facing: 90 },
        { x1: x0, y1: y0, x2: x0, y2: y0 + h, facing: 0 },
        { x1: x0 + w, y1: y0 + h, x2: x0 + w, y2: y0, facing: 180 },
        { x1: x0 + w, y1: y0, x2: cx, y2: y0, facing: 90 },
      ];
      const total = w + 2 * h;
      // Spread over the path with the last place short of the chair, as on a closed loop.
      const seats = aroundTable(plan, (k, n) => along(legs, (total * k) / n));
      return {
        seats,
        tables: [{ kind: 'u', x: x0 + 35, y: y0 + 35, width: w - 70, height: h - 35 }],
        width: w + 2 * pad,
        height: h + 2 * pad,
      };
    }
    case 'theatre':
      return theatreSeats(plan);
  }
}

/**
 * Theatre rows: the chair and the secretariat on a podium facing the room; the delegations in
 * rows facing the podium, the first in the front row at the chair's right, each delegation's
 * other seats straight behind its head.
 */
function theatreSeats(plan: LayoutInput): { seats: Seat[]; tables: TableOutline[]; width: number; height: number } {
  const perRow = Math.max(1, Math.min(8, Math.ceil(Math.sqrt(plan.order.length * 2)) || 1));
  const bands = Math.ceil(plan.order.length / perRow);
  const secretariat = Math.max(1, plan.secretariat ?? 1);
  const width = Math.max(perRow, 1 + secretariat) * SEAT_PITCH + 2 * MARGIN;
  const podiumY = MARGIN;
  const seats: Seat[] = [];
  // On the podium: the chair in the middle, the secretariat to the chair's left (the drawing's right).
  const podiumX = width / 2 - ((secretariat + 1) * SEAT_PITCH) / 2 + SEAT_PITCH / 2;
  seats.push({ kind: 'chair', x: round2(podiumX), y: podiumY, rotation: 90 });
  for (let i = 0; i < secretariat; i++)
    seats.push({ kind: 'secretariat', x: round2(podiumX + (i + 1) * SEAT_PITCH), y: podiumY, rotation: 90 });
  const firstRow = podiumY + 2 * ROW_GAP + 40;
  const bandDepth = plan.seatsPerDelegation * ROW_GAP + 20;
  // Facing the podium, the chair's right is the room's left as drawn.
  const rowStart = width / 2 - (perRow * SEAT_PITCH) / 2 + SEAT_PITCH / 2;
  plan.order.forEach((partyId, i) => {
    const band = Math.floor(i / perRow);
    const head: Seat = {
      kind: 'delegation',
      partyId,
      number: i + 1,
      x: round2(rowStart + (i % perRow) * SEAT_PITCH),
      y: round2(firstRow + band * bandDepth),
      rotation: 270,
    };
    seats.push(head, ...behind(head, plan.seatsPerDelegation - 1));
  });
  const height = firstRow + Math.max(1, bands) * bandDepth + MARGIN / 2;
  const tables: TableOutline[] = [
    { kind: 'podium', x: podiumX - SEAT_PITCH / 2, y: podiumY + 25, width: (secretariat + 1) * SEAT_PITCH, height: 30 },
  ];
  return { seats, tables, width, height };
}

/** The whole plan as drawn: the table and its places, the guests' section below it, the booths at the back. */
export function layoutPlan(plan: LayoutInput): SeatingLayout {
  const main = tableSeats(plan);
  const seats = [...main.seats];
  let width = main.width;
  let height = main.height;
  let guestsArea: SeatingLayout['guestsArea'];
  if (plan.guests.length) {
    const perRow = Math.max(1, Math.floor((width - 2 * MARGIN) / SEAT_PITCH) || 1);
    const rows = Math.ceil(plan.guests.length / perRow);
    const top = height + 20;
    const rowDepth = plan.seatsPerDelegation * ROW_GAP + 20;
    guestsArea = { x: MARGIN / 2, y: top, width: width - MARGIN, height: rows * rowDepth + 40 };
    plan.guests.forEach((partyId, i) => {
      const head: Seat = {
        kind: 'guest',
        partyId,
        number: plan.order.length + i + 1,
        x: round2(MARGIN + SEAT_PITCH / 2 + (i % perRow) * SEAT_PITCH),
        y: round2(top + 50 + Math.floor(i / perRow) * rowDepth),
        rotation: 270,
      };
      seats.push(head, ...behind(head, plan.seatsPerDelegation - 1).map((s) => ({ ...s, kind: 'behind' as const })));
    });
    height = top + guestsArea.height;
  }
  if (plan.booths > 0) {
    const top = height + 30;
    const boothWidth = 110;
    width = Math.max(width, plan.booths * (boothWidth + 20) + MARGIN);
    for (let i = 0; i < plan.booths; i++) {
      seats.push({
        kind: 'booth',
        number: i + 1,
        x: round2(MARGIN / 2 + boothWidth / 2 + i * (boothWidth + 20)),
        y: round2(top + 30),
        rotation: 270,
      });
    }
    height = top + 80;
  }
  return { width: round2(width), height: round2(height), tables: main.tables, seats, ...(guestsArea ? { guestsArea } : {}) };
}

/** The shapes a plan can take, in the order the form offers them. */
export const SHAPES: readonly SeatingShape[] = ['round', 'u-shape', 'rectangle', 'theatre'];
