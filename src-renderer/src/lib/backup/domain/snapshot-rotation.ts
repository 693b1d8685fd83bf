// Automatic snapshots (docs/quality.md reliability 9): one every 15 minutes while data changes,
// and one before every import or restore; kept are the last 3 of today plus the newest of
// each earlier day, 10 at most. A snapshot's name carries when and why it was taken, so the
// list needs no index. Pure.

export const SNAPSHOT_REASONS = ['auto', 'import', 'restore', 'merge'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

export const SNAPSHOT_INTERVAL_MS = 15 * 60 * 1000;
export const KEEP_TODAY = 3;
export const KEEP_AT_MOST = 10;
/**
 * Snapshots taken before a merge are what Undo merge puts back: kept apart from the rotation
 * until the user dismisses them, the newest five at the most.
 */
export const KEEP_MERGES = 5;

export const isPinned = (snapshot: Pick<SnapshotRef, 'reason'>): boolean => snapshot.reason === 'merge';

export interface SnapshotRef {
  name: string;
  takenAt: Date;
  reason: SnapshotReason;
}

const NAME = /^snapshot-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-([a-z]+)\.chairdesk\.json$/;

/** `snapshot-20261128T093000123Z-auto.chairdesk.json` (UTC, so names sort by time). */
export function snapshotName(takenAt: Date, reason: SnapshotReason): string {
  const iso = takenAt.toISOString(); // 2026-11-28T09:30:00.123Z
  return `snapshot-${iso.slice(0, 10).replaceAll('-', '')}T${iso.slice(11, 19).replaceAll(':', '')}${iso.slice(20, 23)}Z-${reason}.chairdesk.json`;
}

export function parseSnapshotName(name: string): SnapshotRef | null {
  const m = NAME.exec(name);
  if (!m) return null;
  const [, y, mo, d, h, mi, s, ms, reason] = m;
  const takenAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  const known = SNAPSHOT_REASONS.find((r) => r === reason);
  if (!known || Number.isNaN(takenAt.getTime())) return null;
  return { name, takenAt, reason: known };
}

/** The user's calendar day of an instant, `YYYY-MM-DD`. */
export type DayOf = (instant: Date) => string;

export const localDay: DayOf = (d) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The snapshots to keep, newest first; every other one may be deleted. */
export function snapshotsToKeep<T extends Pick<SnapshotRef, 'takenAt'> & Partial<Pick<SnapshotRef, 'reason'>>>(
  snapshots: readonly T[],
  now: Date,
  dayOf: DayOf = localDay,
): T[] {
  const today = dayOf(now);
  const byTime = [...snapshots].sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime());
  const pinned = byTime.filter((s) => s.reason === 'merge').slice(0, KEEP_MERGES);
  const newestFirst = byTime.filter((s) => s.reason !== 'merge');
  const kept: T[] = [];
  const days = new Set<string>();
  let todays = 0;
  for (const snapshot of newestFirst) {
    const day = dayOf(snapshot.takenAt);
    // A clock set back makes "later than today" possible: such a snapshot counts as today's.
    if (day >= today) {
      if (todays < KEEP_TODAY) kept.push(snapshot);
      todays++;
    } else if (!days.has(day)) {
      days.add(day);
      kept.push(snapshot);
    }
  }
  return [...kept.slice(0, KEEP_AT_MOST), ...pinned];
}

export function snapshotsToDelete<T extends Pick<SnapshotRef, 'takenAt'> & Partial<Pick<SnapshotRef, 'reason'>>>(
  snapshots: readonly T[],
  now: Date,
  dayOf: DayOf = localDay,
): T[] {
  const keep = new Set(snapshotsToKeep(snapshots, now, dayOf));
  return snapshots.filter((s) => !keep.has(s));
}

/** Whether an automatic snapshot is due: data changed since the newest snapshot, and that one is 15 minutes old. */
export function autoSnapshotDue(newest: Date | null, changedSince: boolean, now: Date): boolean {
  if (!changedSince) return false;
  return newest === null || now.getTime() - newest.getTime() >= SNAPSHOT_INTERVAL_MS;
}
