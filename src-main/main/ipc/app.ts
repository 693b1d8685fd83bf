// About the app and the menu's language. Runs in: main. (Links open in the system's browser or
// mail client only from the window's own link clicks: web-contents-guards.ts.)
import { app, type IpcMain } from 'electron';
import { Channel, type AppInfo, type DataProtection, type Locale } from '../../shared/ipc-contract';
import { localeSchema, noPayload } from '../../shared/ipc-schemas';
import { guarded } from './guard';

export function registerAppHandlers(
  ipcMain: IpcMain,
  onLocale: (locale: Locale) => void,
  dataProtection: () => DataProtection = () => 'none',
): void {
  ipcMain.handle(
    Channel.appInfo,
    guarded(Channel.appInfo, noPayload, (): AppInfo => ({
      name: app.getName(),
      version: app.getVersion(),
      edition: 'desktop',
      electron: process.versions.electron,
      chrome: process.versions.chrome,
      platform: process.platform,
      dataProtection: dataProtection(),
    })),
  );

  ipcMain.handle(
    Channel.setLocale,
    guarded(Channel.setLocale, localeSchema, (locale) => {
      onLocale(locale);
      return null;
    }),
  );
}
