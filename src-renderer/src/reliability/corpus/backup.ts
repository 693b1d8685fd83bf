// The bad-input corpus (see common.ts): backups.
import { canonicalJson, sha256Hex } from '../../lib/backup/io/canonical-json';
import { MAX_BACKUP_BYTES } from '../../lib/backup/io/file-format';
import { BYTE_KINDS, type Kind, type BadFile, type Dice, dice, utf8, wrongEncodings, truncate, flip, plan, named } from './common';

type Obj = Record<string, unknown>;

/** Sets a key as an own property, even `__proto__` (plain assignment would change the prototype). */
function own(target: Obj, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, configurable: true, writable: true });
}

/** Signs a changed backup as the app would: its checksum then matches, so only the content checks can refuse it. */
export async function resign(backup: Obj): Promise<string> {
  own(backup, 'sha256', '');
  const unsigned = canonicalJson(backup);
  const at = unsigned.indexOf('"sha256":""') + '"sha256":"'.length;
  return unsigned.slice(0, at) + (await sha256Hex(unsigned)) + unsigned.slice(at);
}

const REQUIRED: Record<string, string[]> = {
  chairmanships: ['organization', 'chairState', 'year', 'homeTimeZone', 'example'],
  parties: ['kind', 'name', 'short'],
  bodies: ['name', 'acronym', 'level', 'seatTitle', 'decisionRule'],
  persons: ['names', 'honorific'],
  appointments: ['personId', 'bodyId', 'partyId', 'title', 'from'],
  sessions: ['title', 'bodyIds', 'kind', 'status', 'allDay', 'start', 'end', 'timeZone', 'startUtc', 'endUtc', 'venue', 'icsUid'],
  agendaItems: ['sessionId', 'position', 'title', 'minutes'],
  participants: ['sessionId', 'personId', 'partyId', 'role', 'invitation', 'attendance'],
  documents: ['sessionId', 'kind', 'title'],
  actionPlans: ['chairmanshipId', 'title', 'basis'],
  actionItems: ['planId', 'number', 'title', 'status', 'progress', 'responsible'],
  actionUpdates: ['actionItemId', 'at', 'text'],
};
const ENVELOPE_KEYS = ['format', 'formatVersion', 'schemaVersion', 'appVersion', 'createdAt', 'counts', 'sha256', 'tables'];

/** A value of another type than `value`: what a hand-edited or crafted file puts in a field. */
function wrongType(value: unknown, d: Dice): unknown {
  if (typeof value === 'string') return d.pick([12345, true, null, ['x'], { en: value }]);
  if (typeof value === 'number') return d.pick([String(value), null, [value], { value }, true]);
  if (typeof value === 'boolean') return d.pick([String(value), 1, null]);
  if (Array.isArray(value)) return d.pick(['a,b', 7, { 0: 'a' }, null]);
  return d.pick(['text', 42, [], null, false]);
}

function rows(backup: Obj, d: Dice, withRows = true): { table: string; list: Obj[] } {
  const tables = backup.tables as Record<string, Obj[]>;
  const names = Object.keys(tables).filter((t) => t !== 'settings' && (!withRows || (tables[t]?.length ?? 0) > 0));
  const table = d.pick(names);
  return { table, list: tables[table] ?? [] };
}

function bump(backup: Obj, table: string): void {
  const counts = backup.counts as Record<string, number>;
  counts[table] = (counts[table] ?? 0) + 1;
}

