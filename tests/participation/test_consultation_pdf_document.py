"""The regulation PDF: searchable Cyrillic text, embedded subset fonts, pages that look like text."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from consultation_pictures import pdf_text, render_pdf_page

from participation.paragraphs import plan_paragraphs
from participation.pdf_pages import Block, write_text_pdf

DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def test_regulation_text_is_searchable_and_looks_like_a_page(tmp_path, sample, output_dir):
    paragraphs = plan_paragraphs(sample)
    blocks = [Block("title", "Правила и нормативи — Зелена поляна"), Block("subtitle", "Проект\nза обществено обсъждане")]
    blocks += [Block("paragraph", p.text, label=f"{p.number}.") for p in paragraphs]
    pdf = write_text_pdf(tmp_path / "rules.pdf", blocks, title="Правила", footer="ПУП „Зелена поляна“", language="bg")
    text = pdf_text(pdf)
    assert "В зоните Жс се допуска средноетажно застрояване" in " ".join(text.split())
    assert "Кинт" in text and "1 / 1" in text
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"DejaVu-?Sans-Bold", fonts) and fonts.count(" yes yes yes ") == 2  # embedded, subset, ToUnicode
    assert pdf.stat().st_size < DEJAVU.stat().st_size / 5
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert re.search(r"^Tagged:\s+yes$", info, re.M) and re.search(r"^Title:\s+Правила$", info, re.M)
    pixels = render_pdf_page(pdf, output_dir, "participation-regulation-pdf", dpi=50)
    h, w, _ = pixels.shape
    assert h > w  # A4 portrait
    ink = (pixels.mean(axis=-1) < 128)
    rows = ink.any(axis=1)
    assert 0.01 < ink.mean() < 0.15  # text on white, neither blank nor a black box
    assert not rows[: int(h * 0.05)].any()  # a top margin (20 mm of 297)
    assert rows[h // 5 : h // 2].sum() > 10  # lines of text in the body
    assert not ink[:, : w // 20].any()  # a left margin


def test_long_text_flows_onto_numbered_pages(tmp_path):
    blocks = [Block("paragraph", f"Точка с номер {i}: " + "дълъг текст " * 40, label=f"{i}.") for i in range(1, 60)]
    pdf = write_text_pdf(tmp_path / "long.pdf", blocks, title="Дълъг", page_label="стр. {page} от {pages}")
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    pages = int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))
    assert pages >= 5
    text = pdf_text(pdf)
    assert f"стр. {pages} от {pages}" in text and "Точка с номер 59" in text
    words = " ".join(text.split())
    assert "Точка с номер 1:" in words


def test_characters_missing_from_the_font_do_not_break_the_file(tmp_path):
    pdf = write_text_pdf(tmp_path / "odd.pdf", [Block("text", "Знаци: 𓀀 ✓ \u2028 край")], title="x")
    assert "край" in pdf_text(pdf)
