import { afterEach, describe, expect, it, vi } from 'vitest';
import { runWorker, WorkerTimeoutError } from './run';

/** A stand-in with a Worker's surface (Node has no Worker): it answers as `answer` says. */
class FakeWorker {
  onmessage: ((event: { data: unknown }) => void) | null = null;
  onerror: ((event: { message: string }) => void) | null = null;
  terminated = false;
  posted: { job: unknown; transfer: Transferable[] }[] = [];
  constructor(private readonly answer: (fake: FakeWorker, job: unknown) => void) {}
  postMessage(job: unknown, transfer: Transferable[] = []): void {
    this.posted.push({ job, transfer });
    this.answer(this, job);
  }
  terminate(): void {
    this.terminated = true;
  }
}

const asWorker = (fake: FakeWorker): Worker => fake as unknown as Worker;

afterEach(() => {
  vi.useRealTimers();
});

describe('runWorker, the one runner of the app’s Workers', () => {
  it('resolves with the first answer, ends the worker, and moves the buffers it is given', async () => {
    const fake = new FakeWorker((w, job) => queueMicrotask(() => w.onmessage?.({ data: { echo: job } })));
    const bytes = new Uint8Array([1, 2, 3]);
    await expect(runWorker(asWorker(fake), { bytes }, 1_000, [bytes.buffer])).resolves.toEqual({ echo: { bytes } });
    expect(fake.terminated).toBe(true);
    expect(fake.posted[0]?.transfer).toEqual([bytes.buffer]);
  });

  it('stops a worker that runs past its time limit', async () => {
    vi.useFakeTimers();
    const fake = new FakeWorker(() => undefined);
    const result = runWorker(asWorker(fake), {}, 5_000);
    vi.advanceTimersByTime(5_000);
    await expect(result).rejects.toBeInstanceOf(WorkerTimeoutError);
    expect(fake.terminated).toBe(true);
  });

  it('rejects with the worker’s error', async () => {
    const fake = new FakeWorker((w) => queueMicrotask(() => w.onerror?.({ message: 'boom' })));
    await expect(runWorker(asWorker(fake), {})).rejects.toThrow('boom');
    expect(fake.terminated).toBe(true);
  });

  it('rejects a job that cannot be sent, and ends the worker at once rather than at the time limit', async () => {
    const fake = new FakeWorker(() => {
      throw new DOMException('could not be cloned', 'DataCloneError');
    });
    await expect(runWorker(asWorker(fake), { f: () => 1 })).rejects.toThrow('could not be cloned');
    expect(fake.terminated).toBe(true);
  });
});
