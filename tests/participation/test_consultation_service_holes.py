"""The comment service on loopback against the holes a third sweep found.

* a package with no paragraphs (or no zones) let a comment cite any paragraph (or zone);
* the version refusal spelled the value as Python does (``version True``);
* a maximal comment within the documented limits, sent with JSON's ASCII escaping, got 413.

Each test showed the defect on the running service first.  The worst-case body is computed
from the limits and from Unicode, not written out, so a change of a limit moves it along.
"""

from __future__ import annotations

import json
import math
import re
import sys
import unicodedata
from functools import cache

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures

from participation.comment import LIMITS, CommentContext, CommentError


@pytest.fixture(scope="module")
def bare_packages(tmp_path_factory, sample_path):
    """Packages of the sample plan without regulation text, and without zones."""
    from participation.package import build_package
    from plu_model.readers import read_dataset

    out = {}
    for kind in ("no-paragraphs", "no-zones"):
        data, findings = read_dataset(sample_path)
        assert findings == []
        if kind == "no-paragraphs":
            for document in data.official_documents:
                document.regulation_text = None
        else:
            data.zoning_elements = []
        out[kind] = build_package(data, tmp_path_factory.mktemp("bare") / kind, open_settings()).path  # noqa: F405
    return out


@pytest.fixture
def bare_service(bare_packages, tmp_path):
    from participation.package_reader import open_package
    from participation.service.app import ServiceLimits, create_app
    from participation.service.ratelimit import RateLimit
    from participation.service.storage import SqliteCommentStore

    running = []

    def start(kind: str):
        package = open_package(bare_packages[kind])
        store = SqliteCommentStore(tmp_path / f"{kind}.db")
        app = create_app(package, store, limits=ServiceLimits(requests=RateLimit(2000, 60)))
        service = LiveService(app)  # noqa: F405
        service.store, service.package = store, package
        running.append(service)
        return service

    yield start
    for service in running:
        service.stop()


# -- 1. a target must exist, also when the package has none of its kind ------------------------------
def test_a_package_without_paragraphs_refuses_any_paragraph(bare_service):
    service = bare_service("no-paragraphs")
    assert service.package.paragraphs == {} and service.package.zones  # what the test is about
    for cited in ("OD.rules#3", "OD.anything-at-all#1"):
        status, answer = post_to_service(service.url, {"text": "По т. 3.", "target": {"paragraph": cited}})
        assert status == 422 and answer["error"]["field"] == "paragraph", (cited, status, answer)
        assert answer["error"]["en"] == "this plan has no paragraphs of rules; a comment cannot cite one"
        assert answer["error"]["bg"] == "този план няма точки от правила; коментар не може да цитира точка"
    zone = sorted(service.package.zones)[0]
    status, answer = post_to_service(service.url, {"text": "За зоната.", "target": {"zones": [zone]}})
    assert status == 201, answer  # its zones are still there to comment on
    status, answer = post_to_service(service.url, {"text": "За зоната.", "target": {"zones": ["ZE.invented"]}})
    assert status == 422 and answer["error"]["en"] == "zone ZE.invented is not in this plan"
    assert service.store.count() == 1


def test_a_package_without_zones_refuses_any_zone(bare_service):
    service = bare_service("no-zones")
    assert service.package.zones == {} and service.package.paragraphs
    status, answer = post_to_service(service.url, {"text": "За зоната.", "target": {"zones": ["ZE.smf-01"]}})
    assert status == 422 and answer["error"]["field"] == "zones", (status, answer)
    assert answer["error"]["en"] == "this plan has no zones; a comment cannot name one"
    assert answer["error"]["bg"] == "този план няма зони; коментар не може да посочи зона"
    paragraph = sorted(service.package.paragraphs)[0]
    status, answer = post_to_service(service.url, {"text": "По правилата.", "target": {"paragraph": paragraph}})
    assert status == 201, answer
    status, _ = post_to_service(service.url, {"text": "За целия план."})
    assert status == 201 and service.store.count() == 2


def test_the_same_gate_holds_for_comment_files(tmp_path):
    """The desktop imports comment files through the same gate: a package with nothing to cite refuses a citation."""
    from participation.comment import read_comment_file

    path = tmp_path / "comment.json"
    path.write_text(json.dumps({"format": "plu-studio-comment", "version": 1,
                                "id": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "submitted_at": "2026-12-01T10:00:00Z",
                                "text": "x", "target": {"paragraph": "OD.rules#3", "zones": ["ZE.a"]}}),
                    encoding="utf-8")
    with pytest.raises(CommentError) as info:
        read_comment_file(path, CommentContext(zones={"ZE.a"}))
    assert info.value.field == "paragraph"
    with pytest.raises(CommentError) as info:
        read_comment_file(path, CommentContext(paragraphs={"OD.rules#3"}))
    assert info.value.field == "zones"
    assert read_comment_file(path)[0].paragraph == "OD.rules#3"  # no package to check against: nothing to refuse by


