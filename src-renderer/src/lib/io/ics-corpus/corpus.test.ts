// The ICS reader against real calendars (./manifest.ts): at least 30 files from at least five
// projects, read as a user importing them would (every occurrence of repeating events asked
// for, a body chosen for events that name none). At least 90% of their events must be
// offered, each offered occurrence at the instant an independent reader gives: python's
// icalendar with recurring-ical-events (./reference.py), which shares no code with ical.js or
// rrule. Prints the figures: events offered / total, files refused and why, and any event whose
// instant differs.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { stamp } from '../../db/table-repository';
import { addDays, wallToUtc } from '../../domain/time';
import type { Body } from '../../domain/types';
import { eventStartUtc, parseIcs, type IcsEvent } from '../ics-import';
import { planIcsImport } from '../ics-import-preview';
import { countEvents } from '../ics-text';
import { ImportError } from '../import-error';
import { CORPUS } from './manifest';

const ROOT = path.resolve(import.meta.dirname, '../../../../..');
const CACHE_ROOT = path.join(ROOT, '.cache/ics-corpus/root');
const PYTHON = '/usr/bin/python3';
const HOME = 'Asia/Dushanbe';
const REFERENCE_FROM = '1970-01-02T00:00:00.000Z';
const REFERENCE_TO = '2039-12-31T00:00:00.000Z';

interface CorpusFile {
  project: string;
  name: string;
  file: string;
}

/** Where a file of the manifest is on this machine, if it is. */
function locate(root: string, file: string, debian: boolean): string | undefined {
  const candidates = debian ? [path.join('/', root, file), path.join(CACHE_ROOT, root, file)] : [path.join(ROOT, root, file)];
  return candidates.find((c) => existsSync(c));
}

const files: CorpusFile[] = [];
const missing: string[] = [];
for (const source of CORPUS) {
  for (const [file] of source.files) {
    const found = locate(source.root, file, 'debian' in source.via);
    if (found) files.push({ project: source.project, name: `${source.root.split('/').slice(-1)[0]}/${file}`, file: found });
    else missing.push(`${'npm' in source.via ? source.via.npm : source.via.debian}: ${source.root}/${file}`);
  }
}

type When = { instant: string } | { wall: string } | { date: string };
interface Occurrence {
  uid: string;
  start: When;
  end: When | null;
}
type Reference = { ok: true; occurrences: Occurrence[] } | { ok: false; error: string };

const body = stamp<Body>(
  {
    name: { en: 'Council of Foreign Ministers', ru: 'Совет министров иностранных дел' },
    acronym: { en: 'CFM', ru: 'СМИД' },
    level: 'ministers',
    seatTitle: { en: '', ru: '' },
    decisionRule: 'consensus',
    organizationId: 'org',
    seats: [],
    position: 0,
  },
  new Date('2015-01-01T00:00:00Z'),
  'cfm',
);

const minute = (iso: string): string => new Date(iso).toISOString().slice(0, 16);

/** Whether the reference has this occurrence: same UID, same start and end (to the minute). */
function matches(event: IcsEvent, ref: Occurrence): boolean {
  const uid = event.uidDerived ? '' : (event.uid.split('#')[0] ?? '');
  if (ref.uid !== uid) return false;
  const same = (when: When, wall: string, isEnd: boolean): boolean => {
    if ('date' in when) return event.allDay && when.date === (isEnd ? addDays(wall.slice(0, 10), 1) : wall.slice(0, 10));
    if (event.allDay) return false;
    if ('wall' in when)
      return when.wall === wall || minute(wallToUtc(when.wall, event.timeZone)) === minute(wallToUtc(wall, event.timeZone));
    // A floating time has no instant: the reference reads it as UTC where the file mixes it
    // with UTC times; the app, as the home zone's clock. The clocks must agree.
    if (event.floating) return minute(when.instant) === wall;
    return minute(when.instant) === minute(wallToUtc(wall, event.timeZone));
  };
  if (!same(ref.start, event.start, false)) return false;
  // An event with no end ends when it starts (or lasts its day): the reference may give no DTEND.
  if (!ref.end) return event.allDay ? event.start === event.end : event.start === event.end;
  // An all-day event whose DTEND is its DTSTART is one day here (RFC 5545 §3.6.1).
  if ('date' in ref.end && 'date' in ref.start && ref.end.date === ref.start.date) return event.start === event.end;
  return same(ref.end, event.end, true);
}

