// The browser edition: files are downloads and <input type=file>, PDFs go through the
// system print dialog, snapshots live in a second IndexedDB database.
import { browserSnapshots } from '../backup/platform/browser-snapshots';
import { OPEN_KINDS, type SaveKind } from '$shared/ipc-contract';
import { PlatformError, toBytes, type Platform } from './platform';

const MIME: Record<SaveKind, string> = {
  backup: 'application/json',
  reference: 'application/json',
  ics: 'text/calendar;charset=utf-8',
  csv: 'text/csv;charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

declare const __APP_VERSION__: string;

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

export function browserPlatform(): Platform {
  return {
    edition: 'browser',
    async saveFile({ name, kind, data }) {
      const bytes = toBytes(data);
      const blobUrl = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: MIME[kind] }));
      const link = document.createElement('a');
      link.href = blobUrl;
      link.download = name;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      // Revoke later: Chromium reads the blob after the click handler returns.
      setTimeout(() => URL.revokeObjectURL(blobUrl), 30_000);
      return 'saved';
    },
    async openFile({ kind }) {
      const { extensions, maxBytes } = OPEN_KINDS[kind];
      const accept = extensions.map((e) => `.${e}`).join(',');
      const file = await pickFile(accept);
      if (!file) return null;
      if (file.size > maxBytes) throw new PlatformError('too-large', `The file is larger than ${maxBytes} bytes.`);
      return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },
    async printToPdf() {
      window.print();
      return 'print-dialog';
    },
    async print() {
      window.print();
    },
    async appInfo() {
      return { name: 'Chairdesk', version: __APP_VERSION__, edition: 'browser', platform: navigator.platform };
    },
    async setLocale() {},
    onMenuCommand: () => () => undefined,
    ...browserSnapshots(),
  };
}
