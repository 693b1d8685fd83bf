// Printing: the renderer shows a print view, then asks for a PDF of it or the system
// print dialog. Both use Chromium's print engine, as `page.pdf()` does in the tests.
// Runs in: main.
import path from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMain } from 'electron';
import { Channel } from '../../shared/ipc-contract';
import { noPayload, printToPdfSchema } from '../../shared/ipc-schemas';
import { writeFileAtomic } from '../atomic-write';
import { guarded } from './guard';

export function registerPrintHandlers(ipcMain: IpcMain, window: () => BrowserWindow | null): void {
  ipcMain.handle(
    Channel.printToPdf,
    guarded(Channel.printToPdf, printToPdfSchema, async ({ suggestedName, landscape }) => {
      const owner = window();
      if (!owner) return null;
      const choice = await dialog.showSaveDialog(owner, {
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'PDF', extensions: ['pdf'] }],
      });
      if (choice.canceled || !choice.filePath) return null;
      const pdf = await owner.webContents.printToPDF({ landscape, pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
      await writeFileAtomic(choice.filePath, pdf);
      return { path: choice.filePath };
    }),
  );

  ipcMain.handle(
    Channel.print,
    guarded(Channel.print, noPayload, async () => {
      const owner = window();
      if (!owner) return false;
      return new Promise<boolean>((resolve) => owner.webContents.print({ printBackground: true }, (ok) => resolve(ok)));
    }),
  );
}
