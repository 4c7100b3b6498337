"""Consultation settings: who consults, when, in which languages, and how comments come in.

The settings travel inside the package as ``consultation.json`` so the viewer,
the comment service and the desktop import all read the same dates and
addresses.  The default period follows the plan type: for Bulgarian detailed
plans (ПУП) the periods ЗУТ sets, for everything else a documented default the
authority edits (see ``docs/participation.md``).
"""

from __future__ import annotations

import calendar
import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from participation.email_address import is_email_address
from plu_model.dates import parse_user_date, sheet_date
from plu_model.errors import PluInputError
from plu_model.i18n import Joined, Text, say_in

__all__ = [
    "LANGUAGES",
    "PERIOD_RULES",
    "ConsultationSettings",
    "CARRIED_OVER",
    "PeriodRule",
    "carried_over",
    "default_period",
    "map_note",
    "load_settings",
    "settings_date",
    "period_rules_for",
]

#: Languages the viewer and every generated document speak.
LANGUAGES: tuple[str, ...] = ("bg", "en")
_PREFIX = re.compile(r"^[^\W_]{1,12}$")
_PUP = "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP"
_OUP = "https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/OUP"


@dataclass(frozen=True)
class PeriodRule:
    """How long comments are accepted for a kind of plan, and on what basis.

    ``months`` counts calendar months (a period that starts on 14 November ends
    on 14 December, inclusive); otherwise ``days`` are added to the start.
    ``legal`` tells whether the length is set by law or is PLU Studio's default.
    """

    key: str
    plan_types: tuple[str, ...]
    basis_text: Text
    months: int = 0
    days: int = 0
    legal: bool = True

    def end(self, start: date) -> date:
        if self.months:
            month = start.month - 1 + self.months
            year, month = start.year + month // 12, month % 12 + 1
            return date(year, month, min(start.day, calendar.monthrange(year, month)[1]))
        return start + timedelta(days=self.days)

    def basis(self, language: str) -> str:
        return self.basis_text.say(language)

    def applies_to(self, plan_type: str) -> bool:
        return not self.plan_types or any(plan_type == t or plan_type.startswith(t + "-") for t in self.plan_types)


#: Known rules, most specific first; the first that applies to a plan type is its default.
PERIOD_RULES: tuple[PeriodRule, ...] = (
    PeriodRule(
        "bg-pup-published",
        (_PUP,),
        Text("participation.settings", "ZUT art. 128(2) and (5): one month from the notice in the State Gazette"),
        months=1,
    ),
    PeriodRule(
        "bg-pup-notified",
        (_PUP,),
        Text("participation.settings", "ZUT art. 128(3) and (5): 14 days from the notice to the interested parties"),
        days=14,
    ),
    PeriodRule(
        "bg-oup",
        (_OUP,),
        Text("participation.settings", "ZUT art. 127(1) sets no length; PLU Studio's default of 30 days, to be "
                                       "checked by the authority"),
        days=30,
        legal=False,
    ),
    PeriodRule(
        "default",
        (),
        Text("participation.settings", "PLU Studio's default of 30 days; set the period your planning law prescribes"),
        days=30,
        legal=False,
    ),
)


def period_rules_for(plan_type: str) -> list[PeriodRule]:
    """The rules that apply to a plan type URI, the default first."""
    return [r for r in PERIOD_RULES if r.applies_to(plan_type)]


def default_period(plan_type: str, start: date) -> tuple[date, PeriodRule]:
    """The last day of comments for a plan of this type starting on ``start``, and the rule used."""
    rule = period_rules_for(plan_type)[0]
    return rule.end(start), rule


