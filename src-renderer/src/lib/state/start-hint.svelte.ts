// What the window showed when it was last open: the language and the open chairmanship's
// heading, kept in the page's local storage so that the next start can draw the shell at once,
// before the database (and the code that reads it) has loaded. Only a hint: start-up reads the
// settings and the chairmanship, and what they say replaces it.
import type { Lang } from '../domain/text';
import type { ChairmanshipView, Text } from '../domain/types';
import { app, type Banner } from './app.svelte';
import { locale } from './locale.svelte';

export interface StartHint {
  lang: Lang;
  /** Null when no chairmanship is open (the welcome screen). */
  chairmanship: Banner | null;
}

const KEY = 'chairdesk:start';

export function bannerOf(c: ChairmanshipView): Banner {
  return {
    id: c.id,
    organization: { name: c.organization.name, acronym: c.organization.acronym },
    chairState: c.chairState,
    year: c.year,
    organizationId: c.organizationId,
    firstDay: c.firstDay,
    lastDay: c.lastDay,
    homeTimeZone: c.homeTimeZone,
    example: c.example,
  };
}

/** Draws the next start from `hint`: its language, and its chairmanship in the shell. */
export function applyStartHint(hint: StartHint | null): void {
  if (!hint) return;
  locale.lang = hint.lang;
  document.documentElement.lang = hint.lang;
  app.banner = hint.chairmanship;
}

/**
 * From start-up on, keeps the hint to what the window shows: the language, and the open
 * chairmanship once its heading is known (none on the welcome screen). Returns the stop.
 */
export function rememberStart(storage?: Pick<Storage, 'setItem'>): () => void {
  return $effect.root(() => {
    $effect(() => {
      const shown = app.chairmanshipId !== null && app.banner?.id === app.chairmanshipId ? app.banner : null;
      writeStartHint({ lang: locale.lang, chairmanship: shown }, storage);
    });
  });
}

/** The hint the last window left, or null when there is none or it is not one. */
export function readStartHint(storage: Pick<Storage, 'getItem'> | undefined = pageStorage()): StartHint | null {
  try {
    const value: unknown = JSON.parse(storage?.getItem(KEY) ?? 'null');
    return isStartHint(value) ? value : null;
  } catch {
    // Storage refused (a locked-down profile) or the value is not JSON: start without it.
    return null;
  }
}

/** Remembers `hint` for the next start; a full or refused storage only costs that start its head start. */
export function writeStartHint(hint: StartHint, storage: Pick<Storage, 'setItem'> | undefined = pageStorage()): void {
  try {
    storage?.setItem(KEY, JSON.stringify(hint));
  } catch {
    // Nothing is lost: the next start draws the shell after reading the database instead.
  }
}

/** The page's local storage, when it has one it may use (none in a locked-down profile). */
function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

function isStartHint(value: unknown): value is StartHint {
  if (!isRecord(value) || (value.lang !== 'en' && value.lang !== 'ru')) return false;
  const c = value.chairmanship;
  if (c === null) return true;
  return (
    isRecord(c) &&
    typeof c.id === 'string' &&
    c.id !== '' &&
    isRecord(c.organization) &&
    isText(c.organization.name) &&
    isText(c.organization.acronym) &&
    isText(c.chairState) &&
    Number.isInteger(c.year) &&
    (['organizationId', 'firstDay', 'lastDay', 'homeTimeZone'] as const).every(
      (key) => c[key] === undefined || typeof c[key] === 'string',
    ) &&
    (c.example === 0 || c.example === 1)
  );
}

function isText(value: unknown): value is Text {
  return isRecord(value) && typeof value.en === 'string' && typeof value.ru === 'string';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
