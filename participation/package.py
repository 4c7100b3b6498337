"""Build a consultation package: a folder (or ZIP) the municipality publishes for comment.

What goes in (``docs/participation.md`` lists it with the reasons):

* ``index.html`` + ``viewer/``: the web viewer with OpenLayers inside (no CDN),
  working from disk and from any static host, in Bulgarian and English;
* ``data/plan-data.js`` (what the viewer shows, embedded so ``file://`` works;
  the one copy of the geometries besides ``plan.gml``, compactly encoded, from
  which the viewer also builds a GeoJSON download), ``data/service.js`` (where
  comments go), ``data/regulation.json`` (the numbered paragraphs);
* ``plan.gml`` (INSPIRE PLU 4.0 GML) and ``metadata.xml`` (ISO 19139);
* ``documents/``: the regulation text as PDF, and the plan map from a QGIS print
  layout when a renderer is given;
* ``consultation.json`` (the settings), ``README.txt`` for whoever hosts it,
  ``manifest.json`` and ``SHA256SUMS`` with the checksum of every file.

The package is assembled in a temporary folder beside the destination and moved
into place only when complete, so a failure or a cancel leaves nothing half-made.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import tempfile
import uuid
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from exporters.geojson_ import WGS84
from exporters.gml_writer import write_gml
from exporters.iso_metadata import MetadataRecord, metadata_xml
from participation.manifest import MANIFEST, SUMS, build_manifest
from participation.paragraphs import Paragraph, document_title, plan_paragraphs
from participation.pdf_pages import Block, write_text_pdf
from participation.settings import ConsultationSettings
from participation.web_data import viewer_data, viewer_script
from plu_model import xml_parsing
from plu_model.codelists import label_for
from plu_model.crs import reproject
from plu_model.dataset import PlanDataset
from plu_model.errors import Cancelled, PluError, PluInputError, SchemaMissingError
from plu_model.findings import Finding, Severity
from plu_model.geopackage import save_dataset
from plu_model.i18n import Text, Words, say_in
from plu_model.progress import Progress
from plu_model.readers import read_dataset

__all__ = ["MapRenderer", "PackageResult", "build_package", "VIEWER_DIR"]

#: The viewer's own files (HTML template, script, style, vendored OpenLayers).
VIEWER_DIR = Path(__file__).resolve().parent / "viewer"
PACKAGE_FORMAT = "plu-studio-consultation-package"

#: ``render_map_pdf(plan_gpkg, pdf, language)``: draws the plan map sheet; raises on failure.
MapRenderer = Callable[[Path, Path, str], None]

_WORDS = Words("participation.package", {
             "draft": "Draft for public consultation",
             "period": "Comments from {start} to {end}",
             "regulation": "Regulation text",
             "map": "Plan map (PDF)",
             "gml": "Plan data, INSPIRE GML",
             "geojson": "Plan data, GeoJSON (WGS 84)",
             "metadata": "Metadata (ISO 19139)",
             "paragraphs": "Regulation paragraphs (JSON)",
             "footer": "{title} — draft for consultation",
             "page": "page {page} of {pages}",
             "source": "Numbered as in the plan data; comments cite these numbers.",
         })


@dataclass
class PackageResult:
    """What was built: where, its id, the files (relative paths) and anything worth a warning."""

    path: Path
    package_id: str
    files: list[str] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    validated: bool = False


def _stage(progress: Progress) -> None:
    """One stage done: report it and stop here if the user cancelled (whatever ``progress.every`` is)."""
    progress.step()
    progress.check()


def _both(key: str, **values: Any) -> dict[str, str]:
    return {lang: _WORDS[lang][key].format(**values) for lang in ("bg", "en")}


def _date(d: Any, language: str) -> str:
    return d.strftime("%d.%m.%Y") if language == "bg" else d.isoformat()


def _metadata_record(data: PlanDataset, settings: ConsultationSettings, package_id: str) -> MetadataRecord:
    plan = data.plan
    extents = [reproject(p.extent, data.crs, WGS84) for p in data.spatial_plans if not p.extent.is_empty]
    if not extents:
        raise PluInputError(
            Text("participation.package", "the plan has no extent, so the package cannot say where it is"),
        )
    w = min(e.bounds[0] for e in extents)
    s = min(e.bounds[1] for e in extents)
    e_ = max(e.bounds[2] for e in extents)
    n = max(e.bounds[3] for e in extents)
    lang = settings.languages[0]
    dates = {"bg": (_date(settings.start, "bg"), _date(settings.end, "bg"))}.get(
        lang, (settings.start.isoformat(), settings.end.isoformat()))
    abstract = say_in(lang, "participation.package", "{kind}: {title}. Draft for public consultation from {start} to "
                      "{end}, published by {authority}.", kind=label_for(plan.plan_type_name, lang),
                      title=plan.official_title, start=dates[0], end=dates[1], authority=settings.authority)
    ident = data.dataset_id
    file_id = str(uuid.uuid5(uuid.NAMESPACE_URL, f"plu-studio:{ident.namespace}/{ident.local_id}")) if ident else package_id
    return MetadataRecord(
        title=plan.official_title,
        abstract=abstract,
        organisation=settings.authority,
        email=settings.contact_email,
        bbox_wgs84=(w, s, e_, n),
        crs=data.crs,
        language=lang,
        publication_date=settings.start,
        lineage=(
            say_in(lang, "participation.package", "Packaged for public consultation by PLU Studio from the plan data "
                                                  "set")
        ),
        file_identifier=file_id,
        keywords=(label_for(plan.plan_type_name, lang),),
    )


def _regulation_pdfs(
    data: PlanDataset, paragraphs: list[Paragraph], settings: ConsultationSettings, work: Path
) -> dict[str, list[dict[str, Any]]]:
    lang = settings.languages[0]
    words = _WORDS[lang]
    plan_title = data.plan.alternative_title if isinstance(data.plan.alternative_title, str) else data.plan.official_title
    files: dict[str, list[dict[str, Any]]] = {}
    for doc in data.official_documents:
        own = [p for p in paragraphs if p.document == doc.gml_id]
        if not own:
            continue
        name = f"documents/regulation-{_safe(doc.gml_id or 'text')}.pdf"
        period = words["period"].format(start=_date(settings.start, lang), end=_date(settings.end, lang))
        blocks = [
            Block("title", document_title(doc)),
            Block("subtitle", f"{data.plan.official_title}\n{words['draft']} · {period} · {settings.authority}"),
            Block("meta", words["source"]),
        ]
        blocks += [Block("paragraph", p.text, label=f"{p.number}." if p.numbered else None) for p in own]
        write_text_pdf(
            work / name,
            blocks,
            title=document_title(doc),
            footer=words["footer"].format(title=plan_title),
            language=lang,
            page_label=words["page"],
        )
        files[doc.gml_id or ""] = [{"label": _both("regulation"), "href": name}]
    return files


def _safe(text: str) -> str:
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in text)[:80]


def _host_readme(settings: ConsultationSettings, data: PlanDataset, package_id: str, files: list[str]) -> str:
    """The package's README for whoever hosts it: both languages, English first (no viewer to choose one)."""
    plan = data.plan

    def both(text: Text) -> str:
        return f"{text.say('en')} / {text.say('bg')}"

    def section(language: str) -> str:
        heading = f"{language.upper()} — " + say_in(language, "participation.package", "for whoever hosts this package")
        hosting = _hosting(settings.comment_address).say(language)
        return f"{heading}\n{'-' * len(heading)}\n{hosting}"

    files_heading = both(Text("participation.package", "Files"))
    return f"""{both(Text("participation.package", "PLU Studio consultation package"))}
=====================================================================

{plan.official_title}
{settings.authority} · {settings.start.isoformat()} – {settings.end.isoformat()}
{both(Text("participation.package", "Package"))}: {package_id}

{section("en")}

{section("bg")}

{files_heading}
{'-' * len(files_heading)}
""" + "\n".join(f"  {f}" for f in files) + "\n"


