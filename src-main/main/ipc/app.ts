// About the app, the menu's language, and opening allowlisted links. Runs in: main.
import { app, shell, type IpcMain } from 'electron';
import { Channel, type AppInfo, type Locale } from '../../shared/ipc-contract';
import { localeSchema, noPayload, urlSchema } from '../../shared/ipc-schemas';
import { isAllowedExternal } from '../security';
import { guarded } from './guard';

export function registerAppHandlers(ipcMain: IpcMain, onLocale: (locale: Locale) => void): void {
  ipcMain.handle(
    Channel.appInfo,
    guarded(Channel.appInfo, noPayload, (): AppInfo => ({
      name: app.getName(),
      version: app.getVersion(),
      edition: 'desktop',
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      platform: process.platform,
    })),
  );

  ipcMain.handle(
    Channel.setLocale,
    guarded(Channel.setLocale, localeSchema, (locale) => {
      onLocale(locale);
      return null;
    }),
  );

  ipcMain.handle(
    Channel.openExternal,
    guarded(Channel.openExternal, urlSchema, async (url) => {
      if (!isAllowedExternal(url)) return false;
      await shell.openExternal(url);
      return true;
    }),
  );
}
