// The Electron main process: lifecycle, protocol, security, menu and IPC. Runs in: main.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, session, shell } from 'electron';
import { Channel, type Locale, type MenuCommand } from '../shared/ipc-contract';
import { registerAppHandlers } from './ipc/app';
import { registerFileHandlers } from './ipc/files';
import { registerPrintHandlers } from './ipc/print';
import { registerSnapshotHandlers } from './ipc/snapshots';
import { buildMenuTemplate } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { guardSession, guardWebContents } from './web-contents-guards';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
const currentWindow = (): BrowserWindow | null => mainWindow;

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(Channel.menuCommand, command);
}

function installMenu(locale: Locale): void {
  const template = buildMenuTemplate({ locale, isMac: process.platform === 'darwin', devTools: !app.isPackaged, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  registerAppScheme();
  app.enableSandbox();

  app.on('second-instance', () => {
    if (mainWindow?.isMinimized()) mainWindow.restore();
    mainWindow?.focus();
  });

  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, (url) => void shell.openExternal(url));
  });

  void app.whenReady().then(() => {
    guardSession(session.defaultSession);
    handleAppProtocol(path.join(import.meta.dirname, '../renderer'));
    registerFileHandlers(ipcMain, currentWindow);
    registerPrintHandlers(ipcMain, currentWindow);
    registerAppHandlers(ipcMain, installMenu);
    registerSnapshotHandlers(ipcMain, () => path.join(app.getPath('userData'), 'snapshots'));
    installMenu(app.getLocale().startsWith('ru') ? 'ru' : 'en');
    mainWindow = createMainWindow(path.join(import.meta.dirname, '../preload/index.cjs'));
    mainWindow.on('closed', () => (mainWindow = null));

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) mainWindow = createMainWindow(path.join(import.meta.dirname, '../preload/index.cjs'));
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
