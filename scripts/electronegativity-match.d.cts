// Types of electronegativity-match.cjs, for the test that checks it (src-main/main/security-scan.test.ts).
interface Finding {
  check: string;
  file: string;
  sample: string;
}
export function explain<F extends Finding, A extends Finding>(findings: F[], allowlist: A[]): { unexplained: F[]; stale: A[] };
