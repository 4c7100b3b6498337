"""libxml2's schema messages, made readable and said in Bulgarian too.

libxml2 writes ``Element '{http://inspire.ec.europa.eu/schemas/plu/4.0}validFrom':
This element is not expected. Expected is one of ( {…}validTo, … ).`` — a planner
reads neither the braces nor the English.  Names get their usual prefixes
(``plu:validFrom``) and the messages libxml2 gives most often get a Bulgarian
wording; anything else keeps libxml2's text after "XML схема:".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from plu_model.i18n import Text

__all__ = ["readable", "schema_message"]

_PREFIXES = {
    "http://inspire.ec.europa.eu/schemas/plu/4.0": "plu",
    "http://www.opengis.net/gml/3.2": "gml",
    "http://inspire.ec.europa.eu/schemas/base/3.3": "base",
    "http://inspire.ec.europa.eu/schemas/base2/2.0": "base2",
    "http://inspire.ec.europa.eu/schemas/lunom/4.0": "lunom",
    "http://www.w3.org/1999/xlink": "xlink",
    "http://www.isotc211.org/2005/gmd": "gmd",
    "http://www.isotc211.org/2005/gco": "gco",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
}
_QNAME = re.compile(r"\{([^}]+)\}([\w.-]+)")

#: libxml2's sentences and how the catalogue words them (the English source says what libxml2 means)
_SENTENCES: tuple[tuple[re.Pattern[str], Text], ...] = (
    (re.compile(r"^Element '(?P<e>[^']+)': This element is not expected\. Expected is one of \( (?P<x>.+?) \)\.?$"),
     Text("validators.xsd_messages", "element {e} is not expected here; one of these is expected in its place: {x}")),
    (re.compile(r"^Element '(?P<e>[^']+)': This element is not expected\. Expected is \( (?P<x>.+?) \)\.?$"),
     Text("validators.xsd_messages", "element {e} is not expected here; {x} is expected in its place")),
    (re.compile(r"^Element '(?P<e>[^']+)': This element is not expected\.?$"),
     Text("validators.xsd_messages", "element {e} is not expected here")),
    (re.compile(r"^Element '(?P<e>[^']+)': Missing child element\(s\)\. Expected is one of \( (?P<x>.+?) \)\.?$"),
     Text("validators.xsd_messages", "element {e} lacks a required child element, one of: {x}")),
    (re.compile(r"^Element '(?P<e>[^']+)': Missing child element\(s\)\. Expected is \( (?P<x>.+?) \)\.?$"),
     Text("validators.xsd_messages", "element {e} lacks the required child element {x}")),
    (re.compile(r"^Element '(?P<e>[^']+)': '(?P<v>.*)' is not a valid value of the (?:atomic|local atomic|union) "
                r"type '(?P<t>[^']+)'\.?$"),
     Text("validators.xsd_messages", "element {e}: “{v}” is not a valid value of the type {t}")),
    (re.compile(r"^Element '(?P<e>[^']+)', attribute '(?P<a>[^']+)': The attribute '[^']+' is not allowed\.?$"),
     Text("validators.xsd_messages", "attribute {a} is not allowed in element {e}")),
    (re.compile(r"^Element '(?P<e>[^']+)': The attribute '(?P<a>[^']+)' is required but missing\.?$"),
     Text("validators.xsd_messages", "element {e} lacks the required attribute {a}")),
    (re.compile(r"^Element '(?P<e>[^']+)': \[facet '(?P<f>\w+)'\] The value '(?P<v>.*)' is not an element of the "
                r"set \{(?P<x>.*)\}\.?$"),
     Text("validators.xsd_messages", "element {e}: “{v}” is not one of the allowed values {{{x}}}")),
    (re.compile(r"^Element '(?P<e>[^']+)': Character content other than whitespace is not allowed because the "
                r"content type is 'element-only'\.?$"),
     Text("validators.xsd_messages", "element {e} holds text, but it may hold only child elements")),
    (re.compile(r"^Element '(?P<e>[^']+)': The content must not contain element nodes\.?$"),
     Text("validators.xsd_messages", "element {e} may not hold child elements")),
)


@dataclass(frozen=True)
class _Said:
    """A libxml2 message: in English as libxml2 wrote it, otherwise in the catalogue's words when it has them."""

    text: str
    sentence: Text | None

    def say(self, language: str) -> str:
        return self.sentence.say(language) if self.sentence is not None and language != "en" else self.text


def _prefixed(text: str) -> str:
    return _QNAME.sub(lambda m: f"{_PREFIXES.get(m.group(1), m.group(1))}:{m.group(2)}"
                      if m.group(1) in _PREFIXES else m.group(0), text)


def schema_message(message: str) -> Text:
    """One libxml2 schema message for a finding, with prefixed names."""
    text = _prefixed(" ".join(message.split()))
    for pattern, sentence in _SENTENCES:
        match = pattern.match(text)
        if match:
            return Text("validators.xsd_messages", "XML schema: {message}",
                        message=_Said(text, sentence.fill(**match.groupdict())))
    return Text("validators.xsd_messages", "XML schema: {message}", message=_Said(text, None))


def readable(message: str) -> tuple[str, str]:
    """``(English, Bulgarian)`` of one libxml2 schema message (what the report's ``message`` holds)."""
    said = schema_message(message)
    return said.say("en"), said.say("bg")
