"""``plu register …``: the plan register (PostgreSQL/PostGIS). A thin shell over :mod:`register.provider`."""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from plu_cli.language import language, t
from plu_model.errors import PluInputError

NAME = "register"
_STEPS = ("elaboration", "adoption", "legalForce", "obsolete")


def HELP() -> str:
    return t("the plan register in PostGIS: plans, versions, lifecycle, what applies where",
             "регистърът на плановете в PostGIS: планове, версии, етапи, какво важи къде")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(t(f"'{text}' is not a date YYYY-MM-DD", f"'{text}' не е дата ГГГГ-ММ-ДД")) \
            from exc


def _plan_help() -> str:
    return t("the plan's localId, or NAMESPACE:LOCALID when two namespaces share it; @N picks a version",
             "локалният идентификатор на плана или ПРОСТРАНСТВО:ЛОКАЛЕН_ИД, ако две пространства го споделят; "
             "@N избира версия")


def _sub(sub: Any, name: str, en: str, bg: str) -> argparse.ArgumentParser:
    p = sub.add_parser(name, help=t(en, bg), description=t(en, bg))
    p.add_argument("--db", help=t("PostgreSQL DSN or URI (default: your private register)",
                                  "DSN или URI на PostgreSQL (по подразбиране: вашият личен регистър)"))
    p.add_argument("--json", action="store_true", help=t("machine-readable output", "изход като JSON"))
    return p


def add_arguments(p: argparse.ArgumentParser) -> None:
    sub = p.add_subparsers(dest="action", metavar="ACTION", parser_class=type(p))
    sub.required = True
    i = _sub(sub, "init", "create the register (a private cluster without --db) or bring it up to date",
             "създава регистъра (личен клъстер без --db) или го обновява")
    i.add_argument("--home", help=t("folder of the private cluster", "папка на личния клъстер"))
    _sub(sub, "stop", "stop your private register's server", "спира сървъра на личния регистър")
    a = _sub(sub, "add", "validate a plan and store it as a new version", "проверява план и го записва като нова версия")
    a.add_argument("plan", help=t("a .gml or .gpkg plan", "план .gml или .gpkg"))
    a.add_argument("--authority", required=True, help=t("authority code (e.g. sofia)", "код на органа (напр. sofia)"))
    a.add_argument("--amends", action="append", default=[], metavar="PLAN",
                   help=t("a plan this one amends within its extent (LOCALID or NAMESPACE:LOCALID)",
                          "план, който този изменя в обхвата си (ЛОКАЛЕН_ИД или ПРОСТРАНСТВО:ЛОКАЛЕН_ИД)"))
    a.add_argument("--force", action="store_true", help=t("store even with errors", "записва и при грешки"))
    a.add_argument("--profile", default="bg", help=t("validation profile (default bg)",
                                                     "профил на проверката (по подразбиране bg)"))
    ls = _sub(sub, "list", "the plans with their latest version", "плановете с последната им версия")
    ls.add_argument("--authority", help=t("only this authority's plans", "само плановете на този орган"))
    for name, en, bg in (("show", "one version", "една версия"), ("versions", "every version of a plan",
                                                                   "всички версии на план")):
        _sub(sub, name, en, bg).add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    s = _sub(sub, "status", "move a version to a process step (publishing records its SHA-256)",
             "премества версия в етап (публикуването записва SHA-256)")
    s.add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    s.add_argument("step", choices=_STEPS)
    s.add_argument("--date", type=_day, help=t("validFrom (legalForce) or validTo (obsolete)",
                                               "validFrom (legalForce) или validTo (obsolete)"))
    s.add_argument("--key", help=t("PEM private key to sign the publication", "частен ключ PEM за подпис"))
    s.add_argument("--cert", help=t("PEM certificate of that key", "сертификат PEM на ключа"))
    e = _sub(sub, "export", "write a version as .gpkg or .gml", "записва версия като .gpkg или .gml")
    e.add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    e.add_argument("out")
    e.add_argument("--published", action="store_true", help=t(
        "the GML exactly as last published, with its signature as OUT.sig.xml",
        "GML точно както е публикуван последно, с подписа като OUT.sig.xml"))
    at = _sub(sub, "at", "which zoning applies at a point on a date", "какво устройство важи в точка към дата")
    at.add_argument("x", type=float, help=t("east or longitude", "изток или дължина"))
    at.add_argument("y", type=float, help=t("north or latitude", "север или ширина"))
    at.add_argument("--date", type=_day, default=date.today(), help=t("the day (default today)",
                                                                      "денят (по подразбиране днес)"))
    at.add_argument("--crs", type=int, default=4326, metavar="EPSG", help=t(
        "CRS of X Y (default 4326: longitude, latitude)", "координатна система на X Y (по подразбиране 4326)"))
    f = _sub(sub, "in-force", "write the consolidated zoning in force on a date", "записва консолидираното устройство")
    f.add_argument("--date", type=_day, default=date.today(), help=t("the day (default today)",
                                                                     "денят (по подразбиране днес)"))
    f.add_argument("--out", required=True, help=".gpkg | .gml")
    f.add_argument("--bbox", type=float, nargs=4, metavar=("MINX", "MINY", "MAXX", "MAXY"),
                   help=t("only zones in this box (in the output CRS)", "само зоните в този правоъгълник"))
    f.add_argument("--crs", type=int, metavar="EPSG", help=t("output CRS (default: the first plan's)",
                                                             "координатна система на изхода"))
    d = _sub(sub, "diff", "what changed between two versions or plans", "какво се е променило между две версии")
    d.add_argument("before", metavar="PLAN[@VERSION]", help=_plan_help())
    d.add_argument("after", metavar="PLAN[@VERSION]", help=_plan_help())
    d.add_argument("--html", help=t("write an HTML report with a map", "записва HTML отчет с карта"))
    g = _sub(sub, "grant", "give a user a role (reader, planner, publisher, administrator) for an authority",
             "дава роля на потребител за орган")
    g.add_argument("user", help=t("PostgreSQL login (created if new)", "потребител в PostgreSQL (създава се)"))
    g.add_argument("role", choices=("reader", "planner", "publisher", "administrator"))
    g.add_argument("--authority", help=t("authority code (created if new)", "код на органа (създава се)"))
    g.add_argument("--authority-name", help=t("the authority's name", "името на органа"))
    g.add_argument("--password-env", metavar="VAR", help=t("take the password from this environment variable",
                                                            "паролата от тази променлива на средата"))
    v = _sub(sub, "verify", "check the SHA-256 and signature of a version's publications",
             "проверява SHA-256 и подписа на публикациите на версия")
    v.add_argument("id", metavar="PLAN[@VERSION]", help=_plan_help())
    v.add_argument("--cert", help=t("trusted PEM certificate", "доверен сертификат PEM"))
    _sub(sub, "audit", "who changed what and when", "кой какво и кога е променил")


