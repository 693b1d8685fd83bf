// The desktop edition: every call goes through the preload's named functions.
import type { DesktopApi, IpcResult } from '$shared/ipc-contract';
import { PlatformError, toBytes, type Platform } from './platform';

function unwrap<T>(result: IpcResult<T>): T {
  if (result.ok) return result.value;
  throw new PlatformError(result.error.code, result.error.message);
}

export function electronPlatform(api: DesktopApi): Platform {
  return {
    edition: 'desktop',
    async saveFile({ name, kind, data }) {
      const saved = unwrap(await api.saveFile({ suggestedName: name, kind, data: toBytes(data) }));
      return saved ? 'saved' : 'cancelled';
    },
    async openFile({ kind }) {
      return unwrap(await api.openFile({ kind }));
    },
    async printToPdf(options) {
      const saved = unwrap(await api.printToPdf(options));
      return saved ? 'saved' : 'cancelled';
    },
    async print() {
      unwrap(await api.print());
    },
    async appInfo() {
      return unwrap(await api.appInfo());
    },
    async setLocale(locale) {
      unwrap(await api.setLocale(locale));
    },
    onMenuCommand: (listener) => api.onMenuCommand(listener),
    async listSnapshots() {
      return unwrap(await api.listSnapshots());
    },
    async writeSnapshot(name, data) {
      return unwrap(await api.writeSnapshot({ name, data }));
    },
    async readSnapshot(name) {
      return unwrap(await api.readSnapshot(name));
    },
    async deleteSnapshot(name) {
      unwrap(await api.deleteSnapshot(name));
    },
  };
}
