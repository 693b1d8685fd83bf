// Reads a reference file and refuses it unless every check passes, in this order: size,
// UTF-8, nesting depth, JSON (no `__proto__`/`constructor`/`prototype` keys), the envelope,
// the checksum, canonical form (no byte added, reordered or duplicated), the counts, every
// row against the backup's row schemas (../backup/io/row-schemas.ts), exactly one organization, and
// the set's own rules (./reference-file-rules.ts). Nothing is written here. Pure.
import * as z from 'zod/mini';
import { canonicalJson, sha256Hex } from '../backup/io/canonical-json';
import { ROW_SCHEMAS } from '../backup/io/row-schemas';
import {
  MAX_REFERENCE_BYTES,
  MAX_REFERENCE_DEPTH,
  quoted,
  REFERENCE_FORMAT,
  REFERENCE_FORMAT_VERSION,
  REFERENCE_SCHEMA_MIN,
  REFERENCE_TABLES,
  ReferenceFileError,
  type ReferenceFile,
  type ReferenceIssue,
  type ReferenceSet,
} from './reference-file-format';
import { checkReferenceSet, valueAt } from './reference-file-rules';

export interface ReferenceReadOptions {
  /** The schema version this code writes; a file from newer code is refused. */
  schemaVersion: number;
  maxBytes?: number;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function decode(bytes: Uint8Array, maxBytes: number): string {
  if (bytes.byteLength === 0) throw new ReferenceFileError('empty');
  if (bytes.byteLength > maxBytes) throw new ReferenceFileError('too-large', [], `${bytes.byteLength} bytes`);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (!text.trim()) throw new ReferenceFileError('empty');
    return text;
  } catch (error) {
    if (error instanceof ReferenceFileError) throw error;
  }
  // Valid but for an incomplete letter at the very end: cut short, not another encoding.
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    throw new ReferenceFileError('truncated');
  } catch (error) {
    throw error instanceof ReferenceFileError ? error : new ReferenceFileError('encoding');
  }
}

/** Bracket depth outside strings, counted before parsing (the parser's reviver recurses). */
function checkDepth(text: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > MAX_REFERENCE_DEPTH) throw new ReferenceFileError('too-deep');
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text, (key, value: unknown) => {
      if (FORBIDDEN_KEYS.has(key)) throw new ReferenceFileError('forbidden-key', [], key);
      return value;
    });
  } catch (error) {
    if (error instanceof ReferenceFileError) throw error;
    const cut = /^\s*\{/.test(text) && !/\}\s*$/.test(text);
    throw new ReferenceFileError(cut ? 'truncated' : 'malformed', [], error instanceof Error ? error.message : undefined);
  }
}

const count = z.int().check(z.gte(0));
const envelope = z.strictObject({
  format: z.literal(REFERENCE_FORMAT),
  formatVersion: z.int().check(z.gte(1)),
  schemaVersion: z.int().check(z.gte(REFERENCE_SCHEMA_MIN)),
  appVersion: z.string().check(z.maxLength(100)),
  createdAt: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?Z$/)),
  counts: z.strictObject(Object.fromEntries(REFERENCE_TABLES.map((t) => [t, count]))),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  tables: z.strictObject(Object.fromEntries(REFERENCE_TABLES.map((t) => [t, z.array(z.unknown())]))),
});

function checkEnvelope(value: unknown, schemaVersion: number): ReferenceFile {
  const probe = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  if (probe.format !== REFERENCE_FORMAT) throw new ReferenceFileError('not-reference');
  if (typeof probe.formatVersion === 'number' && probe.formatVersion > REFERENCE_FORMAT_VERSION)
    throw new ReferenceFileError('newer-format');
  if (typeof probe.schemaVersion === 'number' && probe.schemaVersion > schemaVersion)
    throw new ReferenceFileError('newer-schema', [], `schema ${probe.schemaVersion}`);
  const parsed = envelope.safeParse(value);
  if (!parsed.success) throw new ReferenceFileError('not-reference', [], parsed.error.issues[0]?.path.join('.'));
  // The schema checked every field of the envelope; the rows are checked one by one below.
  return value as ReferenceFile;
}

async function checkIntegrity(file: ReferenceFile, text: string): Promise<void> {
  const unsigned = canonicalJson({ ...file, sha256: '' });
  if ((await sha256Hex(unsigned)) !== file.sha256) throw new ReferenceFileError('checksum');
  // The fields before `sha256` are short and checked, so its first occurrence is the envelope's.
  const at = unsigned.indexOf('"sha256":""') + '"sha256":"'.length;
  if (text !== unsigned.slice(0, at) + file.sha256 + unsigned.slice(at)) throw new ReferenceFileError('not-canonical');
}

function checkCounts(file: ReferenceFile): void {
  for (const table of REFERENCE_TABLES) {
    if (file.counts[table] !== file.tables[table].length)
      throw new ReferenceFileError('counts', [], `${table}: ${file.counts[table]} ≠ ${file.tables[table].length}`);
  }
}

/** Every row against its table's schema: all that is wrong, row by row (the first problem of each). */
function checkRows(file: ReferenceFile): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  for (const table of REFERENCE_TABLES) {
    const schema = ROW_SCHEMAS[table];
    file.tables[table].forEach((row, i) => {
      const result = schema.safeParse(row);
      if (result.success) return;
      const first = result.error.issues[0];
      const field = first?.path.map(String).join('.') ?? '';
      const missing = first?.code === 'invalid_type' && valueAt(row, field) === undefined;
      issues.push({ table, row: i + 1, field, code: missing ? 'required' : 'invalid', value: quoted(valueAt(row, field)) });
    });
  }
  if (file.tables.organizations.length !== 1)
    issues.push({ table: 'organizations', row: Math.max(1, file.tables.organizations.length), code: 'one-organization' });
  return issues;
}

/** The set of a file whose rows passed their schemas (each schema `satisfies` its row type). */
function setOf(file: ReferenceFile): ReferenceSet {
  const tables = file.tables as unknown as Omit<ReferenceSet, 'organization'> & { organizations: ReferenceSet['organization'][] };
  const [organization] = tables.organizations;
  if (!organization) throw new ReferenceFileError('invalid-rows', [{ table: 'organizations', row: 1, code: 'one-organization' }]);
  const { parties, bodies, persons, appointments, themes } = tables;
  return { organization, parties, bodies, persons, appointments, themes };
}

export async function readReferenceFile(bytes: Uint8Array, options: ReferenceReadOptions): Promise<ReferenceSet> {
  const text = decode(bytes, options.maxBytes ?? MAX_REFERENCE_BYTES);
  checkDepth(text);
  const file = checkEnvelope(parseJson(text), options.schemaVersion);
  await checkIntegrity(file, text);
  checkCounts(file);
  const rowIssues = checkRows(file);
  if (rowIssues.length) throw new ReferenceFileError('invalid-rows', rowIssues);
  const set = setOf(file);
  const issues = checkReferenceSet(set);
  if (issues.length) throw new ReferenceFileError('invalid-rows', issues);
  return set;
}
