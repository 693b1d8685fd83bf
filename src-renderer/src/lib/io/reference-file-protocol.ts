// What the page asks the reference-file Worker and what it answers, as plain values (a
// refusal crosses as its code and issues, never as a thrown object). The same function
// answers in Node tests, where there is no Worker. Pure.
import { ReferenceFileError, type ReferenceFileErrorCode, type ReferenceIssue, type ReferenceSet } from './reference-file-format';
import { readReferenceFile } from './reference-file-read';

export interface ReferenceReadRequest {
  bytes: Uint8Array;
  schemaVersion: number;
}

export type ReferenceReadReply =
  { ok: true; set: ReferenceSet } | { ok: false; code: ReferenceFileErrorCode; issues: ReferenceIssue[]; detail?: string };

export async function readReferenceInWorker(request: ReferenceReadRequest): Promise<ReferenceReadReply> {
  try {
    return { ok: true, set: await readReferenceFile(request.bytes, { schemaVersion: request.schemaVersion }) };
  } catch (error) {
    if (error instanceof ReferenceFileError) return { ok: false, code: error.code, issues: [...error.issues], detail: error.detail };
    // Out of memory or a bug: the file is refused all the same, and the log says why.
    return { ok: false, code: 'malformed', issues: [], detail: error instanceof Error ? error.message : String(error) };
  }
}

/** The reply as the page uses it: the set, or the refusal thrown again. */
export function setOrThrow(reply: ReferenceReadReply): ReferenceSet {
  if (reply.ok) return reply.set;
  throw new ReferenceFileError(reply.code, reply.issues, reply.detail);
}
