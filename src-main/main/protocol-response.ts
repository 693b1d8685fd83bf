// Answers one `app://chairdesk/…` request from the bundle folder: the file with its type and
// the CSP header, or 404 for anything outside the bundle. Runs in: main (no Electron import,
// so it is tested in plain Node).
import { readFile } from 'node:fs/promises';
import { CONTENT_SECURITY_POLICY_HEADER } from '../shared/csp';
import { mimeType, resolveAppPath } from './security';

export async function serveAppRequest(requestUrl: string, root: string): Promise<Response> {
  const file = resolveAppPath(requestUrl, root);
  if (!file) return new Response('Not found', { status: 404 });
  try {
    const body = await readFile(file);
    return new Response(new Uint8Array(body), {
      headers: {
        'content-type': mimeType(file),
        'content-security-policy': CONTENT_SECURITY_POLICY_HEADER,
        'x-frame-options': 'DENY',
        'x-content-type-options': 'nosniff',
        'cross-origin-opener-policy': 'same-origin',
      },
    });
  } catch {
    return new Response('Not found', { status: 404 });
  }
}