@dataclass(frozen=True)
class ConsultationSettings:
    """Everything the package says about the consultation.

    ``start`` and ``end`` are inclusive calendar days in ``timezone``.
    ``service_url`` is where the viewer posts comments (the comment service's
    base address); without it the viewer makes a comment file for e-mail to
    ``comment_email``.  ``how_to_comment`` holds free text per language on
    other ways to comment (in writing at an address, at a public meeting).
    """

    title: str
    authority: str
    contact_email: str
    start: date
    end: date
    languages: tuple[str, ...] = LANGUAGES
    timezone: str = "Europe/Sofia"
    contact_phone: str = ""
    contact_address: str = ""
    comment_email: str = ""
    service_url: str = ""
    how_to_comment: dict[str, str] = field(default_factory=dict)
    period_rule: str = ""
    tile_url: str = ""
    tile_attribution: str = ""
    reference_prefix: str = "ПУП"

    # -- checks ------------------------------------------------------------------
    def problems(self) -> list[Text]:
        """What is wrong with these settings."""
        out: list[Text] = []
        if not self.title.strip():
            out.append(Text("participation.settings", "the consultation needs a title"))
        if not self.authority.strip():
            out.append(Text("participation.settings", "name the responsible authority"))
        if not is_email_address(self.contact_email or ""):
            out.append(
                Text("participation.settings", "contact e-mail {contact_email!r} is not an e-mail address",
                                               contact_email=self.contact_email)
            )
        if self.comment_email and not is_email_address(self.comment_email):
            out.append(
                Text("participation.settings", "comment e-mail {comment_email!r} is not an e-mail address",
                                               comment_email=self.comment_email)
            )
        if self.end < self.start:
            out.append(
                Text("participation.settings", "the consultation ends ({end}) before it starts ({start})",
                                               end=self.end, start=self.start)
            )
        bad = [lang for lang in self.languages if lang not in LANGUAGES]
        if bad or not self.languages:
            out.append(
                Text("participation.settings", "languages must be among {LANGUAGES}", LANGUAGES=', '.join(LANGUAGES))
            )
        try:
            ZoneInfo(self.timezone)
        except (ZoneInfoNotFoundError, ValueError):
            out.append(Text("participation.settings", "unknown time zone {timezone!r}", timezone=self.timezone))
        for name, url in (("service_url", self.service_url), ("tile_url", self.tile_url)):
            if url and not re.match(r"^https?://[^\s<>\"']+$", url):
                out.append(Text("participation.settings", "{name} must be an http(s) address", name=name))
        if not _PREFIX.match(self.reference_prefix or ""):
            out.append(
                Text("participation.settings", "the reference prefix {reference_prefix!r} must be 1 to 12 letters or "
                                               "digits", reference_prefix=self.reference_prefix)
            )
        if self.tile_url and not all(k in self.tile_url for k in ("{x}", "{y}", "{z}")):
            out.append(
                Text("participation.settings", "the tile URL needs {z}, {x} and {y} placeholders")
            )
        return out

    def check(self) -> ConsultationSettings:
        """Raise :class:`PluInputError` naming every problem, or return ``self``."""
        problems = self.problems()
        if problems:
            raise PluInputError(Text("participation.settings", "consultation settings: {problems}",
                                     problems=Joined(Text("participation.settings", "; "), tuple(problems))))
        return self

    # -- time --------------------------------------------------------------------
    def opens_at(self) -> datetime:
        return datetime.combine(self.start, time.min, ZoneInfo(self.timezone))

    def closes_at(self) -> datetime:
        """The first instant after the consultation (midnight after the last day)."""
        return datetime.combine(self.end + timedelta(days=1), time.min, ZoneInfo(self.timezone))

    def state_at(self, moment: datetime) -> str:
        """``"before"``, ``"open"`` or ``"closed"`` at an aware ``moment``."""
        if moment < self.opens_at():
            return "before"
        if moment >= self.closes_at():
            return "closed"
        return "open"

    @property
    def comment_address(self) -> str:
        return self.comment_email or self.contact_email

    # -- JSON --------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["start"], data["end"] = self.start.isoformat(), self.end.isoformat()
        data["languages"] = list(self.languages)
        if self.reference_prefix == "ПУП":  # the default: packages stay as older versions read them
            del data["reference_prefix"]
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any], source: str = "consultation.json") -> ConsultationSettings:
        known = {f for f in cls.__dataclass_fields__}
        unknown = sorted(set(data) - known)
        if unknown:
            raise PluInputError(
                Text("participation.settings", "{source}: unknown settings {unknown}",
                                               source=source, unknown=', '.join(unknown))
            )
        try:
            values = dict(data)
            values["start"] = settings_date(data, "start", source)
            values["end"] = settings_date(data, "end", source)
            values["languages"] = tuple(data.get("languages", LANGUAGES))
            values["how_to_comment"] = {str(k): str(v) for k, v in dict(data.get("how_to_comment") or {}).items()}
            return cls(**values)
        except (KeyError, TypeError, ValueError) as exc:
            raise PluInputError(
                Text("participation.settings", "{source}: consultation settings cannot be read: {exc}",
                                               source=source, exc=exc),
            ) from exc

    def with_changes(self, **changes: Any) -> ConsultationSettings:
        return replace(self, **changes)