def _hosting(address: str) -> Text:
    """What whoever hosts a package does with it (the README's section in each language)."""
    return Text("participation.package", (
    '* Open index.html in a browser to see the plan; nothing else is needed, not even\n'
    '  a network connection (the map library is in viewer/vendor/).\n'
    '* To publish it, copy the whole folder to any static web host (a municipal web\n'
    '  server, object storage, GitHub Pages); keep the folder structure.\n'
    '* To collect comments online, run the comment service on a server:\n'
    '      plu consultation serve <this folder or ZIP> --db sqlite:///comments.db\n'
    '  and let it host the package, or build the package with --service-url pointing\n'
    '  at it so a copy on another host posts there. Without a service, the viewer gives\n'
    '  people a comment file to send by e-mail to {address}.\n'
    '* Check that nothing was changed after packaging:\n'
    '      sha256sum -c SHA256SUMS        (or: plu consultation verify <folder>)\n'
    '* An optional background map is configured in consultation.json (tile_url); it is\n'
    '  off until the user turns it on.'), address=address)


def _index_html(settings: ConsultationSettings) -> str:
    template = (VIEWER_DIR / "index.html").read_text(encoding="utf-8")
    return template.replace("{{lang}}", html.escape(settings.languages[0])).replace("{{title}}", html.escape(settings.title))


