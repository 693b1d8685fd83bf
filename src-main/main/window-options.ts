// The main window's options: every web preference the security checklist names is set
// explicitly, so a change of Electron's defaults cannot weaken it. Runs in: main.
import type { BrowserWindowConstructorOptions } from 'electron';
import type { WindowBounds } from './window-state';

export function mainWindowOptions(preload: string, bounds: WindowBounds, devTools: boolean): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 960,
    minHeight: 600,
    show: false,
    title: 'Chairdesk',
    backgroundColor: '#f5f6f8',
    webPreferences: {
      preload,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      // A middle click must not open a link in a new window.
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
      devTools,
    },
  };
}
