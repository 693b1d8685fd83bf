import { describe, expect, it } from 'vitest';
import {
  autoSnapshotDue,
  parseSnapshotName,
  snapshotName,
  snapshotsToDelete,
  snapshotsToKeep,
  type DayOf,
  type SnapshotRef,
} from './snapshot-rotation';

const utcDay: DayOf = (d) => d.toISOString().slice(0, 10);
const at = (iso: string): SnapshotRef => ({ name: iso, takenAt: new Date(iso), reason: 'auto' });
const names = (list: SnapshotRef[]): string[] => list.map((s) => s.name);
const NOW = new Date('2015-04-02T18:00:00Z');

describe('snapshot names', () => {
  it('carry the instant and the reason, and read back', () => {
    const name = snapshotName(new Date('2026-11-28T09:30:00.123Z'), 'import');
    expect(name).toBe('snapshot-20261128T093000123Z-import.chairdesk.json');
    expect(parseSnapshotName(name)).toEqual({ name, takenAt: new Date('2026-11-28T09:30:00.123Z'), reason: 'import' });
  });

  it.each([
    'snapshot-20261128T093000123Z-evil.chairdesk.json',
    '../snapshot-20261128T093000123Z-auto.chairdesk.json',
    'snapshot-20261340T093000123Z-auto.chairdesk.json',
    'notes.txt',
  ])('refuses %s', (name) => {
    expect(parseSnapshotName(name)).toBeNull();
  });
});

describe('snapshot rotation', () => {
  it('keeps the last 3 of today', () => {
    const today = ['2015-04-02T09:00:00Z', '2015-04-02T10:00:00Z', '2015-04-02T11:00:00Z', '2015-04-02T12:00:00Z', '2015-04-02T17:45:00Z'];
    const list = today.map(at);
    expect(names(snapshotsToKeep(list, NOW, utcDay))).toEqual(['2015-04-02T17:45:00Z', '2015-04-02T12:00:00Z', '2015-04-02T11:00:00Z']);
    expect(names(snapshotsToDelete(list, NOW, utcDay)).sort()).toEqual(['2015-04-02T09:00:00Z', '2015-04-02T10:00:00Z']);
  });

  it('keeps the newest of each earlier day', () => {
    const list = [
      '2015-03-30T08:00:00Z',
      '2015-03-30T19:00:00Z',
      '2015-04-01T07:00:00Z',
      '2015-04-01T23:00:00Z',
      '2015-04-02T08:00:00Z',
    ].map(at);
    expect(names(snapshotsToKeep(list, NOW, utcDay))).toEqual(['2015-04-02T08:00:00Z', '2015-04-01T23:00:00Z', '2015-03-30T19:00:00Z']);
  });

  it('keeps 10 at most: today’s 3 and the 7 most recent days', () => {
    const earlier = Array.from({ length: 20 }, (_, i) => at(new Date(Date.UTC(2015, 2, 31 - i, 12)).toISOString()));
    const today = ['2015-04-02T06:00:00.000Z', '2015-04-02T07:00:00.000Z', '2015-04-02T08:00:00.000Z', '2015-04-02T09:00:00.000Z'].map(at);
    const kept = snapshotsToKeep([...earlier, ...today], NOW, utcDay);
    expect(kept).toHaveLength(10);
    expect(names(kept).slice(0, 3)).toEqual(['2015-04-02T09:00:00.000Z', '2015-04-02T08:00:00.000Z', '2015-04-02T07:00:00.000Z']);
    expect(names(kept).at(-1)).toBe('2015-03-25T12:00:00.000Z');
    expect(snapshotsToDelete([...earlier, ...today], NOW, utcDay)).toHaveLength(14);
  });

  it('keeps everything while there are few', () => {
    const list = ['2015-04-01T12:00:00Z', '2015-04-02T12:00:00Z'].map(at);
    expect(snapshotsToDelete(list, NOW, utcDay)).toEqual([]);
  });

  it('takes an automatic snapshot only when data changed and the newest is 15 minutes old', () => {
    const newest = new Date('2015-04-02T17:50:00Z');
    expect(autoSnapshotDue(newest, true, NOW)).toBe(false);
    expect(autoSnapshotDue(newest, true, new Date('2015-04-02T18:05:00Z'))).toBe(true);
    expect(autoSnapshotDue(newest, false, new Date('2015-04-02T23:00:00Z'))).toBe(false);
    expect(autoSnapshotDue(null, true, NOW)).toBe(true);
  });
});
