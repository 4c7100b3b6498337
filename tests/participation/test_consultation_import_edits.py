"""Comments back into the desktop from exports a clerk edited, cut short or merged by hand.

The export comes from the real service on loopback; the edits are made on its
text the way a person in an editor would, and every refusal must name the file
and the place, in Bulgarian and in English.  Nothing may be lost without a word.
"""

from __future__ import annotations

import base64
import json
import urllib.request

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures

from participation.comment_export import read_comments
from participation.comments_layer import import_comments
from plu_model.errors import PluInputError

MODERATOR = "moderate-me-please"  # the live_service fixture's password
TEXTS = ("Първо становище.", "Второ становище.")


@pytest.fixture
def export_text(live_service) -> str:
    """The GeoJSON export of two comments, as the moderator downloads it."""
    for text in TEXTS:
        request = urllib.request.Request(live_service.url + "api/comments", data=json.dumps({"text": text}).encode(),
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as answer:
            assert answer.status == 201
    token = base64.b64encode(f"m:{MODERATOR}".encode()).decode()
    request = urllib.request.Request(live_service.url + "moderation/export.geojson",
                                     headers={"Authorization": f"Basic {token}"})
    with urllib.request.urlopen(request, timeout=10) as answer:
        return answer.read().decode("utf-8")


def _refusal(path) -> tuple[str, str]:
    with pytest.raises(PluInputError) as refused:
        read_comments(path)
    en, bg = refused.value.message("en"), refused.value.message("bg")
    assert str(path) in en and str(path) in bg
    return en, bg


def test_an_export_with_a_field_written_twice_is_refused_naming_the_field(tmp_path, export_text):
    edited = export_text.replace(f'"text": "{TEXTS[0]}"', f'"text": "{TEXTS[0]}", "text": "Подменено."', 1)
    assert edited != export_text
    path = tmp_path / "edited.geojson"
    path.write_text(edited, encoding="utf-8")
    en, bg = _refusal(path)
    assert 'the key "text" appears twice in one object' in en
    assert 'ключът "text" се среща два пъти в един обект' in bg


def test_an_export_cut_short_names_the_line_in_both_languages(tmp_path, export_text):
    cut = export_text[: len(export_text) * 2 // 3]
    path = tmp_path / "cut.geojson"
    path.write_text(cut, encoding="utf-8")
    en, bg = _refusal(path)
    last_line = cut.count("\n") + 1  # the decoder stops at the end of what is there
    assert f"the JSON ends early, at line {last_line}," in en and "cut short" in en
    assert f"JSON-ът свършва преждевременно, на ред {last_line}," in bg
    assert "Expecting" not in bg and "Unterminated" not in bg  # no English from the decoder in the Bulgarian
    quote = export_text.index('"' + TEXTS[0])  # now cut inside a comment's text
    path.write_text(export_text[: quote + 5], encoding="utf-8")
    line, column = export_text[:quote].count("\n") + 1, quote - export_text.rfind("\n", 0, quote)
    en, bg = _refusal(path)
    assert f"the text starting at line {line}, column {column} does not end (the file may be cut short)" in en
    assert f"текстът, започващ на ред {line}, колона {column}, не завършва" in bg


def test_a_comment_file_saved_with_a_byte_order_mark_imports(tmp_path, export_text):
    feature = json.loads(export_text)["features"][0]
    comment = {**feature["properties"], "target": {**feature["properties"]["target"], "geometry": None}}
    for key in ("received_at", "status", "reference"):
        comment.pop(key, None)
    path = tmp_path / "comment.json"  # Notepad's "UTF-8" puts EF BB BF in front
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(comment, ensure_ascii=False).encode("utf-8"))
    [item] = read_comments(path)
    assert item.comment.text == TEXTS[0]


@pytest.mark.parametrize("field,value,en,bg", [
    ("received_at", "06.12.2026", 'received_at is "06.12.2026", not a date and time such as 2026-12-04T09:30:00Z',
     'received_at е "06.12.2026", а не дата и час като 2026-12-04T09:30:00Z'),
    ("status", "approved", 'status is "approved"; it must be one of new, ok, hidden',
     'status е "approved", а трябва да е едно от new, ok, hidden'),
], ids=["received_at", "status"])
def test_a_spoilt_receipt_time_or_status_is_named_not_dropped(tmp_path, export_text, field, value, en, bg):
    data = json.loads(export_text)
    data["features"][1]["properties"][field] = value
    path = tmp_path / "edited.geojson"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    said_en, said_bg = _refusal(path)
    assert "comment 2" in said_en and "становище 2" in said_bg
    assert en in said_en and bg in said_bg


def test_one_comment_twice_with_different_texts_is_refused_naming_both(tmp_path, export_text):
    data = json.loads(export_text)
    twin = json.loads(json.dumps(data["features"][0]))
    twin["properties"]["text"] = "Поправен на ръка."
    data["features"].append(twin)
    path = tmp_path / "merged.geojson"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    en, bg = _refusal(path)
    ident = data["features"][0]["id"]
    assert f"comment 3 has the id {ident} of comment 1 but not the same content" in en
    assert f"становище 3 има идентификатора {ident} на становище 1, но не и същото съдържание" in bg
    data["features"][2] = data["features"][0]  # the same copy twice is harmless: one is imported
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert [i.comment.text for i in read_comments(path)] == [*TEXTS, TEXTS[0]]


def test_an_edited_copy_of_a_comment_the_plan_has_is_reported(tmp_path, export_text, plan_gpkg):
    first = tmp_path / "first.geojson"
    first.write_text(export_text, encoding="utf-8")
    assert len(import_comments(plan_gpkg, read_comments(first), source=first.name).added) == 2
    again = tmp_path / "again.geojson"
    again.write_text(export_text.replace(TEXTS[1], "Второ, поправено."), encoding="utf-8")
    report = import_comments(plan_gpkg, read_comments(again), source=again.name)
    assert report.added == [] and len(report.duplicates) == 2
    [finding] = report.findings
    assert finding.rule == "COMMENT.DIFFERENT_COPY"
    assert "the copy from again.geojson was not imported" in finding.message("en")
    assert "копието от again.geojson не е внесено" in finding.message("bg")


def test_comments_from_another_plans_consultation_are_flagged(tmp_path, export_text, plan_gpkg, package_dir):
    path = tmp_path / "comments.geojson"
    path.write_text(export_text, encoding="utf-8")
    package_id = json.loads((package_dir / "manifest.json").read_text(encoding="utf-8"))["package_id"]
    # this plan's own consultation was another package: the clerk mixed up two consultations' exports
    report = import_comments(plan_gpkg, read_comments(path), source=path.name,
                             settings_json={"package_id": "pup-drug-plan-2026", "title": "Друг план"})
    assert len(report.added) == 2  # kept, nothing lost, but each one named
    assert [f.rule for f in report.findings] == ["COMMENT.OTHER_PACKAGE"] * 2
    en, bg = report.findings[0].message("en"), report.findings[0].message("bg")
    assert f"was made on package {package_id}, not on one this plan published (pup-drug-plan-2026)" in en
    assert f"е направено по пакет {package_id}, а не по пакет, публикуван за този план (pup-drug-plan-2026)" in bg
