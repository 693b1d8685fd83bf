// "Find anything" off the main thread: the worker reads the persons, sessions and Action Plan
// items from IndexedDB itself, keeps the index in step with every change (Dexie's live
// queries see writes made by the page), and answers each query, so typing never waits for
// the search. Runs in: a dedicated Worker, one per page, for the page's life.
import { liveQuery } from 'dexie';
import { createStore } from '../db';
import { readSearchRecords, type SearchRecord } from '../db/search-read-models';
import { IncrementalIndex } from './search-index';

export type SearchRequest = { kind: 'open'; databaseName: string } | { kind: 'find'; query: string; limit: number };

export type SearchReply =
  { kind: 'indexed'; records: number } | { kind: 'found'; query: string; records: SearchRecord[] } | { kind: 'failed'; message: string };

const index = new IncrementalIndex();
let last: { query: string; limit: number } | null = null;

const reply = (message: SearchReply): void => self.postMessage(message);

function find(query: string, limit: number): void {
  last = { query, limit };
  reply({ kind: 'found', query, records: index.search(query, limit) });
}

function open(databaseName: string): void {
  const store = createStore(databaseName);
  liveQuery(() => readSearchRecords(store)).subscribe({
    next: (records) => {
      index.sync(records);
      reply({ kind: 'indexed', records: records.length });
      // The answer on screen follows the change too.
      if (last) find(last.query, last.limit);
    },
    error: (error: unknown) => reply({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  });
}

self.onmessage = (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  if (request.kind === 'open') open(request.databaseName);
  else find(request.query, request.limit);
};
