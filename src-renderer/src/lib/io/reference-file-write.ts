// Writes a reference file: the set's rows in primary-key order, the counts, and the SHA-256
// of the canonical file with the checksum field empty, then that checksum put in its place
// (the backup's own scheme, ../backup/io/write.ts). Pure.
import { canonicalJson, sha256Hex, sortByKey } from '../backup/io/canonical-json';
import {
  countSet,
  perReferenceTable,
  REFERENCE_EXTENSION,
  REFERENCE_FORMAT,
  REFERENCE_FORMAT_VERSION,
  rowsOfSet,
  type ReferenceFile,
  type ReferenceSet,
} from './reference-file-format';

export interface ReferenceSource {
  set: ReferenceSet;
  schemaVersion: number;
  appVersion: string;
  createdAt: Date;
}

export async function encodeReferenceFile({ set, schemaVersion, appVersion, createdAt }: ReferenceSource): Promise<string> {
  const rows = rowsOfSet(set);
  const file: ReferenceFile = {
    format: REFERENCE_FORMAT,
    formatVersion: REFERENCE_FORMAT_VERSION,
    schemaVersion,
    appVersion,
    createdAt: createdAt.toISOString(),
    counts: countSet(set),
    sha256: '',
    tables: perReferenceTable((t) => sortByKey(rows[t], (row) => row.id)),
  };
  const unsigned = canonicalJson(file);
  const sha = await sha256Hex(unsigned);
  const at = unsigned.indexOf('"sha256":""') + '"sha256":"'.length;
  return unsigned.slice(0, at) + sha + unsigned.slice(at);
}

/** `sco-reference-data-2026-01-15.chairdesk-reference.json`: a slug of the organization, then the local date. */
export function referenceFileName(slug: string, now: Date, extension: string = REFERENCE_EXTENSION): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${slug}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.${extension}`;
}
