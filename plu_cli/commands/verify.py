"""``plu verify FILE.gml``: is this file an authoritative version? Its SHA-256 and detached signature."""

from __future__ import annotations

import argparse
import json
import os

from plu_cli.language import t

NAME = "verify"


def HELP() -> str:
    return t("check a published plan's SHA-256 and XML signature (and the register's record of it)",
             "проверява SHA-256 и XML подписа на публикуван план (и записа в регистъра)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help=t("the published .gml", "публикуваният .gml"))
    p.add_argument("--signature", help=t("detached signature (default FILE.sig.xml when it exists)",
                                         "отделен подпис (по подразбиране FILE.sig.xml, ако има)"))
    p.add_argument("--cert", help=t("trusted PEM certificate of the publisher", "доверен сертификат PEM на издателя"))
    p.add_argument("--db", help=t("also look the hash up in this register", "търси хеша и в този регистър"))
    p.add_argument("--json", action="store_true", help=t("machine-readable output", "изход като JSON"))


def run(args: argparse.Namespace) -> int:
    from register.signing import verify_file

    signature = args.signature or (args.file + ".sig.xml" if os.path.isfile(args.file + ".sig.xml") else None)
    out = verify_file(args.file, signature, args.cert)
    if args.db:
        from register.provider import open_register

        with open_register(args.db) as reg:
            out["register"] = reg.find_publication(out["sha256"])
    sig = out["signature"]
    bad = sig is not None and (sig["valid"] is False or not sig["hash_matches"])
    bad = bad or (args.db is not None and not out["register"])
    if args.json:
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 1 if bad else 0
    print(f"{args.file}: sha256 {out['sha256']}")
    if sig is None:
        print(t("no signature given", "не е даден подпис"))
    else:
        state = {True: t("valid", "валиден"), False: t("INVALID", "НЕВАЛИДЕН"),
                 None: t("not checked: give --cert", "непроверен: дайте --cert")}[sig["valid"]]
        print(f"{t('signature', 'подпис')}: {state} — {sig['plan']}@{sig['version']} {sig['step']}; "
              + (t("the hash matches", "хешът съвпада") if sig["hash_matches"] else
                 t("the file is NOT the signed one", "файлът НЕ е подписаният")))
    if args.db:
        found = out["register"]
        print(", ".join(f"{r['plan']}@{r['version']} {r['step']}" for r in found) if found else
              t("the register has no publication with this hash", "регистърът няма публикация с този хеш"))
    return 1 if bad else 0
