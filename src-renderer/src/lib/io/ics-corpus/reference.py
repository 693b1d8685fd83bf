#!/usr/bin/python3
# The independent reader of the ICS corpus test: python's icalendar and recurring-ical-events
# (Debian: python3-recurring-ical-events), which share no code with the app's reader (ical.js
# and rrule in JavaScript). For each file given, prints every occurrence of every event from
# 1970 to 2040 as JSON: its UID, and its start and end as an instant (a time with a zone), a
# wall clock (a floating time) or a date.
import datetime
import json
import sys

import icalendar
import recurring_ical_events


def when(value):
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None:
            return {"wall": value.strftime("%Y-%m-%dT%H:%M")}
        return {"instant": value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")}
    return {"date": value.strftime("%Y-%m-%d")}


def read(path):
    with open(path, "rb") as f:
        data = f.read()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    calendar = icalendar.Calendar.from_ical(text)
    occurrences = []
    for event in recurring_ical_events.of(calendar).between((1970, 1, 1), (2040, 1, 1)):
        start = event["DTSTART"].dt
        end = event["DTEND"].dt if "DTEND" in event else None
        occurrences.append({"uid": str(event.get("UID", "")), "start": when(start), "end": when(end) if end is not None else None})
    return {"ok": True, "occurrences": occurrences}


result = {}
for path in sys.argv[1:]:
    try:
        result[path] = read(path)
    except Exception as error:  # a file this reader cannot read is reported, not fatal
        result[path] = {"ok": False, "error": f"{type(error).__name__}: {error}"[:300]}
json.dump(result, sys.stdout)
