// The reference-data file the end-to-end tests start from (e2e/fixtures/, written by
// e2e/fixtures/build-reference-fixtures.mjs with its own canonical JSON and SHA-256) is read
// by the app's reader: the script and the format cannot drift apart unnoticed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countSet } from './reference-file-format';
import { readReferenceFile } from './reference-file-read';

const FIXTURE = path.resolve(import.meta.dirname, '../../../../e2e/fixtures/sco-2019.chairdesk-reference.json');

describe('the SCO 2019 fixture', () => {
  it('is a reference file the app reads, with every row valid', async () => {
    const set = await readReferenceFile(new Uint8Array(readFileSync(FIXTURE)), { schemaVersion: 2 });
    expect(countSet(set)).toEqual({ organizations: 1, parties: 11, bodies: 3, persons: 19, appointments: 18, themes: 5 });
    expect(set.organization.acronym).toEqual({ en: 'SCO', ru: 'ШОС' });
    expect(set.parties.filter((p) => p.kind === 'member').map((p) => p.short.ru)).toHaveLength(8);
  });
});
