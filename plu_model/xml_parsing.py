"""The one place that decides how PLU Studio parses XML: the product's DOCTYPE policy.

Every XML file the product reads goes through :func:`iterparse`, :func:`parse` or
:func:`fromstring`, so ``validate``, ``info``, ``convert``, ``fix``, ``import`` and the
background XSD worker behave the same on the same file:

* external DTDs and external entities are never fetched (no network, no file access);
* a document that declares internal entities has them expanded, but only after a
  look at its prolog and body proves the expansion small: at most
  :data:`MAX_ENTITIES` declarations, each expanding to at most
  :data:`MAX_ENTITY_BYTES`, and all references together to at most
  :data:`MAX_EXPANSION_BYTES`.  Sizes are computed from the declarations without
  expanding anything, so a "billion laughs" document is refused after reading a few
  hundred bytes;
* anything else in a DOCTYPE that could change what the document means (parameter
  entities, external entities, references to entities declared nowhere) refuses the
  file with one :class:`UnsafeXmlError` naming the file, the line and the entity.

libxml2 would otherwise either leave entity nodes in the tree (which makes its own
schema validator fail with "Internal error") or expand them without a bound.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import IO, Any

from lxml import etree

from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = [
    "MAX_ENTITIES",
    "MAX_ENTITY_BYTES",
    "MAX_EXPANSION_BYTES",
    "Doctype",
    "NoStreamSchemaCheck",
    "UnsafeXmlError",
    "archive_refusal",
    "fromstring",
    "inspect_doctype",
    "iterparse",
    "parse",
    "release",
    "schema_fromstring",
    "schema_parser",
    "strip_comments",
    "syntax_error_text",
]

MAX_ENTITIES = 1000
MAX_ENTITY_BYTES = 64 * 1024
MAX_EXPANSION_BYTES = 16 * 1024 * 1024
#: the prolog (everything before the root element) may not be longer than this
MAX_PROLOG_BYTES = 1024 * 1024

_PREDEFINED = frozenset({"lt", "gt", "amp", "apos", "quot"})
_NAME = r"[^\s&;%<>\"'=/\[\]()|,?*+#!]+"
_REF = re.compile(r"&(" + _NAME + r");|%(" + _NAME + r");")
_BODY_REF = re.compile(rb"&([^\s&;<>\"'#][^\s&;<>\"']{0,255});")
_CHUNK = 1 << 20


class UnsafeXmlError(PluInputError):
    """The document's DOCTYPE asks for something the product does not do (fetch, or expand without bound).

    ``line`` and ``reason`` let a report place the refusal without repeating the file name.
    """

    def __init__(self, message: Text | str, line: int | None = None, reason: Text | str | None = None):
        super().__init__(message)
        self.line = line
        self.reason = reason or message


class NoStreamSchemaCheck(PluInputError):
    """An in-stream schema check (``iterparse(..., schema=...)``) was asked of a document with a DOCTYPE.

    libxml2's in-stream validator and entity handling do not mix (lxml 6 crashed on an
    internal entity in tests), so such a document is checked by the caller's other means.
    """


@dataclass
class Doctype:
    """What a document's DOCTYPE declares, once it has been found safe to honour."""

    line: int
    external_id: str | None = None
    #: expanded size in bytes of each internal general entity
    entities: dict[str, int] = field(default_factory=dict)
    references: int = 0
    expanded_bytes: int = 0


def _shown(name: str) -> str:
    """A name read byte for byte (latin-1) as the UTF-8 text it most likely is, for messages."""
    try:
        return name.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return name


def _refuse(path: str, line: int, what: Text) -> UnsafeXmlError:
    reason = Text("plu_model.xml_parsing", "the DOCTYPE {what}; the file was not read (external DTDs and entities are never fetched, "
                  "internal entities are expanded only within limits)", what=what)
    return UnsafeXmlError(Text("plu_model.xml_parsing", "{path}:{line}: {reason}", path=path, line=line, reason=reason), line=line,
                          reason=reason)


