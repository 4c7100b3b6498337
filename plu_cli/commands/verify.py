"""``plu verify FILE.gml``: is this file an authoritative version? Its SHA-256 and detached signature."""

from __future__ import annotations

import argparse
import json
import os

from plu_model.i18n import say

NAME = "verify"


def HELP() -> str:
    return say("plu_cli.commands.verify", "check a published plan's SHA-256 and XML signature (and the register's "
                                          "record of it)")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", help=say("plu_cli.commands.verify", "the published .gml"))
    p.add_argument("--signature", help=say("plu_cli.commands.verify", "detached signature (default FILE.sig.xml when it exists)"))
    p.add_argument("--cert", help=say("plu_cli.commands.verify", "trusted PEM certificate of the publisher"))
    p.add_argument("--db", help=say("plu_cli.commands.verify", "also look the hash up in this register"))
    p.add_argument("--json", action="store_true", help=say("plu_cli.commands.verify", "machine-readable output"))


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
        print(say("plu_cli.commands.verify", "no signature given"))
    else:
        state = {True: say("plu_cli.commands.verify", "valid"), False: say("plu_cli.commands.verify", "INVALID"),
                 None: say("plu_cli.commands.verify", "not checked: give --cert")}[sig["valid"]]
        print(f"{say('plu_cli.commands.verify', 'signature')}: {state} — {sig['plan']}@{sig['version']} {sig['step']}; "
              + (say("plu_cli.commands.verify", "the hash matches") if sig["hash_matches"] else
                 say("plu_cli.commands.verify", "the file is NOT the signed one")))
    if args.db:
        found = out["register"]
        print(", ".join(f"{r['plan']}@{r['version']} {r['step']}" for r in found) if found else
              say("plu_cli.commands.verify", "the register has no publication with this hash"))
    return 1 if bad else 0
