"""``plu register …``: the plan register (PostgreSQL/PostGIS). A thin shell over :mod:`register.provider`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from plu_cli.language import language, user_date
from plu_model.errors import PluInputError
from plu_model.i18n import ByLanguage, Text, say
from register.steps import STEPS

NAME = "register"


def HELP() -> str:
    return say("plu_cli.commands.register", "the plan register in PostGIS: plans, versions, lifecycle, what applies "
                                            "where")


def _number(text: str) -> float:
    """A coordinate; a decimal comma (``23,2596``, as Bulgarian writes it) is named, not just called invalid."""
    try:
        return float(text)
    except ValueError:
        hint = (say("plu_cli.commands.register", "'{text}' is not a number: write the decimal point as '.' ({fixed})",
                    text=text, fixed=text.replace(",", ".")) if text.count(",") == 1 else
                say("plu_cli.commands.register", "'{text}' is not a number", text=text))
        raise argparse.ArgumentTypeError(hint) from None


def _plan_help() -> str:
    return say("plu_cli.commands.register", "the plan's localId, or NAMESPACE:LOCALID when two namespaces share it; "
                                            "@N picks a version")


def _sub(sub: Any, name: str, text: Text) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=text.say(), description=text.say())
    p.add_argument("--db", help=say("plu_cli.commands.register", "PostgreSQL DSN or URI (default: your private register)"))
    p.add_argument("--json", action="store_true", help=say("plu_cli.commands.register", "machine-readable output"))
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    from register.wording import choices_help

    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    sub.required = True
    i = _sub(sub, "init", Text("plu_cli.commands.register", "create the register (a private cluster without --db) or "
                                                            "bring it up to date"))
    i.add_argument("--home", help=say("plu_cli.commands.register", "folder of the private cluster"))
    _sub(sub, "stop", Text("plu_cli.commands.register", "stop your private register's server"))
    a = _sub(sub, "add", Text("plu_cli.commands.register", "validate a plan and store it as a new version"))
    a.add_argument("plan", help=say("plu_cli.commands.register", "a .gml or .gpkg plan"))
    a.add_argument("--authority", required=True, help=say("plu_cli.commands.register", "authority code (e.g. sofia)"))
    a.add_argument("--amends", action="append", default=[], metavar="PLAN",
                   help=say("plu_cli.commands.register", "a plan this one amends within its extent (LOCALID or "
                                                         "NAMESPACE:LOCALID)"))
    a.add_argument("--force", action="store_true", help=say("plu_cli.commands.register", "store even with errors"))
    a.add_argument("--profile", default="bg", help=say("plu_cli.commands.register", "validation profile (default bg)"))
    ls = _sub(sub, "list", Text("plu_cli.commands.register", "the plans with their latest version"))
    ls.add_argument("--authority", help=say("plu_cli.commands.register", "only this authority's plans"))
    for name, text in (("show", Text("plu_cli.commands.register", "one version")),
                       ("versions", Text("plu_cli.commands.register", "every version of a plan"))):
        _sub(sub, name, text).add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    s = _sub(sub, "status", Text("plu_cli.commands.register", "move a version to a process step (publishing records "
                                                              "its SHA-256)"))
    s.add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    s.add_argument("step", choices=STEPS, help=say("plu_cli.commands.register", "the process step: {steps}",
                                                    steps=choices_help(language())["steps"]))
    s.add_argument("--date", type=user_date, help=say("plu_cli.commands.register", "validFrom (legalForce) or validTo (obsolete)"))
    s.add_argument("--key", help=say("plu_cli.commands.register", "PEM private key to sign the publication"))
    s.add_argument("--cert", help=say("plu_cli.commands.register", "PEM certificate of that key"))
    e = _sub(sub, "export", Text("plu_cli.commands.register", "write a version as .gpkg or .gml"))
    e.add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    e.add_argument("out")
    e.add_argument("--published", action="store_true", help=say("plu_cli.commands.register", "the GML exactly as last published, with its "
                                                                                             "signature as OUT.sig.xml"))
    at = _sub(sub, "at", Text("plu_cli.commands.register", "which zoning applies at a point on a date"))
    at.add_argument("x", type=_number, help=say("plu_cli.commands.register", "east or longitude"))
    at.add_argument("y", type=_number, help=say("plu_cli.commands.register", "north or latitude"))
    at.add_argument("--date", type=user_date, default=date.today(), help=say("plu_cli.commands.register", "the day (default today)"))
    at.add_argument("--crs", type=int, default=4326, metavar="EPSG", help=say("plu_cli.commands.register", "CRS of X Y (default 4326: longitude, latitude)"))
    f = _sub(sub, "in-force", Text("plu_cli.commands.register", "write the consolidated zoning in force on a date"))
    f.add_argument("--date", type=user_date, default=date.today(), help=say("plu_cli.commands.register", "the day (default today)"))
    f.add_argument("--out", required=True, help=".gpkg | .gml")
    f.add_argument("--bbox", type=_number, nargs=4, metavar=("MINX", "MINY", "MAXX", "MAXY"),
                   help=say("plu_cli.commands.register", "only zones in this box (in the output CRS)"))
    f.add_argument("--crs", type=int, metavar="EPSG", help=say("plu_cli.commands.register", "output CRS (default: the first plan's)"))
    d = _sub(sub, "diff", Text("plu_cli.commands.register", "what changed between two versions or plans"))
    d.add_argument("before", metavar="PLAN[@VERSION]", help=_plan_help())
    d.add_argument("after", metavar="PLAN[@VERSION]", help=_plan_help())
    d.add_argument("--html", help=say("plu_cli.commands.register", "write an HTML report with a map"))
    g = _sub(sub, "grant", Text("plu_cli.commands.register", "give a user a role (reader, planner, publisher, "
                                                             "administrator) for an authority"))
    g.add_argument("user", help=say("plu_cli.commands.register", "PostgreSQL login (created if new)"))
    g.add_argument("role", choices=("reader", "planner", "publisher", "administrator"),
                   help=say("plu_cli.commands.register", "the role: {roles}", roles=choices_help(language())["roles"]))
    g.add_argument("--authority", help=say("plu_cli.commands.register", "authority code (created if new)"))
    g.add_argument("--authority-name", help=say("plu_cli.commands.register", "the authority's name"))
    g.add_argument("--password-env", metavar="VAR", help=say("plu_cli.commands.register", "take the password from this environment variable"))
    v = _sub(sub, "verify", Text("plu_cli.commands.register", "check the SHA-256 and signature of a version's "
                                                              "publications"))
    v.add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    v.add_argument("--cert", help=say("plu_cli.commands.register", "trusted PEM certificate"))
    _sub(sub, "audit", Text("plu_cli.commands.register", "who changed what and when"))


def _print(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.json else text)


def _day_shown(day: date | None) -> str:
    from plu_model.dates import format_user_date

    return format_user_date(day, language()) if day is not None else "…"


def _version_line(v: Any, shown: str | None = None) -> str:
    """``ref  step  from – to  authority  title``: the step by its name in the user's language."""
    from register.wording import step_label

    lang = language()
    width = max(len(step_label(step, lang)) for step in STEPS)
    valid = f" {_day_shown(v.valid_from)} – {_day_shown(v.valid_to)}" if v.valid_from or v.valid_to else ""
    return f"{shown or v.ref:30} {step_label(v.status, lang):{width}}{valid}  {v.authority}  {v.title}"


