"""``plu serve``: the register as INSPIRE view and download services behind one address (/wms, /ogcapi, /atom)."""

from __future__ import annotations

import argparse
from pathlib import Path

from plu_cli.language import t

NAME = "serve"


def HELP() -> str:
    return t("publish the plan register as WMS, OGC API – Features and ATOM services",
             "публикува регистъра на плановете като услуги WMS, OGC API – Features и ATOM")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", help=t("the register (libpq DSN or URI; default: your private register)",
                                  "регистърът (DSN или URI на libpq; по подразбиране: личният ви регистър)"))
    p.add_argument("--host", default="127.0.0.1", help=t("address to listen on", "адрес, на който да слуша"))
    p.add_argument("--port", type=int, default=8080, help=t("port to listen on", "порт, на който да слуша"))
    p.add_argument("--public-url", help=t("the address clients use (default http://HOST:PORT)",
                                          "адресът, който ползват клиентите (по подразбиране http://HOST:PORT)"))
    p.add_argument("--consultation", metavar="HOST:PORT",
                   help=t("also route /consultation/ to a consultation service started with --behind-proxy",
                          "пренасочва и /consultation/ към услуга за обществено обсъждане, пусната с --behind-proxy"))
    p.add_argument("--contact-email", metavar="ADDRESS",
                   help=t("the services' contact e-mail for their metadata (not set: the records say it is missing)",
                          "имейл за контакт в метаданните на услугите (ако не е зададен, записите казват, че липсва)"))
    p.add_argument("--config-only", metavar="DIR", type=Path,
                   help=t("only write the configuration (nginx, QGIS project, pygeoapi, ATOM files) to DIR",
                          "само записва конфигурацията (nginx, проект на QGIS, pygeoapi, файлове ATOM) в DIR"))


def run(args: argparse.Namespace) -> int:
    from services.serving import serve, write_only

    public = args.public_url or f"http://{args.host}:{args.port}"
    listen = f"{args.host}:{args.port}"
    if args.config_only:
        layout = write_only(args.config_only, args.db, public, listen, args.consultation, args.contact_email)
        print(t(f"configuration written to {layout.folder}", f"конфигурацията е записана в {layout.folder}"))
        return 0

    def started(base: str) -> None:
        print(t(f"serving {base}/wms, {base}/ogcapi/ and {base}/atom/ (Ctrl+C stops)",
                f"услугите са на {base}/wms, {base}/ogcapi/ и {base}/atom/ (Ctrl+C спира)"), flush=True)

    serve(args.db, public, listen, args.consultation, started, contact_email=args.contact_email)
    return 0
