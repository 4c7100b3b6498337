"""``plu schemas fetch|path``: get the official XML schemas for offline validation."""

from __future__ import annotations

import argparse
from pathlib import Path

from plu_cli.language import t

NAME = "schemas"


def HELP() -> str:
    return t(
        "fetch the INSPIRE XML schemas once, or show where they are",
        "изтегля веднъж XML схемите на INSPIRE или показва къде са",
    )


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["fetch", "path"])
    p.add_argument("--dest", type=Path, help=t("folder to fetch into (default: the user cache)", "папка за изтегляне (по подразбиране: потребителския кеш)"))


def run(args: argparse.Namespace) -> int:
    from validators.schema_folder import cache_dir, fetch_schemas, find_schema_dir

    if args.action == "path":
        print(find_schema_dir())
        return 0
    folder, count = fetch_schemas(args.dest or cache_dir(), on_file=lambda url: print(url))
    print(t(f"{count} schema files in {folder}", f"{count} файла със схеми в {folder}"))
    return 0
