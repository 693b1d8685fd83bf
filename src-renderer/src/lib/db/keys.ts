// The installation's own signing key (backup/io/sign.ts), kept in a database of its own: a
// restore replaces every table of the chairdesk database, and a backup must never carry the
// key. IndexedDB stores the non-extractable private key as it is (structured clone).
import { Dexie, type Table } from 'dexie';
import { newSigningKey, type SigningKey } from '../backup/io/sign';

interface KeyRow extends SigningKey {
  id: 'signing';
  createdAt: string;
}

class KeysDB extends Dexie {
  keys!: Table<KeyRow, string>;
  constructor(name: string) {
    super(name);
    this.version(1).stores({ keys: 'id' });
  }
}

const opened = new Map<string, KeysDB>();

/** This installation's signing key, made on first use (for the database `name`, one per profile). */
export async function signingKey(databaseName: string): Promise<SigningKey> {
  const name = `${databaseName}-keys`;
  const db = opened.get(name) ?? new KeysDB(name);
  opened.set(name, db);
  const saved = await db.keys.get('signing');
  if (saved) return saved;
  // Made outside the transaction (it awaits WebCrypto); another window may have made one meanwhile.
  const made = await newSigningKey();
  return db.transaction('rw', db.keys, async () => {
    const first = await db.keys.get('signing');
    if (first) return first;
    await db.keys.put({ id: 'signing', createdAt: new Date().toISOString(), ...made });
    return made;
  });
}
