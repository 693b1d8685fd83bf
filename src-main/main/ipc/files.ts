// Native save and open dialogs, and the file reads and writes behind them. The page names a
// kind of file; the filters, the extension and the size limit come from ../file-kinds.ts.
// Runs in: main.
import path from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMain } from 'electron';
import { Channel, OPEN_KINDS, SAVE_KINDS, type Locale } from '../../shared/ipc-contract';
import { openFileSchema, saveFileSchema } from '../../shared/ipc-schemas';
import { OWNER_ONLY, writeFileAtomic } from '../atomic-write';
import { openFilters, OpenRefusal, readRegularFile, saveFilters, withExtension } from '../file-kinds';
import { guarded, IpcRefusal } from './guard';

/** Readable by all, as the system's own file managers save: exports are made to be sent. */
const SHARED = 0o644;

export function registerFileHandlers(ipcMain: IpcMain, window: () => BrowserWindow | null, locale: () => Locale = () => 'en'): void {
  ipcMain.handle(
    Channel.saveFile,
    guarded(Channel.saveFile, saveFileSchema, async ({ suggestedName, kind, data }) => {
      const owner = window();
      const options = {
        defaultPath: path.join(app.getPath('documents'), withExtension(suggestedName, kind)),
        filters: saveFilters(kind, locale()),
      };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      const target = withExtension(choice.filePath, kind);
      await writeFileAtomic(target, data, SAVE_KINDS[kind].ownerOnly ? OWNER_ONLY : SHARED);
      return { path: target };
    }),
  );

  ipcMain.handle(
    Channel.openFile,
    guarded(Channel.openFile, openFileSchema, async ({ kind }) => {
      const owner = window();
      const options = { properties: ['openFile' as const], filters: openFilters(kind, locale()) };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return null;
      try {
        return { name: path.basename(file), bytes: await readRegularFile(file, OPEN_KINDS[kind].maxBytes) };
      } catch (error) {
        if (error instanceof OpenRefusal) throw new IpcRefusal(error.code === 'too-large' ? 'too-large' : 'not-a-file', error.message);
        throw error;
      }
    }),
  );
}
