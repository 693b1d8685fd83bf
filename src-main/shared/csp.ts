// Content-Security-Policy of every page Chairdesk shows. Runs in: main (app:// response
// header), build (meta tag in index.html) and the browser edition's server (header). No script
// may come from anywhere but the app itself: no 'unsafe-inline', no 'unsafe-eval' in
// script-src. Styles allow inline because Svelte transitions put their keyframes in style
// elements and the markup sets style attributes (the calendar's event positions among them). Trusted Types: no string reaches an HTML or script sink (innerHTML,
// a Worker's URL…) except through a named policy: Svelte's own for its templates
// ('svelte-trusted-html'), and the app's default one, which passes only the app's own script
// URLs and no HTML (lib/platform/trusted-types.ts).
const DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self' blob: data:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types svelte-trusted-html default',
];

/** In index.html's meta tag. */
export const CONTENT_SECURITY_POLICY = DIRECTIVES.join('; ');

/** As a response header: `frame-ancestors` works only there (a meta tag's is ignored), so no other page can frame the app. */
export const CONTENT_SECURITY_POLICY_HEADER = [...DIRECTIVES, "frame-ancestors 'none'"].join('; ');