class _Prolog:
    """A cursor over the text before the root element."""

    def __init__(self, text: str, path: str):
        self.text, self.pos, self.path = text, 0, path

    @property
    def line(self) -> int:
        return self.text.count("\n", 0, self.pos) + 1

    def skip_space(self) -> None:
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def startswith(self, s: str) -> bool:
        return self.text.startswith(s, self.pos)

    def skip_past(self, end: str) -> None:
        i = self.text.find(end, self.pos)
        if i < 0:
            raise _refuse(self.path, self.line, Text("plu_model.xml_parsing", "is not closed"))
        self.pos = i + len(end)

    def quoted(self) -> str:
        quote = self.text[self.pos : self.pos + 1]
        if quote not in ("'", '"'):
            raise _refuse(self.path, self.line, Text("plu_model.xml_parsing", "has a declaration it cannot read"))
        end = self.text.find(quote, self.pos + 1)
        if end < 0:
            raise _refuse(self.path, self.line, Text("plu_model.xml_parsing", "has an unclosed quoted value"))
        value, self.pos = self.text[self.pos + 1 : end], end + 1
        return value

    def name(self) -> str:
        m = re.compile(_NAME).match(self.text, self.pos)
        if not m:
            raise _refuse(self.path, self.line, Text("plu_model.xml_parsing", "has a declaration without a name"))
        self.pos = m.end()
        return m.group(0)

    def skip_declaration(self) -> None:
        """Skip ``<!ELEMENT``/``<!ATTLIST``/``<!NOTATION`` up to its ``>``, minding quotes."""
        while self.pos < len(self.text):
            c = self.text[self.pos]
            if c in "'\"":
                self.quoted()
            elif c == ">":
                self.pos += 1
                return
            else:
                self.pos += 1
        raise _refuse(self.path, self.line, Text("plu_model.xml_parsing", "is not closed"))


def _external_id(p: _Prolog) -> str | None:
    if p.startswith("SYSTEM"):
        p.pos += 6
        p.skip_space()
        return p.quoted()
    if p.startswith("PUBLIC"):
        p.pos += 6
        p.skip_space()
        public = p.quoted()
        p.skip_space()
        return p.quoted() if p.text[p.pos : p.pos + 1] in ("'", '"') else public
    return None


def _entity(p: _Prolog, raw: dict[str, tuple[str, int]]) -> None:
    line = p.line
    p.pos += len("<!ENTITY")
    p.skip_space()
    if p.startswith("%"):
        raise _refuse(p.path, line, Text("plu_model.xml_parsing", "declares a parameter entity"))
    name = p.name()
    p.skip_space()
    if p.startswith("SYSTEM") or p.startswith("PUBLIC"):
        raise _refuse(
            p.path, line, Text("plu_model.xml_parsing", "declares the external entity '{name}'", name=_shown(name))
        )
    value = p.quoted()
    p.skip_space()
    if not p.startswith(">"):
        raise _refuse(p.path, line, Text("plu_model.xml_parsing", "has an unreadable entity '{name}'",
                                                                  name=_shown(name)))
    p.pos += 1
    raw.setdefault(name, (value, line))  # the first declaration binds (XML 1.0, 4.2)
    if len(raw) > MAX_ENTITIES:
        raise _refuse(
            p.path, line, Text("plu_model.xml_parsing", "declares more than {MAX_ENTITIES} entities",
                                                        MAX_ENTITIES=MAX_ENTITIES)
        )


