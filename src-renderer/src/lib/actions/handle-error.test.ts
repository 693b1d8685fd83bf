// A full disk is recognised however IndexedDB and Dexie report it, the transaction rolls
// back, and the user reads plain words (docs/quality.md reliability 8).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { createStore, openStore } from '../db';
import { databaseHash } from '../db/backup';
import { commitPersonImport } from '../db/people-writes';
import { StaleEditError } from '../db/errors';
import { loadExampleYear } from '../example/load';
import { IcsUnsafeValueError } from '../io/ics-writer';
import { errorMessage, isQuotaError } from './handle-error';

const quota = (): DOMException => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

afterEach(() => vi.restoreAllMocks());

describe('a full disk', () => {
  it.each([
    ['itself', quota()],
    ['as Dexie’s inner error', new Dexie.AbortError('Transaction aborted', quota())],
    ['among a bulk write’s failures', new Dexie.BulkError('1 of 2 failed', { 1: quota() })],
    ['as a cause', new Error('write failed', { cause: quota() })],
  ])('is recognised %s', (_label, error) => {
    expect(isQuotaError(error)).toBe(true);
    expect(errorMessage(error)).toBe('The disk is full: nothing was saved. Free some space and try again.');
  });

  it.each([null, undefined, 'QuotaExceededError', new Error('other'), new Dexie.AbortError('aborted')])('is not %s', (error) => {
    expect(isQuotaError(error)).toBe(false);
  });

  it('injected into an import’s writes rolls the whole transaction back', async () => {
    const store = await openStore(createStore(`quota-${crypto.randomUUID()}`), () => undefined);
    await loadExampleYear(store);
    const before = await databaseHash(store.db);
    const persons = Array.from({ length: 1000 }, (_, i) => ({
      organizationId: 'ex-org-csto',
      names: { en: { given: 'Given', family: `Family ${i}` }, ru: { given: '', family: '' } },
      honorific: { en: '', ru: '' },
    }));
    // The 600th row finds the disk full, as IndexedDB would report it.
    const add: unknown = Object.getOwnPropertyDescriptor(IDBObjectStore.prototype, 'add')?.value;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      if (++calls === 600) throw quota();
      return Reflect.apply<IDBObjectStore, Parameters<IDBObjectStore['add']>, IDBRequest<IDBValidKey>>(
        add as IDBObjectStore['add'],
        this,
        args,
      );
    });
    const failure: unknown = await commitPersonImport(store, persons).catch((e: unknown) => e);
    vi.restoreAllMocks();
    expect(isQuotaError(failure)).toBe(true);
    expect(await databaseHash(store.db)).toBe(before);
    store.db.close();
    store.bulkDb.close();
  });
});

describe('a stale edit', () => {
  it('names the fields that changed in words, leaving out the bookkeeping that follows them', () => {
    const error = new StaleEditError('sessions', 'x', 1, 2, ['title', 'icsSequence', 'startUtc', 'start', 'venue']);
    expect(errorMessage(error)).toBe(
      'Someone changed this record meanwhile (title, start, venue). Your edit was not saved: look at the new values and try again.',
    );
    expect(errorMessage(new StaleEditError('sessions', 'x', 1, 2, ['icsSequence']))).toContain('(—)');
  });
});

describe('a calendar value that would break a line', () => {
  it('says which property, and that the file was not written', () => {
    const message = errorMessage(new IcsUnsafeValueError('ATTENDEE'));
    expect(message).toContain('ATTENDEE');
    expect(message).toMatch(/not written/);
  });
});
