// Content-Security-Policy of every page Chairdesk shows. Runs in: main (app:// response
// header) and build (meta tag in index.html). No script may come from anywhere but the
// app itself: no 'unsafe-inline', no 'unsafe-eval' in script-src. Styles allow inline
// because Svelte transitions and bits-ui position popovers with style attributes.
export const CONTENT_SECURITY_POLICY = [
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
].join('; ');