describe('real calendars from other projects’ test suites', () => {
  let references: Record<string, Reference> = {};
  beforeAll(() => {
    expect(missing, `corpus files not found: run \`node scripts/ics-corpus.mjs\` (and \`npm ci\`)`).toEqual([]);
    const out = execFileSync(PYTHON, [path.join(import.meta.dirname, 'reference.py'), ...files.map((f) => f.file)], {
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
    });
    references = JSON.parse(out) as Record<string, Reference>;
  }, 120_000);

  it('holds at least 30 files from at least five projects, each with its source and licence', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(new Set(files.map((f) => f.project)).size).toBeGreaterThanOrEqual(5);
    for (const source of CORPUS) expect(source.licence).toMatch(/\S/);
  });

  it('offers at least 90% of their events, each occurrence at the instant the independent reader gives', () => {
    let total = 0;
    let offered = 0;
    let checked = 0;
    let beyond = 0;
    let unchecked = 0;
    const wrong: string[] = [];
    const refused: string[] = [];
    const notOffered: string[] = [];
    const unverified: string[] = [];
    for (const corpusFile of files) {
      const bytes = new Uint8Array(readFileSync(corpusFile.file));
      const events = countEvents(new TextDecoder('latin1').decode(bytes));
      total += events;
      let rows: IcsEvent[];
      try {
        const read = parseIcs(bytes, {
          defaultZone: HOME,
          window: { from: '2015-01-01T00:00:00Z', to: '2016-01-01T00:00:00Z' },
          wholeSeries: true,
        });
        rows = planIcsImport(read.events, [], [body], body.id, { untitled: 'Untitled event' }).flatMap((row) => {
          if (row.kind === 'rejected') {
            notOffered.push(`${corpusFile.name} #${row.event.index} ${row.event.summary}: ${row.reason}`);
            return [];
          }
          return [row.event];
        });
      } catch (error) {
        refused.push(`${corpusFile.name} (${events} events): ${error instanceof ImportError ? error.message : String(error)}`);
        continue;
      }
      const reference = references[corpusFile.file];
      const good = new Set<number>();
      const bad = new Set<number>();
      for (const row of rows) {
        const indices = [row.index, ...(row.overrideIndex ? [row.overrideIndex] : [])];
        if (!reference?.ok) {
          for (const i of indices) good.add(i);
          continue;
        }
        // The reference expands series from 1970 to 2040 only.
        const at = eventStartUtc(row);
        if (at < REFERENCE_FROM || at >= REFERENCE_TO) {
          for (const i of indices) good.add(i);
          beyond++;
          continue;
        }
        checked++;
        if (reference.occurrences.some((ref) => matches(row, ref))) for (const i of indices) good.add(i);
        else {
          for (const i of indices) bad.add(i);
          wrong.push(
            `${corpusFile.name} #${row.index} ${row.summary}: ${eventStartUtc(row)} (${row.start} ${row.timeZone}${row.allDay ? ', all day' : ''})`,
          );
        }
      }
      const taken = [...good].filter((i) => !bad.has(i)).length;
      if (reference && !reference.ok) {
        unverified.push(`${corpusFile.name}: ${reference.error}`);
        unchecked += taken;
      }
      offered += taken;
    }
    const share = total ? offered / total : 0;
    // Counting only what the reference could check (the events of files it cannot read left out).
    const checkedShare = total ? (offered - unchecked) / total : 0;
    console.log(
      [
        `ICS corpus: ${files.length} files from ${new Set(files.map((f) => f.project)).size} projects`,
        `events offered: ${offered} / ${total} (${(share * 100).toFixed(1)}%); offered at the reference's instants: ${offered - unchecked} / ${total} (${(checkedShare * 100).toFixed(1)}%); occurrences checked against the reference: ${checked} (${beyond} after 2040 or before 1970, where it does not look)`,
        `files refused (${refused.length}):`,
        ...refused.map((r) => `  ${r}`),
        `events not offered (${notOffered.length}):`,
        ...notOffered.slice(0, 40).map((r) => `  ${r}`),
        `occurrences at another instant than the reference's (${wrong.length}):`,
        ...wrong.slice(0, 40).map((r) => `  ${r}`),
        `files the reference cannot read (${unverified.length}; their ${unchecked} events offered are counted, unchecked):`,
        ...unverified.map((r) => `  ${r}`),
      ].join('\n'),
    );
    expect(checkedShare).toBeGreaterThanOrEqual(0.9);
  }, 120_000);
});