def run(args: argparse.Namespace) -> int:
    if args.action == "init":
        from register.provider import init_register

        out = init_register(args.db, args.home)
        applied = ", ".join(out["applied"])
        _print(args, out, say("plu_cli.commands.register", "register ready: {dsn} (migrations applied: {applied})",
                              dsn=out["dsn"], applied=applied or Text("plu_cli.commands.register", "none")))
        if args.home and not args.db and not args.json:  # the other commands look in the default folder
            print(say("plu_cli.commands.register", "the other commands find it with PLU_REGISTER_HOME={home} or "
                                                   "--db \"{dsn}\"", home=out["home"], dsn=out["dsn"]))
        return 0
    if args.action == "stop":
        from register.cluster import EmbeddedCluster

        for note in EmbeddedCluster().stop():  # a server left running after its folder was deleted or moved
            print(note.say())
        return 0
    from register.provider import open_register

    with open_register(args.db) as reg:
        return int(_ACTIONS[args.action](reg, args))


def _add(reg: Any, args: argparse.Namespace) -> int:
    from register.adding import add_plan

    if os.path.isdir(args.plan):
        raise PluInputError(Text("plu_cli.commands.register", "{plan}: is a folder; give a .gml or .gpkg plan file",
                                 plan=args.plan))
    if not os.path.isfile(args.plan):
        raise PluInputError(Text("plu_cli.commands.register", "{plan}: no such file", plan=args.plan))
    result = add_plan(reg, args.plan, args.authority, args.amends, args.force, args.profile)
    if result.version is None:
        for f in result.errors[:20]:
            print(f"{f.severity.title(language())} {f.rule} {f.gml_id or ''}: {f.message(language())}",
                  file=sys.stderr)
        print(say("plu_cli.commands.register", "not stored: {n_errors} errors (fix them, or --force)",
                                               n_errors=len(result.errors)), file=sys.stderr)
        if args.json:
            print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return 1
    from plu_model.class_names import class_counts
    from register.wording import step_label

    v = result.version
    counts = class_counts(v.counts, language())
    kept = say("plu_cli.commands.register", "; {n_errors} errors kept (--force)", n_errors=len(result.errors))
    restamped = say("plu_cli.commands.register", "; {n_features} features given the register's versionId and "
                                                 "beginLifespanVersion in place of the file's", n_features=v.restamped)
    _print(args, result.as_json(), say("plu_cli.commands.register", "stored {ref} ({status}) for {authority}: {counts}",
                                       ref=v.ref, status=step_label(v.status, language()), authority=v.authority,
                                       counts=counts)
           + (kept if result.errors else "") + (restamped if v.restamped else "")
           + (say("plu_cli.commands.register", "; the same plan as {ref}: nothing in it changed",
                  ref=f"{v.local_id}@{v.same_as}") if v.same_as else ""))
    return 0


