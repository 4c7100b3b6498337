"""Start PLU Studio's desktop application, optionally on a plan file.

    python main.py [PLAN.gpkg | PLAN.gml] [--lang bg|en] [--validate] [--screenshot PNG]
"""

from __future__ import annotations

import argparse
import sys

from plu_model.i18n import say


def main(argv: list[str] | None = None) -> int:
    from plu_cli.language import detect_language, set_language

    words = list(sys.argv[1:] if argv is None else argv)
    asked = words[words.index("--lang") + 1] if "--lang" in words[:-1] else None
    set_language(asked or detect_language())  # the help and usage errors, argparse's words included
    parser = argparse.ArgumentParser(prog="plu-studio")
    parser.add_argument("plan", nargs="?", help=say("main", "a .gpkg plan file or a PLU GML file to open"))
    parser.add_argument("--lang", choices=["en", "bg"], help=say("main", "language of the interface (default: last used, "
                                                                         "else the system locale)"))
    parser.add_argument("--validate", action="store_true", help=say("main", "validate the plan once it is open"))
    parser.add_argument("--screenshot", metavar="PNG", help=say("main", "capture the screen once the map has been drawn, "
                                                                        "save it and quit (for tests and docs)"))
    args = parser.parse_args(argv)
    from app.qgis_runtime import private_temp

    with private_temp():  # Qt's and QGIS's leftovers go with it
        return _run(args)


def _run(args: argparse.Namespace) -> int:
    from app.qgis_runtime import qgis_app
    from plu_cli.language import detect_language

    app = qgis_app()
    from app.main_window import MainWindow
    from app.settings import settings

    language = args.lang or str(settings().value("ui/language", "") or detect_language())
    window = MainWindow(language=language)
    window.show()
    if not args.screenshot:
        window.check_recovery()
    if args.plan:
        window.open_plan(args.plan)
    capture = None
    if args.screenshot:
        from app.screenshot import capture_when_drawn

        capture = lambda: capture_when_drawn(window, args.screenshot)  # noqa: E731
    task = window.validate() if args.validate and window.document is not None else None
    if task is not None:
        def validated(_findings: object) -> None:
            window.validation_panel.select_row(0)
            if capture:
                capture()

        task.done.connect(validated)
        task.failed.connect(lambda _m: capture() if capture else None)
    elif capture:
        capture()
    status = app.exec()
    window._close_document()  # a clean exit keeps no working copy; only a crash leaves one to recover
    return status


if __name__ == "__main__":
    sys.exit(main())
