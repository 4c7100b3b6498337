"""``plu serve``: the register as INSPIRE view and download services behind one address (/wms, /ogcapi, /atom)."""

from __future__ import annotations

import argparse
from pathlib import Path

from plu_model.i18n import say

NAME = "serve"


def HELP() -> str:
    return say("plu_cli.commands.serve", "publish the plan register as WMS, OGC API – Features and ATOM services")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=say("plu_cli.commands.serve", "the register (libpq DSN or URI; default: your private "
                                                              "register)"))
    p.add_argument("--host", default="127.0.0.1", help=say("plu_cli.commands.serve", "address to listen on"))
    p.add_argument("--port", type=int, default=8080, help=say("plu_cli.commands.serve", "port to listen on"))
    p.add_argument("--public-url", help=say("plu_cli.commands.serve", "the address clients use (default http://HOST:PORT)"))
    p.add_argument("--consultation", metavar="HOST:PORT",
                   help=say("plu_cli.commands.serve", "also route /consultation/ to a consultation service started "
                                                      "with --behind-proxy"))
    p.add_argument("--contact-email", metavar="ADDRESS",
                   help=say("plu_cli.commands.serve", "the services' contact e-mail for their metadata (not set: the "
                                                      "records say it is missing)"))
    p.add_argument("--config-only", metavar="DIR", type=Path,
                   help=say("plu_cli.commands.serve", "only write the configuration (nginx, QGIS project, pygeoapi, "
                                                      "ATOM files) to DIR"))


def run(args: argparse.Namespace) -> int:
    from services.serving import serve, write_only

    public = args.public_url or f"http://{args.host}:{args.port}"
    listen = f"{args.host}:{args.port}"
    if args.config_only:
        layout = write_only(args.config_only, args.db, public, listen, args.consultation, args.contact_email)
        print(say("plu_cli.commands.serve", "configuration written to {folder}", folder=layout.folder))
        return 0

    def started(base: str) -> None:
        print(say("plu_cli.commands.serve", "serving {base}/wms, {base}/ogcapi/ and {base}/atom/ (Ctrl+C stops)",
                                            base=base), flush=True)

    serve(args.db, public, listen, args.consultation, started, contact_email=args.contact_email)
    return 0
