// The real calendar files the ICS corpus test reads: test files of other calendar projects,
// written by Google Calendar, Outlook and Exchange, Apple iCal, Mozilla Lightning, Evolution,
// Radicale, ownCloud, DAVx5 and others, as they arrive through the npm registry (the
// devDependencies below, installed by `npm ci`) and Debian's apt (scripts/ics-corpus.mjs). None
// is kept in this repository: each is read where its package puts it.

export interface CorpusSource {
  /** The project whose test suite the files come from. */
  project: string;
  licence: string;
  /** How the files arrive: an npm package (pinned in package.json) or a Debian package. */
  via: { npm: string } | { debian: string };
  /** Where the package puts the files: under node_modules/<package>, or under / once installed. */
  root: string;
  files: readonly (readonly [path: string, exercises: string])[];
}

export const CORPUS: readonly CorpusSource[] = [
  {
    project: 'ical (peterbraden/ical.js, Node.js iCalendar parser)',
    licence: 'Apache-2.0',
    via: { npm: 'ical@0.8.0' },
    root: 'node_modules/ical',
    files: [
      ['examples/example_rrule.ics', 'Google: weekly RRULE with EXDATE and a moved occurrence (RECURRENCE-ID), TZID=US/Central'],
      ['test/test1.ics', 'Lanyrd: all-day conference dates, SUMMARY;CHARSET=utf-8, one DTSTART of "Next Year"'],
      ['test/test2.ics', 'Apple iCal 1.0: DURATION instead of DTEND, TZID=US/Pacific (an old IANA alias)'],
      ['test/test3.ics', 'tvcountdown.com: 27 all-day events in a feed'],
      ['test/test4.ics', 'Bennu: a travel itinerary of 47 all-day and timed events'],
      ['test/test5.ics', 'Meetup: America/Phoenix with its VTIMEZONE'],
      ['test/test6.ics', '128 events with no UID whose VALUE=DATE carries a time (20110804T120000), a monthly RRULE'],
      ['test/test7.ics', 'ownCloud Calendar: a yearly all-day RRULE'],
      ['test/test8.ics', 'ownCloud Calendar: a to-do list only (no events)'],
      ['test/test9.ics', 'a quoted TZID ("America/Los_Angeles")'],
      ['test/test10.ics', 'five events with categories and no DTSTART'],
      ['test/test11.ics', 'Zimbra: free/busy only (no events)'],
      ['test/test12.ics', 'a daily RRULE with EXDATE and a changed occurrence, America/Los_Angeles; an event that ends before it starts'],
      ['test/test13.ics', 'Google: a daily series with UNTIL and a changed occurrence in Europe/Kiev'],
      [
        'test/test14.ics',
        'Google: fortnightly RRULEs with comma-separated and folded EXDATEs; one series in UTC in a US/Central calendar (X-WR-TIMEZONE)',
      ],
      ['test/test15.ics', 'Exchange 2010: a TZID of its own, "(UTC+07:00) Bangkok, Hanoi, Jakarta", with its VTIMEZONE'],
    ],
  },
  {
    project: 'cozy-ical (Cozy Cloud calendar import/export)',
    licence: 'MIT',
    via: { npm: 'cozy-ical@1.1.22' },
    root: 'node_modules/cozy-ical',
    files: [
      ['test/fixtures/locale_datetime.ics', 'Outlook 12: a floating local date-time'],
      [
        'test/fixtures/scenarios/apple.ics',
        'Apple Mac OS X 10.9: the same three events (all-day, timed, repeating) as the four files below',
      ],
      ['test/fixtures/scenarios/cozycloud.ics', 'Cozy Cloud: all-day, timed and repeating in Europe/Paris'],
      ['test/fixtures/scenarios/google.ics', 'Google Calendar: all-day, timed and repeating, X-WR-TIMEZONE'],
      ['test/fixtures/scenarios/lightning.ics', 'Mozilla Lightning: DURATION, RRULE, Europe/Paris'],
      ['test/fixtures/scenarios/radicale.ics', 'Radicale (CalDAV server): all-day, timed and repeating'],
      ['test/fixtures/tz.ics', 'Outlook 12: Windows-style TZIDs "(UTC+01:00) …" and "(UTC-07:00) …" with their VTIMEZONEs'],
    ],
  },
  {
    project: 'icalendar (tritech/node-icalendar)',
    licence: 'MIT',
    via: { npm: 'icalendar@0.7.1' },
    root: 'node_modules/icalendar',
    files: [
      [
        'spec/evolution.ics',
        'Evolution: a TZID of libical’s own (/freeassociation.sourceforge.net/Tzfile/America/Los_Angeles), weekly RRULE',
      ],
      ['spec/icalendar-test.ics', 'Google: 153 events, repeating ones with changed occurrences, all-day, America/New_York'],
    ],
  },
  {
    project: 'ics-parser (AnyFetch)',
    licence: 'MIT',
    via: { npm: 'ics-parser@0.1.5' },
    root: 'node_modules/ics-parser',
    files: [
      ['test/samples/calendar.ics', 'Lanyrd: conference dates, SUMMARY;CHARSET=utf-8'],
      ['test/samples/invite.ics', 'Google: an invitation (METHOD:REQUEST) with attendees'],
      ['test/samples/longdescription.ics', 'Google: a long folded DESCRIPTION'],
    ],
  },
  {
    project: 'icalendar (collective/icalendar, Python)',
    licence: 'BSD-2-Clause',
    via: { debian: 'python3-icalendar' },
    root: 'usr/lib/python3/dist-packages/icalendar/tests',
    files: [
      ['america_new_york.ics', 'a custom TZID (custom_America/New_York) with RDATE-based VTIMEZONE rules'],
      ['encoding.ics', 'Plone: non-ASCII text (Plönë), UTF-8'],
      ['issue_112_missing_tzinfo_on_exdate.ics', 'Google: weekly RRULE with EXDATEs in America/New_York'],
      ['issue_53_parsing_failure.ics', 'Meetup: three events, RRULEs'],
      ['multiple.ics', 'Mozilla: two calendars one after another in one file'],
      ['pacific_fiji.ics', 'tzurl.org: custom_Pacific/Fiji with RDATEs in its VTIMEZONE'],
      ['recurrence.ics', 'RRULE with EXDATE lists, Europe/Vienna'],
      ['time.ics', 'a VTIMEZONE only (no events)'],
      ['timezone_rdate.ics', 'a zone of its own (posix/Europe/Vaduz) defined with RDATEs'],
      ['timezone_same_start.ics', 'Exchange 2010: TZID "Pacific Standard Time" (a Windows name), weekly RRULE'],
      ['timezone_same_start_and_offset.ics', 'Exchange 2010: TZID "Tokyo Standard Time" (a Windows name)'],
      ['timezoned.ics', 'Plone: RRULE in Europe/Vienna, X-WR-TIMEZONE'],
      ['x_location.ics', 'Google: an endless daily RRULE, Europe/Zurich, X-LOCATION'],
    ],
  },
  {
    project: 'evolution-data-server (GNOME Evolution), installed tests',
    licence: 'LGPL-2.0-or-later',
    via: { debian: 'evolution-data-server-tests' },
    root: 'usr/libexec/evolution-data-server/installed-tests/components',
    files: [
      ['event-0.ics', 'Evolution: a timed event with no DTEND (it ends when it starts)'],
      ['event-1.ics', 'Evolution: a timed event with an alarm (VALARM)'],
      ['event-2.ics', 'Evolution: a multi-line description and two CATEGORIES'],
      ['event-3.ics', 'Evolution: DURATION instead of DTEND'],
      ['event-4.ics', 'Evolution: a timed event with a location'],
      ['event-5.ics', 'Evolution: an endless yearly RRULE from 2009 with an alarm'],
      ['event-6.ics', 'Evolution: every other day, COUNT=5, America/New_York with no VTIMEZONE'],
      ['event-6-a.ics', 'Evolution: a changed occurrence whose series is in another file'],
      ['event-7.ics', 'Evolution: libical’s TZID /freeassociation.sourceforge.net/America/New_York, an attachment'],
      ['event-8.ics', 'Evolution: a floating time, organizer and attendees'],
      ['event-9.ics', 'Evolution: America/New_York with no VTIMEZONE, two attendees'],
      ['invite-1.ics', 'Evolution: a meeting request (METHOD:REQUEST)'],
      ['invite-2.ics', 'Evolution: a reply (METHOD:REPLY)'],
      ['invite-3.ics', 'Evolution: a changed request (moved an hour)'],
      ['invite-4.ics', 'Evolution: a cancellation (METHOD:CANCEL)'],
      ['invite-5.ics', 'Evolution: a weekly all-day request with UNTIL in UTC and BYDAY'],
      ['invite-6.ics', 'Evolution: a request for one changed occurrence, its series not in the file'],
      ['invite-7.ics', 'Evolution: two changed occurrences of a series not in the file'],
      ['task-1.ics', 'Evolution: a to-do only (no events)'],
      ['task-2.ics', 'Evolution: a to-do with a due date in America/New_York (no events)'],
      ['task-3.ics', 'Evolution: a to-do with a broken COMPLETED parameter (no events)'],
      ['task-4.ics', 'Evolution: a to-do (no events)'],
      ['task-5.ics', 'Evolution: a to-do (no events)'],
      ['task-6.ics', 'Evolution: a to-do with DURATION (no events)'],
      ['task-7.ics', 'Evolution: a to-do (no events)'],
      ['task-8.ics', 'Evolution: a to-do (no events)'],
      ['task-9.ics', 'Evolution: a to-do in America/New_York (no events)'],
    ],
  },
  {
    project: 'golang-ical (arran4/golang-ical)',
    licence: 'Apache-2.0',
    via: { debian: 'golang-github-arran4-golang-ical-dev' },
    root: 'usr/share/gocode/src/github.com/arran4/golang-ical/testdata',
    files: [
      ['issue52/issue52_notworking.ics', 'Google: a repeating event in Europe/Berlin, X-WR-TIMEZONE'],
      ['issue52/issue52_working.ics', 'Google: the same, written otherwise'],
      ['rfc5545sec4/input1.ics', 'RFC 5545 §4 example: a simple event in UTC'],
      ['rfc5545sec4/input2.ics', 'RFC 5545 §4 example: an event in America/New_York with its VTIMEZONE'],
      ['rfc5545sec4/input3.ics', 'RFC 5545 §4 example: a to-do (no events)'],
      ['rfc5545sec4/input4.ics', 'RFC 5545 §4 example: a journal entry (no events)'],
      ['rfc5545sec4/input5.ics', 'RFC 5545 §4 example: free/busy (no events)'],
      ['rfc5545sec4/input6.ics', 'RFC 5545 §4 example: a VTIMEZONE only (no events)'],
      ['timeparsing.ics', 'DAVx5/ical4j: dates, times in Europe/Copenhagen, UTC and floating, with RRULEs'],
    ],
  },
];
