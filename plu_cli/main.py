"""Entry point of ``plu``: parses arguments, runs a command, turns errors into one line.

Commands live in :mod:`plu_cli.commands`, one module each, found automatically;
a module defines ``NAME``, ``HELP``, ``add_arguments(parser)`` and ``run(args) -> int``.
Every command module is imported on every call (``plu --help`` lists them all), so a command module
imports only the standard library, :mod:`plu_cli.language` and :mod:`plu_model.errors` at the top and
the rest inside ``run``; ``add_arguments`` runs only for the command being called
(``tests/plu_cli/test_command_startup.py`` keeps this honest).

Exit codes: 0 success, 1 findings (the input was read, but has problems),
2 unusable input (missing, unreadable, not a plan) or a usage error, 3 (validate, fix) no error
found but a check could not run (the verdict "incomplete"), 130 cancelled.
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import re
import signal
import sys
import threading
from types import ModuleType
from typing import Any

from plu_cli import commands as _commands
from plu_cli.language import detect_language, language, set_language
from plu_model.errors import Cancelled, PluError, os_error_text
from plu_model.i18n import say

__all__ = ["main"]

EXIT_OK, EXIT_FINDINGS, EXIT_UNUSABLE, EXIT_CANCELLED = 0, 1, 2, 130


def _command_modules() -> list[ModuleType]:
    mods = []
    for info in pkgutil.iter_modules(_commands.__path__):
        mods.append(importlib.import_module(f"plu_cli.commands.{info.name}"))
    return sorted(mods, key=lambda m: m.NAME)


#: a word that argparse is to read as a number, not as an option: ``-3.7``, ``-1e308``, ``-10,-5,3,4`` (argparse's own
#: pattern knows ``-3`` and ``-3.7`` only, and took ``--bbox -1e308 …`` for an unknown option ``-1e308``); the
#: number itself is the option's type's to judge, which names a decimal comma (``-3,7``) with its fix
_NEGATIVE_NUMBER = re.compile(r"^-\.?\d")


class _Parser(argparse.ArgumentParser):
    """``plu``'s parsers: errors with exit code 2 in the user's language, and negative numbers as they are typed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # argparse still treats a word as an option when a parser has an option that looks like a negative number
        self._negative_number_matcher = _NEGATIVE_NUMBER

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        print(f"plu: {say('plu_cli.main', 'error')}: {message}", file=sys.stderr)
        raise SystemExit(EXIT_UNUSABLE)


def _chosen_command(argv: list[str]) -> str | None:
    """The command word of ``argv`` (the first word that is neither an option nor the value of ``--lang``,
    which argparse also accepts shortened to ``--la`` or ``--l``)."""
    words = iter(argv)
    for word in words:
        if len(word) > 2 and "--lang".startswith(word):
            next(words, None)
        elif not word.startswith("-"):
            return word
    return None


def _chosen_language(argv: list[str]) -> str | None:
    """The value of ``--lang`` before the command (``--lang bg``, ``--lang=bg``, or shortened ``--la bg``),
    known before the parser is built so that its own words are in that language."""
    for i, word in enumerate(argv):
        name, eq, value = word.partition("=")
        if len(name) > 2 and "--lang".startswith(name):
            chosen = value if eq else (argv[i + 1] if i + 1 < len(argv) else "")
            return chosen if chosen in ("en", "bg") else None
        if not word.startswith("-"):
            return None
    return None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The ``plu`` parser; with ``argv``, only the command it names gets its arguments (the others cost nothing)."""
    chosen = None if argv is None else _chosen_command(argv)
    parser = _Parser(
        prog="plu",
        description=say("plu_cli.main", "PLU Studio: INSPIRE Planned Land Use plans, headless."),
    )
    parser.add_argument("--lang", choices=["en", "bg"], help=say("plu_cli.main", "message language"))
    parser.add_argument("--debug", action="store_true", help=say("plu_cli.main", "show tracebacks"))
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True
    for mod in _command_modules():
        p = sub.add_parser(mod.NAME, help=mod.HELP(), description=mod.HELP())
        if argv is None or mod.NAME == chosen:
            mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def _stop_politely_on_sigterm() -> None:
    """SIGTERM (``kill``, a service manager) unwinds like Ctrl+C, so half-written files are removed."""

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, interrupt)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    set_language(_chosen_language(argv) or detect_language())
    args = build_parser(argv).parse_args(argv)
    _stop_politely_on_sigterm()
    try:
        return int(args._run(args))
    except Cancelled:
        print(say("plu_cli.main", "plu: cancelled"), file=sys.stderr)
        return EXIT_CANCELLED
    except KeyboardInterrupt:
        print(say("plu_cli.main", "plu: interrupted"), file=sys.stderr)
        return EXIT_CANCELLED
    except PluError as exc:
        if args.debug:
            raise
        print(f"plu: {say('plu_cli.main', 'error')}: {exc.message(language())}", file=sys.stderr)
        return EXIT_UNUSABLE
    except OSError as exc:
        if args.debug:
            raise
        print(f"plu: {say('plu_cli.main', 'error')}: {os_error_text(exc).say(language())}", file=sys.stderr)
        return EXIT_UNUSABLE
    except MemoryError as exc:
        if args.debug:
            raise
        print(f"plu: {say('plu_cli.main', 'error')}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE


def run() -> None:
    """Console-script entry point."""
    raise SystemExit(main())


if __name__ == "__main__":
    run()
