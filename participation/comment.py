"""A comment on a plan, as the viewer sends it and the service and the desktop receive it.

One format serves all three roads a comment travels: posted to the comment
service, saved by the viewer as a comment file for e-mail, and exported by the
service for the desktop.  :func:`parse_comment` is the one gate every comment
passes, so the same limits and the same refusals apply everywhere: sizes are
capped, text is cleaned of control characters, a drawn geometry must be a
valid point, line or area near the plan, cited zones and paragraphs must exist
in the package, and personal data is accepted only with consent.

Text is kept as written (``<script>`` stays the six characters it is); whoever
shows a comment escapes it.
"""

from __future__ import annotations

import json
import math
import re
import unicodedata
import uuid
from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from shapely.geometry import LineString, Point, Polygon, mapping
from shapely.geometry.base import BaseGeometry

from participation import strict_json
from participation.email_address import is_email_address
from participation.settings import LANGUAGES
from plu_model.errors import PluInputError
from plu_model.i18n import Text

__all__ = [
    "COMMENT_FORMAT",
    "LIMITS",
    "SERVER_ASSIGNED",
    "Author",
    "Comment",
    "CommentContext",
    "CommentError",
    "comment_from_json",
    "comment_to_json",
    "parse_comment",
    "read_comment_file",
]

COMMENT_FORMAT = "plu-studio-comment"
COMMENT_VERSION = 1
#: Fields a comment file carries but the comment service sets itself: a comment posted to it may not bring them.
SERVER_ASSIGNED = ("id", "submitted_at")


@dataclass(frozen=True)
class Limits:
    """Caps on every part of a comment (documented in ``docs/participation.md``)."""

    text: int = 5000
    name: int = 120
    email: int = 254
    zones: int = 50
    vertices: int = 2000
    #: The largest request body, in bytes: every layer in front of the comment service refuses from here on
    #: (``participation.service.comments.BODY_LIMIT``, which says why this size).
    body_bytes: int = 248 * 1024


LIMITS = Limits()
_ID = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,199}$")
_PARAGRAPH = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]{0,199}#[0-9][0-9.\-]{0,30}$")
#: Removed from every text: control characters, zero-width spaces, direction marks and overrides (they can
#: make a comment read differently from what is stored), invisible operators and the byte-order mark.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e"
                      r"\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]")
#: Zero-width (non-)joiners are part of writing (emoji sequences such as 👨‍👩‍👧, Indic and Persian
#: scripts) between two letters or symbols; anywhere else they only hide, so they go.
_STRAY_JOINER = re.compile(r"(?<!\S)[\u200c\u200d]+|[\u200c\u200d]+(?!\S)")
#: Letters that draw nothing: Hangul fillers, the blank Braille pattern.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u2800")
_NOTHING_TO_SEE = frozenset({"Zs", "Zl", "Zp", "Cc", "Cf", "Mn", "Me"})
_SURROGATE = re.compile(r"[\ud800-\udfff]")


class CommentError(PluInputError):
    """A comment that cannot be accepted: ``field`` says which part, ``problem`` what is wrong with it."""

    def __init__(self, field_name: str, problem: Text):
        super().__init__(Text("participation.comment", "{field}: {problem}", field=field_name, problem=problem))
        self.field = field_name
        self.problem = problem

    @property
    def message_en(self) -> str:
        return self.problem.say("en")

    @property
    def message_bg(self) -> str:
        return self.problem.say("bg")

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "en": self.message_en, "bg": self.message_bg}


@dataclass(frozen=True)
class Author:
    """Personal data of whoever wrote a comment: kept apart from the comment, only with consent."""

    name: str = ""
    email: str = ""
    consent: bool = False


@dataclass(frozen=True)
class Comment:
    """One comment.  ``geometry`` is in WGS 84 (longitude, latitude); ``paragraph`` is ``OD.x#3``."""

    id: str
    submitted_at: datetime
    text: str
    language: str = "bg"
    zones: tuple[str, ...] = ()
    paragraph: str | None = None
    geometry: BaseGeometry | None = field(default=None, compare=False)
    author: Author | None = None
    package_id: str = ""

    @property
    def geometry_kind(self) -> str:
        return "" if self.geometry is None else self.geometry.geom_type.lower()


