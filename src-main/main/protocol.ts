// The `app://chairdesk/` protocol that serves the bundled renderer: a stable origin (so
// IndexedDB survives updates), never `file://`, and nothing outside the bundle. Runs in: main.
import { protocol } from 'electron';
import { APP_SCHEME } from '../shared/ipc-contract';
import { serveAppRequest } from './protocol-response';

/** Must run before `app.whenReady()`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

export function handleAppProtocol(root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, root));
}
