// "Find anything" (Ctrl+K): one search index over persons, sessions and Action Plan items,
// built in a worker the first time the palette opens and then kept up to date row by row as
// the database changes (see ../workers/search.worker.ts). The page only sends what is typed
// and shows the answers, so a keystroke never waits for the search. (No database code here:
// the shell, drawn before that code has loaded, holds the search button; start-up tells this
// state which database to search once it is open.)
import type { SearchRecord } from '../db/search-read-models';
import type { SearchReply, SearchRequest } from '../workers/search.worker';

export type { SearchRecord };

class GlobalSearch {
  open = $state(false);
  ready = $state(false);
  /** The latest answer and the query it answers. */
  answer = $state.raw<{ query: string; records: SearchRecord[] }>({ query: '', records: [] });
  #worker: Worker | null = null;
  #databaseName: string | null = null;
  #query = '';

  /** The database to search, once start-up has opened it. */
  attach(databaseName: string): void {
    this.#databaseName = databaseName;
    if (this.open) this.#start();
  }

  show(): void {
    this.open = true;
    this.#start();
  }

  /** The worker, started the first time the palette opens over an open database. */
  #start(): void {
    const databaseName = this.#databaseName;
    if (this.#worker || databaseName === null) return;
    const worker = new Worker(new URL('../workers/search.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<SearchReply>) => this.#receive(event.data);
    worker.onerror = (event) => console.error(event.message);
    this.#worker = worker;
    this.#send({ kind: 'open', databaseName });
  }

  hide(): void {
    this.open = false;
  }

  /** Asks for the records matching `query`; the answer arrives in `answer`. */
  find(query: string, limit = 30): void {
    this.#query = query;
    if (!query.trim()) this.answer = { query, records: [] };
    else this.#send({ kind: 'find', query, limit });
  }

  #send(request: SearchRequest): void {
    this.#worker?.postMessage(request);
  }

  #receive(reply: SearchReply): void {
    if (reply.kind === 'indexed') this.ready = true;
    else if (reply.kind === 'failed') console.error(reply.message);
    // Answers to queries typed over since are dropped.
    else if (reply.query === this.#query) this.answer = { query: reply.query, records: reply.records };
  }
}

export const globalSearch = new GlobalSearch();