@dataclass(frozen=True)
class CommentContext:
    """What a package offers to comment on: its zones, paragraphs and area (WGS 84 bounds)."""

    zones: Collection[str] = ()
    paragraphs: Collection[str] = ()
    bbox: tuple[float, float, float, float] | None = None
    package_id: str = ""

    def allowed_area(self) -> tuple[float, float, float, float] | None:
        """The plan's bounds grown by half their size (at least about a kilometre) each way."""
        if self.bbox is None:
            return None
        w, s, e, n = self.bbox
        dx = max((e - w) * 0.5, 0.015)
        dy = max((n - s) * 0.5, 0.01)
        return (w - dx, s - dy, e + dx, n + dy)


def _clean_text(value: Any, field_name: str, limit: int, *, required: bool, multiline: bool) -> str:
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise CommentError(field_name, Text("participation.comment", "must be text"))
    if _SURROGATE.search(value):
        raise CommentError(field_name, Text("participation.comment", "contains characters that are not valid Unicode text"))
    text = unicodedata.normalize("NFC", value)
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    if not multiline:
        text = " ".join(text.split())
    text = _STRAY_JOINER.sub("", text).strip()
    if not _shows_something(text):
        text = ""
    if required and not text:
        raise CommentError(field_name, Text("participation.comment", "is empty"))
    if len(text) > limit:
        raise CommentError(
            field_name,
            Text("participation.comment", "is {n_text} characters long; at most {limit} are accepted",
                                          n_text=len(text), limit=limit),
        )
    return text


def _shows_something(text: str) -> bool:
    """Whether a reader would see anything: not only blanks, format marks, lone accents or blank letters."""
    return any(ch not in _BLANK_LETTERS and unicodedata.category(ch) not in _NOTHING_TO_SEE for ch in text)


#: The same cleaning for fields entered elsewhere (paper objections at the registry).
clean_text = _clean_text


