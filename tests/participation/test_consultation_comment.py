"""Every comment passes one gate: sizes, text, geometry, targets and consent are checked."""

from __future__ import annotations

import json

import pytest

from participation.comment import (
    LIMITS,
    CommentContext,
    CommentError,
    comment_from_json,
    comment_to_json,
    parse_comment,
    read_comment_file,
)

CONTEXT = CommentContext(
    zones={"ZE.smf-01", "ZE.zhs-02"},
    paragraphs={"OD.rules#3", "OD.rules#7"},
    bbox=(23.3078, 42.6629, 23.3166, 42.6682),
    package_id="pkg-1",
)
AREA = {"type": "Polygon", "coordinates": [[[23.31, 42.665], [23.312, 42.665], [23.312, 42.666], [23.31, 42.665]]]}


def _refused(data, field):
    with pytest.raises(CommentError) as info:
        parse_comment(data, CONTEXT)
    assert info.value.field == field, info.value
    assert info.value.message_bg and info.value.message_en
    return info.value


def test_a_full_comment_is_accepted_and_cleaned():
    c = parse_comment(
        {"text": "  <script>alert(1)</script>\r\nВисочината\u202e е\x00 твърде голяма.  ", "language": "bg",
         "target": {"zones": ["ZE.smf-01", "ZE.smf-01"], "paragraph": "OD.rules#3", "geometry": AREA},
         "author": {"name": "  Иван   Петров ", "email": "ivan@example.org", "consent": True}},
        CONTEXT,
    )
    assert c.text == "<script>alert(1)</script>\nВисочината е твърде голяма."
    assert c.zones == ("ZE.smf-01",) and c.paragraph == "OD.rules#3"
    assert c.geometry.geom_type == "Polygon" and c.author.name == "Иван Петров"
    assert c.package_id == "pkg-1"


def test_text_limits():
    _refused({"text": "   "}, "text")
    _refused({"text": "я" * (LIMITS.text + 1)}, "text")
    _refused({"text": 42}, "text")
    assert parse_comment({"text": "я" * LIMITS.text}, CONTEXT).text == "я" * LIMITS.text


@pytest.mark.parametrize(
    "geometry",
    [
        {"type": "Polygon", "coordinates": [[[23.31, 42.665], [23.312, 42.666], [23.312, 42.665], [23.31, 42.666], [23.31, 42.665]]]},
        {"type": "Polygon", "coordinates": [[[23.31, 42.665], [23.312, 42.665], [23.312, 42.666]]]},
        {"type": "Polygon", "coordinates": [[[23.31, 42.665], [23.312, 42.665], [23.312, 42.666], [23.3101, 42.6651]]]},
        {"type": "Point", "coordinates": [float("nan"), 42.665]},
        {"type": "Point", "coordinates": [23.31, 95.0]},
        {"type": "Point", "coordinates": [2.35, 48.85]},
        {"type": "Point", "coordinates": ["23.31", "42.665"]},
        {"type": "LineString", "coordinates": [[23.31, 42.665], [23.31, 42.665]]},
        {"type": "LineString", "coordinates": [[23.31 + i * 1e-6, 42.665] for i in range(LIMITS.vertices + 1)]},
        {"type": "GeometryCollection", "geometries": []},
        {"type": "Point", "coordinates": [23.31, 42.665], "crs": "EPSG:4326"},
        {"type": "Polygon", "coordinates": [[[[[[23.31]]]]]]},
        "POINT (23.31 42.665)",
    ],
    ids=["self-crossing", "too-few", "open-ring", "nan", "off-globe", "paris", "strings", "zero-line",
         "too-many-vertices", "collection", "extra-member", "nested", "wkt"],
)
def test_bad_geometry_is_refused(geometry):
    _refused({"text": "x", "target": {"geometry": geometry}}, "geometry")


def test_targets_must_exist_in_the_package():
    _refused({"text": "x", "target": {"zones": ["ZE.nowhere"]}}, "zones")
    _refused({"text": "x", "target": {"zones": ["<img src=x>"]}}, "zones")
    _refused({"text": "x", "target": {"zones": ["ZE.smf-01"] * (LIMITS.zones + 1)}}, "zones")
    _refused({"text": "x", "target": {"paragraph": "OD.rules#99"}}, "paragraph")
    _refused({"text": "x", "target": {"paragraph": "javascript:alert(1)"}}, "paragraph")
    _refused({"text": "x", "target": {"elsewhere": 1}}, "target")
    _refused({"text": "x", "package_id": "another-package"}, "package_id")


def test_personal_data_needs_consent_and_a_real_address():
    _refused({"text": "x", "author": {"name": "Иван", "consent": False}}, "consent")
    _refused({"text": "x", "author": {"email": "ivan@", "consent": True}}, "email")
    _refused({"text": "x", "author": {"email": "a@b.c<script>", "consent": True}}, "email")
    _refused({"text": "x", "author": {"name": "x" * (LIMITS.name + 1), "consent": True}}, "name")
    _refused({"text": "x", "author": {"name": "Иван", "consent": "yes"}}, "consent")
    assert parse_comment({"text": "x", "author": {"name": "", "email": "", "consent": False}}, CONTEXT).author is None


def _email(address: str) -> str:
    return parse_comment({"text": "x", "author": {"email": address, "consent": True}}, CONTEXT).author.email


