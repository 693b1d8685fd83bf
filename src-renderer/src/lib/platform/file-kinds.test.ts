import { describe, expect, it } from 'vitest';
import { OPEN_KINDS } from '$shared/ipc-contract';
import { MAX_BACKUP_BYTES } from '../backup/io/file-format';
import { MAX_ICS_FILE_BYTES } from '../io/ics-shared';
import { MAX_REFERENCE_BYTES } from '../io/reference-file-format';

describe('the kinds of file the dialogs open', () => {
  it('read no more than the readers behind them take', () => {
    expect(OPEN_KINDS.backup.maxBytes).toBe(MAX_BACKUP_BYTES);
    expect(OPEN_KINDS.ics.maxBytes).toBe(MAX_ICS_FILE_BYTES);
    expect(OPEN_KINDS.reference.maxBytes).toBe(MAX_REFERENCE_BYTES);
    // The XLSX corpus's largest bomb is made to this size (reliability/corpus/xlsx.ts).
    expect(OPEN_KINDS.people.maxBytes).toBe(5 * 1024 * 1024);
  });
});