def _number(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise CommentError("geometry", Text("participation.comment", "has a coordinate that is not a finite number"))
    try:
        number = float(value)  # a 4,000-digit integer is valid JSON but no float
    except OverflowError:
        number = math.inf
    if not math.isfinite(number):
        raise CommentError("geometry", Text("participation.comment", "has a coordinate that is not a finite number"))
    return number


def _position(value: Any) -> tuple[float, float]:
    if not isinstance(value, list) or len(value) != 2:  # no altitude: the comment's size limit counts two numbers
        raise CommentError("geometry", Text("participation.comment", "has a position that is not [longitude, latitude]"))
    lon, lat = _number(value[0]), _number(value[1])
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        raise CommentError("geometry", Text("participation.comment", "has a position outside the globe"))
    return lon, lat


def _positions(value: Any, minimum: int) -> list[tuple[float, float]]:
    if not isinstance(value, list):
        raise CommentError("geometry", Text("participation.comment", "coordinates must be a list"))
    if len(value) > LIMITS.vertices:
        raise CommentError(
            "geometry",
            Text("participation.comment", "has {n_value} vertices; at most {vertices} are accepted",
                                          n_value=len(value), vertices=LIMITS.vertices),
        )
    points = [_position(p) for p in value]
    if len(points) < minimum:
        raise CommentError("geometry", Text("participation.comment", "needs at least {minimum} positions",
                                                                     minimum=minimum))
    return points


def parse_geometry(data: Any, context: CommentContext | None = None) -> BaseGeometry | None:
    """A GeoJSON Point, LineString or Polygon (one ring) in WGS 84, checked; ``None`` for no geometry."""
    if data is None:
        return None
    if not isinstance(data, dict) or set(data) - {"type", "coordinates"}:
        raise CommentError("geometry", Text("participation.comment", "must be a GeoJSON geometry object"))
    kind, coords = data.get("type"), data.get("coordinates")
    geom: BaseGeometry
    if kind == "Point":
        geom = Point(_position(coords))
    elif kind == "LineString":
        line = _positions(coords, 2)
        geom = LineString(line)
        if geom.length == 0:
            raise CommentError("geometry", Text("participation.comment", "the line has no length"))
        if not geom.is_simple:
            raise CommentError("geometry", Text("participation.comment", "the line crosses itself"))
    elif kind == "Polygon":
        if not isinstance(coords, list) or len(coords) != 1:
            raise CommentError("geometry", Text("participation.comment", "an area must be one ring without holes"))
        ring = _positions(coords[0], 4)
        if ring[0] != ring[-1]:
            raise CommentError("geometry", Text("participation.comment", "the area's ring is not closed"))
        geom = Polygon(ring)
        if not geom.is_valid or geom.area == 0:
            raise CommentError(
                "geometry", Text("participation.comment", "the area crosses itself or has no surface")
            )
    else:
        raise CommentError("geometry", _geometry_type_problem(kind))
    area = context.allowed_area() if context else None
    if area is not None:
        w, s, e, n = area
        gw, gs, ge, gn = geom.bounds
        if gw < w or gs < s or ge > e or gn > n:
            raise CommentError(
                "geometry", Text("participation.comment", "lies outside the plan's area")
            )
    return geom


def _json_kind(value: Any) -> Text:
    """What a JSON value is, in words: a refusal names what was sent without Python's spelling of it."""
    if isinstance(value, bool):
        return Text("participation.comment", "a yes/no value")
    if value is None:
        return Text("participation.comment", "an empty value (null)")
    if isinstance(value, int):
        return Text("participation.comment", "a whole number")
    if isinstance(value, float):
        return Text("participation.comment", "a number with a decimal point or an exponent")
    if isinstance(value, str):
        return Text("participation.comment", "text")
    if isinstance(value, list):
        return Text("participation.comment", "a list")
    return Text("participation.comment", "an object")


def _version_problem(version: Any) -> Text:
    """Why a comment's version is refused: the number when it is a plain other version, else what it is."""
    if type(version) is int and abs(version) < 1_000_000:
        return Text("participation.comment", "version {version} is not supported; only version {supported} is",
                    version=version, supported=COMMENT_VERSION)
    kind = Text("participation.comment", "a number too large to be a version") if type(version) is int else \
        _json_kind(version)
    return Text("participation.comment", "must be the number {supported}, not {kind}", supported=COMMENT_VERSION,
                kind=kind)


def _geometry_type_problem(kind: Any) -> Text:
    """Why a geometry's type is refused, naming a type given as text the way JSON writes it."""
    if isinstance(kind, str):
        return Text("participation.comment", "the type {kind} is not a Point, LineString or Polygon",
                    kind=json.dumps(kind[:40], ensure_ascii=False))
    return Text("participation.comment", "the type must be a Point, LineString or Polygon, not {kind}",
                kind=_json_kind(kind))


def _missing_target(present: Collection[str], target: str, kind: str) -> Text:
    """Why a cited zone or paragraph is refused: it is not in the package, or the package has none at all.

    A package without paragraphs (a plan without regulation text) or without zones offers
    nothing of that kind to cite, so every citation of it is refused, not waved through.
    """
    if kind == "zones":
        if not present:
            return Text("participation.comment", "this plan has no zones; a comment cannot name one")
        return Text("participation.comment", "zone {z} is not in this plan", z=target)
    if not present:
        return Text("participation.comment", "this plan has no paragraphs of rules; a comment cannot cite one")
    return Text("participation.comment", "{paragraph} is not a paragraph of this plan", paragraph=target)


def _parse_time(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise CommentError("submitted_at", Text("participation.comment", "must be an ISO 8601 date and time"))
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as exc:
        raise CommentError("submitted_at", Text("participation.comment", "is not an ISO 8601 date and time")) from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def parse_comment(
    data: Any,
    context: CommentContext | None = None,
    *,
    now: datetime | None = None,
    trust_identity: bool = False,
) -> Comment:
    """Check and clean a comment received as JSON; raise :class:`CommentError` on the first problem.

    The service passes ``now`` and chooses id and time itself
    (``trust_identity=False``): a comment that brings its own is refused, naming
    the field, as an unknown field is, since its sender believes it decides them
    and would otherwise hold an id and a time the service never kept.  Importing a
    comment file or an export keeps the id and time the comment already has
    (``trust_identity=True``).
    """
    if not isinstance(data, dict):
        raise CommentError("comment", Text("participation.comment", "must be a JSON object"))
    allowed = {"format", "version", "language", "text", "target", "author", "package_id", *SERVER_ASSIGNED}
    unknown = sorted(set(data) - allowed)
    if unknown:
        raise CommentError("comment", Text("participation.comment", "unknown fields {value}",
                                                                    value=', '.join(unknown)[:200]))
    if not trust_identity:
        for name in SERVER_ASSIGNED:
            if data.get(name) is not None:
                raise CommentError(name, Text("participation.comment", "is given by the service that receives the "
                                                                       "comment; send the comment without it"))
    if data.get("format", COMMENT_FORMAT) != COMMENT_FORMAT:
        raise CommentError("format", Text("participation.comment", "is not {COMMENT_FORMAT}",
                                                                   COMMENT_FORMAT=COMMENT_FORMAT))
    version = data.get("version", COMMENT_VERSION)
    if type(version) is not int or version != COMMENT_VERSION:  # true == 1 and 1.0 == 1 in Python, not here
        raise CommentError("version", _version_problem(version))
    text = _clean_text(data.get("text"), "text", LIMITS.text, required=True, multiline=True)
    language = data.get("language", "bg")
    if language not in LANGUAGES:
        raise CommentError("language", Text("participation.comment", "must be one of {LANGUAGES}",
                                                                     LANGUAGES=', '.join(LANGUAGES)))
    target = _absent_as(data.get("target"), {})  # a 0, [] or "" is a wrong target, not none
    if not isinstance(target, dict) or set(target) - {"zones", "paragraph", "geometry"}:
        raise CommentError("target", Text("participation.comment", "must name zones, a paragraph and/or a geometry"))
    zones_raw = _absent_as(target.get("zones"), [])
    if not isinstance(zones_raw, list) or len(zones_raw) > LIMITS.zones:
        raise CommentError("zones", Text("participation.comment", "must be a list of at most {zones} zone ids",
                                                                  zones=LIMITS.zones))
    zones: list[str] = []
    for z in zones_raw:
        if not isinstance(z, str) or not _ID.match(z):
            raise CommentError("zones", Text("participation.comment", "holds something that is not a zone id"))
        if context is not None and z not in context.zones:
            raise CommentError("zones", _missing_target(context.zones, z, "zones"))
        if z not in zones:
            zones.append(z)
    paragraph = target.get("paragraph")
    if paragraph is not None:
        if not isinstance(paragraph, str) or not _PARAGRAPH.match(paragraph):
            raise CommentError("paragraph", Text("participation.comment", "is not a paragraph reference such as OD.rules#3"))
        if context is not None and paragraph not in context.paragraphs:
            raise CommentError("paragraph", _missing_target(context.paragraphs, paragraph, "paragraph"))
    geometry = parse_geometry(target.get("geometry"), context)
    author = _parse_author(data.get("author"))
    package_id = _absent_as(data.get("package_id"), "")
    if package_id == "":
        package_id = context.package_id if context else ""
    if not isinstance(package_id, str) or len(package_id) > 100:
        raise CommentError("package_id", Text("participation.comment", "is not a package id"))
    if context is not None and context.package_id and package_id and package_id != context.package_id:
        raise CommentError("package_id", Text("participation.comment", "the comment was made on another package"))
    if trust_identity:
        ident = data.get("id")
        if not isinstance(ident, str):
            raise CommentError("id", Text("participation.comment", "is missing"))
        try:
            ident = str(uuid.UUID(ident))
        except ValueError as exc:
            raise CommentError("id", Text("participation.comment", "is not a UUID")) from exc
        moment = _parse_time(data.get("submitted_at"))
    else:
        ident = str(uuid.uuid4())
        moment = now or datetime.now(UTC)
    return Comment(ident, moment, text, language, tuple(zones), paragraph, geometry, author, package_id)


def _absent_as(value: Any, default: Any) -> Any:
    """``default`` for a member left out or ``null``; any other value stands, to be checked for its type."""
    return default if value is None else value


def _parse_author(data: Any) -> Author | None:
    if data is None:
        return None
    if not isinstance(data, dict) or set(data) - {"name", "email", "consent"}:
        raise CommentError("author", Text("participation.comment", "must hold name, email and consent"))
    name = _clean_text(data.get("name"), "name", LIMITS.name, required=False, multiline=False)
    email = _clean_text(data.get("email"), "email", LIMITS.email, required=False, multiline=False)
    consent = data.get("consent", False)
    if not isinstance(consent, bool):
        raise CommentError("consent", Text("participation.comment", "must be true or false"))
    if email and not is_email_address(email):
        raise CommentError("email", Text("participation.comment", "is not an e-mail address"))
    if not name and not email:
        return None
    if not consent:
        raise CommentError(
            "consent",
            Text("participation.comment", "a name or e-mail is kept only with consent to its processing"),
        )
    return Author(name, email, True)


def comment_to_json(comment: Comment, *, personal: bool = True) -> dict[str, Any]:
    """The comment in its exchange format (the comment-file format), personal data optional."""
    out: dict[str, Any] = {
        "format": COMMENT_FORMAT,
        "version": COMMENT_VERSION,
        "id": comment.id,
        "submitted_at": comment.submitted_at.astimezone(UTC).isoformat().replace("+00:00", "Z"),
        "language": comment.language,
        "package_id": comment.package_id,
        "text": comment.text,
        "target": {
            "zones": list(comment.zones),
            "paragraph": comment.paragraph,
            "geometry": None if comment.geometry is None else _geometry_json(comment.geometry),
        },
    }
    if personal and comment.author is not None:
        out["author"] = {"name": comment.author.name, "email": comment.author.email, "consent": comment.author.consent}
    return out


def _geometry_json(geom: BaseGeometry) -> dict[str, Any]:
    return json.loads(json.dumps(mapping(geom)))


def comment_from_json(data: Any, context: CommentContext | None = None) -> Comment:
    """A comment from its exchange format, keeping its id and time (files and exports)."""
    return parse_comment(data, context, trust_identity=True)


def read_comment_file(path: str | Path, context: CommentContext | None = None) -> list[Comment]:
    """Comments from a comment file (one comment, or a list of them), checked like any other."""
    p = Path(path)
    if p.stat().st_size > LIMITS.body_bytes * 64:
        raise PluInputError(Text("participation.comment", "{p}: too large for a comment file", p=p))
    try:
        data = strict_json.loads(p.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise PluInputError(Text("participation.comment", "{p}: not a comment file (not UTF-8 text)", p=p)) from exc
    except (ValueError, RecursionError) as exc:
        problem = strict_json.json_problem(exc if isinstance(exc, ValueError) else ValueError())
        raise PluInputError(Text("participation.comment", "{p}: not a comment file ({problem})", p=p,
                                 problem=problem)) from exc
    items = data if isinstance(data, list) else [data]
    out = []
    for i, item in enumerate(items, 1):
        try:
            out.append(comment_from_json(item, context))
        except CommentError as exc:
            where = Text("participation.comment", "{p}, comment {i}", p=p, i=i) if len(items) > 1 else str(p)
            raise CommentError(exc.field, Text("participation.comment", "{where}: {problem}", where=where,
                                               problem=exc.problem)) from exc
    return out
