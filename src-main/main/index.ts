// The Electron main process: lifecycle, protocol, security, menu and IPC. Runs in: main.
import path from 'node:path';
import { app, BrowserWindow, ipcMain, Menu, safeStorage, session, shell } from 'electron';
import { Channel, type DataProtection, type Locale, type MenuCommand } from '../shared/ipc-contract';
import { loadDataKey } from './at-rest/data-key';
import { removeStaleTemps } from './atomic-write';
import { registerAppHandlers } from './ipc/app';
import { registerFileHandlers } from './ipc/files';
import { registerPrintHandlers } from './ipc/print';
import { prepareSnapshotFolder, registerSnapshotHandlers } from './ipc/snapshots';
import { refusedSwitches } from './launch-guard';
import { buildMenuTemplate } from './menu';
import { handleAppProtocol, registerAppScheme } from './protocol';
import { guardSession, guardWebContents } from './web-contents-guards';
import { createMainWindow } from './window';

let mainWindow: BrowserWindow | null = null;
const currentWindow = (): BrowserWindow | null => mainWindow;

function send(command: MenuCommand): void {
  mainWindow?.webContents.send(Channel.menuCommand, command);
}

/** The UI's language, for the menu and the file dialogs' filters. */
let currentLocale: Locale = 'en';

function installMenu(locale: Locale): void {
  currentLocale = locale;
  const template = buildMenuTemplate({ locale, isMac: process.platform === 'darwin', devTools: !app.isPackaged, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

const refused = refusedSwitches({ isPackaged: app.isPackaged, argv: process.argv, hasSwitch: (name) => app.commandLine.hasSwitch(name) });
if (refused.length > 0) {
  console.error(`Chairdesk does not start with ${refused.map((name) => `--${name}`).join(', ')}: it would open the app to a debugger.`);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
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

  void app.whenReady().then(async () => {
    guardSession(session.defaultSession);
    // The user-data folder: temporary files a crash left behind go, the snapshots folder is
    // owner-only, and the data key that seals snapshots is read (made on first start).
    const userData = app.getPath('userData');
    const snapshots = path.join(userData, 'snapshots');
    await removeStaleTemps(userData);
    await prepareSnapshotFolder(snapshots);
    const dataKey = await loadDataKey(path.join(userData, 'data-key'), safeStorage);
    const protection: DataProtection = dataKey.protection;
    handleAppProtocol(path.join(import.meta.dirname, '../renderer'));
    registerFileHandlers(ipcMain, currentWindow, () => currentLocale);
    registerPrintHandlers(ipcMain, currentWindow);
    registerAppHandlers(ipcMain, installMenu, () => protection);
    registerSnapshotHandlers(
      ipcMain,
      () => snapshots,
      () => dataKey.key,
    );
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
