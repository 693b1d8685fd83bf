// Search as you type over names (minisearch: prefix and fuzzy matching). Both the index and
// the query are folded the same way: lower case, ё = е (Russian writing often drops the
// dots), and Latin letters without their accents ("Dacic" finds "Dačić"). Cyrillic й and
// the Tajik letters ӣ ӯ keep their marks: they are letters of their own.
import MiniSearch from 'minisearch';

export function foldForSearch(text: string): string {
  return text
    .toLocaleLowerCase('ru')
    .replaceAll('ё', 'е')
    .normalize('NFD')
    .replace(/([a-z])\p{M}+/gu, '$1')
    .normalize('NFC');
}

export interface SearchDoc {
  id: string;
  /** Every piece of text the record is found by (names in both languages, party, email…). */
  text: string[];
}

function toEntry(doc: SearchDoc): { id: string; text: string } {
  return { id: doc.id, text: doc.text.filter(Boolean).join(' ') };
}

export class TextIndex {
  readonly #index: MiniSearch<{ id: string; text: string }>;

  constructor(docs: readonly SearchDoc[]) {
    this.#index = new MiniSearch<{ id: string; text: string }>({
      fields: ['text'],
      processTerm: (term) => foldForSearch(term) || null,
      searchOptions: {
        // A one-character word is matched whole: as a prefix ("1" in "item 5.1") it would pull
        // in thousands of terms and take a tenth of a second over 22,000 records.
        prefix: (term) => term.length >= 2,
        // One typo per five letters; short prefixes match exactly ("Ла" should not find "Ма").
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    this.#index.addAll(docs.map(toEntry));
  }

  /** Adds a record, or replaces it when its id is indexed already (incremental updates). */
  upsert(doc: SearchDoc): void {
    if (this.#index.has(doc.id)) this.#index.replace(toEntry(doc));
    else this.#index.add(toEntry(doc));
  }

  remove(id: string): void {
    if (this.#index.has(id)) this.#index.discard(id);
  }

  get size(): number {
    return this.#index.documentCount;
  }

  /** Ids of the matching records, best match first; null for an empty query (no filter). */
  search(query: string, limit = Infinity): string[] | null {
    if (!query.trim()) return null;
    const hits = this.#index.search(query);
    return (limit < hits.length ? hits.slice(0, limit) : hits).map((r) => String(r.id));
  }
}