def _internal_subset(p: _Prolog) -> dict[str, tuple[str, int]]:
    raw: dict[str, tuple[str, int]] = {}
    while True:
        p.skip_space()
        if p.pos >= len(p.text):
            raise _refuse(p.path, p.line, Text("plu_model.xml_parsing", "is not closed"))
        if p.startswith("]"):
            p.pos += 1
            return raw
        if p.startswith("<!--"):
            p.skip_past("-->")
        elif p.startswith("<?"):
            p.skip_past("?>")
        elif p.startswith("<!ENTITY"):
            _entity(p, raw)
        elif p.startswith("<!"):
            p.skip_declaration()
        elif p.startswith("%"):
            raise _refuse(p.path, p.line, Text("plu_model.xml_parsing", "uses a parameter entity"))
        else:
            raise _refuse(p.path, p.line, Text("plu_model.xml_parsing", "has text it cannot read"))


def _sizes(raw: dict[str, tuple[str, int]], path: str) -> dict[str, int]:
    """Expanded size of every entity, computed from the declarations without expanding any."""
    sizes: dict[str, int] = {}

    def size(name: str, stack: tuple[str, ...]) -> int:
        if name in sizes:
            return sizes[name]
        value, line = raw[name]
        total = len(value)  # read as latin-1: one character per byte of the file
        for m in _REF.finditer(value):
            total -= len(m.group(0))
            ref = m.group(1)
            if ref is None:
                raise _refuse(path, line, Text("plu_model.xml_parsing", "uses a parameter entity in '{name}'",
                                                                        name=_shown(name)))
            if ref in _PREDEFINED:
                total += 1
                continue
            if ref not in raw:
                raise _refuse(path, line, Text("plu_model.xml_parsing", "uses the undeclared entity '{ref}' in '{name}'",
                                                                        ref=_shown(ref), name=_shown(name)))
            if ref in stack:
                raise _refuse(path, line, Text("plu_model.xml_parsing", "declares the entity '{name}' in terms of itself",
                                                                        name=_shown(name)))
            total += size(ref, (*stack, name))
            if total > MAX_ENTITY_BYTES:
                break
        if total > MAX_ENTITY_BYTES:
            raise _refuse(
                path, line,
                Text("plu_model.xml_parsing", "declares the entity '{name}', which expands to more than "
                                              "{MAX_ENTITY_BYTES} bytes",
                                              name=_shown(name), MAX_ENTITY_BYTES=MAX_ENTITY_BYTES),
            )
        sizes[name] = total
        return total

    for name in raw:
        size(name, ())
    return sizes


def _decode_head(head: bytes) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head.decode("utf-16", "replace")
    return head.decode("latin-1")  # one character per byte: enough to read the markup of the prolog


def _prolog(head: bytes, path: str) -> _Prolog | None:
    """A cursor on ``<!DOCTYPE``; None when the document has none."""
    p = _Prolog(_decode_head(head), path)
    if p.text.startswith(("\ufeff", "\xef\xbb\xbf")):
        p.pos = 1 if p.text.startswith("\ufeff") else 3
    while True:
        p.skip_space()
        if p.startswith("<?") or p.startswith("<!--"):
            try:
                p.skip_past("?>" if p.startswith("<?") else "-->")
            except UnsafeXmlError:
                if len(head) < MAX_PROLOG_BYTES:
                    return None  # the whole file is read and the comment never ends: the parser says so
                raise _refuse(path, p.line, Text("plu_model.xml_parsing", "cannot be found: the prolog is longer than "
                                                                          "{MAX_PROLOG_BYTES} bytes",
                                                                          MAX_PROLOG_BYTES=MAX_PROLOG_BYTES)) from None
        elif p.startswith("<!DOCTYPE"):
            return p
        else:
            return None