def _print(args: argparse.Namespace, data: Any, text: str) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str) if args.json else text)


def _version_line(v: Any, shown: str | None = None) -> str:
    valid = f" {v.valid_from or '…'} – {v.valid_to or '…'}" if v.valid_from or v.valid_to else ""
    return f"{shown or v.ref:30} {v.status:12}{valid}  {v.authority}  {v.title}"


def run(args: argparse.Namespace) -> int:
    if args.action == "init":
        from register.provider import init_register

        out = init_register(args.db, args.home)
        applied = ", ".join(out["applied"])
        _print(args, out, t(f"register ready: {out['dsn']} (migrations applied: {applied or 'none'})",
                            f"регистърът е готов: {out['dsn']} (приложени миграции: {applied or 'няма'})"))
        return 0
    if args.action == "stop":
        from register.cluster import EmbeddedCluster

        EmbeddedCluster().stop()
        return 0
    from register.provider import open_register

    with open_register(args.db) as reg:
        return int(_ACTIONS[args.action](reg, args))


def _add(reg: Any, args: argparse.Namespace) -> int:
    from register.adding import add_plan

    if not os.path.isfile(args.plan):
        raise PluInputError(f"{args.plan}: no such file", bg=f"{args.plan}: няма такъв файл")
    result = add_plan(reg, args.plan, args.authority, args.amends, args.force, args.profile)
    if result.version is None:
        for f in result.errors[:20]:
            print(f"{f.severity.label} {f.rule} {f.gml_id or ''}: {f.message(language())}", file=sys.stderr)
        print(t(f"not stored: {len(result.errors)} errors (fix them, or --force)",
                f"не е записан: {len(result.errors)} грешки (поправете ги или --force)"), file=sys.stderr)
        if args.json:
            print(json.dumps(result.as_json(), ensure_ascii=False, indent=2))
        return 1
    v = result.version
    counts = ", ".join(f"{n} {k}" for k, n in sorted(v.counts.items()))
    _print(args, result.as_json(), t(f"stored {v.ref} ({v.status}) for {v.authority}: {counts}"
                                     + (f"; {len(result.errors)} errors kept (--force)" if result.errors else ""),
                                     f"записан {v.ref} ({v.status}) за {v.authority}: {counts}"
                                     + (f"; {len(result.errors)} грешки (--force)" if result.errors else "")))
    return 0


def _list(reg: Any, args: argparse.Namespace) -> int:
    from register.store import display_refs

    plans = reg.plans(args.authority)
    _print(args, [v.as_json() for v in plans], "\n".join(_version_line(v, shown)
                                                         for v, shown in zip(plans, display_refs(plans), strict=True))
           or t("the register is empty", "регистърът е празен"))
    return 0


def _show(reg: Any, args: argparse.Namespace) -> int:
    v = reg.version(args.id)
    text = "\n".join(f"{k}: {val}" for k, val in v.as_json().items())
    _print(args, v.as_json(), text)
    return 0


def _versions(reg: Any, args: argparse.Namespace) -> int:
    found = reg.versions(args.id)
    _print(args, [v.as_json() for v in found], "\n".join(_version_line(v) for v in found))
    return 0


