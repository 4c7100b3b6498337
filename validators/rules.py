"""The catalogue of every rule the validator applies: code, family, severity, what it checks.

The GUI builds its filters from :data:`RULES`, the reports print the titles, and
the tests check that every rule has a broken plan that triggers it.  A rule
code never changes meaning once released; a new check gets a new code.

Codes of checks that the INSPIRE Reference Validator also runs are that
validator's own test identifiers (``lu-plu-as.a.1``, ``gmlas.c.2``, ``rs.a.1``…),
so a reviewer can compare both reports line by line.  ``ets`` names the
reference-validator test a PLU Studio rule corresponds to where the code is our own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from plu_model.errors import UnknownName
from plu_model.findings import Finding, Severity
from plu_model.i18n import Text

__all__ = ["FAMILIES", "NOT_CHECKED", "RETIRED", "RULES", "Family", "Rule", "make_finding", "rule", "rules_in", "select_rules"]


@dataclass(frozen=True, slots=True)
class Family:
    """A group of rules that run together and can be switched off together."""

    name: str
    caption: Text

    def title(self, language: str = "en") -> str:
        return self.caption.say(language)


@dataclass(frozen=True, slots=True)
class Rule:
    """One check: its stable code, family, severity and a one-line description in both languages.

    ``ets`` is the INSPIRE Reference Validator test the rule mirrors (if any);
    ``repair`` names the :mod:`validators.repairs` step that fixes it (if any);
    ``sources`` says which inputs the rule applies to: ``gml`` (a delivered GML
    file), ``plan`` (a plan file or an in-memory data set) or both.
    """

    code: str
    family: str
    severity: Severity
    caption: Text
    ets: str | None = None
    repair: str | None = None
    sources: tuple[str, ...] = ("gml", "plan")

    def title(self, language: str = "en") -> str:
        return self.caption.say(language)


FAMILIES: dict[str, Family] = {
    f.name: f
    for f in (
        Family("xml", Text("validators.rules", "XML and schema")),
        Family("read", Text("validators.rules", "Reading the plan")),
        Family("inspire", Text("validators.rules", "INSPIRE conformance tests")),
        Family("pitfall", Text("validators.rules", "Known pitfalls")),
        Family("geometry", Text("validators.rules", "Geometry validity")),
        Family("topology", Text("validators.rules", "Topology of the plan")),
        Family("reference", Text("validators.rules", "References and identifiers")),
        Family("semantic", Text("validators.rules", "Values and dimensioning")),
        Family("profile", Text("validators.rules", "National profile")),
    )
}

#: rules whose finding says that a check could not run: the verdict is then "incomplete", never "valid"
NOT_CHECKED = frozenset({"TOPO.INCOMPLETE", "XSD.NOT_RUN", "XSD.WRAPPER_NOT_CHECKED", "CRS.NOT_CHECKED"})

E, W, F = Severity.ERROR, Severity.WARNING, Severity.FATAL
I = Severity.INFO  # noqa: E741 - one letter like its siblings keeps the table readable
GML, PLAN = ("gml",), ("plan",)

_TABLE: tuple[tuple, ...] = (
    # code, family, severity, title, ets, repair, sources
    # -- XML and schema ------------------------------------------------------
    ("XML.MISSING", "xml", F, Text("validators.rules", "The file exists"), "gml.a.1", None, GML),
    ("XML.NOT_WELL_FORMED", "xml", F, Text("validators.rules", "The file is well-formed XML"), "gml.a.1", None, GML),
    ("XML.DOCTYPE", "xml", F,
     Text("validators.rules", "The DOCTYPE asks for nothing unsafe (no external entity or DTD, bounded internal "
                              "entities)"), None, None, GML),
    ("XSD", "xml", E, Text("validators.rules", "The file validates against the official INSPIRE XML schemas"), "lu-gml.b.1", None, ("gml", "plan")),
    ("XSD.WRAPPER_NOT_CHECKED", "xml", W, Text("validators.rules", "The collection element could be checked against a schema"), None, None, GML),
    ("XSD.NOT_RUN", "xml", W, Text("validators.rules", "The XML schema check was run on the plan file's GML encoding"), None, None, PLAN),
    ("XSD.SCHEMA_MISSING", "xml", F, Text("validators.rules", "The official XML schemas are available offline"), None, None, ("gml", "plan")),
    # -- what the reader reports -----------------------------------------------
    ("READ.UNUSABLE", "read", F, Text("validators.rules", "The file is a PLU 4.0 plan PLU Studio can read"), None, None, ("gml", "plan")),
    ("READ.ENCODING", "read", W, Text("validators.rules", "The encoding the XML declaration names is the one the "
                                                          "bytes are in"), None, None, GML),
    ("READ.DTD", "read", W, Text("validators.rules", "The document declares no DTD"), None, None, GML),
    ("READ.NOT_PLU", "read", W, Text("validators.rules", "Every member of the collection is a PLU feature"), None, None, GML),
    ("READ.MEMBER_NOT_FOUND", "read", W, Text("validators.rules", "Every collection member reference points into the file"), None, None, GML),
    ("READ.MEMBER_EXTERNAL", "read", W, Text("validators.rules", "Collection members are in the file, not elsewhere"), None, None, GML),
    ("READ.DUPLICATE_ID", "read", E, Text("validators.rules", "gml:id values are unique (reported as XSD when the "
                                                              "schema check runs)"), None, None, GML),
    ("READ.NIL_WITHOUT_XSI", "read", W, Text("validators.rules", "A nilReason comes with xsi:nil (reported as "
                                                                 "gmlas.c.2 when that test runs)"), None,
     "nil_reasons", GML),
    ("READ.BACKGROUDMAPURI", "read", W, Text("validators.rules", "No misspelt backgroudMapURI (reported as "
                                                                 "PITFALL.BACKGROUDMAPURI when that runs)"),
     None, None, GML),
    ("READ.UNMAPPED", "read", W, Text("validators.rules", "Every element of a feature belongs to PLU 4.0"), None, None, GML),
    ("READ.COMMENT_DROPPED", "read", I, Text("validators.rules", "A comment outside the features is kept (an import "
                                                                 "keeps none)"), None, None, GML),
    ("READ.BAD_VALUE", "read", E, Text("validators.rules", "Every value can be read"), None, None, GML),
    ("READ.REPEATED", "read", E, Text("validators.rules", "Single-valued attributes appear once"),
     None, None, GML),
    ("READ.SEVERAL_GEOMETRIES", "read", E, Text("validators.rules", "A geometry property holds one geometry (all are "
                                                                    "kept when it holds more)"), None, None, GML),
    ("READ.NIL_AMONG_VALUES", "read", W, Text("validators.rules", "Multi-valued attributes do not mix values and nil"), None, None, GML),
    ("READ.MISSING", "read", E, Text("validators.rules", "Required attributes are present"),
     None, None),
    ("READ.MISSING_VOIDABLE", "read", E, Text("validators.rules", "Voidable attributes are present (with xsi:nil if empty)"), None, "nil_reasons", GML),
    ("READ.NIL_NOT_VOIDABLE", "read", E, Text("validators.rules", "Only voidable attributes are nil"), None, None, GML),
    ("READ.NIL_WITHOUT_REASON", "read", W, Text("validators.rules", "Nil elements carry a nilReason"),
     None, "nil_reasons", GML),
    ("READ.BAD_NIL_REASON", "read", E, Text("validators.rules", "nilReason values are GML nil reasons"), None, "nil_reasons", GML),
    ("READ.XLINK_TITLE_DIFFERS", "read", W, Text("validators.rules", "A link has one xlink:title wherever it appears"), None, None, GML),
    ("READ.NO_SRS", "read", E, Text("validators.rules", "Every geometry declares its CRS (srsName)"), "rs.a.1", None, GML),
    # -- INSPIRE Reference Validator tests, offline ----------------------------
    ("gml.a.2", "inspire", E, Text("validators.rules", "The document root is a feature collection or a feature"), "gml.a.2", None, GML),
    ("gmlas.b.1", "inspire", E, Text("validators.rules", "The root element carries xsi:schemaLocation"), "gmlas.b.1", None, GML),
    ("gmlas.c.1", "inspire", E, Text("validators.rules", "No property is empty: each has a value, a link, content or "
                                                         "xsi:nil"), "gmlas.c.1", "nil_reasons"),
    ("gmlas.c.2", "inspire", E, Text("validators.rules", "A nilReason appears only with xsi:nil=\"true\""), "gmlas.c.2", "nil_reasons", GML),
    ("gmlas.c.3", "inspire", E, Text("validators.rules", "nilReason values are those the INSPIRE validator accepts"), "gmlas.c.3", "nil_reasons"),
    ("gmlas.d.1", "inspire", E, Text("validators.rules", "No GML topology objects"), "gmlas.d.1", None, GML),
    ("gmlas.d.2", "inspire", E, Text("validators.rules", "Curves use linear interpolation only (no arcs)"), "gmlas.d.2", None, GML),
    ("gmlas.d.3", "inspire", E, Text("validators.rules", "Surfaces are gml:Polygon or gml:Surface only"), "gmlas.d.3", None, GML),
    ("gmlas.d.4", "inspire", E, Text("validators.rules", "Surface patches are planar (gml:PolygonPatch)"), "gmlas.d.4", None, GML),
    ("gmlas.d.5", "inspire", E, Text("validators.rules", "Only simple-feature geometry types are used"), "gmlas.d.5", None, GML),
    ("gmlas.d.6", "inspire", E, Text("validators.rules", "Point coordinates are in gml:pos"),
     "gmlas.d.6", None, GML),
    ("gmlas.d.7", "inspire", E, Text("validators.rules", "Curve and ring coordinates are in gml:posList"), "gmlas.d.7", None, GML),
    ("gmlas.d.8", "inspire", E, Text("validators.rules", "Geometry aggregates use single member properties, not "
                                                         "arrays"), "gmlas.d.8", None, GML),
    ("gmlas.d.9", "inspire", E, Text("validators.rules", "Coordinates have at most 3 dimensions"),
     "gmlas.d.9", None, GML),
    ("rs.a.1", "inspire", E, Text("validators.rules", "Geometries use a CRS the INSPIRE validator accepts, as an "
                                                      "http URI"), "rs.a.1", None, GML),
    ("rs.a.2", "inspire", E, Text("validators.rules", "The collection's boundedBy uses an accepted CRS"), "rs.a.2", None, GML),
    ("rs.a.3", "inspire", E, Text("validators.rules", "Temporal positions use the ISO 8601 frame"), "rs.a.3", None, GML),
    ("dc.a.1", "inspire", E, Text("validators.rules", "endLifespanVersion is not before beginLifespanVersion"), "dc.a.1", None),
    ("dc.b.1", "inspire", E, Text("validators.rules", "validTo is not before validFrom"), "dc.b.1", None),
    ("lu-gml.a.1", "inspire", F, Text("validators.rules", "The file holds at least one Land Use feature"), "lu-gml.a.1", None, GML),
    ("lu-plu-as.a.1", "inspire", E, Text("validators.rules", "Every zoning element has hilucsLandUse values from the "
                                                             "HILUCS register"), "lu-plu-as.a.1", None),
    ("lu-plu-as.a.2", "inspire", E, Text("validators.rules", "Every plan has exactly one levelOfSpatialPlan from the "
                                                             "register"), "lu-plu-as.a.2", None),
    ("lu-plu-as.a.3", "inspire", E, Text("validators.rules", "Every plan has exactly one processStepGeneral from the "
                                                             "register"), "lu-plu-as.a.3", None),
    ("lu-plu-as.a.4", "inspire", E, Text("validators.rules", "Every zoning element has exactly one regulationNature "
                                                             "from the register"), "lu-plu-as.a.4", None),
    ("lu-plu-as.b.1", "inspire", E,
     Text("validators.rules", "Every official document has a legislation citation, regulation text or plan document "
                              "(OneMustBeFilled)"),
     "lu-plu-as.b.1", None),
    ("lu-ia.a.1.a", "inspire", W, Text("validators.rules", "specificPresence ordered-list values are known code values"), "lu-ia.a.1.a", None),
    ("lu-ia.a.1.b", "inspire", W, Text("validators.rules", "specificPresence percentage values are known code values"), "lu-ia.a.1.b", None),
    ("lu-ia.a.1.c", "inspire", W, Text("validators.rules", "specificLandUse values are known code values"), "lu-ia.a.1.c", None),
    ("lu-ia.a.2", "inspire", W, Text("validators.rules", "planTypeName is a known code value"),
     "lu-ia.a.2", None),
    ("lu-ia.a.3", "inspire", W, Text("validators.rules", "specificSupplementaryRegulation values are known code "
                                                         "values"), "lu-ia.a.3", None),
    ("lu-ia.a.4", "inspire", W, Text("validators.rules", "supplementaryRegulation values are from the register or a "
                                                         "known extension"), "lu-ia.a.4", None),
    ("lu-ia.b.3", "inspire", E, Text("validators.rules", "SpatialPlan.member links point to zoning elements in the "
                                                         "file"), "lu-ia.b.3", None),
    ("lu-ia.b.4", "inspire", E, Text("validators.rules", "SpatialPlan.officialDocument links point to documents in "
                                                         "the file"), "lu-ia.b.4", None),
    ("lu-ia.b.5", "inspire", E, Text("validators.rules", "SpatialPlan.restriction links point to supplementary "
                                                         "regulations in the file"), "lu-ia.b.5", None),
    ("lu-ia.b.6", "inspire", E, Text("validators.rules", "ZoningElement.plan points to a plan in the file"), "lu-ia.b.6", None),
    ("lu-ia.b.7", "inspire", E, Text("validators.rules", "ZoningElement.officialDocument links point to documents in "
                                                         "the file"), "lu-ia.b.7", None),
    ("lu-ia.b.8", "inspire", E, Text("validators.rules", "SupplementaryRegulation.plan points to a plan in the file"), "lu-ia.b.8", None),
    ("lu-ia.b.9", "inspire", E, Text("validators.rules", "SupplementaryRegulation.officialDocument links point to "
                                                         "documents in the file"), "lu-ia.b.9", None),
    ("CODE.UNKNOWN", "inspire", E, Text("validators.rules", "Values of closed INSPIRE code lists come from the register"), None, None),
    # -- known pitfalls ----------------------------------------------------------
    ("PITFALL.HTTPS_CODELIST", "pitfall", E, Text("validators.rules", "INSPIRE code-list values are written with "
                                                                      "http://, as in the register"), "lu-plu-as.a.1", "code_uris"),
    ("PITFALL.BACKGROUDMAPURI", "pitfall", E, Text("validators.rules", "No pre-4.0.1 element name backgroudMapURI"), "lu-gml.b.1", None, GML),
    ("PITFALL.AXIS_ORDER", "pitfall", E, Text("validators.rules", "Coordinates follow the CRS's axis order (lat/long "
                                                                  "for EPSG:4258)"), "gmlas.d.10", None),
    ("PITFALL.RING_ORIENTATION", "pitfall", E, Text("validators.rules", "Exterior rings run anticlockwise, interior rings clockwise"), "gmlas.d.10", "orient", GML),
    ("CRS.NATIONAL", "pitfall", I, Text("validators.rules", "A national CRS of the profile: fine for national "
                                                            "exchange, not for INSPIRE"), "rs.a.1", None,
     GML),
    ("CRS.EXPORT", "pitfall", I, Text("validators.rules", "The plan's CRS must be changed on export for INSPIRE"), "rs.a.1", None, PLAN),
    ("CRS.OUTSIDE_AREA", "pitfall", W, Text("validators.rules", "Coordinates lie inside the CRS's area of use"), None, None),
    ("CRS.NOT_CHECKED", "pitfall", W, Text("validators.rules", "The coordinates could be transformed to check the "
                                                               "CRS's area and axis order"), None, None),
    # -- geometry ---------------------------------------------------------------
    ("GEOM.RING_NOT_CLOSED", "geometry", E, Text("validators.rules", "Rings are closed"), "gmlas.d.10", None, GML),
    ("GEOM.RING_TOO_SHORT", "geometry", E, Text("validators.rules", "Rings have at least 4 positions"),
     "gmlas.d.10", None, GML),
    ("GEOM.NON_FINITE", "geometry", E, Text("validators.rules", "Coordinates are finite numbers"),
     "gmlas.d.11", None),
    ("GEOM.EMPTY", "geometry", E, Text("validators.rules", "Geometries are not empty"), "gmlas.d.11", None),
    ("GEOM.WRONG_TYPE", "geometry", E, Text("validators.rules", "Zoning elements and plan extents are surfaces"), "lu-gml.b.1", None),
    ("GEOM.SELF_INTERSECTION", "geometry", E, Text("validators.rules", "Rings do not cross themselves or each other"), "gmlas.d.10", None),
    ("GEOM.HOLE_OUTSIDE_SHELL", "geometry", E, Text("validators.rules", "Holes lie inside their shell"),
     "gmlas.d.10", None),
    ("GEOM.NESTED_HOLES", "geometry", E, Text("validators.rules", "Holes are not nested"),
     "gmlas.d.10", None),
    ("GEOM.DISCONNECTED_INTERIOR", "geometry", E, Text("validators.rules", "Holes do not cut a polygon apart"), "gmlas.d.10", None),
    ("GEOM.NESTED_SHELLS", "geometry", E, Text("validators.rules", "The polygons of a multi-surface do not overlap"), "gmlas.d.10", None),
    ("GEOM.INVALID", "geometry", E, Text("validators.rules", "Geometries are valid (OGC simple features)"), "gmlas.d.10", None),
    ("GEOM.DUPLICATE_VERTEX", "geometry", W, Text("validators.rules", "No two consecutive vertices are equal"), None, "duplicate_vertices"),
    # -- topology ---------------------------------------------------------------
    ("TOPO.OVERLAP", "topology", E, Text("validators.rules", "Zoning elements do not overlap"), None, "snap"),
    ("TOPO.GAP", "topology", W, Text("validators.rules", "No gaps between zoning elements inside the plan"), None, "fill_gaps"),
    ("TOPO.EXTENT_NOT_UNION", "topology", W, Text("validators.rules", "The plan extent is the union of its zoning elements"), None, "extent"),
    ("TOPO.OUTSIDE_EXTENT", "topology", E, Text("validators.rules", "Zoning elements and supplementary regulations lie "
                                                                    "inside the plan extent"), None, "extent"),
    ("TOPO.SLIVER", "topology", W, Text("validators.rules", "No sliver polygons below the area threshold"), None, None),
    ("TOPO.INCOMPLETE", "topology", W, Text("validators.rules", "The topology of every plan could be computed"), None, None),
    ("TOPO.EDGE_MISMATCH", "topology", I, Text("validators.rules", "Shared boundaries of neighbouring zones have the "
                                                                   "same vertices"), None, "snap"),
    # -- references and identifiers ----------------------------------------------
    ("REF.NO_PLAN", "reference", E, Text("validators.rules", "The data set holds the spatial plan its features belong to"), None, None),
    ("REF.NOT_RECIPROCAL", "reference", E, Text("validators.rules", "Plan membership is recorded on both sides "
                                                                    "(member/restriction and plan)"), None, "links"),
    ("REF.WRONG_TARGET", "reference", E, Text("validators.rules", "Links point to a feature of the right type"), None, None),
    ("REF.EXTERNAL", "reference", I, Text("validators.rules", "Links to other resources (not checked offline)"), None, None),
    ("REF.DOCUMENT_UNUSED", "reference", W, Text("validators.rules", "Every official document is referenced by the plan "
                                                                     "or a feature"), None, None),
    ("ID.DUPLICATE_INSPIRE_ID", "reference", E, Text("validators.rules", "inspireId (namespace, localId, versionId) is unique"), None, None),
    ("ID.EMPTY", "reference", E, Text("validators.rules", "inspireId has a namespace and a localId"),
     None, None),
    # -- values ------------------------------------------------------------------
    ("DATE.IMPLAUSIBLE", "semantic", W, Text("validators.rules", "Lifespan and validity dates are plausible (not in "
                                                                 "the future, not before 1800)"), None, None),
    ("DIM.UNIT", "semantic", E, Text("validators.rules", "Dimensioning indications use the unit their name implies"), None, None),
    ("DIM.TYPE", "semantic", W, Text("validators.rules", "Dimensioning indications have the value type their name "
                                                         "implies"), None, None),
    ("DIM.IMPLAUSIBLE", "semantic", E, Text("validators.rules", "Dimensioning values are plausible (e.g. 0–100 %)"), None, None),
    ("DIM.DUPLICATE", "semantic", W, Text("validators.rules", "Each dimensioning indication appears once per feature"), None, None),
    # -- national profile --------------------------------------------------------
    ("PROFILE.LIMIT_EXCEEDED", "profile", E, Text("validators.rules", "A zone's figures respect its zone type's legal limits"), None, None),
    ("PROFILE.LIMIT_EXCEEDED_UNVERIFIED", "profile", W,
     Text("validators.rules", "A zone's figures respect limits on record whose legal text is not verified"), None, None),
    ("PROFILE.LIMIT_NOT_STATED", "profile", I, Text("validators.rules", "A zone states the figures its zone type limits"), None, None),
    ("PROFILE.ZONE_TYPE_MISSING", "profile", W, Text("validators.rules", "Every zoning element has a national zone type"), None, None),
    ("PROFILE.CODE_NOT_IN_LIST", "profile", W, Text("validators.rules", "Values come from the national code lists the "
                                                                        "profile requires"), None, None),
    ("PROFILE.HILUCS_MISMATCH", "profile", I, Text("validators.rules", "The HILUCS value fits the national zone type"), None, None),
)

RULES: dict[str, Rule] = {
    row[0]: Rule(
        code=row[0],
        family=row[1],
        severity=row[2],
        caption=row[3],
        ets=row[4],
        repair=row[5],
        sources=row[6] if len(row) > 6 else ("gml", "plan"),
    )
    for row in _TABLE
}


#: codes merged into another so that one defect has one code in every format; a saved skip list keeps working
RETIRED: dict[str, str] = {"SEM.REQUIRED_MISSING": "READ.MISSING"}


def rule(code: str) -> Rule:
    """The rule with this code; :class:`KeyError` names the unknown code."""
    try:
        return RULES[code]
    except KeyError:
        raise KeyError(f"no validation rule {code!r}") from None


def rules_in(family: str) -> list[Rule]:
    return [r for r in RULES.values() if r.family == family]


def select_rules(skip: Iterable[str]) -> set[str]:
    """The rule codes left after skipping codes, code prefixes (``TOPO.``) or family names."""
    skipped = {RETIRED.get(s.strip(), s.strip()) for s in skip if s and s.strip()}
    unknown = [s for s in skipped if s not in RULES and s not in FAMILIES and not any(
        c.startswith(s) for c in RULES)]
    if unknown:
        names = ", ".join(sorted(unknown))
        raise UnknownName(Text("validators.rules", "unknown rule or family: {names}", names=names))
    return {
        code
        for code, r in RULES.items()
        if code not in skipped and r.family not in skipped and not any(
            s.endswith(".") and code.startswith(s) for s in skipped)
    }


def make_finding(code: str, text: Text, **where) -> Finding:  # type: ignore[no-untyped-def]
    """A :class:`Finding` of a catalogued rule, with the rule's severity unless one is given."""
    severity = where.pop("severity", None) or rule(code).severity
    return Finding(rule=code, severity=severity, text=text, **where)