# -- 2. the version refusal in words -------------------------------------------------------------------
@pytest.mark.parametrize(("sent", "en", "bg"), [
    (True, "must be the number 1, not a yes/no value", "трябва да е числото 1, а не стойност да/не"),
    (False, "must be the number 1, not a yes/no value", "трябва да е числото 1, а не стойност да/не"),
    (1.0, "must be the number 1, not a number with a decimal point or an exponent",
     "трябва да е числото 1, а не число с десетична точка или степенен показател"),
    ("1", "must be the number 1, not text", "трябва да е числото 1, а не текст"),
    (None, "must be the number 1, not an empty value (null)", "трябва да е числото 1, а не празна стойност (null)"),
    ([1], "must be the number 1, not a list", "трябва да е числото 1, а не списък"),
    ({"v": 1}, "must be the number 1, not an object", "трябва да е числото 1, а не обект"),
    (2, "version 2 is not supported; only version 1 is", "версия 2 не се поддържа; поддържа се само версия 1"),
    (10 ** 40, "must be the number 1, not a number too large to be a version",
     "трябва да е числото 1, а не число, твърде голямо за версия"),
], ids=["true", "false", "1.0", "text", "null", "list", "object", "2", "huge"])
def test_the_version_refusal_says_what_was_sent_in_words(live_service, sent, en, bg):
    status, answer = post_to_service(live_service.url, {"text": "Становище.", "version": sent})
    assert status == 422 and answer["error"]["field"] == "version"
    assert (answer["error"]["en"], answer["error"]["bg"]) == (en, bg)
    assert live_service.store.count() == 0


def test_no_python_spelling_reaches_the_citizen(live_service):
    python_words = re.compile(r"\b(True|False|None)\b|'|\{'")
    for geometry_type in (True, None, 3.5, ["Point"], "Circle'"):
        geometry = {"type": geometry_type, "coordinates": [23.31, 42.665]}
        status, answer = post_to_service(live_service.url, {"text": "Тук.", "target": {"geometry": geometry}})
        assert status == 422 and answer["error"]["field"] == "geometry", (geometry_type, answer)
        for language in ("en", "bg"):
            assert not python_words.search(answer["error"][language].replace("Circle'", "")), answer
    status, answer = post_to_service(live_service.url, {"text": "Тук.", "target": {"geometry": {"type": "Circle",
                                                                                    "coordinates": [23.31, 42.665]}}})
    assert answer["error"]["en"] == 'the type "Circle" is not a Point, LineString or Polygon'
    assert answer["error"]["bg"] == 'видът "Circle" не е точка, линия или площ'
    status, answer = post_to_service(live_service.url, {"text": "Тук.", "target": {"geometry": {"type": False,
                                                                                    "coordinates": [23.31, 42.665]}}})
    assert answer["error"]["en"] == "the type must be a Point, LineString or Polygon, not a yes/no value"
    assert answer["error"]["bg"] == "видът трябва да е точка, линия или площ, а не стойност да/не"


# -- 3. every comment within the documented limits fits the body limit ---------------------------------
@cache
def _costliest_character(ensure_ascii: bool) -> str:
    """The character that costs most bytes in a JSON string, sent in its longest canonically equivalent form.

    The service counts characters after NFC, so a client may send each one decomposed (NFD): ``ᾂ``
    arrives as four code points, each ``\\uXXXX`` when escaped.  The NFD form is what is returned.
    """
    best, cost = "", 0
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        character = chr(code)
        sent = unicodedata.normalize("NFD", character)
        size = len(json.dumps(sent, ensure_ascii=ensure_ascii).encode("utf-8"))
        if size > cost and unicodedata.normalize("NFC", sent) == character and character.isprintable():
            best, cost = sent, size
    return best


def _longest_number() -> float:
    """A double whose shortest round-trip spelling is the longest: sign, 17 digits, a point, a three-digit exponent."""
    digits = 17  # enough for every double to round-trip (IEEE 754: ceil(53 * log10 2) + 1)
    assert sys.float_info.mant_dig == 53 and len(str(-sys.float_info.min_10_exp)) == 3
    number = -2.2250738585072014e-308  # the smallest normal double, negative: all 17 digits are needed
    assert len(repr(number)) == 1 + digits + 1 + len("e-") + 3 == len(json.dumps(number))
    return number


def _ring(vertices: int) -> list[list[float]]:
    """A closed ring of ``vertices`` positions on an ellipse inside the plan, each number with all its digits."""
    positions = [[23.3122 + 0.001 * math.cos(2 * math.pi * i / (vertices - 1)),
                  42.66555 + 0.0007 * math.sin(2 * math.pi * i / (vertices - 1))] for i in range(vertices - 1)]
    return [*positions, positions[0]]


def _maximal_comment(package, ensure_ascii: bool) -> dict:
    character = _costliest_character(ensure_ascii)
    zones = sorted(package.zones)[:LIMITS.zones]
    longest = max(package.paragraphs, key=len)
    return {
        "format": "plu-studio-comment", "version": 1, "language": "bg", "package_id": package.package_id,
        "text": character * LIMITS.text,
        "target": {"zones": zones, "paragraph": longest,
                   "geometry": {"type": "Polygon", "coordinates": [_ring(LIMITS.vertices)]}},
        "author": {"name": character * LIMITS.name, "email": _local_part(character) + "@" + _domain(LIMITS.email - 65),
                   "consent": True},
    }


