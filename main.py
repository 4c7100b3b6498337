"""Start PLU Studio's desktop application, optionally on a plan file.

    python main.py [PLAN.gpkg | PLAN.gml] [--lang bg|en]
"""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="plu-studio")
    parser.add_argument("plan", nargs="?", help="a .gpkg plan file or a PLU GML file to open")
    parser.add_argument("--lang", choices=["en", "bg"])
    parser.add_argument(
        "--screenshot",
        metavar="PNG",
        help="capture the screen once the map has been drawn, save it and quit (for tests and docs)",
    )
    args = parser.parse_args(argv)

    from app.qgis_runtime import qgis_app
    from plu_cli.language import detect_language

    app = qgis_app()
    from app.main_window import MainWindow

    window = MainWindow(language=args.lang or detect_language())
    if args.plan:
        window.open_plan(args.plan)
    window.show()
    if args.screenshot:
        from app.screenshot import capture_when_drawn

        capture_when_drawn(window, args.screenshot)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
