"""A national code list in the formats of the INSPIRE registry network (Re3gistry XML and SKOS RDF/XML).

A municipality that extends an open INSPIRE code list (plan types, zone
types, specific supplementary regulations) should publish what its codes mean,
so that others reading its plans can look them up.  The INSPIRE registry and
the national registries built on the Re3gistry software serve every code list
as ``<List>/<List>.<lang>.xml`` (the Re3gistry XML: a ``codelist`` element with
its ``containeditems``) and ``<List>/<List>.<lang>.rdf`` (SKOS).  These writers
produce the same layout from our JSON lists, under any base URI, so the files
can be put on a web server as they are.

Mappings to INSPIRE values (a zone type's HILUCS class, a supplementary
regulation's INSPIRE type) are written as ``skos:broadMatch`` in RDF and as a
``broadmatch`` field in XML; the level of spatial plan of a plan type as
``skos:relatedMatch``/``relatedmatch``.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from lxml import etree

from plu_model import xml_parsing
from plu_model.atomic import atomic_open
from plu_model.codelists import INSPIRE_CODELIST_BASE, CodeList, CodeValue, label_for
from plu_model.errors import PluError, PluInputError
from plu_model.i18n import Text

__all__ = ["REGISTRY_XML_NS", "codelist_rdf", "codelist_xml", "export_codelist", "rebase"]

#: Namespace of Re3gistry XML for items of the code-list register.
REGISTRY_XML_NS = "http://inspire.ec.europa.eu/codelist_register/codelist"
_REGISTRY = "http://inspire.ec.europa.eu/registry"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_DCT = "http://purl.org/dc/terms/"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_RDF_NSMAP = {"rdf": _RDF, "skos": _SKOS, "dct": _DCT, "rdfs": _RDFS}
_LANGUAGES = ("bg", "en")
#: extra keys of a value that map it to INSPIRE lists: (key, relation)
_MATCHES = (
    ("hilucs", "broadMatch"),
    ("hilucs_secondary", "relatedMatch"),
    ("supplementary_regulation", "broadMatch"),
    ("level_of_spatial_plan", "relatedMatch"),
)
_STATUS_TEXT = {"en": "Valid", "bg": "Валиден"}
_EXTENSIBILITY_TEXT = {
    "any": {"en": "Any values", "bg": "Произволни стойности"},
    "open": {"en": "Open", "bg": "Отворен"},
    "narrower": {"en": "Narrower values", "bg": "По-тесни стойности"},
    "none": {"en": "Not extensible", "bg": "Неразширяем"},
}


def rebase(cl: CodeList, base_uri: str | None) -> tuple[str, dict[str, str]]:
    """The list's URI and each value's URI under ``base_uri`` (``<base>/<List>/<code>``)."""
    if not base_uri:
        return cl.uri, {v.code: v.uri for v in cl}
    base = base_uri.rstrip("/")
    list_uri = f"{base}/{cl.name}"
    return list_uri, {v.code: f"{list_uri}/{v.code}" for v in cl}


def _matches(value: CodeValue) -> list[tuple[str, str]]:
    out = []
    for key, relation in _MATCHES:
        raw = value.extra.get(key)
        items = raw if isinstance(raw, list) else [raw] if isinstance(raw, str) else []
        for item in items:
            uri = item if "://" in item else f"{INSPIRE_CODELIST_BASE}LevelOfSpatialPlanValue/{item}"
            out.append((relation, uri))
    return out


def _notes(value: CodeValue) -> list[str]:
    notes = []
    for key in ("scope", "law", "note"):
        if isinstance(value.extra.get(key), str):
            notes.append(f"{key}: {value.extra[key]}")
    norms = value.extra.get("norms")
    if isinstance(norms, dict):
        figures = ", ".join(f"{k} {v}" for k, v in norms.items() if k not in ("sources", "note", "confidence"))
        notes.append(f"norms ({norms.get('confidence', 'unrated')} confidence): {figures}")
    return notes


def _sources(cl: CodeList, base_uri: str | None) -> list[tuple[str, str]]:
    """The list's documented sources; the note on PLU Studio's own URI scheme only where it applies."""
    return [(k, v) for k, v in cl.sources.items() if not (base_uri and k == "uri_scheme")]


def _sub(parent: etree._Element, tag: str, text: str | None = None, **attrs: str) -> etree._Element:
    el = etree.SubElement(parent, tag, {k.replace("_", "-") if k != "lang" else _XML_LANG: v for k, v in attrs.items()})
    if text is not None:
        el.text = text
    return el


def _labelled(parent: etree._Element, tag: str, uri: str, labels: dict[str, str], languages: Iterable[str]) -> None:
    el = _sub(parent, f"{{{REGISTRY_XML_NS}}}{tag}", id=uri)
    for lang in languages:
        if labels.get(lang):
            _sub(el, f"{{{REGISTRY_XML_NS}}}label", labels[lang], lang=lang)


def codelist_xml(cl: CodeList, languages: tuple[str, ...] = _LANGUAGES, base_uri: str | None = None,
                 issued: date | None = None) -> etree._ElementTree:
    """The list as Re3gistry XML (``codelist`` with ``containeditems/value``)."""
    ns = REGISTRY_XML_NS
    list_uri, uris = rebase(cl, base_uri)
    register_uri = list_uri.rsplit("/", 1)[0]
    issued_text = (issued or date.today()).isoformat()
    root = etree.Element(f"{{{ns}}}codelist", nsmap={None: ns, "xsi": "http://www.w3.org/2001/XMLSchema-instance"})
    root.set("id", list_uri)
    _sub(root, f"{{{ns}}}language", ",".join(languages))
    _sub(root, f"{{{ns}}}issued", issued_text)
    for lang in languages:
        if cl.labels.get(lang):
            _sub(root, f"{{{ns}}}label", cl.labels[lang], lang=lang)
    for key, text in _sources(cl, base_uri):
        _sub(root, f"{{{ns}}}description", f"{key}: {text}", lang="en" if key != "law" else "bg")
    _labelled(root, "extensibility", f"{_REGISTRY}/extensibility/{cl.extensibility}",
              _EXTENSIBILITY_TEXT.get(cl.extensibility, {}), languages)
    _labelled(root, "status", f"{_REGISTRY}/status/valid", _STATUS_TEXT, languages)
    if cl.extends:
        _labelled(root, "extends", cl.extends, {lang: label_for(cl.extends, lang) for lang in languages}, languages)
    reg = _sub(root, f"{{{ns}}}register", id=register_uri)
    _sub(reg, f"{{{ns}}}label", f"{(cl.country or '').upper()} code list register", lang="en")
    items = _sub(root, f"{{{ns}}}containeditems")
    for value in cl:
        item = _sub(items, f"{{{ns}}}value", id=uris[value.code])
        _sub(item, f"{{{ns}}}issued", issued_text)
        for lang in languages:
            if value.labels.get(lang):
                _sub(item, f"{{{ns}}}label", value.labels[lang], lang=lang)
        if value.notation:
            _sub(item, f"{{{ns}}}notation", value.notation)
        for note in _notes(value):
            _sub(item, f"{{{ns}}}description", note, lang="en")
        _labelled(item, "status", f"{_REGISTRY}/status/valid", _STATUS_TEXT, languages)
        _labelled(item, "codelist", list_uri, cl.labels, languages)
        if value.parent and value.parent in uris:
            parents = _sub(item, f"{{{ns}}}parents")
            parent = cl.by_code(value.parent)
            _labelled(parents, "parent", uris[value.parent], parent.labels if parent else {}, languages)
        for relation, target in _matches(value):
            _labelled(item, relation.lower(), target, {lang: label_for(target, lang) for lang in languages}, languages)
        if uris[value.code] != value.uri:
            _sub(item, f"{{{ns}}}exactmatch", id=value.uri)
    return etree.ElementTree(root)


def codelist_rdf(cl: CodeList, languages: tuple[str, ...] = _LANGUAGES, base_uri: str | None = None,
                 issued: date | None = None) -> etree._ElementTree:
    """The list as a SKOS concept scheme in RDF/XML."""
    list_uri, uris = rebase(cl, base_uri)
    issued_text = (issued or date.today()).isoformat()
    root = etree.Element(f"{{{_RDF}}}RDF", nsmap=_RDF_NSMAP)

    def res(parent: etree._Element, tag: str, uri: str) -> None:
        etree.SubElement(parent, tag, {f"{{{_RDF}}}resource": uri})

    def lit(parent: etree._Element, tag: str, text: str, lang: str | None = None, datatype: str | None = None) -> None:
        el = etree.SubElement(parent, tag)
        if lang:
            el.set(_XML_LANG, lang)
        if datatype:
            el.set(f"{{{_RDF}}}datatype", datatype)
        el.text = text

    scheme = etree.SubElement(root, f"{{{_SKOS}}}ConceptScheme", {f"{{{_RDF}}}about": list_uri})
    lit(scheme, f"{{{_DCT}}}identifier", list_uri)
    lit(scheme, f"{{{_DCT}}}issued", issued_text, datatype="http://www.w3.org/2001/XMLSchema#date")
    for lang in languages:
        if cl.labels.get(lang):
            lit(scheme, f"{{{_DCT}}}title", cl.labels[lang], lang)
            lit(scheme, f"{{{_SKOS}}}prefLabel", cl.labels[lang], lang)
    for key, text in _sources(cl, base_uri):
        lit(scheme, f"{{{_DCT}}}source" if key == "law" else f"{{{_RDFS}}}comment", text)
    if cl.extends:
        res(scheme, f"{{{_DCT}}}relation", cl.extends)
    for value in cl:
        if not value.parent:
            res(scheme, f"{{{_SKOS}}}hasTopConcept", uris[value.code])
    for value in cl:
        concept = etree.SubElement(root, f"{{{_SKOS}}}Concept", {f"{{{_RDF}}}about": uris[value.code]})
        lit(concept, f"{{{_DCT}}}identifier", uris[value.code])
        if value.notation:
            lit(concept, f"{{{_SKOS}}}notation", value.notation)
        for lang in languages:
            if value.labels.get(lang):
                lit(concept, f"{{{_SKOS}}}prefLabel", value.labels[lang], lang)
        res(concept, f"{{{_SKOS}}}inScheme", list_uri)
        if value.parent and value.parent in uris:
            res(concept, f"{{{_SKOS}}}broader", uris[value.parent])
        else:
            res(concept, f"{{{_SKOS}}}topConceptOf", list_uri)
        for child in cl.children(value.code):
            res(concept, f"{{{_SKOS}}}narrower", uris[child.code])
        for relation, target in _matches(value):
            res(concept, f"{{{_SKOS}}}{relation}", target)
        if uris[value.code] != value.uri:
            res(concept, f"{{{_SKOS}}}exactMatch", value.uri)
        for note in _notes(value):
            lit(concept, f"{{{_SKOS}}}scopeNote", note, "en")
    return etree.ElementTree(root)


def _bytes(tree: etree._ElementTree) -> bytes:
    return etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _write(data: bytes, path: Path) -> Path:
    with atomic_open(path, "wb") as fh:
        fh.write(data)
    return path


def _issued_in(path: Path) -> date | None:
    """The issue date an earlier export wrote into ``path`` (``None``: unreadable, or none there)."""
    try:
        root = xml_parsing.parse(path).getroot()
    except (etree.XMLSyntaxError, OSError, PluError):
        return None
    found = root.find(f"{{{REGISTRY_XML_NS}}}issued")
    if found is None:
        found = root.find(f".//{{{_DCT}}}issued")
    try:
        return date.fromisoformat((found.text or "").strip()) if found is not None else None
    except ValueError:
        return None


def _edited_since_export(path: Path, build: Callable[[date | None], etree._ElementTree]) -> bool:
    """True when ``path`` is not what this export wrote on the day it says it was issued: someone changed it."""
    if not path.exists():
        return False
    issued = _issued_in(path)
    return issued is None or path.read_bytes() != _bytes(build(issued))


def export_codelist(
    cl: CodeList,
    *,
    out: str | os.PathLike[str] | None = None,
    out_dir: str | os.PathLike[str] | None = None,
    formats: tuple[str, ...] = ("xml", "rdf"),
    languages: tuple[str, ...] = _LANGUAGES,
    base_uri: str | None = None,
    overwrite: bool = False,
) -> list[Path]:
    """Write the list: to ``out`` (one format) or as the registry's file set under ``out_dir``.

    ``out_dir`` gets ``<List>/<List>.<lang>.xml`` for each language (and one
    ``.rdf`` per language), the layout the INSPIRE registry serves, so the
    folder can be published under ``base_uri`` as it is.  A file already there that
    differs from what an export would have written (a user edited it) is not replaced
    unless ``overwrite``: nothing is written then, and the error names the file.
    """
    build = {"xml": codelist_xml, "rdf": codelist_rdf}
    if out is not None:
        if len(formats) != 1:
            raise ValueError("one format for a single output file")
        targets = [(Path(out), formats[0], languages)]
    elif out_dir is None:
        raise ValueError("give out or out_dir")
    else:
        folder = Path(out_dir) / cl.name
        targets = [(folder / f"{cl.name}.{lang}.{fmt}", fmt, (lang,)) for fmt in formats for lang in languages]
    if not overwrite:
        for path, fmt, langs in targets:
            if _edited_since_export(path, lambda d, f=fmt, ls=langs: build[f](cl, ls, base_uri, d)):
                raise PluInputError(Text("exporters.codelist_registry", "{path} exists and differs from what "
                                                                        "this export writes (edited by hand?); "
                                                                        "nothing was written (--overwrite "
                                                                        "replaces it)", path=path))
    return [_write(_bytes(build[fmt](cl, langs, base_uri)), path) for path, fmt, langs in targets]
