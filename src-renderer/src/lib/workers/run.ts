// Runs one job in a fresh worker and ends the worker when the answer comes.

/** A worker stopped because it ran past its time limit. */
export class WorkerTimeoutError extends Error {
  override readonly name = 'WorkerTimeoutError';
  constructor(readonly limitMs: number) {
    super('The background task took too long and was stopped.');
  }
}

export function runWorker<Result>(worker: Worker, job: unknown, timeoutMs = 120_000): Promise<Result> {
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
    worker.postMessage(job);
  });
}
