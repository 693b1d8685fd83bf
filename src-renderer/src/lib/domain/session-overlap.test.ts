import { describe, expect, it } from 'vitest';
import { overlappingSessions, sessionsOverlap } from './session-overlap';

const s = (id: string, start: string, end: string): { id: string; startUtc: string; endUtc: string } => ({
  id,
  startUtc: `2015-09-${start}:00.000Z`,
  endUtc: `2015-09-${end}:00.000Z`,
});

describe('overlapping sessions', () => {
  it('flags sessions whose times intersect', () => {
    expect(sessionsOverlap(s('a', '14T04:00', '14T08:00'), s('b', '14T07:00', '14T10:00'))).toBe(true);
    expect(sessionsOverlap(s('a', '14T04:00', '14T08:00'), s('b', '14T05:00', '14T06:00'))).toBe(true);
  });

  it('does not flag back-to-back sessions, or a session against itself', () => {
    expect(sessionsOverlap(s('a', '14T04:00', '14T08:00'), s('b', '14T08:00', '14T10:00'))).toBe(false);
    expect(sessionsOverlap(s('a', '14T04:00', '14T08:00'), s('a', '14T04:00', '14T08:00'))).toBe(false);
  });

  it('lists the other sessions at the same time', () => {
    const joint = s('joint', '13T19:00', '14T19:00');
    const others = [s('csc', '14T19:00', '15T19:00'), s('lunch', '14T07:00', '14T08:00'), joint];
    expect(overlappingSessions(joint, others).map((o) => o.id)).toEqual(['lunch']);
  });
});
