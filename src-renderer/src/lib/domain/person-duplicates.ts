// Telling that two person records are one person: names are compared in both languages and
// across them (Lavrov / Лавров), with ё read as е or as yo (Семёнов / Semenov / Semyonov),
// letters with diacritics as without (Dačić / Dacic), the common romanizations of Russian,
// Tajik, Kazakh and Kyrgyz taken as one (Sergey / Sergei, Kakharov / Kaharov, Тоқаев /
// Tokayev, Нұрсұлтан / Nursultan) and a doubled letter as single (Idrissov / Idrisov). A
// feminine family name is not the masculine one with a slip (Ivanova is not Ivanov). Given
// names agree when one is an initial (or initials with the patronymic's: С.В.) of the other,
// and a patronymic after the given name is not compared. A match flags a record for the user
// to decide (merge, skip, add anyway); it never merges anything itself. Pure.
import { foldForSearch } from './text-search';
import type { Person, PersonName } from './types';

// One romanization of Russian and Tajik letters; the differences between the usual schemes
// (й as y, i or j; х as kh or h…) are folded afterwards by `skeleton`.
const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  ӣ: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ӯ: 'u',
  ф: 'f',
  х: 'kh',
  ҳ: 'h',
  ц: 'ts',
  ч: 'ch',
  ҷ: 'j',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  // Kazakh, Kyrgyz, Uzbek and Belarusian letters of their own.
  ә: 'a',
  ң: 'n',
  ө: 'o',
  ұ: 'u',
  ү: 'u',
  һ: 'h',
  і: 'i',
  ў: 'u',
};

