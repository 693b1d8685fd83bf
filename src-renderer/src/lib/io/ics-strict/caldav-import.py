#!/usr/bin/python3
# A CalDAV server's import of calendar files: Radicale (Debian: python3-radicale), called as the
# WSGI application it is (no network), with its storage in a temporary folder. Each file is
# uploaded as a whole calendar (PUT of a VCALENDAR to a new collection, as clients import a
# file), then read back; prints JSON {file: {"status": HTTP status, "events": n, "todos": n}}.
import io
import json
import sys
import tempfile

import radicale
import radicale.config


def call(app, method, path, body=b"", content_type="text/calendar; charset=utf-8"):
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": "localhost",
        "SERVER_PORT": "5232",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "REMOTE_USER": "secretariat",
        "CONTENT_TYPE": content_type,
        "CONTENT_LENGTH": str(len(body)),
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
    }
    status = {}

    def start_response(code, headers):
        status["code"] = int(code.split(" ")[0])

    answer = b"".join(app(environ, start_response))
    return status["code"], answer


folder = tempfile.mkdtemp(prefix="chairdesk-radicale-")
configuration = radicale.config.load()
configuration.update(
    {"storage": {"filesystem_folder": folder}, "auth": {"type": "remote_user"}, "rights": {"type": "owner_only"}, "logging": {"level": "warning"}},
    "chairdesk test",
    privileged=True,
)
app = radicale.Application(configuration)

# The user's principal collection, as a client's first request makes the server create it.
call(app, "PROPFIND", "/secretariat/", b"", "application/xml")

result = {}
for number, path in enumerate(sys.argv[1:]):
    with open(path, "rb") as f:
        body = f.read()
    collection = f"/secretariat/calendar-{number}/"
    status, answer = call(app, "PUT", collection, body)
    entry = {"status": status}
    if status >= 400:
        entry["answer"] = answer.decode("utf-8", "replace")[:300]
    else:
        code, text = call(app, "GET", collection)
        content = text.decode("utf-8")
        entry["events"] = content.count("BEGIN:VEVENT")
        entry["todos"] = content.count("BEGIN:VTODO")
    result[path] = entry
json.dump(result, sys.stdout)
