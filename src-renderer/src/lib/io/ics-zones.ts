// Which IANA zone a calendar's TZID means. Writers name zones three ways: by IANA name
// (Google, Apple, Thunderbird), by Windows name (Outlook, Exchange: "Russian Standard Time",
// mapped with CLDR's windowsZones table from windows-iana), or by a name of their own that
// ends in an IANA name ("/mozilla.org/20050126_1/Europe/Berlin") or says nothing we can use
// ("(UTC+03:00) Moscow, St. Petersburg"), with the rules in the file's VTIMEZONE.
import { findIana } from 'windows-iana';
import { isValidTimeZone } from '../domain/time';

const TRAILING_IANA = /([A-Za-z]+(?:\/[A-Za-z0-9_+-]+){1,2})$/;

/** The IANA zone a TZID names, if any: itself, its Windows name's zone, or an IANA name at its end. */
export function ianaZoneOf(tzid: string): string | undefined {
  const name = tzid.trim();
  if (isValidTimeZone(name)) return name;
  // findIana reads its own table: `__proto__` or `constructor` find nothing there.
  const windows = name.length <= 100 ? findIana(name)[0] : undefined;
  if (windows && isValidTimeZone(windows)) return windows;
  const trailing = TRAILING_IANA.exec(name.slice(-80))?.[1];
  return trailing && isValidTimeZone(trailing) ? trailing : undefined;
}