/** Letters and digits only, lower case, without diacritics, Cyrillic romanized. */
export function romanize(value: string): string {
  const lower = value.toLocaleLowerCase('ru');
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * A romanized name reduced to what the usual schemes agree on: kh/h, ts/c, ch/c, zh/j, y/i/j,
 * ye/e, double letters. Two spellings of one Russian name share a skeleton.
 */
export function skeleton(value: string): string {
  const known = skeletonCache.get(value);
  if (known !== undefined) return known;
  if (skeletonCache.size > 50_000) skeletonCache.clear();
  const made = makeSkeleton(value);
  skeletonCache.set(value, made);
  return made;
}

// Finding who looks like whom among thousands compares the same names again and again.
const skeletonCache = new Map<string, string>();

function makeSkeleton(value: string): string {
  return romanize(value)
    .replace(/kh/g, 'h')
    .replace(/shch/g, 's')
    .replace(/sch/g, 's')
    .replace(/sh/g, 's')
    .replace(/ts|tz|ch|tch|c/g, 'c')
    .replace(/zh|dj|dzh/g, 'j')
    .replace(/[yj]/g, 'i')
    .replace(/ie/g, 'e')
    .replace(/x/g, 'ks')
    .replace(/w/g, 'v')
    .replace(/([a-z])\1+/g, '$1');
}

/** Edit distance with transposition, stopping early above `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** The skeletons of a name: with ё read as е, and, where it has one, as yo (Фёдор: Fedor, Fyodor). */
function skeletons(value: string): string[] {
  const plain = skeleton(value);
  return /ё/i.test(value) ? [plain, skeleton(value.replace(/ё/g, 'йо').replace(/Ё/g, 'Йо'))] : [plain];
}

/** A name with a digit in it (a list's "Guest 12") is compared as it is: "Guest 13" is someone else. */
const hasDigit = (s: string): boolean => /\d/.test(s);

function sameSkeleton(sa: string, sb: string): boolean {
  if (!sa || !sb) return false;
  if (sa === sb) return true;
  if (hasDigit(sa) || hasDigit(sb)) return false;
  // Ivanov / Ivanova, Petrovsky / Petrovskaya: a husband and a wife, not one person with a slip.
  if (sa + 'a' === sb || sb + 'a' === sa) return false;
  return Math.min(sa.length, sb.length) >= 6 && distance(sa, sb, 1) <= 1;
}

/** Whether two spellings of a name are one name: the same skeleton, or one slip apart in a long one. */
export function sameName(a: string, b: string): boolean {
  return skeletons(a).some((sa) => skeletons(b).some((sb) => sameSkeleton(sa, sb)));
}

type Named = { names: { en: PersonName; ru: PersonName } };

const spellings = (p: Named, part: keyof PersonName): string[] => [p.names.en[part], p.names.ru[part]].map((s) => s.trim()).filter(Boolean);

/** Initials only: "A", "A.", "С.В.", "С. В." (the given name's, then the patronymic's). */
const isInitials = (value: string): boolean => /^(?:\p{L}\.)+\p{L}?$|^\p{L}$/u.test(value.replace(/\s+/g, ''));

/** The given name without a patronymic after it ("Сергей Викторович": Сергей). */
const firstName = (value: string): string => value.split(/\s+/)[0] ?? '';

/** The given names agree: one of them missing, the same name, or initials that fit ("A." / "Abdurahmon"). */
function givenAgrees(a: Named, b: Named): boolean {
  const ga = spellings(a, 'given');
  const gb = spellings(b, 'given');
  if (!ga.length || !gb.length) return true;
  return ga.some((x) =>
    gb.some((y) => {
      if (isInitials(x) || isInitials(y)) {
        const [sx, sy] = [skeleton(x), skeleton(y)];
        return !!sx && !!sy && sx[0] === sy[0];
      }
      return sameName(firstName(x), firstName(y));
    }),
  );
}

/** Whether two records look like one person: the same family name in any spelling, agreeing given names, no different state. */
export function looksLikeSamePerson(a: Named & Pick<Person, 'partyId'>, b: Named & Pick<Person, 'partyId'>): boolean {
  if (a.partyId && b.partyId && a.partyId !== b.partyId) return false;
  const fa = spellings(a, 'family');
  const fb = spellings(b, 'family');
  return fa.some((x) => fb.some((y) => sameName(x, y))) && givenAgrees(a, b);
}

const folded = (value: string): string => foldForSearch(value).replace(/\s+/g, ' ').trim();

/**
 * Whether two records carry the same names, spelled the same (but for case, ё/е, Latin
 * accents and spaces), in English or in Russian, and no different state: one person entered
 * twice, where `looksLikeSamePerson` also finds another spelling of him.
 */
export function samePersonExactly(a: Named & Pick<Person, 'partyId'>, b: Named & Pick<Person, 'partyId'>): boolean {
  if (a.partyId && b.partyId && a.partyId !== b.partyId) return false;
  return (['en', 'ru'] as const).some((lang) => {
    const [x, y] = [a.names[lang], b.names[lang]];
    return folded(x.family) !== '' && folded(x.family) === folded(y.family) && folded(x.given) === folded(y.given);
  });
}

/** The records of `people` that look like `candidate` (never itself). */
export function possibleDuplicates<P extends Named & Pick<Person, 'id' | 'partyId'>>(
  candidate: Named & Pick<Person, 'partyId'> & { id?: string },
  people: readonly P[],
): P[] {
  return people.filter((p) => p.id !== candidate.id && looksLikeSamePerson(candidate, p));
}

/** The keys under which a family name is indexed: its skeletons, and a long one's with any one letter left out. */
function familyKeys(p: Named): string[] {
  const keys = new Set<string>();
  for (const family of spellings(p, 'family')) {
    for (const s of skeletons(family)) {
      if (!s) continue;
      keys.add(s);
      // Two long skeletons one slip apart (a letter added, dropped, changed or two swapped)
      // share a key once a letter is left out of each (the "symmetric delete" lookup).
      if (s.length >= 6 && !hasDigit(s)) for (let i = 0; i < s.length; i++) keys.add(s.slice(0, i) + s.slice(i + 1));
    }
  }
  return [...keys];
}

/**
 * People indexed by their family names, so that finding who looks like someone compares him
 * with the few who share a key, not with everyone: an import of 10,000 rows checks each
 * against the list and the rows before it.
 */
export class DuplicateIndex<P extends Named & Pick<Person, 'partyId'>> {
  readonly #byKey = new Map<string, P[]>();

  constructor(people: readonly P[] = []) {
    for (const p of people) this.add(p);
  }

  add(person: P): void {
    for (const key of familyKeys(person)) {
      const bucket = this.#byKey.get(key);
      if (bucket) bucket.push(person);
      else this.#byKey.set(key, [person]);
    }
  }

  /** The indexed people who look like `candidate`, in the order they were added (never `candidate` itself). */
  lookalikes(candidate: Named & Pick<Person, 'partyId'>): P[] {
    const found = new Set<P>();
    for (const key of familyKeys(candidate)) for (const p of this.#byKey.get(key) ?? []) found.add(p);
    return [...found].filter((p) => p !== candidate && looksLikeSamePerson(candidate, p));
  }
}