def service_script(url: str | None) -> str:
    """``data/service.js``: where the viewer posts comments (``null``: make a comment file instead)."""
    return viewer_script("PLU_SERVICE", {"url": url} if url else None)


def _copy_viewer(work: Path) -> None:
    target = work / "viewer"
    target.mkdir(parents=True)
    for name in ("app.js", "style.css"):
        shutil.copy2(VIEWER_DIR / name, target / name)
    shutil.copytree(VIEWER_DIR / "vendor", target / "vendor")


def _validate(work: Path, result: PackageResult) -> None:
    """Check plan.gml and metadata.xml against the official schemas when they are on this machine."""

    from validators.xsd import iter_xsd_findings, load_schema

    try:
        schema = load_schema()
    except SchemaMissingError as exc:
        result.findings.append(
            Finding(
                "PACKAGE.NOT_VALIDATED", Severity.WARNING,
                Text("participation.package", "plan.gml and metadata.xml were not checked against the INSPIRE "
                                              "schemas: {exc}", exc=exc),
            )
        )
        return
    result.findings.extend(iter_xsd_findings(work / "plan.gml", schema))
    doc = xml_parsing.parse(work / "metadata.xml")
    if not schema.validate(doc):
        for err in schema.error_log:
            result.findings.append(
                Finding(
                    "XSD", Severity.ERROR, f"metadata.xml: {err.message}", f"metadata.xml: {err.message}",
                    file="metadata.xml", line=err.line or None,
                )
            )
    result.validated = True


