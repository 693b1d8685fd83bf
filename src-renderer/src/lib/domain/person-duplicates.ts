// Telling that two person records are one person: names are compared in both languages and
// across them (Lavrov / Лавров), with ё read as е, letters with diacritics as without
// (Dačić / Dacic), the common romanizations of Russian taken as one (Sergey / Sergei,
// Kakharov / Kaharov) and a doubled letter as single (Idrissov / Idrisov). A match flags a
// record for the user to decide (merge, skip, add anyway); it never merges anything itself.
// Pure.
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
};

/** Letters only, lower case, without diacritics, Cyrillic romanized. */
export function romanize(value: string): string {
  const lower = value.toLocaleLowerCase('ru');
  let out = '';
  for (const ch of lower) out += CYRILLIC[ch] ?? ch;
  return out
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z]/g, '');
}

/**
 * A romanized name reduced to what the usual schemes agree on: kh/h, ts/c, ch/c, zh/j, y/i/j,
 * ye/e, double letters. Two spellings of one Russian name share a skeleton.
 */
export function skeleton(value: string): string {
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
    .replace(/(.)\1+/g, '$1');
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

/** Whether two spellings of a name are one name: the same skeleton, or one slip apart in a long one. */
export function sameName(a: string, b: string): boolean {
  const sa = skeleton(a);
  const sb = skeleton(b);
  if (!sa || !sb) return false;
  if (sa === sb) return true;
  return Math.min(sa.length, sb.length) >= 6 && distance(sa, sb, 1) <= 1;
}

type Named = { names: { en: PersonName; ru: PersonName } };

const spellings = (p: Named, part: keyof PersonName): string[] => [p.names.en[part], p.names.ru[part]].map((s) => s.trim()).filter(Boolean);

/** The given names agree: one of them missing, the same name, or an initial that fits ("A." / "Abdurahmon"). */
function givenAgrees(a: Named, b: Named): boolean {
  const ga = spellings(a, 'given');
  const gb = spellings(b, 'given');
  if (!ga.length || !gb.length) return true;
  return ga.some((x) =>
    gb.some((y) => {
      const [sx, sy] = [skeleton(x), skeleton(y)];
      const initial = x.replace(/\.$/, '').length <= 1 || y.replace(/\.$/, '').length <= 1;
      return initial ? !!sx && !!sy && sx[0] === sy[0] : sameName(x, y);
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

/** The records of `people` that look like `candidate` (never itself). */
export function possibleDuplicates<P extends Named & Pick<Person, 'id' | 'partyId'>>(
  candidate: Named & Pick<Person, 'partyId'> & { id?: string },
  people: readonly P[],
): P[] {
  return people.filter((p) => p.id !== candidate.id && looksLikeSamePerson(candidate, p));
}