def _list(reg: Any, args: argparse.Namespace) -> int:
    from register.store import display_refs

    plans = reg.plans(args.authority)
    empty = (say("plu_cli.commands.register", "the register holds no plan of authority {authority}",
                 authority=args.authority) if args.authority else
             say("plu_cli.commands.register", "the register is empty"))
    _print(args, [v.as_json() for v in plans], "\n".join(_version_line(v, shown)
                                                         for v, shown in zip(plans, display_refs(plans), strict=True))
           or empty)
    return 0


def _show(reg: Any, args: argparse.Namespace) -> int:
    from register.version_text import version_text

    v = reg.version(args.id)
    _print(args, v.as_json(), version_text(v, language(), reg.authority_names().get(v.authority)))
    return 0


def _versions(reg: Any, args: argparse.Namespace) -> int:
    found = reg.versions(args.id)
    _print(args, [v.as_json() for v in found], "\n".join(_version_line(v) for v in found))
    return 0


def _status(reg: Any, args: argparse.Namespace) -> int:
    if bool(args.key) != bool(args.cert):
        raise PluInputError(Text("plu_cli.commands.register", "--key and --cert go together"))
    v = reg.set_status(args.id, args.step, args.date, args.key, args.cert)
    sha = f" sha256={v.sha256}" if v.sha256 else ""
    _print(args, v.as_json(), _version_line(v) + sha)
    return 0