def build_package(
    plan: str | os.PathLike[str] | PlanDataset,
    out: str | os.PathLike[str],
    settings: ConsultationSettings,
    *,
    render_map_pdf: MapRenderer | None = None,
    progress: Progress | None = None,
    validate: bool = True,
) -> PackageResult:
    """Build the package for ``plan`` at ``out`` (a folder, or a ``.zip`` file).

    An existing folder at ``out`` is replaced only if it is itself a package;
    anything else there is left alone and reported.  ``render_map_pdf`` draws
    the plan map from a plan file; when it fails, no package is written.
    """
    settings.check()
    progress = progress or Progress(every=1)
    progress.total = 8
    dest = Path(out).absolute()  # a relative --out must not depend on which folder a child process runs in
    as_zip = dest.suffix.lower() == ".zip"
    if not as_zip and dest.exists() and (not dest.is_dir() or (any(dest.iterdir()) and not (dest / MANIFEST).is_file())):
        raise PluInputError(
            Text("participation.package", "{dest}: exists and is not a consultation package; choose an empty or new "
                                          "folder", dest=dest),
        )
    if isinstance(plan, PlanDataset):
        data, findings, source_path = plan, [], None
    else:
        data, findings = read_dataset(plan)
        source_path = Path(plan)
    if not data.spatial_plans:
        raise PluInputError(Text("participation.package", "{path}: holds no SpatialPlan to consult on",
                                 path=source_path or Text("participation.package", "the plan")))
    data.assign_gml_ids()
    package_id = str(uuid.uuid4())
    result = PackageResult(dest, package_id, findings=list(findings))
    dest.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{dest.name}.", dir=dest.parent))
    try:
        work = staging / "package"
        (work / "data").mkdir(parents=True)
        (work / "documents").mkdir()
        _stage(progress)

        record = _metadata_record(data, settings, package_id)
        (work / "metadata.xml").write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n' + metadata_xml(record) + "\n", encoding="utf-8"
        )
        if not data.metadata.get("md_metadata_xml"):
            data.metadata["md_metadata_xml"] = metadata_xml(record)
        write_gml(work / "plan.gml", data)
        _stage(progress)

        paragraphs = plan_paragraphs(data)
        (work / "data" / "regulation.json").write_text(
            json.dumps(
                [{"ref": p.ref, "document": p.document, "number": p.number, "text": p.text, "numbered": p.numbered} for p in paragraphs],
                ensure_ascii=False, indent=1,
            ) + "\n",
            encoding="utf-8",
        )
        document_files = _regulation_pdfs(data, paragraphs, settings, work)
        _stage(progress)

        downloads: list[dict[str, Any]] = []
        if render_map_pdf is not None:
            plan_file = Path(source_path) if source_path and source_path.suffix.lower() == ".gpkg" else staging / "plan.gpkg"
            if plan_file == staging / "plan.gpkg":
                save_dataset(plan_file, data)
            try:
                render_map_pdf(plan_file, work / "documents" / "plan-map.pdf", settings.languages[0])
            except Cancelled:
                raise
            except Exception as exc:  # the renderer is another process or a plug-in: report, never pass silently
                raise PluError(
                    Text("participation.package", "the plan map could not be drawn: {exc}", exc=exc),
                ) from exc
            if not (work / "documents" / "plan-map.pdf").is_file():
                raise PluError(
                    Text("participation.package", "the plan map renderer finished without writing "
                                                  "documents/plan-map.pdf"),
                )
            downloads.append({"label": _both("map"), "href": "documents/plan-map.pdf"})
        _stage(progress)
        for entries in document_files.values():
            downloads.extend(entries)
        downloads += [
            {"label": _both("gml"), "href": "plan.gml"},
            {"label": _both("geojson"), "build": "geojson", "file": "plan.geojson"},  # made by the viewer
            {"label": _both("paragraphs"), "href": "data/regulation.json"},
            {"label": _both("metadata"), "href": "metadata.xml"},
        ]

        viewer = viewer_data(
            data, settings, paragraphs, package_id=package_id, document_files=document_files, downloads=downloads
        )
        (work / "data" / "plan-data.js").write_text(viewer_script("PLU_DATA", viewer), encoding="utf-8")
        service_url = settings.service_url.rstrip("/") + "/api/comments" if settings.service_url else None
        (work / "data" / "service.js").write_text(service_script(service_url), encoding="utf-8")
        _copy_viewer(work)
        (work / "index.html").write_text(_index_html(settings), encoding="utf-8")
        (work / "consultation.json").write_text(
            json.dumps({**settings.to_json(), "package_id": package_id}, ensure_ascii=False, indent=1) + "\n",
            encoding="utf-8",
        )
        _stage(progress)

        if validate:
            _validate(work, result)
        _stage(progress)

        listed = sorted(p.relative_to(work).as_posix() for p in work.rglob("*") if p.is_file())
        (work / "README.txt").write_text(_host_readme(settings, data, package_id, listed + ["README.txt", MANIFEST, SUMS]), encoding="utf-8")
        about = {
            "format": PACKAGE_FORMAT,
            "version": 1,
            "package_id": package_id,
            "created": datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z"),
            "generator": "PLU Studio",
            "plan": {"id": data.plan.gml_id, "title": data.plan.official_title,
                     "dataset": None if data.dataset_id is None else f"{data.dataset_id.namespace}/{data.dataset_id.local_id}"},
            "consultation": {"start": settings.start.isoformat(), "end": settings.end.isoformat()},
        }
        manifest = build_manifest(work, about)
        result.files = [f["path"] for f in manifest["files"]] + [MANIFEST, SUMS]
        _stage(progress)

        _publish(work, dest, as_zip, staging)
        _stage(progress)
        progress.finish()
        return result
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _readable(work: Path) -> None:
    """Files a web server can read: some writers create private temporary files (0600)."""
    mask = os.umask(0)
    os.umask(mask)
    for p in [work, *work.rglob("*")]:
        p.chmod((0o777 if p.is_dir() else 0o666) & ~mask | (0o755 if p.is_dir() else 0o644))


def _publish(work: Path, dest: Path, as_zip: bool, staging: Path) -> None:
    """Move the finished package to ``dest`` in one step (a ZIP by rename, a folder by swap)."""
    _readable(work)
    if as_zip:
        tmp_zip = staging / "package.zip"
        with zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=6) as zf:
            for p in sorted(work.rglob("*")):
                if p.is_file():
                    zf.write(p, p.relative_to(work).as_posix())
        with open(tmp_zip, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp_zip, dest)
        return
    if dest.exists():
        old = staging / "previous"
        os.replace(dest, old)
        try:
            os.replace(work, dest)
        except OSError:
            os.replace(old, dest)
            raise
    else:
        os.replace(work, dest)
