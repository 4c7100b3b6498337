"""A package ZIP is judged from its central directory before anything is written, then unpacked on a
byte budget that counts real bytes; a refused archive leaves nothing behind."""

from __future__ import annotations

import struct
import zipfile
from pathlib import Path

import pytest

from participation.package_reader import ZipLimits, extract_package, open_package
from plu_model.errors import PluInputError

MB = 1 << 20


def _bomb(path: Path, megabytes: int) -> Path:
    """One entry of zeros, deflated: about a thousandth of its size on disk."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        with zf.open("data/plan.geojson", "w") as out:
            block = bytes(MB)
            for _ in range(megabytes):
                out.write(block)
    return path


def _left_behind(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*")) if folder.exists() else []


def test_a_zip_bomb_is_refused_from_its_central_directory(tmp_path):
    bomb = _bomb(tmp_path / "bomb.zip", 64)
    assert bomb.stat().st_size < MB  # small on disk
    target = tmp_path / "unpacked"
    with pytest.raises(PluInputError, match=r"compressed \d+ to 1") as err:
        extract_package(bomb, target)
    assert str(bomb) in str(err.value) and "data/plan.geojson" in str(err.value)
    assert "zip бомба" in err.value.message("bg")
    assert not target.exists()


def test_a_lying_central_directory_cannot_exceed_the_budget(tmp_path):
    """The central directory says 1000 bytes; the entry really holds 8 MB. The copy stops at the declared size."""
    path = _bomb(tmp_path / "liar.zip", 8)
    data = bytearray(path.read_bytes())
    cd = data.rfind(b"PK\x01\x02")  # the one central directory record
    (declared,) = struct.unpack_from("<I", data, cd + 24)
    assert declared == 8 * MB
    struct.pack_into("<I", data, cd + 24, 1000)  # uncompressed size, as the central directory tells it
    path.write_bytes(bytes(data))
    with zipfile.ZipFile(path) as zf:
        assert zf.infolist()[0].file_size == 1000  # passes the checks made before unpacking
    target = tmp_path / "unpacked"
    with pytest.raises(PluInputError, match="data/plan.geojson"):
        extract_package(path, target)
    assert not target.exists()


@pytest.mark.parametrize("name, says", [
    ("../outside.txt", r"leave the package folder \(\.\.\)"),
    ("/etc/cron.d/x", "absolute path or drive"),
    ("C:/Windows/x.txt", "absolute path or drive"),
    ("data\\..\\..\\x.txt", "absolute path or drive"),
])
def test_names_that_leave_the_folder_are_refused(tmp_path, name, says):
    path = tmp_path / "bad.zip"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("index.html", "<p>ok</p>")
        zf.writestr(name, "x")
    target = tmp_path / "x"
    with pytest.raises(PluInputError, match=says):
        open_package(path, extract_to=target)
    assert not target.exists() and not (tmp_path / "outside.txt").exists()


def test_symlinks_and_duplicates_are_refused(tmp_path):
    link = tmp_path / "link.zip"
    with zipfile.ZipFile(link, "w") as zf:
        info = zipfile.ZipInfo("data/plan.geojson")
        info.external_attr = (0o120777 << 16)  # a symbolic link to /etc/passwd
        zf.writestr(info, "/etc/passwd")
    with pytest.raises(PluInputError, match="symbolic link"):
        extract_package(link, tmp_path / "a")
    dup = tmp_path / "dup.zip"
    with zipfile.ZipFile(dup, "w") as zf:
        zf.writestr("manifest.json", "{}")
        zf.writestr("MANIFEST.json", "{}")  # the same file on a case-insensitive disk
    with pytest.raises(PluInputError, match="repeats 'manifest.json'"):
        extract_package(dup, tmp_path / "b")
    assert not (tmp_path / "a").exists() and not (tmp_path / "b").exists()


def test_entry_count_and_total_size_are_bounded(tmp_path):
    many = tmp_path / "many.zip"
    with zipfile.ZipFile(many, "w") as zf:
        for i in range(11):
            zf.writestr(f"f{i}.txt", "x")
    with pytest.raises(PluInputError, match="11 entries"):
        extract_package(many, tmp_path / "m", ZipLimits(max_entries=10))
    with pytest.raises(PluInputError, match="more than 10 bytes"):
        extract_package(many, tmp_path / "m", ZipLimits(max_total_bytes=10))
    assert not (tmp_path / "m").exists()


def test_a_failed_unpack_into_an_existing_folder_leaves_it_as_it_was(tmp_path):
    target = tmp_path / "mine"
    target.mkdir()
    (target / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(PluInputError):
        extract_package(_bomb(tmp_path / "bomb.zip", 8), target, ZipLimits(max_ratio=50))
    assert _left_behind(target) == [target / "keep.txt"]


def test_a_sound_archive_is_unpacked(tmp_path):
    path = tmp_path / "ok.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("data/regulation.json", '[{"ref": "чл. 1", "text": "Зона Жм"}]')
        zf.writestr("index.html", "<p>ok</p>")
    target = extract_package(path, tmp_path / "out")
    assert (target / "data" / "regulation.json").read_text(encoding="utf-8").endswith('"Зона Жм"}]')
    assert sorted(p.name for p in target.iterdir()) == ["data", "index.html"]