def _export(reg: Any, args: argparse.Namespace) -> int:
    if args.published:
        from plu_model.atomic import write_atomic

        data, pub = reg.authoritative_gml(args.id)
        out = write_atomic(args.out, data)
        if pub["signature_xml"]:
            write_atomic(args.out + ".sig.xml", pub["signature_xml"])
        _print(args, {"written": str(out), "sha256": pub["sha256"]}, say("plu_cli.commands.register", "written {out} (sha256 {pub})",
                                                                                                      out=out, pub=pub['sha256']))
        return 0
    out = reg.export(args.id, args.out)
    _print(args, {"written": str(out)}, say("plu_cli.commands.register", "written {out}", out=out))
    return 0


def _limit_text(limit: dict[str, Any], lang: str) -> str:
    """``Maximum height 5 m``: the indication by its name, the value as the reader writes numbers."""
    from participation.web_data import INDICATION_LABELS
    from plu_model.user_numbers import format_user_number

    name = limit["indication_reference"]
    label = INDICATION_LABELS[name].say(lang) if name in INDICATION_LABELS else name
    value = limit.get("value")
    shown = format_user_number(value, lang) if isinstance(value, (int, float)) and not isinstance(value, bool) \
        else str(value)
    return f"{label} {shown}{' ' + limit['uom'] if limit.get('uom') else ''}"


def _zone_text(entry: dict[str, Any], first: bool) -> str:
    """A zone that applies at a point: its land use and zone type by their code-list labels, its limits by name."""
    from plu_model.codelists import label_for
    from plu_model.dates import format_user_date

    lang = language()
    z = entry["zoning_element"]
    head = say("plu_cli.commands.register", "applies") if first else say("plu_cli.commands.register", "also covers (overridden)")
    limits = "; ".join(_limit_text(x, lang) for x in z["limits"])
    docs = "; ".join(d["name"] or d["gml_id"] for d in entry["documents"])
    since = format_user_date(date.fromisoformat(entry["valid_from"]), lang) if entry["valid_from"] else "—"
    hilucs = ", ".join(label_for(u, lang) for u in z["hilucs_land_use"])
    zone_types = ", ".join(label_for(u, lang) for u in z["specific_land_use"])
    return (f"{head}: {z['local_id']} — {entry['plan']}@{entry['version']} «{entry['title']}» "
            f"({say('plu_cli.commands.register', 'in force since')} {since})\n"
            f"  HILUCS: {hilucs or '—'}\n"
            f"  {say('plu_cli.commands.register', 'zone type')}: {zone_types or '—'}\n"
            f"  {say('plu_cli.commands.register', 'limits')}: {limits or '—'}\n  {say('plu_cli.commands.register', 'documents')}: {docs or '—'}")


def _at(reg: Any, args: argparse.Namespace) -> int:
    from plu_model.dates import format_user_date

    found = reg.at(args.x, args.y, args.date, args.crs)
    where = say("plu_cli.commands.register", "({x}, {y}) EPSG:{crs} {date}", x=args.x, y=args.y, crs=args.crs,
                date=format_user_date(args.date, language()))  # the point as the provider's errors write it
    if not found:
        _print(args, {"point": [args.x, args.y], "crs": args.crs, "date": args.date.isoformat(), "applies": None,
                      "also": []}, say("plu_cli.commands.register", "no zoning in force at {where}", where=where))
        return 1
    data = {"point": [args.x, args.y], "crs": args.crs, "date": args.date.isoformat(), "applies": found[0],
            "also": found[1:]}
    _print(args, data, where + "\n" + "\n".join(_zone_text(e, i == 0) for i, e in enumerate(found)))
    return 0


def _day_said(day: date) -> ByLanguage:
    """A day as a value of a text: ``4.12.2026 г.`` in Bulgarian, ``4 Dec 2026`` in English."""
    from plu_model.dates import format_user_date

    return ByLanguage(partial(format_user_date, day))


