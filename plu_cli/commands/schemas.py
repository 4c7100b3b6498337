"""``plu schemas fetch|path``: get the official XML schemas for offline validation."""

from __future__ import annotations

import argparse
from pathlib import Path

from plu_model.i18n import say

NAME = "schemas"


def HELP() -> str:
    return say("plu_cli.commands.schemas", "fetch the INSPIRE XML schemas once, or show where they are")


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("action", choices=["fetch", "path"])
    p.add_argument("--dest", type=Path, help=say("plu_cli.commands.schemas", "folder to fetch into (default: the user cache)"))


def run(args: argparse.Namespace) -> int:
    from validators.schema_folder import cache_dir, fetch_schemas, find_schema_dir

    if args.action == "path":
        print(find_schema_dir())
        return 0
    folder, count = fetch_schemas(args.dest or cache_dir(), on_file=lambda url: print(url))
    print(say("plu_cli.commands.schemas", "{n} schema file in {folder}",
                                          plural="{n} schema files in {folder}", n=count, folder=folder))
    return 0
