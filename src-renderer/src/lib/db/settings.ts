// Preferences and app state as key → value rows.
import { isNode, type VersionVector } from '../domain/changes';
import type { Setting } from '../domain/types';
import type { ChairdeskDB } from './db';
import { systemClock, type Clock } from './table-repository';

export const SettingKey = {
  locale: 'locale',
  currentChairmanship: 'currentChairmanshipId',
  homeTimeZone: 'homeTimeZone',
  nameOrder: 'nameOrder',
  replica: 'replica',
  /** This computer's or user's name in the backups it writes. */
  label: 'backupLabel',
  /** The installations whose backups were merged here: writer node → key fingerprint and label. */
  signers: 'knownSigners',
  /** The last merge, until the next: its snapshot, for Undo merge. */
  lastMerge: 'lastMerge',
} as const;

/** This copy of the database as a writer (domain/changes.ts): its node, and what it has merged of others'. */
export interface Replica {
  node: string;
  seen: VersionVector;
}

export function isReplica(value: unknown): value is Replica {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as { node?: unknown; seen?: unknown };
  return (
    isNode(r.node) &&
    typeof r.seen === 'object' &&
    r.seen !== null &&
    Object.entries(r.seen).every(([node, stamp]) => isNode(node) && typeof stamp === 'string')
  );
}

export class SettingsRepository {
  constructor(
    private readonly db: ChairdeskDB,
    private readonly clock: Clock = systemClock,
  ) {}

  async get<T>(key: string, fallback: T, accept: (value: unknown) => value is T): Promise<T> {
    const row = await this.db.settings.get(key);
    return row && accept(row.value) ? row.value : fallback;
  }

  async set(key: string, value: unknown): Promise<void> {
    await this.db.transaction('rw', this.db.settings, async () => {
      const current = await this.db.settings.get(key);
      const row: Setting = { key, value, updatedAt: this.clock().toISOString(), rev: (current?.rev ?? 0) + 1 };
      await this.db.settings.put(row);
    });
  }
}

export const isString = (v: unknown): v is string => typeof v === 'string';
