// Loads the large archive (ten years, ~190,000 rows) into the database through the
// repositories' row builders and one strict-durability transaction, in chunks, with
// progress. Used by `npm run seed:large`, the benchmark and the large-archive end-to-end
// tests, through the rig (./main.ts); never part of the product.
import type { Store } from '$lib/db';
import { SessionsRepository } from '$lib/db/sessions';
import { SettingKey } from '$lib/db/settings';
import { stamp } from '$lib/db/table-repository';
import type { Row } from '$lib/domain/types';
import { loadExampleYear } from '$lib/example/load';
import { generateArchive, type ArchiveBatch } from '../archive/generate';

export interface SeedReport {
  rows: number;
  writeMs: number;
  latestChairmanshipId: string;
}

/**
 * The archive's rows, built as an import builds them: stamped by the repositories' stamp and
 * sessions through the sessions repository's builder (validation and derived fields), over the
 * member states and bodies the database holds.
 */
export async function buildArchive(s: Store): Promise<ArchiveBatch[]> {
  const [parties, bodies] = await Promise.all([s.db.parties.toArray(), s.db.bodies.toArray()]);
  const now = new Date('2026-01-01T00:00:00.000Z');
  const sessions = new SessionsRepository(s.bulkDb, () => now);
  return [
    ...generateArchive(
      { parties, bodies },
      <T extends Row>(fields: Omit<T, keyof Row>, id: string): T => stamp<T>(fields, now, id),
      (input, id) => sessions.build(input, id),
    ),
  ];
}

/** Writes the batches in one transaction of the bulk (strict durability) instance, as imports do. */
export async function writeArchive(
  s: Store,
  batches: readonly ArchiveBatch[],
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<void> {
  const total = batches.reduce((sum, b) => sum + b.rows.length, 0);
  const db = s.bulkDb;
  const tables = [...new Set(batches.map((b) => b.table))].map((t) => db.table(t));
  let done = 0;
  await db.transaction('rw', tables, async () => {
    for (const batch of batches) {
      await db.table(batch.table).bulkPut(batch.rows);
      done += batch.rows.length;
      onProgress(done, total);
    }
  });
}

/** The example year, then the archive; the latest year is made the one the app opens next. */
export async function seedLargeArchive(s: Store, onProgress?: (done: number, total: number) => void): Promise<SeedReport> {
  await loadExampleYear(s);
  const batches = await buildArchive(s);
  const started = performance.now();
  await writeArchive(s, batches, onProgress);
  const writeMs = performance.now() - started;
  const latest = batches.find((b) => b.table === 'chairmanships')?.rows.at(-1)?.id ?? '';
  await s.settings.set(SettingKey.currentChairmanship, latest);
  return { rows: batches.reduce((sum, b) => sum + b.rows.length, 0), writeMs, latestChairmanshipId: latest };
}
