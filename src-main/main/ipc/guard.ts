// Every IPC handler goes through `guarded`: the sender frame must show one of the app's own
// pages, the payload must pass its zod schema, and failures come back as values. Runs in: main.
import type { z } from 'zod';
import type { IpcErrorCode, IpcResult } from '../../shared/ipc-contract';
import { isTrustedSenderUrl } from '../security';

/** A handler's own refusal with a code the renderer can translate. */
export class IpcRefusal extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type Log = (message: string) => void;

/** The part of an invoke event the guard reads (Electron's IpcMainInvokeEvent has it). */
export interface SenderEvent {
  senderFrame: { url: string } | null;
}

export function guarded<S extends z.ZodType, R>(
  channel: string,
  schema: S,
  run: (payload: z.infer<S>, event: SenderEvent) => R | Promise<R>,
  log: Log = (m) => console.warn(m),
): (event: SenderEvent, payload?: unknown) => Promise<IpcResult<R>> {
  return async (event, payload) => {
    const frameUrl = event.senderFrame?.url ?? null;
    if (!isTrustedSenderUrl(frameUrl)) {
      log(`ipc ${channel}: refused sender ${String(frameUrl)}`);
      return fail('forbidden-sender', 'The request did not come from Chairdesk.');
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) {
      log(`ipc ${channel}: invalid payload: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      return fail('invalid-payload', 'The request was malformed and was refused.');
    }
    try {
      return { ok: true, value: await run(parsed.data, event) };
    } catch (error) {
      if (error instanceof IpcRefusal) return fail(error.code, error.message);
      log(`ipc ${channel}: ${error instanceof Error ? error.message : String(error)}`);
      return fail('io-failed', error instanceof Error ? error.message : 'The operation failed.');
    }
  };
}

function fail(code: IpcErrorCode, message: string): { ok: false; error: { code: IpcErrorCode; message: string } } {
  return { ok: false, error: { code, message } };
}
