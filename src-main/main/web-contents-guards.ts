// Applied to every web contents the app creates: no navigation away from the app, no new
// windows, no <webview>, no permissions. Runs in: main.
import type { Session, WebContents } from 'electron';
import { denyPermissionCheck, denyPermissionRequest, isAllowedExternal, isAppUrl } from './security';

export function guardWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return;
    event.preventDefault();
    // A mailto: link clicked in the page: the mail client, for a plain address only.
    if (isAllowedExternal(url)) openExternal(url);
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternal(url)) openExternal(url);
    return { action: 'deny' };
  });
}

export function guardSession(session: Session): void {
  session.setPermissionRequestHandler(denyPermissionRequest);
  session.setPermissionCheckHandler(denyPermissionCheck);
  session.setDevicePermissionHandler(() => false);
  // Only the app's own scheme, data: and blob: are ever fetched (docs/quality.md, rule 1).
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = /^(app|data|blob|devtools):/.test(details.url);
    callback({ cancel: !allowed });
  });
}
