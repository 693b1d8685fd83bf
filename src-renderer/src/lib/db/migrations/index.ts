// The upgrade of each schema version that rewrites rows, by version (SCHEMA_VERSIONS lists
// the stores of every version; a version whose change is only new indexes needs none).
import type { Transaction } from 'dexie';
import { upgradeToV2 } from './002-organizations';
import { upgradeToV3 } from './003-bilingual-text';

export const UPGRADES: Readonly<Record<number, (tx: Transaction) => Promise<void>>> = {
  2: (tx) => upgradeToV2(tx),
  3: (tx) => upgradeToV3(tx),
};
