// Which electronegativity findings the allowlist explains (scripts/electronegativity.cjs). An
// entry explains one finding: the same check, in the same file, on the same line of code (the
// whole line, trimmed; not a part of it, which a new call on the same line would also match).
// Entries that match no finding are returned too: a stale entry fails the scan.

/**
 * @param {{ check: string, file: string, sample: string }[]} findings
 * @param {{ check: string, file: string, sample: string }[]} allowlist
 */
function explain(findings, allowlist) {
  const used = new Set();
  const unexplained = findings.filter((f) => {
    const at = allowlist.findIndex((a, i) => !used.has(i) && a.check === f.check && a.file === f.file && a.sample === f.sample);
    if (at >= 0) used.add(at);
    return at < 0;
  });
  return { unexplained, stale: allowlist.filter((_, i) => !used.has(i)) };
}

module.exports = { explain };