def _status(reg: Any, args: argparse.Namespace) -> int:
    if bool(args.key) != bool(args.cert):
        raise PluInputError("--key and --cert go together", bg="--key и --cert се дават заедно")
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
        _print(args, {"written": str(out), "sha256": pub["sha256"]}, t(f"written {out} (sha256 {pub['sha256']})",
                                                                      f"записан {out} (sha256 {pub['sha256']})"))
        return 0
    out = reg.export(args.id, args.out)
    _print(args, {"written": str(out)}, t(f"written {out}", f"записан {out}"))
    return 0


def _zone_text(entry: dict[str, Any], first: bool) -> str:
    z = entry["zoning_element"]
    head = t("applies", "важи") if first else t("also covers (overridden)", "също покрива (с по-нисък приоритет)")
    limits = "; ".join(f"{x['indication_reference']}={x.get('value')}{' ' + x['uom'] if x.get('uom') else ''}"
                       for x in z["limits"])
    docs = "; ".join(d["name"] or d["gml_id"] for d in entry["documents"])
    return (f"{head}: {z['local_id']} — {entry['plan']}@{entry['version']} «{entry['title']}» "
            f"({t('in force since', 'в сила от')} {entry['valid_from']})\n"
            f"  HILUCS: {', '.join(u.rsplit('/', 1)[-1] for u in z['hilucs_land_use'])}\n"
            f"  {t('zone type', 'вид зона')}: {', '.join(u.rsplit('/', 1)[-1] for u in z['specific_land_use'])}\n"
            f"  {t('limits', 'показатели')}: {limits or '—'}\n  {t('documents', 'документи')}: {docs or '—'}")


def _at(reg: Any, args: argparse.Namespace) -> int:
    found = reg.at(args.x, args.y, args.date, args.crs)
    where = f"({args.x}, {args.y}) EPSG:{args.crs} {args.date}"
    if not found:
        _print(args, {"point": [args.x, args.y], "crs": args.crs, "date": args.date.isoformat(), "applies": None,
                      "also": []}, t(f"no zoning in force at {where}", f"няма устройство в сила в {where}"))
        return 1
    data = {"point": [args.x, args.y], "crs": args.crs, "date": args.date.isoformat(), "applies": found[0],
            "also": found[1:]}
    _print(args, data, where + "\n" + "\n".join(_zone_text(e, i == 0) for i, e in enumerate(found)))
    return 0


def _in_force(reg: Any, args: argparse.Namespace) -> int:
    from register.exporting import write_dataset

    data = reg.in_force(args.date, tuple(args.bbox) if args.bbox else None, args.crs)
    if not data.zoning_elements:
        print(t(f"no zoning in force on {args.date}", f"няма устройство в сила към {args.date}"), file=sys.stderr)
        return 1
    out = write_dataset(data, Path(args.out))
    _print(args, {"written": str(out), "counts": data.counts()},
           t(f"written {out}: {len(data.zoning_elements)} zoning elements in force on {args.date}",
             f"записан {out}: {len(data.zoning_elements)} устройствени зони в сила към {args.date}"))
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
    out = reg.grant(args.user, args.role, args.authority, password, args.authority_name)
    _print(args, out, t(f"{out['user']} is {out['role']}" + (f" for {out['authority']}" if out["authority"] else ""),
                        f"{out['user']} е {out['role']}" + (f" за {out['authority']}" if out["authority"] else "")))
    return 0


def _verify(reg: Any, args: argparse.Namespace) -> int:
    results = reg.verify(args.id, args.cert)
    if not results:
        print(t(f"{args.id} has not been published", f"{args.id} не е публикувана"), file=sys.stderr)
        return 1
    lines = []
    for r in results:
        sig = {None: t("not checked (no --cert)", "непроверен (няма --cert)"), True: "OK", False: t("INVALID",
               "НЕВАЛИДЕН")}[r["signature_ok"]] if r["signed"] else t("unsigned", "без подпис")
        lines.append(f"{r['step']:12} sha256 {r['sha256'][:16]}… {'OK' if r['hash_ok'] else t('MISMATCH', 'РАЗЛИКА')}"
                     f"  {t('signature', 'подпис')}: {sig}")
    _print(args, results, "\n".join(lines))
    bad = any(not r["hash_ok"] or r["signature_ok"] is False for r in results)
    return 1 if bad else 0


def _audit(reg: Any, args: argparse.Namespace) -> int:
    rows = reg.audit()
    _print(args, rows, "\n".join(f"{r['at'][:19]} {r['who']:12} {r['action']:6} {r['table']:12} {r['key']} "
                                 f"{json.dumps(r['detail'], ensure_ascii=False)}" for r in rows))
    return 0


_ACTIONS = {"add": _add, "list": _list, "show": _show, "versions": _versions, "status": _status, "export": _export,
            "at": _at, "in-force": _in_force, "diff": _diff, "grant": _grant, "verify": _verify, "audit": _audit}
