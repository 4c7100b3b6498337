"""Code lists as data: INSPIRE lists and national extensions, with English and Bulgarian labels.

Each list is one JSON file in ``resources/codelists/`` (INSPIRE lists) or
``resources/codelists/<country>/`` (national lists).  The file layout is
documented in ``docs/codelists.md``.  Values are identified by their registry
URI, which is what goes into ``xlink:href``.

Open INSPIRE lists (``PlanTypeNameValue``, ``LandUseClassificationValue``,
``SpecificSupplementaryRegulationValue``) have no values of their own; a national
list names the INSPIRE list it ``extends`` and supplies them.
"""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from plu_model.codelist_file import read_codelist_file
from plu_model.errors import UnknownName
from plu_model.i18n import Text

__all__ = [
    "CodeList",
    "CodeValue",
    "INSPIRE_CODELIST_BASE",
    "closest",
    "codelist",
    "codelists_extending",
    "label_for",
    "resources_dir",
]

INSPIRE_CODELIST_BASE = "http://inspire.ec.europa.eu/codelist/"


def resources_dir() -> Path:
    """The product's ``resources/`` folder (``$PLU_RESOURCES`` overrides it)."""
    env = os.environ.get("PLU_RESOURCES")
    return Path(env) if env else Path(__file__).resolve().parent.parent / "resources"


@dataclass(frozen=True)
class CodeValue:
    """One value: its URI, code, parent code, labels and any extra facts (colour, HILUCS mapping)."""

    uri: str
    code: str
    labels: dict[str, str]
    parent: str | None = None
    notation: str | None = None
    extra: dict[str, object] = field(default_factory=dict)

    def label(self, language: str = "en") -> str:
        return self.labels.get(language) or self.labels.get("en") or self.code

    @property
    def level(self) -> int:
        return 1 + self.notation.count("_") if self.notation else 1


@dataclass
class CodeList:
    """A code list: its URI, how it may be extended, and its values in order."""

    name: str
    uri: str
    extensibility: str
    values: dict[str, CodeValue]
    extends: str | None = None
    country: str | None = None
    labels: dict[str, str] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    path: Path | None = None

    def __post_init__(self) -> None:
        self._by_uri = {v.uri: v for v in self.values.values()}

    def __iter__(self) -> Iterator[CodeValue]:
        return iter(self.values.values())

    def __len__(self) -> int:
        return len(self.values)

    def __contains__(self, uri: object) -> bool:
        return uri in self._by_uri

    def get(self, uri: str) -> CodeValue | None:
        return self._by_uri.get(uri)

    def by_code(self, code: str) -> CodeValue | None:
        return self.values.get(code)

    def uri_for(self, code: str) -> str:
        value = self.values.get(code)
        if value is None:
            raise KeyError(f"{code} is not a value of {self.name}")
        return value.uri

    def children(self, code: str | None) -> list[CodeValue]:
        """Values whose parent is ``code`` (``None``: the top level)."""
        return [v for v in self.values.values() if v.parent == code]

    def ancestors(self, uri: str) -> list[CodeValue]:
        """The value and its parents, nearest first."""
        out = []
        value = self.get(uri)
        while value is not None:
            out.append(value)
            value = self.values.get(value.parent) if value.parent else None
        return out

    def suggest(self, uri: str) -> str | None:
        """The value a near-miss URI was probably meant to be (https, case, trailing slash, bare code)."""
        candidates = [uri.strip(), uri.strip().rstrip("/")]
        if uri.startswith("https://"):
            candidates.append("http://" + uri[len("https://") :].rstrip("/"))
        for c in candidates:
            if c in self._by_uri:
                return c
        tail = uri.rstrip("/").rsplit("/", 1)[-1].lower()
        for v in self.values.values():
            if v.code.lower() == tail:
                return v.uri
        return None


def _load(path: Path) -> CodeList:
    data = read_codelist_file(path)
    values = {}
    for v in data["values"]:
        extra = {k: x for k, x in v.items() if k not in ("uri", "code", "label", "parent", "notation")}
        values[v["code"]] = CodeValue(
            uri=v["uri"],
            code=v["code"],
            labels=dict(v.get("label", {})),
            parent=v.get("parent"),
            notation=v.get("notation"),
            extra=extra,
        )
    return CodeList(
        name=data["name"],
        uri=data["uri"],
        extensibility=data.get("extensibility", "none"),
        values=values,
        extends=data.get("extends"),
        country=data.get("country"),
        labels=data.get("label", {}),
        sources=data.get("sources", {}),
        path=path,
    )


@cache
def _all_lists() -> dict[str, CodeList]:
    root = resources_dir() / "codelists"
    out: dict[str, CodeList] = {}
    for path in sorted(root.rglob("*.json")):
        cl = _load(path)
        key = f"{cl.country}/{cl.name}" if cl.country else cl.name
        out[key] = cl
    return out


def codelist(name: str) -> CodeList:
    """An INSPIRE list by name (``"HILUCSValue"``) or a national one as ``"bg/ZoneTypeValue"``."""
    lists = _all_lists()
    try:
        return lists[name]
    except KeyError:
        near = closest(name, list(lists))
        if near:
            raise UnknownName(Text("plu_model.codelists", "no code list {name!r}; did you mean {near}?",
                                   name=name, near=near)) from None
        raise UnknownName(
            Text("plu_model.codelists", "no code list {name!r} in {resources_dir}",
                                        name=name, resources_dir=resources_dir() / 'codelists'),
        ) from None


def closest(name: str, known: list[str]) -> str | None:
    """The known name ``name`` was probably meant to be: the same but for case, else the nearest spelling."""
    by_case = {k.lower(): k for k in known}
    if name.lower() in by_case:
        return by_case[name.lower()]
    near = difflib.get_close_matches(name.lower(), list(by_case), n=1)
    return by_case[near[0]] if near else None


def codelists_extending(inspire_name: str) -> list[CodeList]:
    """National lists that supply values for an open INSPIRE list."""
    uri = INSPIRE_CODELIST_BASE + inspire_name
    return [cl for cl in _all_lists().values() if cl.extends == uri]


def all_codelists() -> list[CodeList]:
    return list(_all_lists().values())


def label_for(uri: str, language: str = "en") -> str:
    """The label of any known code value, or the URI's last segment when unknown."""
    for cl in _all_lists().values():
        value = cl.get(uri)
        if value is not None:
            return value.label(language)
    return uri.rstrip("/").rsplit("/", 1)[-1]
