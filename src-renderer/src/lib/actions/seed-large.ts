// Loads the large archive (ten years, ~190,000 rows) into the database through the
// repositories' row builders and one strict-durability transaction, in chunks, with
// progress. Used by `npm run seed:large`, the benchmark, and Settings → Developer.
import { store } from '../db';
import { SessionsRepository } from '../db/sessions';
import { stamp } from '../db/table-repository';
import type { Row } from '../domain/types';
import { loadExampleYear } from '../example/load';

export interface SeedReport {
  rows: number;
  writeMs: number;
  latestChairmanshipId: string;
}

export async function seedLargeArchive(onProgress: (done: number, total: number) => void = () => undefined): Promise<SeedReport> {
  const s = store();
  await loadExampleYear(s);
  const { generateArchive } = await import('../example/large/generate');
  const [parties, bodies] = await Promise.all([s.db.parties.toArray(), s.db.bodies.toArray()]);
  const now = new Date('2026-01-01T00:00:00.000Z');
  const sessions = new SessionsRepository(s.bulkDb, () => now);
  const batches = [
    ...generateArchive(
      { parties, bodies },
      <T extends Row>(fields: Omit<T, keyof Row>, id: string): T => stamp<T>(fields, now, id),
      (input, id) => sessions.build(input, id),
    ),
  ];
  const total = batches.reduce((sum, b) => sum + b.rows.length, 0);
  const db = s.bulkDb;
  const tables = [...new Set(batches.map((b) => b.table))].map((t) => db.table(t));
  let done = 0;
  const started = performance.now();
  await db.transaction('rw', tables, async () => {
    for (const batch of batches) {
      await db.table(batch.table).bulkPut(batch.rows);
      done += batch.rows.length;
      onProgress(done, total);
    }
  });
  const writeMs = performance.now() - started;
  const latest = batches.find((b) => b.table === 'chairmanships')?.rows.at(-1)?.id ?? '';
  return { rows: total, writeMs, latestChairmanshipId: latest };
}
