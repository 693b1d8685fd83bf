// Schema version 3 (./../schema.ts): the free text printed in documents becomes bilingual
// (a venue's place, notes, the reason for a substitution, progress notes). The rows are
// rewritten by the same pure step that upgrades a version-2 backup (io/schema-upgrades.ts),
// inside Dexie's upgrade transaction: if it throws, the database stays at version 2, untouched.
import type { Transaction } from 'dexie';
import { upgradeV2toV3, type UpgradeRow } from '../../io/schema-upgrades';

/** The tables whose rows carry text the step makes bilingual; it rewrites only these. */
const TABLES = ['sessions', 'agendaItems', 'participants', 'actionUpdates'] as const;

export async function upgradeToV3(tx: Transaction): Promise<void> {
  const read = await Promise.all(TABLES.map((t) => tx.table<UpgradeRow, string>(t).toArray()));
  const upgraded = upgradeV2toV3(Object.fromEntries(TABLES.map((t, i) => [t, read[i] ?? []])));
  for (const table of TABLES) {
    const rows = upgraded[table] ?? [];
    if (rows.length) await tx.table<UpgradeRow, string>(table).bulkPut(rows);
  }
}
