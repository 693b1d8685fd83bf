import { describe, expect, it } from 'vitest';
import { assignSeats, delegationsOf, layoutPlan, planMismatch, SHAPES, swapPlaces, type LayoutInput, type Seat } from './seating';
import { MEMBERS, OSCE, party, SERBIA } from './test-fixtures';
import type { SeatingParticipant } from './seating';

// A session of an organization whose rule is alphabetical in English.
const EN_RULE = { kind: 'alphabetical', language: 'en' } as const;
const heads = (ids: readonly string[]): SeatingParticipant[] => ids.map((partyId) => ({ partyId, role: 'head' }));
const ALL = [...MEMBERS, OSCE, SERBIA];
const short = (ids: readonly string[]): string[] => ids.map((id) => ALL.find((p) => p.id === id)?.short.en ?? id);

describe('seat allocation', () => {
  it('seats the member states in Russian alphabetical order by default, the first to the chair’s right', () => {
    const plan = assignSeats(heads(['ru', 'tj', 'am', 'kg', 'by', 'kz']), MEMBERS, undefined);
    expect(short(plan.order)).toEqual(['Armenia', 'Belarus', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan']);
    expect(plan.guests).toEqual([]);
  });

  it('follows the organization’s own rule (English alphabet)', () => {
    const plan = assignSeats(heads(['ru', 'tj', 'am', 'by']), MEMBERS, EN_RULE);
    expect(short(plan.order)).toEqual(['Armenia', 'Belarus', 'Russia', 'Tajikistan']);
  });

  it('starts from the state drawn by lot and continues round the order', () => {
    const plan = assignSeats(heads(['ru', 'tj', 'am', 'kg', 'by', 'kz']), MEMBERS, undefined, 'kg');
    expect(short(plan.order)).toEqual(['Kyrgyzstan', 'Russia', 'Tajikistan', 'Armenia', 'Belarus', 'Kazakhstan']);
  });

  it('ignores a state drawn by lot that is not at the table', () => {
    const plan = assignSeats(heads(['ru', 'am']), MEMBERS, undefined, 'kg');
    expect(short(plan.order)).toEqual(['Armenia', 'Russia']);
  });

  it('puts observers, organizations and states that came only as guests in the guests’ section', () => {
    const people: SeatingParticipant[] = [
      ...heads(['ru', 'am']),
      { partyId: 'osce', role: 'guest' },
      { partyId: 'rs', role: 'observer' },
      { partyId: 'kz', role: 'guest' },
    ];
    const plan = assignSeats(people, ALL, undefined);
    expect(short(plan.order)).toEqual(['Armenia', 'Russia']);
    // Members first (Kazakhstan as guest), then observers, then organizations: the protocol order's ranks.
    expect(short(plan.guests)).toEqual(['Kazakhstan', 'Serbia', 'OSCE']);
  });

  it('gives the chair and the secretariat their own places, not a delegation', () => {
    const people: SeatingParticipant[] = [{ partyId: 'tj', role: 'chair' }, { partyId: 'tj', role: 'secretariat' }, ...heads(['am'])];
    const { table, guests } = delegationsOf(people, MEMBERS);
    expect(table.map((p) => p.id)).toEqual(['am']);
    expect(guests).toEqual([]);
  });

  it('seats a member whose delegation has a head and a guest at the table', () => {
    const { table } = delegationsOf(
      [
        { partyId: 'am', role: 'guest' },
        { partyId: 'am', role: 'member' },
      ],
      MEMBERS,
    );
    expect(table.map((p) => p.id)).toEqual(['am']);
  });
});

describe('swapping two places', () => {
  const plan = { order: ['am', 'by', 'kz'], guests: ['rs', 'osce'] };

  it('swaps two delegations at the table and keeps everything else', () => {
    expect(swapPlaces(plan, 'am', 'kz')).toEqual({ order: ['kz', 'by', 'am'], guests: ['rs', 'osce'] });
  });

  it('swaps within the guests’ section and across the two sections', () => {
    expect(swapPlaces(plan, 'rs', 'osce').guests).toEqual(['osce', 'rs']);
    expect(swapPlaces(plan, 'by', 'rs')).toEqual({ order: ['am', 'rs', 'kz'], guests: ['by', 'osce'] });
  });

  it('changes nothing for a delegation not on the plan', () => {
    expect(swapPlaces(plan, 'am', 'xx')).toEqual(plan);
  });
});

describe('the plan against the list of participants', () => {
  it('matches when the same delegations are listed, whatever their places', () => {
    expect(planMismatch({ order: ['kz', 'am'], guests: ['rs'] }, { order: ['am', 'kz'], guests: ['rs'] })).toBeNull();
  });

  it('names a delegation added and one withdrawn after the plan was made', () => {
    expect(planMismatch({ order: ['am', 'kz'], guests: [] }, { order: ['am', 'by'], guests: [] })).toEqual({
      added: ['by'],
      withdrawn: ['kz'],
    });
  });
});

const base: LayoutInput = { shape: 'round', seatsPerDelegation: 1, booths: 0, order: ['am', 'by', 'kz', 'kg', 'ru', 'tj'], guests: [] };
const of = (seats: readonly Seat[], kind: Seat['kind']): Seat[] => seats.filter((s) => s.kind === kind);
const chairOf = (seats: readonly Seat[]): Seat => {
  const chair = of(seats, 'chair')[0];
  if (!chair) throw new Error('no chair');
  return chair;
};

describe('the geometry of every shape', () => {
  it.each(SHAPES)('%s: one chair, one secretariat place, each delegation once in its order, inside the drawing', (shape) => {
    const layout = layoutPlan({ ...base, shape });
    expect(of(layout.seats, 'chair')).toHaveLength(1);
    expect(of(layout.seats, 'secretariat')).toHaveLength(1);
    expect(of(layout.seats, 'delegation').map((s) => s.partyId)).toEqual(base.order);
    expect(of(layout.seats, 'delegation').map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6]);
    for (const seat of layout.seats) {
      expect(seat.x).toBeGreaterThan(0);
      expect(seat.x).toBeLessThan(layout.width);
      expect(seat.y).toBeGreaterThan(0);
      expect(seat.y).toBeLessThan(layout.height);
      expect(seat.rotation).toBeGreaterThanOrEqual(0);
      expect(seat.rotation).toBeLessThan(360);
    }
  });

  it.each(SHAPES)('%s: no two places overlap', (shape) => {
    const layout = layoutPlan({ ...base, shape, seatsPerDelegation: 3, guests: ['rs', 'osce'], booths: 2 });
    const seats = layout.seats;
    for (let i = 0; i < seats.length; i++) {
      for (let j = i + 1; j < seats.length; j++) {
        const a = seats[i] as Seat;
        const b = seats[j] as Seat;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.kind} ${a.partyId ?? ''} / ${b.kind} ${b.partyId ?? ''}`).toBeGreaterThan(40);
      }
    }
  });

  it.each(['round', 'u-shape', 'rectangle'] as const)(
    '%s: the chair sits at the top and the first delegation to the chair’s right (left on the drawing)',
    (shape) => {
      const layout = layoutPlan({ ...base, shape });
      const chair = chairOf(layout.seats);
      const [first] = of(layout.seats, 'delegation');
      const secretariat = of(layout.seats, 'secretariat')[0];
      expect(Math.min(...layout.seats.map((s) => s.y))).toBe(chair.y);
      expect(chair.rotation).toBe(90);
      expect(first?.x).toBeLessThan(chair.x);
      // The secretariat closes the circle at the chair's left.
      expect(secretariat?.x).toBeGreaterThan(chair.x);
    },
  );

  it('round: places face the centre of the table', () => {
    const layout = layoutPlan(base);
    const [table] = layout.tables;
    const cx = (table?.x ?? 0) + (table?.width ?? 0) / 2;
    const cy = (table?.y ?? 0) + (table?.height ?? 0) / 2;
    for (const seat of of(layout.seats, 'delegation')) {
      const toCentre = (Math.atan2(cy - seat.y, cx - seat.x) * 180) / Math.PI;
      const diff = Math.abs(((toCentre - seat.rotation + 540) % 360) - 180);
      expect(diff).toBeLessThan(0.5);
    }
  });

  it('u-shape: nobody sits across the open end', () => {
    const layout = layoutPlan({ ...base, shape: 'u-shape' });
    const [u] = layout.tables;
    const bottom = (u?.y ?? 0) + (u?.height ?? 0);
    const low = of(layout.seats, 'delegation').filter((s) => s.y > bottom);
    expect(low).toEqual([]);
  });

  it('theatre: the chair faces the room and the delegations face the chair, row by row from the chair’s right', () => {
    const layout = layoutPlan({ ...base, shape: 'theatre' });
    const chair = chairOf(layout.seats);
    const seated = of(layout.seats, 'delegation');
    expect(chair.rotation).toBe(90);
    expect(seated.every((s) => s.rotation === 270 && s.y > chair.y)).toBe(true);
    const [first, second] = seated;
    expect(first?.y).toBe(second?.y);
    expect(first?.x).toBeLessThan(second?.x ?? 0);
  });

  it.each(SHAPES)('%s: the other seats of a delegation sit behind its head, further from the table', (shape) => {
    const layout = layoutPlan({ ...base, shape, seatsPerDelegation: 3 });
    const chair = chairOf(layout.seats);
    for (const head of of(layout.seats, 'delegation')) {
      const rows = layout.seats.filter((s) => s.kind === 'behind' && s.partyId === head.partyId);
      expect(rows.map((r) => r.row)).toEqual([1, 2]);
      // Behind: opposite to the direction the head faces.
      const facing = [Math.cos((head.rotation * Math.PI) / 180), Math.sin((head.rotation * Math.PI) / 180)] as const;
      for (const r of rows) expect((r.x - head.x) * facing[0] + (r.y - head.y) * facing[1]).toBeLessThan(0);
    }
    expect(chair).toBeDefined();
  });

  it('puts the guests’ section below the table, numbered after the delegations, and the booths at the back', () => {
    const layout = layoutPlan({ ...base, guests: ['rs', 'osce'], booths: 3 });
    const guests = of(layout.seats, 'guest');
    const table = of(layout.seats, 'delegation');
    expect(guests.map((g) => [g.partyId, g.number])).toEqual([
      ['rs', 7],
      ['osce', 8],
    ]);
    expect(Math.min(...guests.map((g) => g.y))).toBeGreaterThan(Math.max(...table.map((s) => s.y)));
    expect(layout.guestsArea).toBeDefined();
    const booths = of(layout.seats, 'booth');
    expect(booths.map((b) => b.number)).toEqual([1, 2, 3]);
    expect(Math.min(...booths.map((b) => b.y))).toBeGreaterThan(Math.max(...guests.map((g) => g.y)));
  });

  it('grows the round table with the number of places', () => {
    const small = layoutPlan(base);
    const large = layoutPlan({ ...base, order: Array.from({ length: 30 }, (_, i) => party(`p${i}`, 'member', `S${i}`, `S${i}`).id) });
    expect(large.width).toBeGreaterThan(small.width);
  });
});
