// zod schemas for every payload the main process accepts. Runs in: main.
import { z } from 'zod';
import {
  MAX_SNAPSHOT_BYTES,
  OPEN_KINDS,
  SAVE_KINDS,
  type OpenKind,
  type SaveKind,
  SNAPSHOT_NAME_PATTERN,
  type Locale,
  type OpenFileRequest,
  type PrintToPdfRequest,
  type SaveFileRequest,
  type WriteSnapshotRequest,
} from './ipc-contract';

/** The largest file Chairdesk reads or writes in one piece (a decade's backup fits). */
export const MAX_FILE_BYTES = 512 * 1024 * 1024;

// A file name, not a path: no separators, no control characters, no leading dot.
const fileName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\\/:*?"<>|\p{Cc}.][^\\/:*?"<>|\p{Cc}]*$/u);

// Strict: a page that sends its own filters or size limit is refused, not quietly obeyed.
export const saveFileSchema = z.strictObject({
  suggestedName: fileName,
  kind: z.enum(Object.keys(SAVE_KINDS) as [SaveKind, ...SaveKind[]]),
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileSchema = z.strictObject({
  kind: z.enum(Object.keys(OPEN_KINDS) as [OpenKind, ...OpenKind[]]),
}) satisfies z.ZodType<OpenFileRequest>;

export const printToPdfSchema = z.object({
  suggestedName: fileName,
  landscape: z.boolean(),
}) satisfies z.ZodType<PrintToPdfRequest>;

export const localeSchema = z.enum(['en', 'ru']) satisfies z.ZodType<Locale>;

export const noPayload = z.undefined();

export const snapshotNameSchema = z.string().max(100).regex(SNAPSHOT_NAME_PATTERN);

export const writeSnapshotSchema = z.object({
  name: snapshotNameSchema,
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength > 0 && d.byteLength <= MAX_SNAPSHOT_BYTES, 'empty or too large'),
}) satisfies z.ZodType<WriteSnapshotRequest>;
