// The security scan's allowlist (security/electronegativity-allowlist.json) explains findings
// exactly: a finding that merely contains an entry's text, or a second finding on an entry, is
// unexplained; an entry that matches nothing is reported stale.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explain } from '../../scripts/electronegativity-match.cjs';

const entry = {
  check: 'OPEN_EXTERNAL_JS_CHECK',
  file: 'main/index.js',
  sample: 'guardWebContents(contents, (url) => void shell.openExternal(url));',
};

describe('the security scan allowlist', () => {
  it('explains the finding it names, line for line', () => {
    expect(explain([{ ...entry }], [entry])).toEqual({ unexplained: [], stale: [] });
  });

  it('does not explain a finding that only contains its text, in another file or of another check', () => {
    const smuggled = { ...entry, sample: `${entry.sample} shell.openExternal(dataFromImport);` };
    for (const finding of [smuggled, { ...entry, file: 'main/other.js' }, { ...entry, check: 'SANDBOX_JS_CHECK' }]) {
      expect(explain([finding], [entry])).toEqual({ unexplained: [finding], stale: [entry] });
    }
  });

  it('explains one finding per entry', () => {
    expect(explain([{ ...entry }, { ...entry }], [entry]).unexplained).toHaveLength(1);
  });

  it('has entries with a whole line and a reason each', () => {
    const allowlist = JSON.parse(
      readFileSync(path.resolve(import.meta.dirname, '../../security/electronegativity-allowlist.json'), 'utf8'),
    ) as {
      sample?: string;
      reason?: string;
    }[];
    for (const a of allowlist) {
      expect(a.sample?.length).toBeGreaterThan(20);
      expect(a.reason?.length).toBeGreaterThan(20);
    }
  });
});
