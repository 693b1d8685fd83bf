// Creates the main window and keeps its size and position across runs. Runs in: main.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, screen } from 'electron';
import { APP_ORIGIN } from '../shared/ipc-contract';
import { writeFileAtomic } from './atomic-write';
import { mainWindowOptions } from './window-options';
import { DEFAULT_STATE, restoreState, type WindowState } from './window-state';

function stateFile(): string {
  return path.join(app.getPath('userData'), 'window-state.json');
}

function loadState(): WindowState {
  try {
    const saved: unknown = JSON.parse(readFileSync(stateFile(), 'utf8'));
    return restoreState(
      saved,
      screen.getAllDisplays().map((d) => d.workArea),
    );
  } catch {
    return DEFAULT_STATE;
  }
}

export function createMainWindow(preload: string): BrowserWindow {
  const state = loadState();
  const { maximized, ...bounds } = state;
  const window = new BrowserWindow(mainWindowOptions(preload, bounds, !app.isPackaged));
  if (maximized) window.maximize();
  window.once('ready-to-show', () => window.show());
  window.on('close', () => {
    const saved: WindowState = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    void writeFileAtomic(stateFile(), new TextEncoder().encode(JSON.stringify(saved))).catch(() => undefined);
  });
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
