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

export class TextIndex {
  readonly #index: MiniSearch<{ id: string; text: string }>;

  constructor(docs: readonly SearchDoc[]) {
    this.#index = new MiniSearch<{ id: string; text: string }>({
      fields: ['text'],
      processTerm: (term) => foldForSearch(term) || null,
      searchOptions: {
        prefix: true,
        // One typo per five letters; short prefixes match exactly ("Ла" should not find "Ма").
        fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
        combineWith: 'AND',
      },
    });
    this.#index.addAll(docs.map((d) => ({ id: d.id, text: d.text.filter(Boolean).join(' ') })));
  }

  /** Ids of the matching records, best match first; null for an empty query (no filter). */
  search(query: string): string[] | null {
    if (!query.trim()) return null;
    return this.#index.search(query).map((r) => String(r.id));
  }
}
