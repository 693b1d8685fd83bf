// The Worker that reads and writes backups off the main thread, so a large archive neither
// freezes the window nor escapes the time limit (the page terminates a Worker that runs
// too long). Messages: see ../io/worker-protocol.ts. Runs in: a dedicated Worker.
import { handleBackupRequest } from '../io/worker-protocol';

self.addEventListener('message', (event: MessageEvent<unknown>) => {
  void handleBackupRequest(event.data).then((reply) => self.postMessage(reply));
});
