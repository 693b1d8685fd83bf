// Schema version 2 (./../schema.ts): the reference data moves under an organization. The
// rows are rewritten by the same pure step that upgrades a version-1 backup
// (io/schema-upgrades.ts), inside Dexie's upgrade transaction: if it throws, the database
// stays at version 1, untouched.
import type { Transaction } from 'dexie';
import { upgradeV1toV2, type UpgradeRow } from '../../io/schema-upgrades';

/** The tables the step reads; it writes these and the two it creates. */
const READ = ['chairmanships', 'parties', 'bodies', 'persons', 'appointments', 'actionItems'] as const;
const WRITE = ['organizations', 'themes', 'chairmanships', 'parties', 'bodies', 'persons', 'appointments'] as const;

export async function upgradeToV2(tx: Transaction, now: Date = new Date()): Promise<void> {
  const read = await Promise.all(READ.map((t) => tx.table<UpgradeRow, string>(t).toArray()));
  const upgraded = upgradeV1toV2(Object.fromEntries(READ.map((t, i) => [t, read[i] ?? []])), now.toISOString());
  for (const table of WRITE) {
    const rows = upgraded[table] ?? [];
    // Chairmanships lose a field: replaced whole, not merged.
    if (rows.length) await tx.table<UpgradeRow, string>(table).bulkPut(rows);
  }
}
