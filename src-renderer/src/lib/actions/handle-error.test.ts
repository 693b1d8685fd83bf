// A full disk is recognised however IndexedDB and Dexie report it, the transaction rolls
// back, and the user reads plain words (docs/quality.md reliability 8).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';
import { createStore, openStore } from '../db';
import { databaseHash } from '../backup/db/whole-database';
import { commitPersonImport } from '../db/people-writes';
import { StaleEditError, ValidationError } from '../db/errors';
import { loadExampleYear } from '../example/load';
import { HierarchyError } from '../domain/action-numbering';
import { IcsUnsafeValueError } from '../io/ics-writer';
import { refusals, resolveMessage } from './error-registry';
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

describe('one registry for every feature’s errors', () => {
  const duplicate = (table: 'participants' | 'parties') => new ValidationError(table, [{ field: 'personId', code: 'duplicate' }]);
  const required = (table: 'actionItems' | 'chairmanships') => new ValidationError(table, [{ field: 'title', code: 'required' }]);

  it('reads one refusal code by the table it was refused for', () => {
    expect(errorMessage(duplicate('participants'))).toBe("This person is already on the session's list.");
    expect(errorMessage(duplicate('parties'))).toBe('Some fields need attention.');
    expect(errorMessage(required('actionItems'))).toBe('Give the item a title, in English or in Russian.');
    expect(errorMessage(required('chairmanships'))).toBe('Some fields need attention.');
  });

  it('asks the rules in order, the first with words for the error winning', () => {
    const rules = [
      refusals('persons', { duplicate: () => 'a person twice' }),
      refusals('themes', { duplicate: (field) => `a theme twice (${field})` }),
      refusals('themes', { duplicate: () => 'never read' }),
    ];
    const fallback = (): string => 'generic';
    expect(resolveMessage(rules, new ValidationError('persons', [{ field: 'name', code: 'duplicate' }]), fallback)).toBe('a person twice');
    expect(resolveMessage(rules, new ValidationError('themes', [{ field: 'name', code: 'duplicate' }]), fallback)).toBe(
      'a theme twice (name)',
    );
    expect(resolveMessage(rules, new ValidationError('themes', [{ field: 'name', code: 'too-long' }]), fallback)).toBe('generic');
  });

  it('reads a feature’s own error type anywhere in the app', () => {
    expect(errorMessage(new HierarchyError('top-level', 'ex-item-1'))).toBe('A top-level item cannot be outdented.');
  });

  it('reads a full disk as a full disk, even wrapped', () => {
    expect(errorMessage(new Dexie.AbortError('aborted', quota()))).toBe(
      'The disk is full: nothing was saved. Free some space and try again.',
    );
  });

  it.each([new Error('other'), 'a string', null, new TypeError('x is undefined')])(
    'reads an error no rule knows (%s) as the generic message',
    (error) => {
      expect(errorMessage(error)).toBe('Something went wrong and nothing was changed. Please try again.');
    },
  );
});