def settings_date(data: dict[str, Any], key: str, source: str) -> date:
    """The ``start``/``end`` date of a settings file, written ``04.12.2026`` or ``2026-12-04``.

    A person editing ``consultation.json`` by hand writes dates the Bulgarian way;
    anything else is refused naming the file and the setting, in both languages.
    """
    if key not in data or data[key] in (None, ""):
        raise PluInputError(
            Text("participation.settings", "{source}: the setting '{key}' (a date such as 04.12.2026) is missing",
                                           source=source, key=key),
        )
    try:
        return parse_user_date(str(data[key]))
    except PluInputError as exc:
        raise PluInputError(Text("participation.settings", "{source}: {key}: {exc}", source=source, key=key, exc=exc)) from None


def load_settings(path: str | Path) -> ConsultationSettings:
    """Settings from a ``consultation.json`` (as written into packages)."""
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PluInputError(Text("participation.settings", "{p}: no such file", p=p)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PluInputError(
            Text("participation.settings", "{p}: not a JSON settings file ({exc})", p=p, exc=exc)
        ) from exc
    if not isinstance(data, dict):
        raise PluInputError(Text("participation.settings", "{p}: not a JSON object", p=p))
    return ConsultationSettings.from_json(data, str(p))


def languages_from(text: str | Iterable[str]) -> tuple[str, ...]:
    """``"bg,en"`` or a list into a checked tuple of languages."""
    items = text.split(",") if isinstance(text, str) else list(text)
    langs = tuple(dict.fromkeys(i.strip().lower() for i in items if i.strip()))
    bad = [lang for lang in langs if lang not in LANGUAGES]
    if bad or not langs:
        raise PluInputError(
            Text("participation.settings", "languages must be among {LANGUAGES}, not {text!r}",
                                           LANGUAGES=', '.join(LANGUAGES), text=text),
        )
    return langs


#: What one consultation passes on to the next the same office runs: how to reach the office and
#: how comments come in.  Never the title, the dates or the languages, which belong to one plan.
CARRIED_OVER: tuple[str, ...] = ("contact_email", "contact_phone", "contact_address", "comment_email",
                                 "service_url", "how_to_comment", "tile_url", "tile_attribution")


def carried_over(previous: ConsultationSettings | dict[str, Any] | None) -> dict[str, Any]:
    """The :data:`CARRIED_OVER` settings of the previous consultation, for the next one to start from.

    Given settings, their non-empty carried-over values (ready for JSON); given what was
    stored from them, only the known names with values of the right type, so an old or
    hand-edited store never fills a field with something it cannot hold.
    """
    if isinstance(previous, ConsultationSettings):
        previous = {name: getattr(previous, name) for name in CARRIED_OVER}
    out: dict[str, Any] = {}
    for name, value in (previous or {}).items() if isinstance(previous, dict) else ():
        if name == "how_to_comment" and isinstance(value, dict):
            value = {k: v.strip() for k, v in value.items() if k in LANGUAGES and isinstance(v, str) and v.strip()}
        elif name in CARRIED_OVER and isinstance(value, str):
            value = value.strip()
        else:
            continue
        if value:
            out[name] = value
    return out


def map_note(settings: ConsultationSettings) -> str:
    """The plan map's line about the consultation, in the package's first language.

    "Обществено обсъждане: 01.10.2025 – 01.11.2025" — the same from ``plu package``
    and from the desktop's wizard, so the two sheets of one plan read alike.
    """
    lang = settings.languages[0]
    period = f"{sheet_date(settings.start, lang)} – {sheet_date(settings.end, lang)}"
    return say_in(lang, "participation.settings", "Public consultation: ") + period


def default_title(plan_title: str, language: str) -> str:
    """The consultation's title when none is given, in the package's first language.

    Not in the language of the terminal: ``plu package`` under ``LANG=C`` still
    builds a Bulgarian viewer for a Bulgarian plan.
    """
    return say_in(language, "participation.settings", "Public consultation: {title}", title=plan_title)