#: RFC 1035 §2.3.4: a label is 1 to 63 octets, a name at most 255 on the wire (253 written, without the final dot).
LABEL_63, LABEL_64 = "a" * 63, "a" * 64
#: ``я`` × 57 is ``xn--41a`` and 56 ``a``: 63 octets (the idna package, IDNA 2008, agrees); one more ``я`` makes 64.
CYRILLIC_63, CYRILLIC_64 = "я" * 57, "я" * 58


@pytest.mark.parametrize("address", [
    f"ivan@{LABEL_63}.bg", f"ivan@mail.{LABEL_63}.bg", f"ivan@mail.sofia.{LABEL_63}", f"i@{LABEL_63}.{LABEL_63}.bg",
    "иван@пример.бг", "ivan@xn--e1afmkfd.xn--90ae", "ivan@ПРИМЕР.БГ", f"ivan@{CYRILLIC_63}.бг", "ivan@sofia-1.bg",
    "i" * 64 + "@sofia.bg", "я" * 32 + "@sofia.bg",
], ids=["first-63", "second-63", "later-63", "two-63", "idn", "idn-ace", "idn-capitals", "idn-63", "hyphen",
        "local-64", "local-64-octets-cyrillic"])
def test_an_address_whose_labels_dns_can_carry_is_accepted_as_written(address):
    assert _email(address) == address


@pytest.mark.parametrize("address", [
    f"ivan@{LABEL_64}.bg", f"ivan@mail.{LABEL_64}.bg", f"ivan@mail.sofia.{LABEL_64}", f"ivan@{CYRILLIC_64}.бг",
    "ivan@-sofia.bg", "ivan@sofia-.bg", "ivan@mail..bg", "ivan@bg", "ivan@sofia.b", "ivan@sofia.b1",
    "i" * 65 + "@sofia.bg", "я" * 33 + "@sofia.bg",
], ids=["first-64", "second-64", "top-64", "idn-64", "leading-hyphen", "trailing-hyphen", "empty-label",
        "one-label", "one-letter-top", "digit-top", "local-65", "local-66-octets-cyrillic"])
def test_an_address_dns_cannot_carry_is_refused(address):
    _refused({"text": "x", "author": {"email": address, "consent": True}}, "email")


def test_a_domain_is_at_most_253_octets_in_its_ascii_form():
    from participation.email_address import ascii_domain, is_email_address

    longest = ".".join([LABEL_63] * 3 + ["b" * 61])  # 3 × 64 + 61 = 253
    assert len(longest) == 253 and ascii_domain(longest) == longest and is_email_address("i@" + longest)
    assert ascii_domain(longest + "b") is None and not is_email_address("i@" + longest + "b")
    cyrillic = ".".join([CYRILLIC_63] * 3 + ["b" * 61])  # 175 characters as written, 253 octets as DNS carries it
    assert ascii_domain(cyrillic) == ".".join(["xn--41a" + "a" * 56] * 3 + ["b" * 61])
    assert ascii_domain(cyrillic + "b") is None
    assert ascii_domain("пример.бг") == "xn--e1afmkfd.xn--90ae"


def test_unknown_fields_and_wrong_shapes_are_refused():
    _refused({"text": "x", "admin": True}, "comment")
    _refused(["not", "an", "object"], "comment")
    _refused({"text": "x", "language": "de"}, "language")
    _refused({"text": "x", "format": "something-else"}, "format")


def test_service_assigns_identity_files_keep_theirs(tmp_path):
    sent = {"id": "00000000-0000-4000-8000-000000000001", "submitted_at": "2020-01-01T00:00:00Z", "text": "x"}
    for name in ("id", "submitted_at"):  # the sender believes it decides them: refused, naming the field
        refused = _refused({"text": "x", name: sent[name]}, name)
        assert refused.message_en == "is given by the service that receives the comment; send the comment without it"
    _refused(sent, "id")
    c = parse_comment({**sent, "id": None, "submitted_at": None}, CONTEXT)  # null is left out, as for every member
    assert c.id != sent["id"] and c.submitted_at.year > 2020
    kept = comment_from_json({**sent, "target": {"geometry": AREA, "zones": ["ZE.zhs-02"]},
                              "author": {"name": "Мария", "consent": True}}, CONTEXT)
    assert kept.id == sent["id"] and kept.submitted_at.year == 2020
    again = comment_from_json(comment_to_json(kept), CONTEXT)
    assert again == kept and again.geometry.equals(kept.geometry)
    assert "author" not in comment_to_json(kept, personal=False)
    path = tmp_path / "comment.json"
    path.write_text(json.dumps([comment_to_json(kept)]), encoding="utf-8")
    assert read_comment_file(path, CONTEXT) == [kept]
    path.write_text(json.dumps({**comment_to_json(kept), "id": "not-a-uuid"}), encoding="utf-8")
    with pytest.raises(CommentError, match="comment.json: is not a UUID"):
        read_comment_file(path, CONTEXT)


def test_the_viewer_caps_each_field_where_the_gate_does():
    """The form stops typing at the service's limits: a citizen never writes what the service then refuses."""
    import re
    from pathlib import Path

    viewer = (Path(__file__).resolve().parents[2] / "participation" / "viewer" / "app.js").read_text(encoding="utf-8")
    assert re.search(r"var MAX_TEXT = (\d+);", viewer).group(1) == str(LIMITS.text)
    caps = dict(re.findall(r"id: 'comment-(name|email)', name: '\w+', maxlength: '(\d+)'", viewer))
    assert caps == {"name": str(LIMITS.name), "email": str(LIMITS.email)}
