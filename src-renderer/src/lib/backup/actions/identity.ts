// Who a backup is from: the label this computer's user chose for it (Settings), its copy's
// change clock (for merges), and its installation's signature; and, for a backup opened to
// merge, whether its signer is known here, and whether it claims changes from the future.
import { replicaOf, store } from '../../db';
import { signingKey } from '../../db/keys';
import { isString, SettingKey } from '../../db/settings';
import { dotTime, joinVectors, type VersionVector } from '../../domain/changes';
import { BackupError, type Backup, type BackupReplica } from '../io/file-format';
import { fingerprint, signChecksum, verifyChecksum } from '../io/sign';
import type { Signer } from '../io/preview';
import { withSignature } from '../io/write';
import type { BackupIdentity } from './run-in-worker';

/** The longest label, and the letters a file name keeps of it. */
export const LABEL_LIMIT = 60;

export async function backupLabel(): Promise<string> {
  return store().settings.get(SettingKey.label, '', isString);
}

export async function setBackupLabel(label: string): Promise<void> {
  await store().settings.set(SettingKey.label, label.trim().slice(0, LABEL_LIMIT));
}

/** What this copy has seen of every writer's changes, its own up to now. */
export async function seenHere(): Promise<VersionVector> {
  const { db } = store();
  const replica = await replicaOf(store());
  const now = db.hlc.tick();
  return joinVectors(replica.seen, { [db.hlc.node]: now.slice(0, 13) });
}

export async function exportIdentity(): Promise<BackupIdentity> {
  const [seen, label, key] = await Promise.all([seenHere(), backupLabel(), signingKey(store().db.name)]);
  const replica: BackupReplica = { node: store().db.hlc.node, seen, label };
  return { replica, signedBy: key.publicKey };
}

/** The encoded backup (checksummed with an empty signature) with this installation's signature put in. */
export async function signEncoded(bytes: Uint8Array, sha256: string): Promise<Uint8Array> {
  const key = await signingKey(store().db.name);
  const { value } = await signChecksum(key, sha256);
  return new TextEncoder().encode(withSignature(new TextDecoder().decode(bytes), value));
}

interface KnownSigner {
  fingerprint: string;
  label: string;
}

const isKnownSigners = (value: unknown): value is Record<string, KnownSigner> =>
  typeof value === 'object' &&
  value !== null &&
  Object.values(value).every((s) => typeof s === 'object' && s !== null && 'fingerprint' in s);

/** Checks a backup's signature (refusing one that does not match) and says how its signer stands here. */
export async function checkSigner(backup: Backup): Promise<Signer> {
  const label = backup.replica?.label ?? '';
  if (!backup.signature) return { label, fingerprint: null, status: 'unsigned' };
  if (!(await verifyChecksum(backup.signature, backup.sha256))) throw new BackupError('bad-signature');
  const print = await fingerprint(backup.signature.key);
  const known = await store().settings.get<Record<string, KnownSigner>>(SettingKey.signers, {}, isKnownSigners);
  const node = backup.replica?.node ?? '';
  const byNode = node ? known[node] : undefined;
  const status = Object.values(known).some((s) => s.fingerprint === print) ? 'known' : byNode ? 'changed' : 'unknown';
  return { label, fingerprint: print, status };
}

/** Remembers the signer of a backup merged here, so its next backup is recognized. */
export async function rememberSigner(backup: Backup, signer: Signer): Promise<void> {
  if (!signer.fingerprint || !backup.replica) return;
  const known = await store().settings.get<Record<string, KnownSigner>>(SettingKey.signers, {}, isKnownSigners);
  await store().settings.set(SettingKey.signers, {
    ...known,
    [backup.replica.node]: { fingerprint: signer.fingerprint, label: signer.label },
  });
}

/** A day of clock difference between two computers is ordinary; more is a wrong clock or a forged file. */
const FUTURE_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** Refuses a backup that claims changes (times, change stamps) later than tomorrow here. */
export function refuseFuture(backup: Backup, now: Date = new Date()): void {
  const limit = now.getTime() + FUTURE_TOLERANCE_MS;
  const late = (iso: unknown): boolean => typeof iso === 'string' && Date.parse(iso) > limit;
  if (late(backup.createdAt)) throw new BackupError('future', 'createdAt');
  for (const stamp of Object.values(backup.replica?.seen ?? {}))
    if (dotTime(`${stamp}-x`) > limit) throw new BackupError('future', 'replica');
  for (const [table, rows] of Object.entries(backup.tables)) {
    for (const row of rows) {
      if (late(row.updatedAt) || late(row.createdAt)) throw new BackupError('future', `${table} ${String(row.id ?? row.key)}`);
      for (const dot of Object.values((row.fieldHlc as Record<string, string> | undefined) ?? {})) {
        if (dotTime(dot) > limit) throw new BackupError('future', `${table} ${String(row.id)}`);
      }
    }
  }
}