def _scan_references(stream: IO[bytes], start: int, doctype: Doctype, path: str) -> None:
    """Count entity references in the body (conservatively: comments and CDATA count too)."""
    stream.seek(start)
    tail = b""
    total = 0
    refs = 0
    while True:
        data = stream.read(_CHUNK)
        buf = tail + data
        cut = len(buf) if not data else max(0, len(buf) - 258)
        for m in _BODY_REF.finditer(buf):
            if data and m.start() >= cut:
                break
            name = m.group(1).decode("latin-1")  # as the prolog was decoded: names compare byte for byte
            if name in _PREDEFINED:
                continue
            if name not in doctype.entities:
                line = doctype.line
                shown = _shown(name)
                raise _refuse(path, line, Text("plu_model.xml_parsing", "does not declare the entity '{shown}' the document uses",
                                                                        shown=shown))
            refs += 1
            total += doctype.entities[name]
            if total > MAX_EXPANSION_BYTES:
                raise _refuse(
                    path, doctype.line,
                    Text("plu_model.xml_parsing", "declares entities whose uses expand to more than "
                                                  "{MAX_EXPANSION_BYTES} bytes",
                                                  MAX_EXPANSION_BYTES=MAX_EXPANSION_BYTES),
                )
        if not data:
            break
        tail = buf[cut:]
    doctype.references, doctype.expanded_bytes = refs, total


def inspect_doctype(path: str | os.PathLike[str]) -> Doctype | None:
    """The document's DOCTYPE if it has one and it is safe to honour; :class:`UnsafeXmlError` if not.

    Reads the prolog and, only when entities are declared, scans the body once for
    their uses.  A document without a DOCTYPE costs one read of its first kilobytes.
    """
    name = str(path)
    with open(path, "rb") as stream:
        head = stream.read(MAX_PROLOG_BYTES)
        p = _prolog(head, name)
        if p is None:
            return None
        doctype = Doctype(line=p.line)
        p.pos += len("<!DOCTYPE")
        p.skip_space()
        p.name()
        p.skip_space()
        doctype.external_id = _external_id(p)
        p.skip_space()
        raw = _internal_subset(_advance(p)) if p.startswith("[") else {}
        p.skip_space()
        if not p.startswith(">"):
            raise _refuse(name, doctype.line, Text("plu_model.xml_parsing", "is not closed within the first megabyte"))
        doctype.entities = _sizes(raw, name)
        if doctype.entities and head.startswith((b"\xff\xfe", b"\xfe\xff")):
            raise _refuse(name, doctype.line, Text("plu_model.xml_parsing", "declares entities in a UTF-16 document"))
        if doctype.entities or doctype.external_id:
            _scan_references(stream, p.pos + 1, doctype, name)  # latin-1: one character per byte
    return doctype


def _advance(p: _Prolog) -> _Prolog:
    p.pos += 1
    return p


def _options(doctype: Doctype | None) -> dict[str, Any]:
    """libxml2 settings: never the network, never a DTD load; entities only when proven bounded."""
    return dict(
        # "internal": even an entity the inspection had missed could never be loaded from outside
        resolve_entities="internal" if doctype and doctype.entities else False,
        no_network=True,
        load_dtd=False,
        huge_tree=True,
        dtd_validation=False,
        attribute_defaults=False,
    )


def iterparse(
    path: str | os.PathLike[str], stream: IO[bytes] | None = None, **kwargs: Any
) -> etree.iterparse:
    """``lxml.etree.iterparse`` of ``path`` (or of ``stream`` opened on it) with the product's settings.

    The DOCTYPE is inspected first: :class:`UnsafeXmlError` before any parsing if it is refused.
    With ``schema=``, libxml2 checks the document against it during the parse and the first
    violation ends the parse (``XMLSyntaxError``); only for documents without a DOCTYPE
    (:class:`NoStreamSchemaCheck` otherwise).
    """
    doctype = inspect_doctype(path)
    options = _options(doctype)
    if kwargs.get("schema") is not None:
        if doctype is not None:
            raise NoStreamSchemaCheck(Text("plu_model.xml_parsing", "{path}: a document with a DOCTYPE is not checked "
                                                                    "against the schema while it is read", path=path))
        # lxml 6 with a schema attached and resolve_entities=False lets a document that is not
        # well-formed through without an error; with no DOCTYPE, "internal" resolves nothing more
        options["resolve_entities"] = "internal"
    options.update(kwargs)
    return etree.iterparse(stream if stream is not None else str(path), **options)


