// Launches the built desktop app (`npm run build` first), checks that the page runs sandboxed and isolated
// and opens the example year. Run with `npm run e2e:electron` where Electron's binary exists.
import { _electron as electron, expect, test } from '@playwright/test';
import path from 'node:path';

const root = path.join(import.meta.dirname, '../..');

test('the desktop app opens securely and shows the example year', async () => {
  const app = await electron.launch({ args: [root], cwd: root });
  const window = await app.firstWindow();

  const url = await app.evaluate((electronMain: typeof import('electron')) =>
    electronMain.BrowserWindow.getAllWindows()[0]?.webContents.getURL(),
  );
  expect(url).toBe('app://chairdesk/index.html');
  // Sandboxed, isolated, no Node: the page sees neither require nor process.
  expect(await window.evaluate(() => typeof (window as unknown as { process?: unknown }).process)).toBe('undefined');
  expect(await window.evaluate(() => typeof (window as unknown as { require?: unknown }).require)).toBe('undefined');
  expect(await window.evaluate(() => Object.keys((window as unknown as { api: object }).api).sort())).toEqual([
    'appInfo',
    'deleteSnapshot',
    'listSnapshots',
    'onMenuCommand',
    'openFile',
    'print',
    'printToPdf',
    'readSnapshot',
    'saveFile',
    'setLocale',
    'writeSnapshot',
  ]);

  await window.getByRole('button', { name: 'Open the example year' }).click();
  await expect(window.getByRole('heading', { level: 1, name: 'Sessions' })).toBeVisible();
  await expect(window.getByRole('table', { name: 'Sessions' })).toContainText('Khujand');
  await app.close();
});
