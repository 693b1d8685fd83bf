// zod schemas for every payload the main process accepts. Runs in: main.
import { z } from 'zod';
import {
  MAX_SNAPSHOT_BYTES,
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

const filters = z
  .array(
    z.object({
      name: z.string().min(1).max(100),
      extensions: z
        .array(z.string().regex(/^[a-z0-9.]{1,20}$/))
        .min(1)
        .max(10),
    }),
  )
  .max(10);

export const saveFileSchema = z.object({
  suggestedName: fileName,
  filters,
  data: z.instanceof(Uint8Array).refine((d) => d.byteLength <= MAX_FILE_BYTES, 'file too large'),
}) satisfies z.ZodType<SaveFileRequest>;

export const openFileSchema = z.object({
  filters,
  maxBytes: z.number().int().positive().max(MAX_FILE_BYTES),
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