def _local_part(character: str) -> str:
    """The longest local part of ``character`` an address may have: 64 octets in UTF-8, as it travels."""
    return character * (64 // len(unicodedata.normalize("NFC", character).encode("utf-8")))


def _domain(length: int) -> str:
    """A host name of ``length`` characters the e-mail check takes: labels of 63 letters (DNS's longest), then a
    top-level domain."""
    labels, left = [], length
    while left > 63 + 1 + 2:
        labels.append("a" * 63)
        left -= 64
    labels.append("b" * left)
    return ".".join(labels)


def worst_case_body(ensure_ascii: bool) -> int:
    """An upper bound of a comment's body within the limits: every part at its limit, at its costliest spelling.

    Python's ``json.dumps`` separators (``", "``, ``": "``) are wider than ``JSON.stringify``'s.
    """
    character = json.dumps(_costliest_character(ensure_ascii), ensure_ascii=ensure_ascii).encode("utf-8")
    per_character = len(character) - 2  # without the quotes
    number = len(json.dumps(_longest_number()))
    position = len("[") + 2 * number + len(", ") + len("]")
    geometry = LIMITS.vertices * position + (LIMITS.vertices - 1) * len(", ")
    identifier = 200  # zone ids and the document part of a paragraph reference: _ID allows 200 characters
    zones = LIMITS.zones * (identifier + len('"", '))
    paragraph = identifier + len("#") + 31
    email = LIMITS.email * per_character  # the domain too may be in another script (пример.бг)
    texts = (LIMITS.text + LIMITS.name) * per_character + email + 100 * per_character  # + package_id (≤ 100)
    frame = json.dumps({"format": "plu-studio-comment", "version": 1,  # no id, no time: the service sets them
                        "language": "bg", "package_id": "", "text": "",
                        "target": {"zones": [], "paragraph": "",
                                   "geometry": {"type": "Polygon", "coordinates": [[]]}},
                        "author": {"name": "", "email": "", "consent": True}}, ensure_ascii=ensure_ascii)
    return len(frame.encode("utf-8")) + texts + zones + paragraph + geometry


def test_the_body_limit_holds_every_comment_within_the_limits_and_is_nginx_s():
    from participation.service.comments import BODY_LIMIT

    conf = (ROOT / "deploy" / "nginx" / "consultation.conf").read_text()  # noqa: F405
    nginx = [int(size) * 1024 for size in re.findall(r"client_max_body_size (\d+)k;", conf)]
    assert nginx, "the nginx configuration names no body size"
    worst = max(worst_case_body(True), worst_case_body(False))
    assert worst_case_body(True) > worst_case_body(False)  # ASCII escaping is the costlier
    assert worst <= BODY_LIMIT and set(nginx) == {BODY_LIMIT}, (worst, BODY_LIMIT, nginx)


@pytest.mark.parametrize("ensure_ascii", [True, False], ids=["ascii-escaped", "utf-8"])
def test_a_maximal_comment_is_accepted_and_a_larger_body_refused(live_service, package_dir, ensure_ascii):
    from participation.package_reader import open_package
    from participation.service.comments import BODY_LIMIT

    package = open_package(package_dir)
    comment = _maximal_comment(package, ensure_ascii)
    body = json.dumps(comment, ensure_ascii=ensure_ascii).encode("utf-8")
    assert len(body) > 128 * 1024 or not ensure_ascii  # the old limit refused it
    status, answer = send_to_service(live_service.url, body)
    assert status == 201, (len(body), status, answer)
    [stored] = live_service.store.comments(personal=True)
    assert len(stored.comment.text) == LIMITS.text and len(stored.comment.author.name) == LIMITS.name
    assert len(stored.comment.geometry.exterior.coords) == LIMITS.vertices
    padded = body[:-1] + b" " * (BODY_LIMIT + 1 - len(body)) + b"}"  # the same comment, one byte too many
    status, answer = send_to_service(live_service.url, padded)
    assert status == 413 and answer["error"]["field"] == "body"
    assert live_service.store.count() == 1


def test_a_position_is_longitude_and_latitude_only(live_service):
    """An altitude is not part of a comment's place (the service kept only two numbers), nor of its size limit."""
    point = {"type": "Point", "coordinates": [23.31, 42.665, 612.5]}
    status, answer = post_to_service(live_service.url, {"text": "Тук.", "target": {"geometry": point}})
    assert status == 422 and answer["error"]["field"] == "geometry"
    assert answer["error"]["en"] == "has a position that is not [longitude, latitude]"
    flat = {**point, "coordinates": [23.31, 42.665]}
    status, _ = post_to_service(live_service.url, {"text": "Тук.", "target": {"geometry": flat}})
    assert status == 201 and live_service.store.count() == 1
