"""Looking at what people see: PDF pages and screenshots as pixel arrays.

PIL comes with Debian's QGIS (python3-qgis-common → python3-matplotlib → python3-pil);
poppler-utils renders PDFs, LibreOffice (libreoffice-writer-nogui) turns ODT into PDF.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import numpy as np
from PIL import Image


def pixels_of(png: bytes | Path) -> np.ndarray:
    """An RGB ``(h, w, 3)`` array of a PNG (bytes or file)."""
    source = io.BytesIO(png) if isinstance(png, bytes) else png
    with Image.open(source) as img:
        return np.asarray(img.convert("RGB"))


def render_pdf_page(pdf: Path, out_dir: Path, name: str, dpi: int = 60, page: int = 1) -> np.ndarray:
    """Render one page with poppler's pdftoppm into ``out_dir/name.png`` (kept for people) and return its pixels."""
    assert shutil.which("pdftoppm"), "poppler-utils (pdftoppm) is needed"
    prefix = out_dir / name
    subprocess.run(["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(prefix)],
                   check=True, capture_output=True)
    return pixels_of(prefix.with_suffix(".png"))


def odt_to_pdf(odt: Path, out_dir: Path) -> Path:
    """Let LibreOffice open the document and print it to PDF, as a municipality's clerk would."""
    soffice = shutil.which("soffice")
    assert soffice, "LibreOffice (libreoffice-writer-nogui) is needed"
    profile = out_dir / "lo-profile"  # a private profile: no lock shared with a running office
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", "pdf",
                    "--outdir", str(out_dir), str(odt)], check=True, capture_output=True, timeout=180)
    pdf = out_dir / (odt.stem + ".pdf")
    assert pdf.is_file(), f"LibreOffice wrote no PDF for {odt}"
    return pdf


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout


def share_of_colour(pixels: np.ndarray, hex_colour: str, tolerance: int = 12) -> float:
    """Share of the pixels within ``tolerance`` (per channel) of a colour."""
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.int16)
    close = np.all(np.abs(pixels.astype(np.int16) - rgb) <= tolerance, axis=-1)
    return float(close.mean())
