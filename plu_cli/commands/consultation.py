"""``plu consultation …``: run the comment service and bring its comments back into the plan.

Sub-commands: ``serve`` (host a package and take comments), ``export`` (comments
straight from the service's database), ``import`` (comments into a plan file),
``list``, ``show`` (one comment), ``answer`` (a reviewer's decision and answer),
``add-paper`` (an objection received on paper), ``add-minutes`` (minutes of a
public meeting), ``summary`` (HTML, ODT, PDF or CSV) and ``verify`` (a package
against its manifest).  A comment is named by its reference (ПУП-2026-0042), the
reference's number (42), its id or an id prefix of at least eight characters.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import shutil
import sys
import tempfile
from datetime import UTC, date, datetime
from pathlib import Path

from plu_cli.language import language
from plu_model.errors import PluInputError
from plu_model.i18n import Text, say

NAME = "consultation"
PASSWORD_ENV = "PLU_MODERATION_PASSWORD"


def HELP() -> str:
    return say("plu_cli.commands.consultation", "public consultation: comment service, import of comments, answers "
                                                "and summary")


def add_arguments(p: argparse.ArgumentParser) -> None:
    from participation.comments_layer import DECISIONS

    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    sub.required = True

    s = sub.add_parser("serve", help=say("plu_cli.commands.consultation", "host a package and accept comments on it"))
    s.add_argument("package", help=say("plu_cli.commands.consultation", "package folder or .zip"))
    s.add_argument("--db", default="sqlite:///comments.db",
                   help=say("plu_cli.commands.consultation", "database: sqlite:///file.db (default comments.db) or "
                                                             "postgresql://…"))
    s.add_argument("--host", default="127.0.0.1")
    s.add_argument("--port", type=int, default=8080)
    s.add_argument("--password-file", type=Path,
                   help=say("plu_cli.commands.consultation", "file with the moderation password (else "
                                                             "${PASSWORD_ENV}, else asked)",
                                                             PASSWORD_ENV=PASSWORD_ENV))
    s.add_argument("--no-moderation", action="store_true", help=say("plu_cli.commands.consultation", "run without the moderation pages"))
    s.add_argument("--cors-origin", action="append", default=[],
                   help=say("plu_cli.commands.consultation", "a web origin allowed to post comments (default: any)"))
    s.add_argument("--behind-proxy", action="store_true",
                   help=say("plu_cli.commands.consultation", "trust X-Forwarded-For from one reverse proxy (see "
                                                             "--trusted-proxy)"))
    s.add_argument("--trusted-proxy", default="127.0.0.1",
                   help=say("plu_cli.commands.consultation", "the proxy's address whose X-Forwarded-For is believed "
                                                             "(default 127.0.0.1)"))
    s.add_argument("--limits-storage", default="memory://",
                   help=say("plu_cli.commands.consultation", "where rate limits are counted: memory:// (one "
                                                             "process), plu-sqlite:///file.db or redis://… (shared "
                                                             "by several processes)"))
    s.add_argument("--unpack-dir", type=Path, help=say("plu_cli.commands.consultation", "where a .zip package is unpacked"))

    e = sub.add_parser("export", help=say("plu_cli.commands.consultation", "export comments from the service's database"))
    e.add_argument("--db", required=True)
    e.add_argument("--out", required=True, type=Path, help=say("plu_cli.commands.consultation", ".geojson or .csv"))
    e.add_argument("--personal", action="store_true", help=say("plu_cli.commands.consultation", "include names and e-mails"))

    i = sub.add_parser("import", help=say("plu_cli.commands.consultation", "import comments into a plan file"))
    i.add_argument("plan", help=say("plu_cli.commands.consultation", "the plan file (.gpkg)"))
    i.add_argument("sources", nargs="+", help=say("plu_cli.commands.consultation", "service exports (.geojson) or comment files (.json)"))
    i.add_argument("--package", help=say("plu_cli.commands.consultation", "the consultation package the comments were made on"))

    ls = sub.add_parser("list", help=say("plu_cli.commands.consultation", "list a plan's comments and answers"))
    ls.add_argument("plan")
    ls.add_argument("--personal", action="store_true")

    which = say("plu_cli.commands.consultation", "the comment's reference ({example}), its number (42) or id",
                example="ПУП-2026-0042")  # a reference as the product writes it (participation.reference)
    sh = sub.add_parser("show", help=say("plu_cli.commands.consultation", "show one comment with its answer"))
    sh.add_argument("plan")
    sh.add_argument("comment", help=which)
    sh.add_argument("--personal", action="store_true")

    a = sub.add_parser("answer", help=say("plu_cli.commands.consultation", "set the decision and answer of a comment"))
    a.add_argument("plan")
    a.add_argument("comment", help=which)
    a.add_argument("--decision", required=True, choices=[*DECISIONS, "none"])
    a.add_argument("--text", default="", help=say("plu_cli.commands.consultation", "the written answer"))

    m = sub.add_parser("summary", help=say("plu_cli.commands.consultation", "write the summary of comments and answers"))
    m.add_argument("plan")
    m.add_argument("--out", required=True, type=Path, help=say("plu_cli.commands.consultation", ".html, .odt, .pdf or .csv"))
    m.add_argument("--lang", dest="summary_lang", choices=["bg", "en"])
    m.add_argument("--personal", action="store_true", help=say("plu_cli.commands.consultation", "include authors' names and e-mails"))
    m.add_argument("--include-hidden", action="store_true", help=say("plu_cli.commands.consultation", "list comments hidden by moderation too"))

    _paper_arguments(sub)

    ack = sub.add_parser("acknowledge", help=say("plu_cli.commands.consultation", "write the acknowledgement of a comment (its "
                                                                                  "reference) for its sender"))
    ack.add_argument("plan")
    ack.add_argument("comment", help=which)
    ack.add_argument("--out", required=True, type=Path, help=say("plu_cli.commands.consultation", ".pdf or .html"))
    ack.add_argument("--lang", dest="ack_lang", choices=["bg", "en"])

    v = sub.add_parser("verify", help=say("plu_cli.commands.consultation", "check a package against its manifest"))
    v.add_argument("package")


def _paper_arguments(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    pp = sub.add_parser("add-paper", help=say("plu_cli.commands.consultation", "enter an objection received on paper or in person"))
    pp.add_argument("plan")
    pp.add_argument("--registry-number", required=True, help=say("plu_cli.commands.consultation", "registry number"))
    pp.add_argument("--received", required=True, help=say("plu_cli.commands.consultation", "date received: 04.12.2026 or 2026-12-04"))
    pp.add_argument("--sender", required=True, help=say("plu_cli.commands.consultation", "who sent it"))
    pp.add_argument("--address", default="", help=say("plu_cli.commands.consultation", "the sender's address"))
    pp.add_argument("--acknowledgement", type=Path, metavar="FILE",
                    help=say("plu_cli.commands.consultation", "also write the sender's acknowledgement (.pdf or .html)"))
    text = pp.add_mutually_exclusive_group()
    text.add_argument("--text", default="", help=say("plu_cli.commands.consultation", "the objection's text"))
    text.add_argument("--text-file", type=Path, help=say("plu_cli.commands.consultation", "a UTF-8 text file with the objection"))
    pp.add_argument("--attach", action="append", default=[], metavar="FILE",
                    help=say("plu_cli.commands.consultation", "scanned pages (.pdf or .jpg), may repeat"))
    where = pp.add_mutually_exclusive_group()
    pp.add_argument("--zone", action="append", default=[], metavar="GMLID", help=say("plu_cli.commands.consultation", "zone it concerns"))
    pp.add_argument("--paragraph", metavar="ID", help=say("plu_cli.commands.consultation", "paragraph it cites (OD.rules#4)"))
    where.add_argument("--point", nargs=2, type=float, metavar=("X", "Y"),
                       help=say("plu_cli.commands.consultation", "a place in the plan's coordinates"))
    where.add_argument("--geometry", metavar="GEOJSON", help=say("plu_cli.commands.consultation", "a GeoJSON geometry in WGS 84"))

    mm = sub.add_parser("add-minutes", help=say("plu_cli.commands.consultation", "attach the minutes of a public meeting"))
    mm.add_argument("plan")
    mm.add_argument("--file", required=True, type=Path, help=say("plu_cli.commands.consultation", "the minutes (.pdf or .jpg)"))
    mm.add_argument("--date", required=True, help=say("plu_cli.commands.consultation", "date of the meeting"))
    mm.add_argument("--title", required=True, help=say("plu_cli.commands.consultation", "title of the minutes"))


def _require_gpkg(plan: str) -> Path:
    path = Path(plan)
    if path.suffix.lower() != ".gpkg":
        command = f"plu convert {path} {path.with_suffix('.gpkg')}"
        raise PluInputError(
            Text("plu_cli.commands.consultation", "{path}: comments go into a plan file (.gpkg); convert it first "
                                                  "with '{command}'", path=path, command=command),
        )
    return path


def _password(args: argparse.Namespace) -> str | None:
    if args.no_moderation:
        return None
    if args.password_file:
        try:
            text = args.password_file.read_text(encoding="utf-8").strip()
        except OSError as exc:
            raise PluInputError(
                Text("plu_cli.commands.consultation", "{password_file}: cannot read the password file ({exc})",
                                                      password_file=args.password_file, exc=exc),
            ) from exc
    elif os.environ.get(PASSWORD_ENV):
        text = os.environ[PASSWORD_ENV]
    elif sys.stdin.isatty():
        text = getpass.getpass(say("plu_cli.commands.consultation", "moderation password: "))
    else:
        raise PluInputError(
            Text("plu_cli.commands.consultation", "give a moderation password (--password-file or ${PASSWORD_ENV}) "
                                                  "or --no-moderation", PASSWORD_ENV=PASSWORD_ENV),
        )
    if len(text) < 10:
        raise PluInputError(
            Text("plu_cli.commands.consultation", "the moderation password needs at least 10 characters"),
        )
    return text


def _serve(args: argparse.Namespace) -> int:
    from participation.package_reader import open_package
    from participation.service.app import ServiceLimits, create_app, hash_password, serve
    from participation.service.login_guard import cookie_secret
    from participation.service.storage import open_store

    password = _password(args)
    unpack = None
    scratch = None  # an unpack folder of our own making, removed when the service stops
    if Path(args.package).is_file():
        unpack = args.unpack_dir
        if unpack is None:
            unpack = scratch = Path(tempfile.mkdtemp(prefix="plu-package-"))
    package = open_package(args.package, extract_to=unpack)
    store = open_store(args.db, outside=package.root)
    try:
        app = create_app(
            package, store,
            moderation_password_hash=hash_password(password) if password else None,
            cors_origins=tuple(args.cors_origin) or ("*",),
            limits=ServiceLimits(storage_uri=args.limits_storage),
            secret=cookie_secret(password) if password else None,
        )
        state = package.settings.state_at(datetime.now(UTC))
        moderation = (Text("plu_cli.commands.consultation", "on") if password
                      else Text("plu_cli.commands.consultation", "off"))
        print(say("plu_cli.commands.consultation", "serving {root} on http://{host}:{port}/ (consultation {state}; "
                                                   "{n} comment stored; moderation {moderation})",
                                                   plural="serving {root} on http://{host}:{port}/ (consultation "
                                                          "{state}; {n} comments stored; moderation {moderation})",
                                                   root=package.root, host=args.host,
                  port=args.port, state=state, n=store.count(), moderation=moderation), flush=True)
        serve(app, args.host, args.port, behind_proxy=args.behind_proxy, trusted_proxy=args.trusted_proxy)
    except KeyboardInterrupt:  # Ctrl+C or SIGTERM: the normal way to stop a service
        print(say("plu_cli.commands.consultation", "plu: the service stopped"), file=sys.stderr)
    finally:
        store.close()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


def _export(args: argparse.Namespace) -> int:
    from participation.comment_export import ReceivedComment, comments_csv, comments_geojson
    from participation.service.storage import open_store

    store = open_store(args.db, must_exist=True)
    try:
        items = [ReceivedComment(s.comment, s.received_at, s.status, s.reference or "")
                 for s in store.comments(personal=args.personal)]
    finally:
        store.close()
    suffix = args.out.suffix.lower()
    if suffix in (".geojson", ".json"):
        text = json.dumps(comments_geojson(items, personal=args.personal), ensure_ascii=False, indent=1)
    elif suffix == ".csv":
        text = "\ufeff" + comments_csv(items, personal=args.personal)
    else:
        raise PluInputError(Text("plu_cli.commands.consultation", "{out}: export to .geojson or .csv", out=args.out))
    args.out.write_text(text, encoding="utf-8")
    print(say("plu_cli.commands.consultation", "wrote {n} comment to {out}",
                                               plural="wrote {n} comments to {out}", n=len(items), out=args.out))
    return 0


def _import(args: argparse.Namespace) -> int:
    from participation.comment_export import read_comments
    from participation.comments_layer import import_comments
    from participation.package_reader import open_package
    from plu_cli.output import print_findings

    plan = _require_gpkg(args.plan)
    context = None
    settings_json = None
    if args.package:
        with tempfile.TemporaryDirectory() as tmp:
            package = open_package(args.package, extract_to=Path(tmp) / "p" if Path(args.package).is_file() else None)
            context = package.context()
            settings_json = {**package.settings.to_json(), "package_id": package.package_id}
    items = []
    for source in args.sources:
        items.extend(read_comments(source, context))
    report = import_comments(plan, items, source=", ".join(Path(s).name for s in args.sources), settings_json=settings_json)
    print_findings(report.findings, sys.stderr)
    already = Text("plu_cli.commands.consultation", "{n} was there already", plural="{n} were there already",
                   n=len(report.duplicates))
    print(say("plu_cli.commands.consultation", "{n} comment imported into {plan}; {already}",
              plural="{n} comments imported into {plan}; {already}", n=len(report.added), plan=plan, already=already))
    return 0


def _list(args: argparse.Namespace) -> int:
    from participation.comments_layer import CommentsLayer
    from participation.review import decision_label

    plan = _require_gpkg(args.plan)
    with CommentsLayer(plan) as layer:
        records = layer.records(personal=args.personal)
    lang = language()
    for r in records:
        about = ", ".join(r.zones) + (f" {r.paragraph}" if r.paragraph else "")
        who = f" [{r.author.name} <{r.author.email}>]" if args.personal and r.author else ""
        paper = f" [{say('plu_cli.commands.consultation', 'paper')}, {say('plu_cli.commands.consultation', 'reg. no.')} {r.registry_number}]" if r.is_paper else ""
        print(f"{r.reference:15}  {r.comment_id[:8]}  {decision_label(r.decision, lang):20}  {about or '-'}{who}{paper}")
        print(f"      {r.text[:200]}")
        if r.answer:
            print(f"      → {r.answer[:200]}")
    return 0


def _answer(args: argparse.Namespace) -> int:
    from participation.comments_layer import updating
    from participation.reference import find_comment
    from participation.review import ReviewSession, decision_label

    plan = _require_gpkg(args.plan)
    decision = None if args.decision == "none" else args.decision
    with updating(plan) as layer:
        record = find_comment(layer.records(), args.comment, str(plan))
        ReviewSession(layer).answer(record.comment_id, decision, args.text)
    print(say("plu_cli.commands.consultation", "comment {reference}: {decision}", reference=record.reference,
              decision=decision_label(decision, language())))
    return 0


def _show(args: argparse.Namespace) -> int:
    from participation.comments_layer import CommentsLayer
    from participation.reference import find_comment
    from participation.review import decision_label
    from plu_model.dates import format_user_date

    plan = _require_gpkg(args.plan)
    with CommentsLayer(plan) as layer:
        r = find_comment(layer.records(personal=args.personal), args.comment, str(plan))
        scans = layer.documents(comment_id=r.comment_id)
    lang = language()
    print(f"{r.reference}  ({r.comment_id})")
    received = format_user_date(date.fromisoformat((r.received_at or r.submitted_at)[:10]), lang)
    print(f"{say('plu_cli.commands.consultation', 'received')}: {received}"
          + (f"  {say('plu_cli.commands.consultation', 'paper')}, {say('plu_cli.commands.consultation', 'reg. no.')} {r.registry_number}" if r.is_paper else ""))
    if args.personal and r.author:
        print(f"{say('plu_cli.commands.consultation', 'author')}: {', '.join(x for x in (r.author.name, r.author.email, r.address) if x)}")
    about = ", ".join(r.zones) + (f" {r.paragraph}" if r.paragraph else "")
    print(f"{say('plu_cli.commands.consultation', 'about')}: {about or '-'}")
    print(r.text)
    for d in scans:
        print(f"  [{d.file_name}, {d.size} B]")
    print(f"{say('plu_cli.commands.consultation', 'decision')}: {decision_label(r.decision, lang)}")
    if r.answer:
        print(r.answer)
    return 0


def _add_paper(args: argparse.Namespace) -> int:
    from participation.acknowledgement import write_acknowledgement
    from participation.paper import PaperObjection, add_paper_objection, paper_attachments, parse_received_date

    plan = _require_gpkg(args.plan)
    text = args.text
    if args.text_file is not None:
        try:
            text = args.text_file.read_text(encoding="utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            raise PluInputError(Text("plu_cli.commands.consultation", "{text_file}: cannot be read as UTF-8 text ({exc})",
                                                                      text_file=args.text_file, exc=exc)) from exc
    geometry = None
    if args.geometry is not None:
        try:
            geometry = json.loads(args.geometry)
        except json.JSONDecodeError as exc:
            raise PluInputError(Text("plu_cli.commands.consultation", "--geometry: not JSON ({exc})", exc=exc)) from exc
    objection = PaperObjection(
        registry_number=args.registry_number, received=parse_received_date(args.received), sender=args.sender,
        text=text, address=args.address, attachments=paper_attachments(args.attach), zones=tuple(args.zone),
        paragraph=args.paragraph, point=tuple(args.point) if args.point else None, geometry=geometry,
    )
    if args.acknowledgement is not None and args.acknowledgement.suffix.lower() not in (".pdf", ".html", ".htm"):
        raise PluInputError(Text("plu_cli.commands.consultation", "{acknowledgement}: the acknowledgement can be "
                                                                  "written as .pdf or .html",
                                                                  acknowledgement=args.acknowledgement))
    record = add_paper_objection(plan, objection)
    print(say("plu_cli.commands.consultation", "objection {registry_number} entered as {reference} ({n} file "
                                               "attached)",
                                               plural="objection {registry_number} entered as {reference} ({n} files "
                                                      "attached)",
                                               registry_number=record.registry_number, reference=record.reference, n=len(objection.attachments)))
    if args.acknowledgement is not None:
        written, _ = write_acknowledgement(plan, record.comment_id, args.acknowledgement, language=language())
        print(say("plu_cli.commands.consultation", "acknowledgement: {written}", written=written))
    return 0


def _acknowledge(args: argparse.Namespace) -> int:
    from participation.acknowledgement import write_acknowledgement

    plan = _require_gpkg(args.plan)
    written, record = write_acknowledgement(plan, args.comment, args.out, language=args.ack_lang or language())
    print(say("plu_cli.commands.consultation", "wrote {written} ({reference})",
                                               written=written, reference=record.reference))
    return 0


def _add_minutes(args: argparse.Namespace) -> int:
    from participation.attachments import read_attachment
    from participation.paper import add_minutes, parse_received_date

    plan = _require_gpkg(args.plan)
    day = parse_received_date(args.date, field_name="date")
    number = add_minutes(plan, read_attachment(args.file), title=args.title, dated=day)
    print(say("plu_cli.commands.consultation", "minutes of {day:%d.%m.%Y} attached to {plan} (document {number})",
                                               day=day, plan=plan, number=number))
    return 0


def _summary(args: argparse.Namespace) -> int:
    from participation.summary import build_summary, write_summary

    plan = _require_gpkg(args.plan)
    summary = build_summary(plan, language=args.summary_lang or language(), personal=args.personal,
                            include_hidden=args.include_hidden)
    write_summary(summary, args.out)
    print(say("plu_cli.commands.consultation", "wrote {out} ({n} comment)",
                                               plural="wrote {out} ({n} comments)", out=args.out, n=summary.total))
    return 0


def _verify(args: argparse.Namespace) -> int:
    from participation.manifest import verify_manifest
    from participation.package_reader import open_package

    path = Path(args.package)
    if path.is_file():
        with tempfile.TemporaryDirectory() as tmp:
            open_package(path, extract_to=Path(tmp), verify=True)
        print(say("plu_cli.commands.consultation", "{path}: intact", path=path))
        return 0
    problems = verify_manifest(path)
    for p in problems:
        print(p.message(language()), file=sys.stderr)
    if not problems:
        print(say("plu_cli.commands.consultation", "{path}: intact", path=path))
    return 1 if problems else 0


def run(args: argparse.Namespace) -> int:
    return {
        "serve": _serve, "export": _export, "import": _import, "list": _list,
        "answer": _answer, "summary": _summary, "verify": _verify, "show": _show,
        "add-paper": _add_paper, "add-minutes": _add_minutes, "acknowledge": _acknowledge,
    }[args.action](args)
