// The page's default Trusted Types policy (the CSP requires Trusted Types for every script and
// HTML sink, src-main/shared/csp.ts). It lets through only script URLs of the page's own origin
// (the app's Workers) and turns nothing into HTML or script: a string that reaches innerHTML or
// the like throws instead. Svelte builds its templates through a policy of its own
// ('svelte-trusted-html'). Imported first by the entry, so it is in place before any Worker
// starts. Runs in: the renderer (both editions).

interface PolicyFactory {
  defaultPolicy: unknown;
  createPolicy(name: string, rules: { createScriptURL?: (url: string) => string | null }): unknown;
}

/**
 * `url` when it resolves to the page's own scheme and host; null (refused) for anything else.
 * (Compared part by part: `app://` is not a special scheme, so its URL's `origin` is "null",
 * as a data: URL's is.)
 */
export function ownScriptUrl(url: string, base: string): string | null {
  let resolved: URL;
  try {
    resolved = new URL(url, base);
  } catch {
    return null;
  }
  const page = new URL(base);
  return resolved.protocol === page.protocol && resolved.host === page.host ? resolved.href : null;
}

const factory = (globalThis as { trustedTypes?: PolicyFactory }).trustedTypes;
if (factory && !factory.defaultPolicy && typeof location !== 'undefined') {
  factory.createPolicy('default', { createScriptURL: (url) => ownScriptUrl(url, location.href) });
}
