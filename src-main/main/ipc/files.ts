// Native save and open dialogs, and the file reads and writes behind them. Runs in: main.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type IpcMain } from 'electron';
import { Channel } from '../../shared/ipc-contract';
import { openFileSchema, saveFileSchema } from '../../shared/ipc-schemas';
import { writeFileAtomic } from '../atomic-write';
import { guarded, IpcRefusal } from './guard';

export function registerFileHandlers(ipcMain: IpcMain, window: () => BrowserWindow | null): void {
  ipcMain.handle(
    Channel.saveFile,
    guarded(Channel.saveFile, saveFileSchema, async ({ suggestedName, filters, data }) => {
      const owner = window();
      const options = { defaultPath: path.join(app.getPath('documents'), suggestedName), filters };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return null;
      await writeFileAtomic(choice.filePath, data);
      return { path: choice.filePath };
    }),
  );

  ipcMain.handle(
    Channel.openFile,
    guarded(Channel.openFile, openFileSchema, async ({ filters, maxBytes }) => {
      const owner = window();
      const options = { properties: ['openFile' as const], filters };
      const choice = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const file = choice.filePaths[0];
      if (choice.canceled || !file) return null;
      const { size } = await stat(file);
      if (size > maxBytes) throw new IpcRefusal('too-large', `The file is larger than ${maxBytes} bytes.`);
      return { name: path.basename(file), bytes: new Uint8Array(await readFile(file)) };
    }),
  );
}