async function backupFile(kind: Kind, base: string, baseBytes: Uint8Array, d: Dice, variant: number): Promise<Uint8Array> {
  const copy = (): Obj => JSON.parse(base) as Obj;
  switch (kind) {
    case 'empty':
      return utf8(d.pick(['', ' ', '\n\r\n\t', '\uFEFF', '{}', '[]', 'null', '""']));
    case 'truncated':
      return truncate(baseBytes, d);
    case 'flipped':
      return flip(baseBytes, d);
    case 'encoding':
      return d.pick(wrongEncodings(base));
    case 'oversized':
      // The first is over the size limit; the others inside it but of no use (a backup repeated).
      return variant === 0 ? new Uint8Array(MAX_BACKUP_BYTES + 1) : utf8(base.repeat(2 + d.int(8)));
    case 'duplicate-keys': {
      const backup = copy();
      const way = d.int(4);
      if (way === 0) {
        // A key written twice in the text: JSON.parse keeps the last, the canonical check sees the extra bytes.
        const at = base.indexOf('"rev":', d.int(base.length - 10));
        const cut = at < 0 ? base.indexOf('"format":') : at;
        return utf8(`${base.slice(0, cut)}"rev":${1 + d.int(9)},${base.slice(cut)}`);
      }
      const tables = backup.tables as Record<string, Obj[]>;
      const { table, list } =
        way === 1
          ? rows(backup, d)
          : way === 2
            ? { table: 'sessions', list: tables.sessions ?? [] }
            : { table: 'participants', list: tables.participants ?? [] };
      const row = d.pick(list);
      // Same id; or (sessions) the same ICS UID; or (participants) the same person twice on a list.
      list.push(way === 1 ? { ...row } : { ...row, id: `duplicate-${d.int(1e6)}` });
      bump(backup, table);
      return utf8(await resign(backup));
    }
    case 'missing-keys': {
      const backup = copy();
      if (d.int(5) === 0) {
        Reflect.deleteProperty(backup, d.pick(ENVELOPE_KEYS));
        return utf8(await resign(backup));
      }
      const { table, list } = rows(backup, d);
      const row = d.pick(list);
      Reflect.deleteProperty(row, d.pick(['id', 'createdAt', 'updatedAt', 'rev', ...(REQUIRED[table] ?? [])]));
      return utf8(await resign(backup));
    }
    case 'wrong-types': {
      const backup = copy();
      const way = d.int(6);
      if (way === 0) {
        const key = d.pick(['formatVersion', 'schemaVersion', 'appVersion', 'createdAt', 'counts', 'tables']);
        backup[key] = key === 'schemaVersion' || key === 'formatVersion' ? d.pick([2, 99, '1', -1]) : wrongType(backup[key], d);
        return utf8(await resign(backup));
      }
      const { list } = rows(backup, d);
      const row = d.pick(list);
      const key = d.pick(Object.keys(row));
      row[key] = wrongType(row[key], d);
      return utf8(await resign(backup));
    }
    case 'proto': {
      const key = d.pick(['__proto__', 'constructor', 'prototype', '\\u005f_proto__']);
      const payload = key === 'constructor' ? '{"prototype":{"polluted":true}}' : '{"polluted":true}';
      if (d.int(2) === 0) {
        // In the text, inside a random object.
        const objects = [...base.matchAll(/\{"/g)].map((match) => match.index);
        const at = d.pick(objects) + 1;
        return utf8(`${base.slice(0, at)}"${key}":${payload},${base.slice(at)}`);
      }
      const backup = copy();
      const { list } = rows(backup, d);
      own(d.pick(list), key.replace('\\u005f', '_'), JSON.parse(payload));
      return utf8(await resign(backup));
    }
    case 'deep': {
      const depth = d.pick([17, 40, 300, 5_000, 200_000]);
      const nested = `${'['.repeat(depth)}${']'.repeat(depth)}`;
      const at = base.lastIndexOf('"notes":');
      if (at >= 0 && depth <= 300 && d.int(2) === 0) {
        // Signed: the checksum matches, the depth check refuses it.
        const backup = copy();
        const { list } = rows(backup, d);
        d.pick(list).notes = JSON.parse(nested) as unknown;
        return utf8(await resign(backup));
      }
      return utf8(`${base.slice(0, 1)}"deep":${nested},${base.slice(1)}`);
    }
    case 'bomb':
    case 'email':
    case 'many-events':
      throw new Error(`no ${kind} kind for backups (see common.ts)`);
  }
}

export const BACKUP_KINDS: readonly Kind[] = [
  ...BYTE_KINDS,
  'duplicate-keys',
  'missing-keys',
  'wrong-types',
  'wrong-types',
  'proto',
  'deep',
];

export async function* backupCorpus(base: string, count: number, seed = 20150402): AsyncGenerator<BadFile> {
  const d = dice(seed);
  const baseBytes = utf8(base);
  const seen = new Map<Kind, number>();
  const kinds = plan(BACKUP_KINDS, count);
  for (const [i, kind] of kinds.entries()) {
    const variant = seen.get(kind) ?? 0;
    seen.set(kind, variant + 1);
    yield named('backup', i, kind, 'chairdesk.json', await backupFile(kind, base, baseBytes, d, variant));
  }
}
