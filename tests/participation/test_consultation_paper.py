"""Objections received on paper: entered from the command line, refused when hostile, summarised as paper."""

from __future__ import annotations

import csv
import io
import os
import re
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_fixtures import ROOT
from consultation_pictures import pdf_text, render_pdf_page
from lxml import etree
from osgeo import ogr

from participation.attachments import MAX_ATTACHMENT_BYTES
from participation.comments_layer import COMMENT_TABLE, CommentsLayer, comment_count

JPEG = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + b"\x00" * 64 + b"\xff\xd9"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def plu(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "plu_cli", *map(str, args)], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})


def _paper(plan, *extra, registry="94-00-123", received="04.12.2025", sender="Иван Петров"):
    return plu("--lang", "en", "consultation", "add-paper", plan, "--registry-number", registry, "--received", received,
               "--sender", sender, *extra)


def test_a_paper_objection_with_scans_and_a_place(tmp_path, plan_gpkg, sample):
    scan = tmp_path / "Възражение стр. 1.jpg"
    scan.write_bytes(JPEG)
    letter = tmp_path / "писмо.pdf"
    letter.write_bytes(PDF)
    zone = next(z for z in sample.zoning_elements if z.gml_id == "ZE.zhs-01")
    inside = zone.geometry.representative_point()
    r = _paper(plan_gpkg, "--address", "София, ул. „Витошка“ 1", "--text", "Възразявам срещу височината.\nВтори ред.",
               "--attach", scan, "--attach", letter, "--point", inside.x, inside.y)
    assert r.returncode == 0, r.stderr
    assert "entered as ПУП-2025-0001 (2 files attached)" in r.stdout
    with CommentsLayer(plan_gpkg) as layer:
        [record] = layer.records(personal=True)
        scans = layer.documents(comment_id=record.comment_id)
        contents = [layer.document_content(d.doc_id) for d in scans]
    assert record.is_paper and record.registry_number == "94-00-123" and record.reference == "ПУП-2025-0001"
    assert record.author.name == "Иван Петров" and record.address == "София, ул. „Витошка“ 1"
    assert record.received_at.startswith("2025-12-04") and record.text == "Възразявам срещу височината.\nВтори ред."
    assert "ZE.zhs-01" in record.zones and record.geometry.distance(inside) < 1e-6
    assert [d.file_name for d in scans] == ["Възражение стр. 1.jpg", "писмо.pdf"]
    assert [d.media_type for d in scans] == ["image/jpeg", "application/pdf"] and contents == [JPEG, PDF]
    iso = _paper(plan_gpkg, "--paragraph", "OD.rules#4", "--attach", scan, registry="94-00-124", received="2025-12-05",
                 sender="Мария")
    assert iso.returncode == 0 and "ПУП-2025-0002" in iso.stdout

    ack = tmp_path / "потвърждение.pdf"
    r = plu("--lang", "bg", "consultation", "acknowledge", plan_gpkg, "ПУП-2025-0001", "--out", ack)
    assert r.returncode == 0, r.stderr
    info = subprocess.run(["pdfinfo", str(ack)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M) and "ПУП-2025-0001" in info
    words = " ".join(pdf_text(ack).split())
    assert "ПУП-2025-0001" in words and "04.12.2025, на хартиен носител, вх. № 94-00-123" in words
    assert "Иван Петров" in words and "Възразявам срещу височината." in words
    assert plu("consultation", "acknowledge", plan_gpkg, "1", "--out", tmp_path / "a.docx").returncode == 2
    missing = plu("--lang", "en", "consultation", "acknowledge", plan_gpkg, "9", "--out", tmp_path / "a.pdf")
    assert missing.returncode == 2 and "no comment matches '9'" in missing.stderr


def test_hostile_and_clumsy_input_is_refused_and_changes_nothing(tmp_path, plan_gpkg):
    exe = tmp_path / "сканиране.pdf"
    exe.write_bytes(b"MZ\x90\x00" + b"\x00" * 200)  # a Windows program renamed .pdf
    huge = tmp_path / "huge.pdf"
    with open(huge, "wb") as fh:  # 50 MB that starts like a PDF: refused by size before it is read
        fh.write(PDF)
        fh.truncate(50 * 1024 * 1024)
    empty = tmp_path / "empty.jpg"
    empty.write_bytes(b"")
    latin1 = tmp_path / "text.txt"
    latin1.write_bytes("Възражение".encode("cp1251"))
    cases = [
        (_paper(plan_gpkg, "--text", "x", received="31.02.2025"), "'31.02.2025' is not a date in the calendar"),
        (_paper(plan_gpkg, "--text", "x", received="вчера"), "is not a date such as 04.12.2026"),
        (_paper(plan_gpkg, "--text", "x", received="01.01.2999"), "is in the future"),
        (_paper(plan_gpkg, "--text", "x", sender="   "), "sender: is empty"),
        (_paper(plan_gpkg, "--text", "x", registry=""), "registry_number: is empty"),
        (_paper(plan_gpkg, "--attach", exe), "сканиране.pdf: not a PDF or JPEG file"),
        (_paper(plan_gpkg, "--attach", huge), f"huge.pdf: 50.0 MB is too large to attach; at most "
                                              f"{MAX_ATTACHMENT_BYTES // 1048576} MB"),
        (_paper(plan_gpkg, "--attach", empty), "empty.jpg: the file is empty"),
        (_paper(plan_gpkg, "--attach", tmp_path / "missing.pdf"), "missing.pdf: no such file"),
        (_paper(plan_gpkg), "give the objection's text or attach its scanned pages"),
        (_paper(plan_gpkg, "--text-file", latin1), "text.txt: cannot be read as UTF-8 text"),
        (_paper(plan_gpkg, "--text", "x", "--zone", "ZE.nowhere"), "ZE.nowhere is not a zone of this plan"),
        (_paper(plan_gpkg, "--text", "x", "--paragraph", "OD.rules#99"), "OD.rules#99 is not a paragraph"),
        (_paper(plan_gpkg, "--text", "x", "--point", "0", "0"), "lies outside the plan's area"),
        (_paper(plan_gpkg, "--text", "x", "--geometry", "{not json"), "--geometry: not JSON"),
        (_paper(plan_gpkg, "--text", "x", "--geometry", '{"type": "Point", "coordinates": [1e400, 0]}'),
         "not a finite number"),
        (_paper(plan_gpkg, "--text", "ы" * 20001), "20001 characters long"),
    ]
    for result, message in cases:
        assert result.returncode == 2, (message, result.stdout, result.stderr)
        assert message in result.stderr, (message, result.stderr)
        assert "Traceback" not in result.stderr
    assert comment_count(plan_gpkg) == 0
    assert _paper(plan_gpkg, "--text", "Първо.").returncode == 0
    again = _paper(plan_gpkg, "--text", "Пак.", received="05.12.2025")
    assert again.returncode == 2 and "registry number 94-00-123 is already entered (ПУП-2025-0001)" in again.stderr
    assert str(plan_gpkg) in again.stderr
    bg = plu("--lang", "bg", "consultation", "add-paper", plan_gpkg, "--registry-number", "1", "--received", "32.13.2025",
             "--sender", "Иван", "--text", "x")
    assert bg.returncode == 2 and "не е календарна дата" in bg.stderr
    assert comment_count(plan_gpkg) == 1
    minutes = [
        (("--file", exe, "--date", "20.11.2025", "--title", "Протокол"), "сканиране.pdf: not a PDF or JPEG file"),
        (("--file", tmp_path / "missing.pdf", "--date", "20.11.2025", "--title", "Протокол"), "no such file"),
        (("--file", huge, "--date", "2025-13-01", "--title", "Протокол"), "date: '2025-13-01' is not a date in the calendar"),
        (("--file", empty, "--date", "20.11.2025", "--title", "Протокол"), "the file is empty"),
    ]
    for args, message in minutes:
        r = plu("--lang", "en", "consultation", "add-minutes", plan_gpkg, *args)
        assert r.returncode == 2 and message in r.stderr and "Traceback" not in r.stderr, (message, r.stderr)
    jpeg = tmp_path / "p.jpg"
    jpeg.write_bytes(JPEG)
    r = plu("--lang", "en", "consultation", "add-minutes", plan_gpkg, "--file", jpeg, "--date", "20.11.2025", "--title", " ")
    assert r.returncode == 2 and "title: is empty" in r.stderr


def _pdf_objects(pdf: Path) -> bytes:
    """The PDF's bytes with every Flate stream inflated (object streams hide the catalog)."""
    raw = pdf.read_bytes()
    parts = [raw]
    for m in re.finditer(rb"stream\r?\n(.*?)\r?\nendstream", raw, re.S):
        try:
            parts.append(zlib.decompress(m.group(1)))
        except zlib.error:
            pass
    return b"".join(parts)


def test_paper_objections_are_answered_and_summarised_as_paper(tmp_path, plan_gpkg, output_dir):
    scan = tmp_path / "scan.jpg"
    scan.write_bytes(JPEG)
    minutes = tmp_path / "протокол.pdf"
    minutes.write_bytes(PDF)
    assert _paper(plan_gpkg, "--text", "Против застрояването.", "--zone", "ZE.zhs-01", "--attach", scan).returncode == 0
    r = plu("--lang", "en", "consultation", "add-minutes", plan_gpkg, "--file", minutes, "--date", "20.11.2025",
            "--title", "Протокол от обществено обсъждане в читалище „Светлина“")
    assert r.returncode == 0, r.stderr
    r = plu("--lang", "bg", "consultation", "answer", plan_gpkg, "1", "--decision", "rejected", "--text", "Не се приема.")
    assert r.returncode == 0 and "ПУП-2025-0001" in r.stdout
    outs = {}
    for suffix in ("html", "odt", "csv", "pdf"):
        outs[suffix] = tmp_path / f"summary.{suffix}"
        r = plu("--lang", "bg", "consultation", "summary", plan_gpkg, "--out", outs[suffix])
        assert r.returncode == 0, r.stderr

    page = etree.HTML(outs["html"].read_text(encoding="utf-8"))
    [row] = page.xpath('//tr[@data-channel="paper"]')
    cells = ["".join(td.itertext()) for td in row.xpath("td")]
    assert cells[0] == "ПУП-2025-0001" and "хартиен носител" in cells[1] and "вх. № 94-00-123" in cells[1]
    assert "Против застрояването." in cells[2] and "сканирани страници: 1" in cells[2] and cells[-1] == "Не се приема."
    assert "Иван Петров" not in outs["html"].read_text(encoding="utf-8")
    assert page.xpath('//li[contains(., "читалище „Светлина“") and contains(., "20.11.2025")]')

    with zipfile.ZipFile(outs["odt"]) as zf:
        content = etree.fromstring(zf.read("content.xml"))
        meta = etree.fromstring(zf.read("meta.xml"))
    ns = {"table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0", "dc": "http://purl.org/dc/elements/1.1/"}
    odt_cells = ["".join(c.itertext()) for c in content.iterfind(".//table:table-cell", ns)]
    assert "ПУП-2025-0001" in odt_cells and any("хартиен носител" in c and "94-00-123" in c for c in odt_cells)
    assert meta.findtext(".//dc:language", namespaces=ns) == "bg"
    assert meta.findtext(".//dc:title", namespaces=ns).startswith("Справка за постъпилите становища")

    rows = list(csv.DictReader(io.StringIO(outs["csv"].read_text(encoding="utf-8-sig"))))
    assert [(x["reference"], x["channel"], x["registry_number"], x["scans"], x["decision"]) for x in rows] == [
        ("ПУП-2025-0001", "paper", "94-00-123", "1", "rejected")]

    info = subprocess.run(["pdfinfo", str(outs["pdf"])], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M)
    assert re.search(r"^Title:\s+Справка за постъпилите становища", info, re.M)
    assert b"/Lang (bg)" in _pdf_objects(outs["pdf"])
    text = pdf_text(outs["pdf"])
    assert "ПУП-2025-0001" in text and "хартиен носител" in text and "Протоколи от обществено обсъждане" in text
    pixels = render_pdf_page(outs["pdf"], output_dir, "participation-summary-paper-pdf")
    assert pixels.shape[0] > pixels.shape[1] and 0.01 < (pixels.mean(axis=-1) < 128).mean() < 0.2


def test_plan_files_from_before_references_get_them(tmp_path, plan_gpkg):
    for n, day in enumerate(("03", "01", "02"), 1):
        assert _paper(plan_gpkg, "--text", f"№{n}", registry=str(n), received=f"{day}.12.2025").returncode == 0
    ds = ogr.Open(str(plan_gpkg), 1)
    layer = ds.GetLayerByName(COMMENT_TABLE)
    layer.DeleteField(layer.GetLayerDefn().GetFieldIndex("reference"))
    ds.ExecuteSQL("DELETE FROM consultation_info WHERE key LIKE 'reference.issued.%'")  # as files were before
    ds = None
    with CommentsLayer(plan_gpkg) as layer:
        refs = {r.text: r.reference for r in layer.records()}
    # numbered in the order the file numbered them (the order they were entered)
    assert refs == {"№1": "ПУП-2025-0001", "№2": "ПУП-2025-0002", "№3": "ПУП-2025-0003"}


def test_scans_are_capped_together_too(plan_gpkg, monkeypatch):
    from datetime import date

    import pytest

    from participation import attachments
    from participation.attachments import Attachment
    from participation.comment import CommentError
    from participation.paper import PaperObjection, add_paper_objection

    monkeypatch.setattr(attachments, "MAX_TOTAL_BYTES", len(PDF) * 2)
    scans = tuple(Attachment(f"{n}.pdf", "application/pdf", PDF) for n in range(3))
    objection = PaperObjection("5", date(2025, 12, 1), "Иван", attachments=scans)
    with pytest.raises(CommentError, match="the files add up to"):
        add_paper_objection(plan_gpkg, objection)
    assert add_paper_objection(plan_gpkg, PaperObjection("5", date(2025, 12, 1), "Иван", attachments=scans[:2])).is_paper
    assert comment_count(plan_gpkg) == 1
