#!/usr/bin/python3
# libical's own checks of calendar files (Debian: gir1.2-ical-3.0 and python3-gi), the reader
# of Evolution and of CalDAV servers built on libical: each file is parsed, checked against
# RFC 5545 and RFC 5546's restrictions for its METHOD (icalrestriction_check), and every error
# libical records (X-LIC-ERROR) is printed as JSON: {file: [errors]}.
import json
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402


def errors_of(component, found):
    prop = component.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    while prop:
        found.append(f"{component.kind_to_string(component.isa())}: {prop.get_xlicerror()}")
        prop = component.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while child:
        errors_of(child, found)
        child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)


result = {}
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    component = ICalGLib.Component.new_from_string(text)
    found = []
    if component is None:
        found.append("not parsed")
    else:
        ICalGLib.restriction_check(component)
        errors_of(component, found)
    result[path] = found
json.dump(result, sys.stdout)
