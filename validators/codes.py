"""Code-list values: the register values the INSPIRE tests demand, national lists, https pitfalls.

Every value is checked against the lists PLU Studio carries (``resources/codelists``),
so no network is needed.  Closed INSPIRE lists must contain the value exactly
as the register writes it (``http://``); open lists accept values of any
national list that extends them, and a profile may require its own lists.
Verdicts are cached per value: a city plan repeats a handful of values
hundreds of thousands of times.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from operator import attrgetter

from plu_model.codelists import INSPIRE_CODELIST_BASE, CodeList, codelist, codelists_extending
from plu_model.features import Feature
from plu_model.findings import Finding
from plu_model.i18n import Text
from plu_model.values import HILUCSPresence, LegislationCitation, SpecificPresence
from plu_model.voidable import Nil
from validators.context import FeatureInfo, RunContext
from validators.fast_paths import LIST, QuietValues
from validators.rules import make_finding

__all__ = ["CodeChecks"]

_HTTPS_BASE = "https://inspire.ec.europa.eu/codelist/"

#: (class, attribute, XML name, INSPIRE list, rule for a value not in it, closed?)
_ATTRIBUTES: tuple[tuple[str, str, str, str, str, bool], ...] = (
    ("SpatialPlan", "level_of_spatial_plan", "levelOfSpatialPlan", "LevelOfSpatialPlanValue", "lu-plu-as.a.2", True),
    ("SpatialPlan", "process_step_general", "processStepGeneral", "ProcessStepGeneralValue", "lu-plu-as.a.3", True),
    ("SpatialPlan", "plan_type_name", "planTypeName", "PlanTypeNameValue", "lu-ia.a.2", False),
    ("ZoningElement", "hilucs_land_use", "hilucsLandUse", "HILUCSValue", "lu-plu-as.a.1", True),
    ("ZoningElement", "regulation_nature", "regulationNature", "RegulationNatureValue", "lu-plu-as.a.4", True),
    ("ZoningElement", "specific_land_use", "specificLandUse", "LandUseClassificationValue", "lu-ia.a.1.c", False),
    ("ZoningElement", "process_step_general", "processStepGeneral", "ProcessStepGeneralValue", "CODE.UNKNOWN", True),
    ("SupplementaryRegulation", "supplementary_regulation", "supplementaryRegulation",
     "SupplementaryRegulationValue", "lu-ia.a.4", False),
    ("SupplementaryRegulation", "specific_supplementary_regulation", "specificSupplementaryRegulation",
     "SpecificSupplementaryRegulationValue", "lu-ia.a.3", False),
    ("SupplementaryRegulation", "regulation_nature", "regulationNature", "RegulationNatureValue", "CODE.UNKNOWN", True),
    ("SupplementaryRegulation", "process_step_general", "processStepGeneral", "ProcessStepGeneralValue",
     "CODE.UNKNOWN", True),
)
_BY_CLASS: dict[str, list[tuple[str, str, str, str, bool]]] = {}
for _cls, *_rest in _ATTRIBUTES:
    _BY_CLASS.setdefault(_cls, []).append(tuple(_rest))  # type: ignore[arg-type]

#: per class, every value :meth:`CodeChecks._judged` reads (documents, rare, are judged every time)
_READS = {
    cls: attrgetter(*[spec[0] for spec in specs], *(("hilucs_presence", "specific_presence")
                                                     if cls == "ZoningElement" else ()))
    for cls, specs in _BY_CLASS.items()
}

Verdict = tuple[str, Text, str | None]  # code, text, fix


class CodeChecks:
    """Rules on code-list values (family ``inspire``, pitfall https URIs, profile lists)."""

    family = "inspire"

    def __init__(self, ctx: RunContext):
        self.ctx = ctx
        self.profile = ctx.profile
        self._cache: dict[tuple[str, str, str, bool, str], Verdict | None] = {}
        self._profile_cache: dict[tuple[str, str], Verdict | None] = {}
        #: the :meth:`_verdict` keys of values that neither the INSPIRE nor the profile's list finds fault with
        self._clean: set[tuple[str, str, str, bool, str]] = set()
        self._zone_list = codelist(self.profile.zone_type_list) if self.profile.zone_type_list else None
        #: the values of features found sound, by class (:mod:`validators.fast_paths`)
        self._quiet = QuietValues()

    # -- verdicts ------------------------------------------------------------------
    def _verdict(self, xml: str, listname: str, code: str, closed: bool, value: str) -> Verdict | None:
        # the rule code is part of the key: the same wrong value is lu-plu-as.a.4 on a zoning element and
        # CODE.UNKNOWN on a regulation, whichever the file (or the plan file's order) shows first
        key = (xml, listname, code, closed, value)
        if key in self._cache:
            return self._cache[key]
        verdict = self._judge(xml, listname, code, closed, value)
        self._cache[key] = verdict
        return verdict

    def _judge(self, xml: str, listname: str, code: str, closed: bool, value: str) -> Verdict | None:
        inspire = codelist(listname)
        if value in inspire:
            return None
        if not closed:
            for national in codelists_extending(listname):
                if value in national:
                    return None
        if value.startswith(_HTTPS_BASE):
            fixed = "http://" + value[len("https://"):]
            if fixed in inspire or (not closed and any(fixed in n for n in codelists_extending(listname))):
                return (
                    "PITFALL.HTTPS_CODELIST",
                    Text("validators.codes", "{xml} {value} uses https://; the INSPIRE register and validator use "
                                             "{fixed}", xml=xml, value=value, fixed=fixed),
                    f"xlink:href=\"{fixed}\" (plu fix --rule code_uris)",
                )
        hint = inspire.suggest(value)
        suggestion = Text("validators.codes", "; did you mean {hint}?", hint=hint) if hint else ""
        if closed or value.startswith(INSPIRE_CODELIST_BASE):
            return (
                code if closed else "CODE.UNKNOWN",
                Text("validators.codes", "{xml} {value} is not a value of the INSPIRE code list {listname}{suggestion}", xml=xml,
                     value=value, listname=listname, suggestion=suggestion),
                f"xlink:href=\"{hint}\"" if hint else None,
            )
        return (
            code,
            Text("validators.codes", "{xml} {value} is in no code list PLU Studio carries; the INSPIRE validator "
                                     "will try to fetch it over HTTP, so publish the list or use a value of a known "
                                     "list", xml=xml, value=value),
            None,
        )

    def _profile_verdict(self, xml: str, value: str) -> Verdict | None:
        listname = self.profile.codelists.get(xml)
        if listname is None:
            return None
        key = (xml, value)
        if key not in self._profile_cache:
            national: CodeList = codelist(listname)
            self._profile_cache[key] = None if value in national else (
                "PROFILE.CODE_NOT_IN_LIST",
                Text("validators.codes", "{xml} {value} is not a value of {listname}, which profile {name} requires",
                                         xml=xml, value=value, listname=listname, name=self.profile.name),
                None,
            )
        return self._profile_cache[key]

    # -- per feature -------------------------------------------------------------
    def feature(self, f: Feature, info: FeatureInfo) -> Iterable[Finding]:
        """The findings about the feature's codes; values seen sound before are settled by one lookup."""
        cls = f.class_name
        read = _READS.get(cls)
        if read is None:
            return list(self._judged(f, info))
        key = (cls, *[(LIST, *v) if type(v) is list else v for v in read(f)])
        if key in self._quiet:
            return ()
        found = list(self._judged(f, info))
        if not found:
            self._quiet.add(key)
        return found

    def _judged(self, f: Feature, info: FeatureInfo) -> Iterator[Finding]:
        cls = f.class_name
        for name, xml, listname, code, closed in _BY_CLASS.get(cls, ()):
            value = getattr(f, name)
            if value is None or isinstance(value, Nil):
                continue
            values = value if isinstance(value, list) else [value]
            if not values and name == "hilucs_land_use":
                yield make_finding(
                    "lu-plu-as.a.1",
                    Text("validators.codes", "the zoning element has no hilucsLandUse value"),
                    **info.where(xml),
                )
            clean = self._clean
            for i, v in enumerate(values):
                if not v:
                    continue  # an empty value is reported as an empty property
                key = (xml, listname, code, closed, v)
                if key in clean:
                    continue  # a value already seen here with nothing to say about it
                verdict = self._verdict(xml, listname, code, closed, v)
                profile_verdict = self._profile_verdict(xml, v)
                if verdict is None and profile_verdict is None:
                    clean.add(key)
                    continue
                yield from self._emit(verdict, info, xml, i)
                yield from self._emit(profile_verdict, info, xml, i)
        if cls == "ZoningElement":
            yield from self._presence(f, info)
            if self._zone_list is not None and self.ctx.applies("PROFILE.ZONE_TYPE_MISSING"):
                values = f.specific_land_use if isinstance(f.specific_land_use, list) else []
                if not any(v in self._zone_list for v in values):
                    yield make_finding(
                        "PROFILE.ZONE_TYPE_MISSING",
                        Text("validators.codes", "the zoning element has no zone type from {zone_type_list} in "
                                                 "specificLandUse; its national limits cannot be checked",
                                                 zone_type_list=self.profile.zone_type_list),
                        **info.where("specificLandUse"),
                    )
        elif cls == "OfficialDocumentation" and isinstance(f.legislation_citation, LegislationCitation):
            level = f.legislation_citation.level
            if level:
                yield from self._emit(
                    self._verdict("legislationCitation/level", "LegislationLevelValue", "CODE.UNKNOWN", True, level),
                    info,
                    "legislationCitation",
                )

    def _presence(self, f: Feature, info: FeatureInfo) -> Iterator[Finding]:
        hp = f.hilucs_presence
        if isinstance(hp, HILUCSPresence):
            for v in list(hp.ordered_list) + [p.hilucs_value for p in hp.percentage_list]:
                yield from self._emit(
                    self._verdict("hilucsPresence", "HILUCSValue", "CODE.UNKNOWN", True, v), info, "hilucsPresence"
                )
        sp = f.specific_presence
        if isinstance(sp, SpecificPresence):
            for code, values in (("lu-ia.a.1.a", sp.ordered_list),
                                 ("lu-ia.a.1.b", [p.specific_value for p in sp.percentage_list])):
                for v in values:
                    yield from self._emit(
                        self._verdict("specificPresence", "LandUseClassificationValue", code, False, v),
                        info,
                        "specificPresence",
                    )

    def _emit(self, verdict: Verdict | None, info: FeatureInfo, xml: str, index: int = 0) -> Iterable[Finding]:
        if verdict is None:
            return ()
        code, text, fix = verdict
        if not self.ctx.applies(code):
            return ()
        return (make_finding(code, text, fix=fix, **info.where(xml.split("/")[0], index=index)),)

    def finish(self) -> Iterable[Finding]:
        return ()
