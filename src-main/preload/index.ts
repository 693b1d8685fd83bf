// The preload: one named function per IPC channel on `window.api`, never ipcRenderer itself.
// Runs in: a sandboxed preload (CommonJS).
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { Channel, MENU_COMMANDS, type DesktopApi, type MenuCommand } from '../shared/ipc-contract';

const isMenuCommand = (value: unknown): value is MenuCommand => (MENU_COMMANDS as readonly unknown[]).includes(value);

export const api = {
  saveFile: (request) => ipcRenderer.invoke(Channel.saveFile, request),
  openFile: (request) => ipcRenderer.invoke(Channel.openFile, request),
  printToPdf: (request) => ipcRenderer.invoke(Channel.printToPdf, request),
  print: () => ipcRenderer.invoke(Channel.print),
  appInfo: () => ipcRenderer.invoke(Channel.appInfo),
  setLocale: (locale) => ipcRenderer.invoke(Channel.setLocale, locale),
  onMenuCommand: (listener) => {
    const wrapped = (_event: IpcRendererEvent, command: unknown): void => {
      if (isMenuCommand(command)) listener(command);
    };
    ipcRenderer.on(Channel.menuCommand, wrapped);
    return () => void ipcRenderer.removeListener(Channel.menuCommand, wrapped);
  },
  listSnapshots: () => ipcRenderer.invoke(Channel.listSnapshots),
  writeSnapshot: (request) => ipcRenderer.invoke(Channel.writeSnapshot, request),
  readSnapshot: (name) => ipcRenderer.invoke(Channel.readSnapshot, name),
  deleteSnapshot: (name) => ipcRenderer.invoke(Channel.deleteSnapshot, name),
} satisfies DesktopApi;

contextBridge.exposeInMainWorld('api', api);
