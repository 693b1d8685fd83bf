// Words for backups, restores and snapshots: why a file was refused, what each table is.
import { formatFileSize } from '../../domain/format';
import type { SnapshotReason } from '../domain/snapshot-rotation';
import { locale } from '../../state/locale.svelte';
import { m } from '../../presentation/i18n';
import { BackupError, type BackupErrorCode, type BackupTable } from '../io/file-format';
import { rule, type ErrorRule } from '../../actions/error-registry';

const REASONS: Record<BackupErrorCode, () => string> = {
  empty: m.backup_error_empty,
  'too-large': m.backup_error_too_large,
  encoding: m.backup_error_encoding,
  truncated: m.backup_error_truncated,
  malformed: m.backup_error_malformed,
  'forbidden-key': m.backup_error_forbidden,
  'too-deep': m.backup_error_forbidden,
  'not-backup': m.backup_error_not_backup,
  'newer-format': m.backup_error_newer,
  'newer-schema': m.backup_error_newer,
  checksum: m.backup_error_checksum,
  'not-canonical': m.backup_error_not_canonical,
  'invalid-rows': m.backup_error_invalid_rows,
  counts: m.backup_error_counts,
  'duplicate-keys': m.backup_error_duplicates,
  timeout: m.backup_error_timeout,
  'other-chairmanship': m.backup_error_other_chairmanship,
  'changed-meanwhile': m.backup_error_changed,
  future: m.backup_error_future,
  'bad-signature': m.backup_error_bad_signature,
};

/** Backups' entry in the error registry (handle-error.ts): why a file was refused. */
export const backupErrors: readonly ErrorRule[] = [rule(BackupError, (error) => m.backup_refused({ reason: REASONS[error.code]() }))];

const TABLES: Record<BackupTable, () => string> = {
  organizations: m.backup_table_organizations,
  themes: m.backup_table_themes,
  tombstones: m.backup_table_tombstones,
  chairmanships: m.backup_table_chairmanships,
  parties: m.backup_table_parties,
  bodies: m.backup_table_bodies,
  persons: m.backup_table_persons,
  appointments: m.backup_table_appointments,
  sessions: m.backup_table_sessions,
  agendaItems: m.backup_table_agenda_items,
  participants: m.backup_table_participants,
  documents: m.backup_table_documents,
  seatingPlans: m.backup_table_seating_plans,
  journals: m.backup_table_journals,
  actionPlans: m.backup_table_action_plans,
  actionItems: m.backup_table_action_items,
  actionUpdates: m.backup_table_action_updates,
  settings: m.backup_table_settings,
};

export const tableLabel = (table: BackupTable): string => TABLES[table]();

type CountedLabel = (inputs: { count: number }) => string;
const RECORDS: Partial<Record<BackupTable, CountedLabel>> = {
  organizations: m.merge_record_organizations,
  themes: m.merge_record_themes,
  chairmanships: m.merge_record_chairmanships,
  parties: m.merge_record_parties,
  bodies: m.merge_record_bodies,
  persons: m.merge_record_persons,
  appointments: m.merge_record_appointments,
  sessions: m.merge_record_sessions,
  agendaItems: m.merge_record_agenda_items,
  participants: m.merge_record_participants,
  documents: m.merge_record_documents,
  actionPlans: m.merge_record_action_plans,
  actionItems: m.merge_record_action_items,
  actionUpdates: m.merge_record_action_updates,
};

/** What `count` records of a table are called ("Session" for one, "Sessions" for more), by the language's plural rules. */
export const recordsLabel = (table: BackupTable, count: number): string => RECORDS[table]?.({ count }) ?? TABLES[table]();

const SNAPSHOT_REASONS: Record<SnapshotReason, () => string> = {
  auto: m.snapshot_reason_auto,
  import: m.snapshot_reason_import,
  restore: m.snapshot_reason_restore,
  merge: m.snapshot_reason_merge,
};

export const snapshotReasonLabel = (reason: SnapshotReason): string => SNAPSHOT_REASONS[reason]();

/** Sizes as people read them, in the UI language's number format ("0,3 МБ"). */
export const sizeLabel = (bytes: number): string => formatFileSize(bytes, locale.lang);