def parse(path: str | os.PathLike[str], parser: etree.XMLParser | None = None,
          base_url: str | None = None, **kwargs: Any) -> etree._ElementTree:
    """The whole document as a tree, with the product's settings (or a :func:`schema_parser`).

    ``kwargs`` add parser options that cannot weaken the policy (e.g. ``remove_comments``).
    """
    if parser is None:
        options = _options(inspect_doctype(path))
        options.update({k: v for k, v in kwargs.items() if k not in options})
        parser = etree.XMLParser(**options)
    return etree.parse(str(path), parser, base_url=base_url)


def fromstring(data: bytes) -> etree._Element:
    """A small XML fragment the product made or received (metadata records): no DTD, no entities."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise UnsafeXmlError(Text("plu_model.xml_parsing", "an XML fragment declares a DTD; it was not read"))
    return etree.fromstring(data, etree.XMLParser(**_options(None)))


def schema_parser() -> etree.XMLParser:
    """A parser for the official XSD files: never fetches, never expands (their DTDs are only comments to us)."""
    return etree.XMLParser(**_options(None))


def schema_fromstring(data: bytes) -> etree._Element:
    """An XSD document from bytes (a download being checked) with :func:`schema_parser`."""
    return etree.fromstring(data, schema_parser())


#: the first bytes of files that are often given where XML is expected, and what each is
_ARCHIVES = ((b"PK\x03\x04", "ZIP"), (b"PK\x05\x06", "ZIP"), (b"\x1f\x8b", "gzip"), (b"7z\xbc\xaf\x27\x1c", "7-Zip"),
             (b"Rar!\x1a\x07", "RAR"), (b"BZh", "bzip2"), (b"\xfd7zXZ\x00", "xz"))


def archive_refusal(path: str | os.PathLike[str]) -> PluInputError | None:
    """The error for a compressed archive given as a plan (a delivery's .zip or .gml.gz), or None if it is none.

    The product reads no archive: saying which kind it is spares the user libxml2's "Start tag expected"."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(8)
    except OSError:
        return None
    kind = next((name for magic, name in _ARCHIVES if head.startswith(magic)), None)
    if kind is None:
        return None
    return PluInputError(Text("plu_model.xml_parsing", "{path}: this is a {kind} archive, not a plan; unpack it and "
                                                       "give the .gml or .gpkg inside", path=path, kind=kind))


_TOO_DEEP = re.compile(r"Excessive depth in document: (\d+)")


def syntax_error_text(msg: str, path: str | os.PathLike[str]) -> Text | str:
    """libxml2's message on a document it cannot parse, with what it means for the user where it gives advice
    only a programmer can follow ("use XML_PARSE_HUGE option": the product already does) or none at all
    (bytes not in the declared encoding)."""
    from plu_model.xml_encoding import syntax_error_message  # local: only a broken file needs it

    deep = _TOO_DEEP.match(msg)
    if deep:
        return Text("plu_model.xml_parsing", "elements nest more than {depth} levels deep, the most the parser "
                                             "allows (a plan nests about 15)",
                                             depth=deep.group(1))
    return syntax_error_message(msg, path)


def release(elem: etree._Element) -> None:
    """Free an element read by :func:`iterparse` and the siblings before it: a file of any size is read in
    memory that stays flat (the reader and the validation's second process free the same elements)."""
    elem.clear(keep_tail=False)
    parent = elem.getparent()
    if parent is not None:
        while elem.getprevious() is not None:
            del parent[0]


def strip_comments(elem: etree._Element) -> None:
    """Take the comments and processing instructions out of an element: its values are read without them
    (the reader and the validation's second process see a feature the same way)."""
    if next(elem.iter(etree.Comment, etree.ProcessingInstruction), None) is not None:
        etree.strip_elements(elem, etree.Comment, etree.ProcessingInstruction, with_tail=False)