def _in_force(reg: Any, args: argparse.Namespace) -> int:
    from register.exporting import write_dataset

    data = reg.in_force(args.date, tuple(args.bbox) if args.bbox else None, args.crs)
    if not data.zoning_elements:
        if args.bbox:
            print(say("plu_cli.commands.register", "no zoning in force on {date} inside the box {bbox} in EPSG:{crs} "
                                                   "(is the box in that CRS?)", date=_day_said(args.date),
                      bbox=" ".join(f"{v:g}" for v in args.bbox), crs=data.crs), file=sys.stderr)
        else:
            print(say("plu_cli.commands.register", "no zoning in force on {date}", date=_day_said(args.date)), file=sys.stderr)
        return 1
    out = write_dataset(data, Path(args.out))
    _print(args, {"written": str(out), "counts": data.counts()},
           say("plu_cli.commands.register", "written {out}: {n_zoning_elements} zoning elements in force on {date}",
                                            out=out, n_zoning_elements=len(data.zoning_elements),
                                            date=_day_said(args.date)))
    return 0


def _diff(reg: Any, args: argparse.Namespace) -> int:
    from register.diff_report import diff_html, diff_text

    d = reg.diff(args.before, args.after)
    if args.html:
        from plu_model.atomic import write_atomic

        write_atomic(args.html, diff_html(d))
    _print(args, d.as_json(), diff_text(d, language()))
    return 0


def _grant(reg: Any, args: argparse.Namespace) -> int:
    password = os.environ.get(args.password_env) if args.password_env else None
    if args.password_env and not password:  # never grant without the password the user meant to set
        raise PluInputError(Text("plu_cli.commands.register", "the environment variable {var} is not set or empty; "
                                                              "nothing was granted", var=args.password_env))
    from register.wording import role_label

    out = reg.grant(args.user, args.role, args.authority, password, args.authority_name)
    shown = {**out, "role": role_label(out["role"], language())}
    granted = (say("plu_cli.commands.register", "{user} is {role} for {authority}", **shown) if out["authority"]
               else say("plu_cli.commands.register", "{user} is {role}", **shown))
    _print(args, out, granted)
    return 0


def _publication_line(r: dict[str, Any]) -> str:
    """``step  sha256 0123…  OK  signature: OK``, the step by its name in the user's language."""
    from register.wording import hash_state, step_label

    lang = language()
    if not r["signed"]:
        sig = say("plu_cli.commands.register", "unsigned")
    else:
        sig = {None: say("plu_cli.commands.register", "not checked (no --cert)"),
               True: say("plu_cli.commands.register", "OK"),
               False: say("plu_cli.commands.register", "INVALID")}[r["signature_ok"]]
    hashed = hash_state(r["hash_ok"], lang)
    width = max(len(step_label(step, lang)) for step in STEPS)
    return (f"{step_label(r['step'], lang):{width}} sha256 {r['sha256'][:16]}… {hashed}"
            f"  {say('plu_cli.commands.register', 'signature')}: {sig}")


def _verify(reg: Any, args: argparse.Namespace) -> int:
    results = reg.verify(args.id, args.cert)
    if not results:
        print(say("plu_cli.commands.register", "{id} has not been published", id=args.id), file=sys.stderr)
        return 1
    _print(args, results, "\n".join(_publication_line(r) for r in results))
    bad = any(not r["hash_ok"] or r["signature_ok"] is False for r in results)
    return 1 if bad else 0


def _audit_line(r: dict[str, Any]) -> str:
    """``when who what table key detail``: the time as the reader writes it, the operation and table in words."""
    from datetime import datetime

    from plu_model.dates import format_user_date
    from register.audit_text import audit_detail
    from register.wording import audit_action, audit_table

    lang = language()
    at = datetime.fromisoformat(r["at"]).astimezone()
    return (f"{format_user_date(at, lang)} {at:%H:%M:%S} {r['who']:12} {audit_action(r['action'], lang):9} "
            f"{audit_table(r['table'], lang):14} {r['key']} {audit_detail(r['detail'], lang)}")


def _audit(reg: Any, args: argparse.Namespace) -> int:
    rows = reg.audit()
    _print(args, rows, "\n".join(_audit_line(r) for r in rows))
    return 0


_ACTIONS = {"add": _add, "list": _list, "show": _show, "versions": _versions, "status": _status, "export": _export,
            "at": _at, "in-force": _in_force, "diff": _diff, "grant": _grant, "verify": _verify, "audit": _audit}
