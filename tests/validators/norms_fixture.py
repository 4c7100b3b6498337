"""The shared facts file of Bulgarian zone limits, read independently of our profiles.

``tests/data/norms/bg_zone_limits.json`` is a copy of the project's collection
of the figures of Наредба № 7 and ЗУЗСО, with sources (``/work/shared/norms`` on
the lead's machine).  The tests take every expected limit and article from it,
never from ``resources/profiles``, so a mistyped profile cannot pass.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

NORMS = Path(__file__).resolve().parents[1] / "data" / "norms" / "bg_zone_limits.json"
#: the project's shared facts folder beside the checkout (``../shared``), where the copy above comes from
SHARED = next((p / "shared" / "norms" / "bg_zone_limits.json" for p in NORMS.parents
               if (p / "shared" / "norms" / "bg_zone_limits.json").is_file()),
              NORMS.parents[3].parent / "shared" / "norms" / "bg_zone_limits.json")

# the facts file names zones by their Bulgarian notation; the code list by a Latin code
NATIONAL = {"Жм": "Zhm", "Жс": "Zhs", "Жг": "Zhg", "Жк": "Zhk", "Пч": "Pch", "Пп": "Pp", "Пс": "Ps",
            "Ок": "Ok", "Ос": "Os", "Ов": "Ov", "Од": "Od", "Ц": "Ts", "Оз": "Oz", "—спорт": "Sp"}
PLOTS = {"—детско заведение": "kindergarten", "—училище": "school", "—социални услуги": "social-care",
         "—спорт": "sport"}
SOFIA = {"Смф": "Smf", "Пс (София)": "Ps", "Жг (София)": "Zhg"}
# figure key in the facts file -> (indication, "max"/"min", unit, range key)
FIGURES = {
    "max_density_pct": ("maxDensity", "max", "%", "density_pct"),
    "max_kint": ("maxFloorAreaRatio", "max", "", "kint"),
    "min_green_pct": ("minGreenShare", "min", "%", "green_pct"),
    "max_height_m": ("maxHeight", "max", "m", None),
}


@lru_cache(maxsize=1)
def norms() -> dict:
    return json.loads(NORMS.read_text(encoding="utf-8"))


def zone(code: str) -> dict:
    """The facts file's entry for one zone (by its code there, e.g. ``"Жм"`` or ``"Пс (София)"``)."""
    return next(z for z in norms()["zones"] if z["code"] == code)


def article(entry: dict) -> str:
    """The article as the facts file gives it, without its remark in brackets."""
    return entry["article"].split(" (")[0]
