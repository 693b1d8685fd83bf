// Runs one job in a fresh worker and ends the worker when the answer comes: the one runner of
// every Worker the app starts (ICS, documents, spreadsheets, backups, reference files).

/** A worker stopped because it ran past its time limit. */
export class WorkerTimeoutError extends Error {
  override readonly name = 'WorkerTimeoutError';
  constructor(readonly limitMs: number) {
    super('The background task took too long and was stopped.');
  }
}

/**
 * Posts `job` to `worker` and resolves with its first answer; rejects with WorkerTimeoutError
 * past `timeoutMs`, or with the worker's error. `transfer` moves buffers to the worker rather
 * than copying them (the caller's copy is then emptied).
 */
export function runWorker<Result>(worker: Worker, job: unknown, timeoutMs = 120_000, transfer: Transferable[] = []): Promise<Result> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      worker.terminate();
      reject(new WorkerTimeoutError(timeoutMs));
    }, timeoutMs);
    worker.onmessage = (event: MessageEvent<Result>) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      clearTimeout(timer);
      worker.terminate();
      reject(new Error(event.message || 'The background task failed.'));
    };
    try {
      worker.postMessage(job, transfer);
    } catch (error) {
      // A job that cannot be cloned: the worker never starts on it.
      clearTimeout(timer);
      worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
