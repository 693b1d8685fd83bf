// @vitest-environment happy-dom
// docs/quality.md reliability 9, "snapshots": twelve simulated working days on the app's clock. Each
// morning a secretary edits a session every 7 minutes and imports a person; every other day
// a backup is restored; each afternoon nothing changes. The automatic snapshots (ticking each
// minute, hearing the database's own change events) must come every 15 minutes while data
// changes and never while it does not; the kept ones must be at most 3 of today plus one per
// earlier day, 10 at most; and every import and restore must be preceded by a snapshot that
// holds the data exactly as it was before it.
import { EXAMPLE_ORGANIZATION_ID } from '../lib/io/schema-upgrades';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { restore } from '../lib/backup/actions/back-up-and-restore';
import { readBackupBytes } from '../lib/backup/actions/run-in-worker';
import { commitImport } from '../lib/actions/people-files';
import { autoSnapshotsOnWrites, listSnapshots, type SnapshotEntry } from '../lib/backup/actions/snapshots';
import type { Store } from '../lib/db';
import { readAllTables, tablesHash } from '../lib/backup/db/whole-database';
import { CURRENT_VERSION } from '../lib/db/schema';
import { KEEP_AT_MOST, KEEP_TODAY, localDay, SNAPSHOT_INTERVAL_MS } from '../lib/backup/domain/snapshot-rotation';
import { encodeBackup } from '../lib/backup/io/write';
import type { Backup } from '../lib/backup/io/file-format';
import { platform } from '../lib/platform';
import { utf8 } from './corpus/common';
import { exampleStore, hashOf, recordFigure } from './harness';

const DAYS = 12;
const APRIL = 'ex-session-2015-04-02-cfm';

let store: Store;
let backup: Backup;
const figure: Record<string, unknown> = {};

beforeAll(async () => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 10, 16, 8, 0));
  store = await exampleStore();
  for (const s of await platform().listSnapshots()) await platform().deleteSnapshot(s.name);
  const { text } = await encodeBackup({
    tables: await readAllTables(store.db),
    schemaVersion: CURRENT_VERSION,
    appVersion: 'test',
    createdAt: new Date(),
  });
  backup = await readBackupBytes(utf8(text));
});
afterAll(() => {
  vi.useRealTimers();
  recordFigure('snapshots', figure);
  store.db.close();
  store.bulkDb.close();
});

/** What is wrong with the kept snapshots at `now`, in words; empty when the rotation holds. */
function rotationProblems(kept: readonly SnapshotEntry[], now: Date): string[] {
  const problems: string[] = [];
  const today = localDay(now);
  const byDay = new Map<string, number>();
  for (const s of kept) byDay.set(localDay(s.takenAt), (byDay.get(localDay(s.takenAt)) ?? 0) + 1);
  if (kept.length > KEEP_AT_MOST) problems.push(`${kept.length} kept`);
  if ((byDay.get(today) ?? 0) > KEEP_TODAY) problems.push(`${byDay.get(today)} of today kept`);
  for (const [day, n] of byDay) if (day !== today && n > 1) problems.push(`${n} of ${day} kept`);
  return problems;
}

describe('snapshots', () => {
  it('come every 15 minutes while data changes, never when it does not, rotate, and precede every import and restore', async () => {
    const { auto: snapshots, stop } = autoSnapshotsOnWrites();
    const problems: string[] = [];
    const taken: { at: Date; reason: string }[] = [];
    let edits = 0;
    let lastEdit = 0;
    let maxKept = 0;
    const before = { imports: 0, restores: 0, holdingDataBefore: 0 };

    /** After a snapshot: it is the newest kept, and the rotation holds. */
    const check = async (reason: string): Promise<SnapshotEntry | undefined> => {
      const now = new Date();
      const kept = await listSnapshots();
      maxKept = Math.max(maxKept, kept.length);
      const newest = kept[0];
      if (newest?.takenAt.getTime() !== now.getTime() || newest.reason !== reason)
        problems.push(`${now.toISOString()}: the ${reason} snapshot is not the newest kept`);
      problems.push(...rotationProblems(kept, now).map((p) => `${now.toISOString()}: ${p}`));
      taken.push({ at: now, reason });
      return newest;
    };

    /** Runs an import or a restore; its snapshot must hold the data as it was just before. */
    const guarded = async (reason: 'import' | 'restore', run: () => Promise<unknown>): Promise<void> => {
      const hash = await hashOf(store);
      await run();
      const snapshot = await check(reason);
      before[reason === 'import' ? 'imports' : 'restores']++;
      if (snapshot && (await tablesHash((await readBackupBytes(await platform().readSnapshot(snapshot.name))).tables)) === hash)
        before.holdingDataBefore++;
      else problems.push(`${new Date().toISOString()}: the ${reason} snapshot does not hold the data before it`);
    };

    try {
      for (let day = 0; day < DAYS; day++) {
        for (let minute = 9 * 60; minute < 17 * 60; minute++) {
          vi.setSystemTime(new Date(2026, 10, 16 + day, Math.floor(minute / 60), minute % 60));
          const morning = minute < 13 * 60;
          if (morning && minute % 7 === 0) {
            const april = await store.sessions.require(APRIL);
            await store.sessions.update(april, { notes: { en: `edit ${++edits}`, ru: '' } });
            lastEdit = Date.now();
          }
          if (minute === 11 * 60 + 3)
            await guarded('import', () =>
              commitImport([
                {
                  organizationId: EXAMPLE_ORGANIZATION_ID,
                  names: { en: { given: 'Day', family: `Import ${day}` }, ru: { given: '', family: '' } },
                  honorific: { en: '', ru: '' },
                },
              ]),
            );
          if (minute === 12 * 60 + 5 && day % 2 === 1) await guarded('restore', () => restore(backup));
          if (await snapshots.tick()) {
            const previous = taken.at(-1);
            if (previous && Date.now() - previous.at.getTime() < SNAPSHOT_INTERVAL_MS)
              problems.push(`${new Date().toISOString()}: an automatic snapshot within 15 minutes of the last one`);
            if (previous && lastEdit <= previous.at.getTime() && !['import', 'restore'].includes(previous.reason))
              problems.push(`${new Date().toISOString()}: an automatic snapshot with nothing changed since the last one`);
            await check('auto');
          }
        }
      }
    } finally {
      stop();
    }

    const kept = await listSnapshots();
    const now = new Date();
    const auto = taken.filter((t) => t.reason === 'auto');
    Object.assign(figure, {
      days: DAYS,
      edits,
      automatic: auto.length,
      automaticInQuietHours: auto.filter((t) => t.at.getHours() >= 14).length,
      ...before,
      maxKept,
      keptAtEnd: {
        today: kept.filter((s) => localDay(s.takenAt) === localDay(now)).length,
        earlierDays: kept.filter((s) => localDay(s.takenAt) !== localDay(now)).length,
      },
      problems: problems.length,
    });
    expect(problems.slice(0, 10)).toEqual([]);
    expect(auto.filter((t) => t.at.getHours() >= 14)).toEqual([]);
    expect(before.holdingDataBefore).toBe(before.imports + before.restores);
    expect(before.imports).toBe(DAYS);
    // Every morning of edits gives a snapshot at least each quarter of an hour.
    expect(auto.length).toBeGreaterThanOrEqual(DAYS * 12);
    expect(kept).toHaveLength(KEEP_AT_MOST);
  });
});
