"""iCalendar (RFC 5545) output for exchange activities, written by hand.

The format is small enough that a library would add more than it saves: content
lines end with CRLF, text values escape backslash, semicolon, comma and newlines
(section 3.3.11), and lines longer than 75 octets are folded with CRLF and a space
(section 3.1) without splitting a UTF-8 character.
"""

from datetime import UTC

from django.http import HttpResponse
from django.utils import timezone
from django.utils.html import strip_tags

CRLF = "\r\n"
PRODID = "-//COMPETE IN//Exchange activities//EN"


def escape_text(value):
    value = str(value or "")
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line, limit=75):
    """Split a content line into chunks of at most ``limit`` octets."""
    encoded = line.encode("utf-8")
    if len(encoded) <= limit:
        return line
    chunks, current, size = [], [], 0
    budget = limit
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > budget:
            chunks.append("".join(current))
            current, size = [], 0
            budget = limit - 1  # continuation lines start with a space
        current.append(char)
        size += width
    chunks.append("".join(current))
    return (CRLF + " ").join(chunks)


def format_utc(value):
    return value.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def event_lines(event, request, stamp):
    url = request.build_absolute_uri(event.get_url(request))
    location = ", ".join(
        part
        for part in [event.venue, event.host_region.title if event.host_region else ""]
        if part
    )
    lines = [
        "BEGIN:VEVENT",
        f"UID:event-{event.translation_key}-{event.locale.language_code}@compete-in",
        f"DTSTAMP:{stamp}",
        f"DTSTART:{format_utc(event.start)}",
        f"DTEND:{format_utc(event.end)}",
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(strip_tags(event.summary))}",
        f"CATEGORIES:{escape_text(event.get_kind_display())}",
    ]
    if location:
        lines.append(f"LOCATION:{escape_text(location)}")
    if url:
        lines.append(f"URL:{url}")
    if event.last_published_at:
        lines.append(f"LAST-MODIFIED:{format_utc(event.last_published_at)}")
    lines.append("END:VEVENT")
    return lines


def build_calendar(events, request, name):
    stamp = format_utc(timezone.now())
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        f"X-WR-CALNAME:{escape_text(name)}",
    ]
    for event in events:
        lines.extend(event_lines(event, request, stamp))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)


def calendar_response(events, request, name, filename):
    response = HttpResponse(
        build_calendar(events, request, name),
        content_type="text/calendar; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response
