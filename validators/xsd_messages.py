"""libxml2's schema messages, made readable and said in Bulgarian too.

libxml2 writes ``Element '{http://inspire.ec.europa.eu/schemas/plu/4.0}validFrom':
This element is not expected. Expected is one of ( {…}validTo, … ).`` — a planner
reads neither the braces nor the English.  Names get their usual prefixes
(``plu:validFrom``) and the messages libxml2 gives most often get a Bulgarian
wording; anything else keeps libxml2's text after "XML схема:".
"""

from __future__ import annotations

import re

__all__ = ["readable"]

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
_SENTENCES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^Element '(?P<e>[^']+)': This element is not expected\. Expected is one of \( (?P<x>.+?) \)\.?$"),
     "елементът {e} не се очаква тук; на това място се очаква един от: {x}"),
    (re.compile(r"^Element '(?P<e>[^']+)': This element is not expected\. Expected is \( (?P<x>.+?) \)\.?$"),
     "елементът {e} не се очаква тук; на това място се очаква {x}"),
    (re.compile(r"^Element '(?P<e>[^']+)': This element is not expected\.?$"),
     "елементът {e} не се очаква тук"),
    (re.compile(r"^Element '(?P<e>[^']+)': Missing child element\(s\)\. Expected is one of \( (?P<x>.+?) \)\.?$"),
     "в елемента {e} липсва задължителен вложен елемент, един от: {x}"),
    (re.compile(r"^Element '(?P<e>[^']+)': Missing child element\(s\)\. Expected is \( (?P<x>.+?) \)\.?$"),
     "в елемента {e} липсва задължителният вложен елемент {x}"),
    (re.compile(r"^Element '(?P<e>[^']+)': '(?P<v>.*)' is not a valid value of the (?:atomic|local atomic|union) "
                r"type '(?P<t>[^']+)'\.?$"),
     "елементът {e}: „{v}“ не е допустима стойност от типа {t}"),
    (re.compile(r"^Element '(?P<e>[^']+)', attribute '(?P<a>[^']+)': The attribute '[^']+' is not allowed\.?$"),
     "атрибутът {a} не е позволен в елемента {e}"),
    (re.compile(r"^Element '(?P<e>[^']+)': The attribute '(?P<a>[^']+)' is required but missing\.?$"),
     "в елемента {e} липсва задължителният атрибут {a}"),
    (re.compile(r"^Element '(?P<e>[^']+)': \[facet '(?P<f>\w+)'\] The value '(?P<v>.*)' is not an element of the "
                r"set \{(?P<x>.*)\}\.?$"),
     "елементът {e}: „{v}“ не е от допустимите стойности {{{x}}}"),
    (re.compile(r"^Element '(?P<e>[^']+)': Character content other than whitespace is not allowed because the "
                r"content type is 'element-only'\.?$"),
     "елементът {e} съдържа текст, а може да съдържа само вложени елементи"),
    (re.compile(r"^Element '(?P<e>[^']+)': The content must not contain element nodes\.?$"),
     "елементът {e} не може да съдържа вложени елементи"),
)


def _prefixed(text: str) -> str:
    return _QNAME.sub(lambda m: f"{_PREFIXES.get(m.group(1), m.group(1))}:{m.group(2)}"
                      if m.group(1) in _PREFIXES else m.group(0), text)


def readable(message: str) -> tuple[str, str]:
    """``(English, Bulgarian)`` of one libxml2 schema message, with prefixed names."""
    text = _prefixed(" ".join(message.split()))
    for pattern, bulgarian in _SENTENCES:
        match = pattern.match(text)
        if match:
            return f"XML schema: {text}", "XML схема: " + bulgarian.format(**match.groupdict())
    return f"XML schema: {text}", f"XML схема: {text}"
