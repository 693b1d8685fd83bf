// The shell's security rules, as plain functions so each can be tested without Electron.
// Runs in: main. Source: Electron's security checklist (electronjs.org/docs/latest/tutorial/security).
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../shared/ipc-contract';

/** True only for the app's own pages: `app://chairdesk/…` with no path traversal. */
export function isAppUrl(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return false;
  // The URL parser quietly normalises `/../`; the raw text must not try it at all.
  return !hasTraversal(rawPath(raw));
}

function rawPath(raw: string): string {
  const afterHost = raw.slice(raw.indexOf(APP_HOST) + APP_HOST.length);
  return afterHost.split(/[?#]/, 1)[0] ?? '';
}

function hasTraversal(pathPart: string): boolean {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathPart);
  } catch {
    return true;
  }
  return decoded.includes('\\') || decoded.includes('\0') || decoded.split('/').some((s) => s === '..' || s === '.');
}

/**
 * Maps an `app://chairdesk/<path>` request onto a file under `root`, or null (answered 404)
 * when the request is for another host, is malformed, or would leave `root`.
 */
export function resolveAppPath(requestUrl: string, root: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (hasTraversal(url.pathname) || hasTraversal(rawPath(requestUrl))) return null;
  const relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  const base = path.resolve(root);
  const full = path.resolve(base, relative);
  return full.startsWith(base + path.sep) ? full : null;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};

export function mimeType(file: string): string {
  return MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** Hosts whose https pages may be opened in the user's browser (help, the organization's site). */
export const EXTERNAL_HOSTS: readonly string[] = ['en.odkb-csto.org', 'odkb-csto.org', 'github.com'];

// A plain address, as the renderer's person rules take it (lib/domain/person-rules.ts, kept in
// step by security.test.ts): no character that means something in a URL, labels without dots
// in their classes, so the expression is linear; and the length first.
const EMAIL = /^[\p{L}\p{M}\p{N}!$'*+=^_`{|}~.-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+$/u;
const MAX_EMAIL_LENGTH = 254;

/**
 * `shell.openExternal` is only ever given an https URL on the allowlist or `mailto:` with a
 * plain address and nothing after it (no `?attach=`, `?cc=`, `#`). Links found in imported
 * data never reach it (the renderer shows them as text).
 */
export function isAllowedExternal(raw: string): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') {
    if (url.search || url.hash || raw.includes('?') || raw.includes('#')) return false;
    let address: string;
    try {
      address = decodeURIComponent(url.pathname);
    } catch {
      return false;
    }
    return address.length <= MAX_EMAIL_LENGTH && EMAIL.test(address);
  }
  return (
    url.protocol === 'https:' && url.username === '' && url.password === '' && url.port === '' && EXTERNAL_HOSTS.includes(url.hostname)
  );
}

/** Every permission (camera, notifications, geolocation, clipboard read…) is refused. */
export function denyPermissionRequest(_wc: unknown, _permission: string, callback: (granted: boolean) => void): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}

/** A sender is trusted when its frame exists and shows one of the app's own pages. */
export function isTrustedSenderUrl(frameUrl: string | null | undefined): boolean {
  return typeof frameUrl === 'string' && isAppUrl(frameUrl);
}
