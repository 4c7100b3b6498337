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
    title_en: str
    title_bg: str

    def title(self, language: str = "en") -> str:
        return self.title_bg if language == "bg" else self.title_en


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
    title_en: str
    title_bg: str
    ets: str | None = None
    repair: str | None = None
    sources: tuple[str, ...] = ("gml", "plan")

    def title(self, language: str = "en") -> str:
        return self.title_bg if language == "bg" else self.title_en


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
    # code, family, severity, title_en, title_bg, ets, repair, sources
    # -- XML and schema ------------------------------------------------------
    ("XML.MISSING", "xml", F, "The file exists", "Файлът съществува", "gml.a.1", None, GML),
    ("XML.NOT_WELL_FORMED", "xml", F, "The file is well-formed XML", "Файлът е добре оформен XML", "gml.a.1", None, GML),
    ("XML.DOCTYPE", "xml", F,
     "The DOCTYPE asks for nothing unsafe (no external entity or DTD, bounded internal entities)",
     "DOCTYPE не изисква нищо опасно (без външни ентитита и DTD, ограничени вътрешни ентитита)", None, None, GML),
    ("XSD", "xml", E, "The file validates against the official INSPIRE XML schemas",
     "Файлът съответства на официалните XML схеми на INSPIRE", "lu-gml.b.1", None, ("gml", "plan")),
    ("XSD.WRAPPER_NOT_CHECKED", "xml", W, "The collection element could be checked against a schema",
     "Обхващащият елемент може да се провери по схема", None, None, GML),
    ("XSD.NOT_RUN", "xml", W, "The XML schema check was run on the plan file's GML encoding",
     "Проверката по XML схема е изпълнена върху GML кодирането на файла на плана", None, None, PLAN),
    ("XSD.SCHEMA_MISSING", "xml", F, "The official XML schemas are available offline",
     "Официалните XML схеми са налични без мрежа", None, None, ("gml", "plan")),
    # -- what the reader reports -----------------------------------------------
    ("READ.UNUSABLE", "read", F, "The file is a PLU 4.0 plan PLU Studio can read",
     "Файлът е план PLU 4.0, който PLU Studio може да прочете", None, None, ("gml", "plan")),
    ("READ.DTD", "read", W, "The document declares no DTD", "Документът не декларира DTD", None, None, GML),
    ("READ.NOT_PLU", "read", W, "Every member of the collection is a PLU feature",
     "Всеки член на колекцията е обект PLU", None, None, GML),
    ("READ.MEMBER_NOT_FOUND", "read", W, "Every collection member reference points into the file",
     "Всяка препратка към член на колекцията сочи във файла", None, None, GML),
    ("READ.MEMBER_EXTERNAL", "read", W, "Collection members are in the file, not elsewhere",
     "Членовете на колекцията са във файла, не другаде", None, None, GML),
    ("READ.DUPLICATE_ID", "read", E, "gml:id values are unique (reported as XSD when the schema check runs)",
     "Стойностите на gml:id са уникални (отчитат се като XSD, когато схемата се проверява)", None, None, GML),
    ("READ.NIL_WITHOUT_XSI", "read", W, "A nilReason comes with xsi:nil (reported as gmlas.c.2 when that test runs)",
     "nilReason е придружен от xsi:nil (отчита се като gmlas.c.2, когато този тест се изпълнява)", None,
     "nil_reasons", GML),
    ("READ.BACKGROUDMAPURI", "read", W, "No misspelt backgroudMapURI (reported as PITFALL.BACKGROUDMAPURI when that runs)",
     "Няма сгрешено backgroudMapURI (отчита се като PITFALL.BACKGROUDMAPURI, когато тази проверка се изпълнява)",
     None, None, GML),
    ("READ.UNMAPPED", "read", W, "Every element of a feature belongs to PLU 4.0",
     "Всеки елемент на обект принадлежи на PLU 4.0", None, None, GML),
    ("READ.COMMENT_DROPPED", "read", I, "A comment outside the features is kept (an import keeps none)",
     "Коментар извън обектите се запазва (импортът не запазва нито един)", None, None, GML),
    ("READ.BAD_VALUE", "read", E, "Every value can be read", "Всяка стойност може да бъде прочетена", None, None, GML),
    ("READ.REPEATED", "read", E, "Single-valued attributes appear once", "Еднозначните атрибути се срещат веднъж",
     None, None, GML),
    ("READ.SEVERAL_GEOMETRIES", "read", E, "A geometry property holds one geometry (all are kept when it holds more)",
     "Свойство за геометрия съдържа една геометрия (запазват се всички, ако съдържа повече)", None, None, GML),
    ("READ.NIL_AMONG_VALUES", "read", W, "Multi-valued attributes do not mix values and nil",
     "Многозначните атрибути не смесват стойности и nil", None, None, GML),
    ("READ.MISSING", "read", E, "Required attributes are present", "Задължителните атрибути присъстват",
     None, None),
    ("READ.MISSING_VOIDABLE", "read", E, "Voidable attributes are present (with xsi:nil if empty)",
     "Атрибутите, допускащи празна стойност, присъстват (с xsi:nil, ако са празни)", None, "nil_reasons", GML),
    ("READ.NIL_NOT_VOIDABLE", "read", E, "Only voidable attributes are nil",
     "Само атрибути, допускащи празна стойност, са nil", None, None, GML),
    ("READ.NIL_WITHOUT_REASON", "read", W, "Nil elements carry a nilReason", "Празните елементи имат nilReason",
     None, "nil_reasons", GML),
    ("READ.BAD_NIL_REASON", "read", E, "nilReason values are GML nil reasons",
     "Стойностите на nilReason са причини по GML", None, "nil_reasons", GML),
    ("READ.XLINK_TITLE_DIFFERS", "read", W, "A link has one xlink:title wherever it appears",
     "Една препратка има едно и също xlink:title навсякъде", None, None, GML),
    ("READ.NO_SRS", "read", E, "Every geometry declares its CRS (srsName)",
     "Всяка геометрия декларира координатната си система (srsName)", "rs.a.1", None, GML),
    # -- INSPIRE Reference Validator tests, offline ----------------------------
    ("gml.a.2", "inspire", E, "The document root is a feature collection or a feature",
     "Коренът на документа е колекция от обекти или обект", "gml.a.2", None, GML),
    ("gmlas.b.1", "inspire", E, "The root element carries xsi:schemaLocation",
     "Коренният елемент има xsi:schemaLocation", "gmlas.b.1", None, GML),
    ("gmlas.c.1", "inspire", E, "No property is empty: each has a value, a link, content or xsi:nil",
     "Няма празен атрибут: всеки има стойност, препратка, съдържание или xsi:nil", "gmlas.c.1", "nil_reasons"),
    ("gmlas.c.2", "inspire", E, "A nilReason appears only with xsi:nil=\"true\"",
     "nilReason се използва само с xsi:nil=\"true\"", "gmlas.c.2", "nil_reasons", GML),
    ("gmlas.c.3", "inspire", E, "nilReason values are those the INSPIRE validator accepts",
     "Стойностите на nilReason са приеманите от валидатора на INSPIRE", "gmlas.c.3", "nil_reasons"),
    ("gmlas.d.1", "inspire", E, "No GML topology objects", "Няма топологични обекти на GML", "gmlas.d.1", None, GML),
    ("gmlas.d.2", "inspire", E, "Curves use linear interpolation only (no arcs)",
     "Кривите използват само линейна интерполация (без дъги)", "gmlas.d.2", None, GML),
    ("gmlas.d.3", "inspire", E, "Surfaces are gml:Polygon or gml:Surface only",
     "Повърхнините са само gml:Polygon или gml:Surface", "gmlas.d.3", None, GML),
    ("gmlas.d.4", "inspire", E, "Surface patches are planar (gml:PolygonPatch)",
     "Частите на повърхнините са равнинни (gml:PolygonPatch)", "gmlas.d.4", None, GML),
    ("gmlas.d.5", "inspire", E, "Only simple-feature geometry types are used",
     "Използват се само геометрии от типа Simple Features", "gmlas.d.5", None, GML),
    ("gmlas.d.6", "inspire", E, "Point coordinates are in gml:pos", "Координатите на точките са в gml:pos",
     "gmlas.d.6", None, GML),
    ("gmlas.d.7", "inspire", E, "Curve and ring coordinates are in gml:posList",
     "Координатите на линиите и контурите са в gml:posList", "gmlas.d.7", None, GML),
    ("gmlas.d.8", "inspire", E, "Geometry aggregates use single member properties, not arrays",
     "Съставните геометрии използват отделни членове, не масиви", "gmlas.d.8", None, GML),
    ("gmlas.d.9", "inspire", E, "Coordinates have at most 3 dimensions", "Координатите са най-много тримерни",
     "gmlas.d.9", None, GML),
    ("rs.a.1", "inspire", E, "Geometries use a CRS the INSPIRE validator accepts, as an http URI",
     "Геометриите са в координатна система, приемана от валидатора на INSPIRE, с http URI", "rs.a.1", None, GML),
    ("rs.a.2", "inspire", E, "The collection's boundedBy uses an accepted CRS",
     "boundedBy на колекцията е в приемана координатна система", "rs.a.2", None, GML),
    ("rs.a.3", "inspire", E, "Temporal positions use the ISO 8601 frame",
     "Времевите позиции използват системата ISO 8601", "rs.a.3", None, GML),
    ("dc.a.1", "inspire", E, "endLifespanVersion is not before beginLifespanVersion",
     "endLifespanVersion не е преди beginLifespanVersion", "dc.a.1", None),
    ("dc.b.1", "inspire", E, "validTo is not before validFrom", "validTo не е преди validFrom", "dc.b.1", None),
    ("lu-gml.a.1", "inspire", F, "The file holds at least one Land Use feature",
     "Файлът съдържа поне един обект за земеползване", "lu-gml.a.1", None, GML),
    ("lu-plu-as.a.1", "inspire", E, "Every zoning element has hilucsLandUse values from the HILUCS register",
     "Всяка зона има стойности hilucsLandUse от регистъра HILUCS", "lu-plu-as.a.1", None),
    ("lu-plu-as.a.2", "inspire", E, "Every plan has exactly one levelOfSpatialPlan from the register",
     "Всеки план има точно едно levelOfSpatialPlan от регистъра", "lu-plu-as.a.2", None),
    ("lu-plu-as.a.3", "inspire", E, "Every plan has exactly one processStepGeneral from the register",
     "Всеки план има точно едно processStepGeneral от регистъра", "lu-plu-as.a.3", None),
    ("lu-plu-as.a.4", "inspire", E, "Every zoning element has exactly one regulationNature from the register",
     "Всяка зона има точно едно regulationNature от регистъра", "lu-plu-as.a.4", None),
    ("lu-plu-as.b.1", "inspire", E,
     "Every official document has a legislation citation, regulation text or plan document (OneMustBeFilled)",
     "Всеки официален документ има цитиран нормативен акт, текст или документ на плана (OneMustBeFilled)",
     "lu-plu-as.b.1", None),
    ("lu-ia.a.1.a", "inspire", W, "specificPresence ordered-list values are known code values",
     "Стойностите в подредения списък на specificPresence са известни кодови стойности", "lu-ia.a.1.a", None),
    ("lu-ia.a.1.b", "inspire", W, "specificPresence percentage values are known code values",
     "Стойностите с процент в specificPresence са известни кодови стойности", "lu-ia.a.1.b", None),
    ("lu-ia.a.1.c", "inspire", W, "specificLandUse values are known code values",
     "Стойностите на specificLandUse са известни кодови стойности", "lu-ia.a.1.c", None),
    ("lu-ia.a.2", "inspire", W, "planTypeName is a known code value", "planTypeName е известна кодова стойност",
     "lu-ia.a.2", None),
    ("lu-ia.a.3", "inspire", W, "specificSupplementaryRegulation values are known code values",
     "Стойностите на specificSupplementaryRegulation са известни кодови стойности", "lu-ia.a.3", None),
    ("lu-ia.a.4", "inspire", W, "supplementaryRegulation values are from the register or a known extension",
     "Стойностите на supplementaryRegulation са от регистъра или от известно разширение", "lu-ia.a.4", None),
    ("lu-ia.b.3", "inspire", E, "SpatialPlan.member links point to zoning elements in the file",
     "Връзките SpatialPlan.member сочат зони във файла", "lu-ia.b.3", None),
    ("lu-ia.b.4", "inspire", E, "SpatialPlan.officialDocument links point to documents in the file",
     "Връзките SpatialPlan.officialDocument сочат документи във файла", "lu-ia.b.4", None),
    ("lu-ia.b.5", "inspire", E, "SpatialPlan.restriction links point to supplementary regulations in the file",
     "Връзките SpatialPlan.restriction сочат допълнителни регулации във файла", "lu-ia.b.5", None),
    ("lu-ia.b.6", "inspire", E, "ZoningElement.plan points to a plan in the file",
     "ZoningElement.plan сочи план във файла", "lu-ia.b.6", None),
    ("lu-ia.b.7", "inspire", E, "ZoningElement.officialDocument links point to documents in the file",
     "Връзките ZoningElement.officialDocument сочат документи във файла", "lu-ia.b.7", None),
    ("lu-ia.b.8", "inspire", E, "SupplementaryRegulation.plan points to a plan in the file",
     "SupplementaryRegulation.plan сочи план във файла", "lu-ia.b.8", None),
    ("lu-ia.b.9", "inspire", E, "SupplementaryRegulation.officialDocument links point to documents in the file",
     "Връзките SupplementaryRegulation.officialDocument сочат документи във файла", "lu-ia.b.9", None),
    ("CODE.UNKNOWN", "inspire", E, "Values of closed INSPIRE code lists come from the register",
     "Стойностите на затворените кодови списъци на INSPIRE са от регистъра", None, None),
    # -- known pitfalls ----------------------------------------------------------
    ("PITFALL.HTTPS_CODELIST", "pitfall", E, "INSPIRE code-list values are written with http://, as in the register",
     "Стойностите от кодовите списъци на INSPIRE са с http://, както в регистъра", "lu-plu-as.a.1", "code_uris"),
    ("PITFALL.BACKGROUDMAPURI", "pitfall", E, "No pre-4.0.1 element name backgroudMapURI",
     "Няма остарялото име на елемент backgroudMapURI (преди 4.0.1)", "lu-gml.b.1", None, GML),
    ("PITFALL.AXIS_ORDER", "pitfall", E, "Coordinates follow the CRS's axis order (lat/long for EPSG:4258)",
     "Координатите следват реда на осите на системата (ширина/дължина за EPSG:4258)", "gmlas.d.10", None),
    ("PITFALL.RING_ORIENTATION", "pitfall", E, "Exterior rings run anticlockwise, interior rings clockwise",
     "Външните контури са обратно на часовниковата стрелка, вътрешните — по нея", "gmlas.d.10", "orient", GML),
    ("CRS.NATIONAL", "pitfall", I, "A national CRS of the profile: fine for national exchange, not for INSPIRE",
     "Национална координатна система от профила: допустима за национален обмен, не и за INSPIRE", "rs.a.1", None,
     GML),
    ("CRS.EXPORT", "pitfall", I, "The plan's CRS must be changed on export for INSPIRE",
     "Координатната система на плана трябва да се смени при износ за INSPIRE", "rs.a.1", None, PLAN),
    ("CRS.OUTSIDE_AREA", "pitfall", W, "Coordinates lie inside the CRS's area of use",
     "Координатите са в областта на използване на координатната система", None, None),
    ("CRS.NOT_CHECKED", "pitfall", W, "The coordinates could be transformed to check the CRS's area and axis order",
     "Координатите могат да се преобразуват, за да се провери областта и редът на осите на системата", None, None),
    # -- geometry ---------------------------------------------------------------
    ("GEOM.RING_NOT_CLOSED", "geometry", E, "Rings are closed", "Контурите са затворени", "gmlas.d.10", None, GML),
    ("GEOM.RING_TOO_SHORT", "geometry", E, "Rings have at least 4 positions", "Контурите имат поне 4 точки",
     "gmlas.d.10", None, GML),
    ("GEOM.NON_FINITE", "geometry", E, "Coordinates are finite numbers", "Координатите са крайни числа",
     "gmlas.d.11", None),
    ("GEOM.EMPTY", "geometry", E, "Geometries are not empty", "Геометриите не са празни", "gmlas.d.11", None),
    ("GEOM.WRONG_TYPE", "geometry", E, "Zoning elements and plan extents are surfaces",
     "Зоните и обхватът на плана са повърхнини", "lu-gml.b.1", None),
    ("GEOM.SELF_INTERSECTION", "geometry", E, "Rings do not cross themselves or each other",
     "Контурите не се пресичат сами или помежду си", "gmlas.d.10", None),
    ("GEOM.HOLE_OUTSIDE_SHELL", "geometry", E, "Holes lie inside their shell", "Отворите са вътре във външния контур",
     "gmlas.d.10", None),
    ("GEOM.NESTED_HOLES", "geometry", E, "Holes are not nested", "Отворите не са вложени един в друг",
     "gmlas.d.10", None),
    ("GEOM.DISCONNECTED_INTERIOR", "geometry", E, "Holes do not cut a polygon apart",
     "Отворите не разделят многоъгълника", "gmlas.d.10", None),
    ("GEOM.NESTED_SHELLS", "geometry", E, "The polygons of a multi-surface do not overlap",
     "Многоъгълниците на съставна повърхнина не се застъпват", "gmlas.d.10", None),
    ("GEOM.INVALID", "geometry", E, "Geometries are valid (OGC simple features)",
     "Геометриите са валидни (OGC Simple Features)", "gmlas.d.10", None),
    ("GEOM.DUPLICATE_VERTEX", "geometry", W, "No two consecutive vertices are equal",
     "Няма две поредни еднакви точки", None, "duplicate_vertices"),
    # -- topology ---------------------------------------------------------------
    ("TOPO.OVERLAP", "topology", E, "Zoning elements do not overlap", "Зоните не се застъпват", None, "snap"),
    ("TOPO.GAP", "topology", W, "No gaps between zoning elements inside the plan",
     "Няма празнини между зоните в обхвата на плана", None, "fill_gaps"),
    ("TOPO.EXTENT_NOT_UNION", "topology", W, "The plan extent is the union of its zoning elements",
     "Обхватът на плана е обединението на зоните му", None, "extent"),
    ("TOPO.OUTSIDE_EXTENT", "topology", E, "Zoning elements and supplementary regulations lie inside the plan extent",
     "Зоните и допълнителните регулации са в обхвата на плана", None, "extent"),
    ("TOPO.SLIVER", "topology", W, "No sliver polygons below the area threshold",
     "Няма тесни остатъчни многоъгълници под праговата площ", None, None),
    ("TOPO.INCOMPLETE", "topology", W, "The topology of every plan could be computed",
     "Топологията на всеки план може да бъде изчислена", None, None),
    ("TOPO.EDGE_MISMATCH", "topology", I, "Shared boundaries of neighbouring zones have the same vertices",
     "Общите граници на съседните зони имат едни и същи точки", None, "snap"),
    # -- references and identifiers ----------------------------------------------
    ("REF.NO_PLAN", "reference", E, "The data set holds the spatial plan its features belong to",
     "Наборът съдържа устройствения план, към който принадлежат обектите", None, None),
    ("REF.NOT_RECIPROCAL", "reference", E, "Plan membership is recorded on both sides (member/restriction and plan)",
     "Принадлежността към плана е записана от двете страни (member/restriction и plan)", None, "links"),
    ("REF.WRONG_TARGET", "reference", E, "Links point to a feature of the right type",
     "Препратките сочат обект от правилния тип", None, None),
    ("REF.EXTERNAL", "reference", I, "Links to other resources (not checked offline)",
     "Препратки към други ресурси (не се проверяват без мрежа)", None, None),
    ("REF.DOCUMENT_UNUSED", "reference", W, "Every official document is referenced by the plan or a feature",
     "Всеки официален документ е посочен от плана или от обект", None, None),
    ("ID.DUPLICATE_INSPIRE_ID", "reference", E, "inspireId (namespace, localId, versionId) is unique",
     "inspireId (namespace, localId, versionId) е уникален", None, None),
    ("ID.EMPTY", "reference", E, "inspireId has a namespace and a localId", "inspireId има namespace и localId",
     None, None),
    # -- values ------------------------------------------------------------------
    ("DATE.IMPLAUSIBLE", "semantic", W, "Lifespan and validity dates are plausible (not in the future, not before 1800)",
     "Датите на версия и валидност са правдоподобни (не в бъдещето, не преди 1800 г.)", None, None),
    ("DIM.UNIT", "semantic", E, "Dimensioning indications use the unit their name implies",
     "Показателите използват мерната единица, която името им предполага", None, None),
    ("DIM.TYPE", "semantic", W, "Dimensioning indications have the value type their name implies",
     "Показателите имат типа стойност, който името им предполага", None, None),
    ("DIM.IMPLAUSIBLE", "semantic", E, "Dimensioning values are plausible (e.g. 0–100 %)",
     "Стойностите на показателите са правдоподобни (напр. 0–100 %)", None, None),
    ("DIM.DUPLICATE", "semantic", W, "Each dimensioning indication appears once per feature",
     "Всеки показател се среща веднъж за обект", None, None),
    # -- national profile --------------------------------------------------------
    ("PROFILE.LIMIT_EXCEEDED", "profile", E, "A zone's figures respect its zone type's legal limits",
     "Показателите на зоната спазват нормативите за вида зона", None, None),
    ("PROFILE.LIMIT_EXCEEDED_UNVERIFIED", "profile", W,
     "A zone's figures respect limits on record whose legal text is not verified",
     "Показателите на зоната спазват записани нормативи, чийто текст не е проверен", None, None),
    ("PROFILE.LIMIT_NOT_STATED", "profile", I, "A zone states the figures its zone type limits",
     "Зоната посочва показателите, които видът зона ограничава", None, None),
    ("PROFILE.ZONE_TYPE_MISSING", "profile", W, "Every zoning element has a national zone type",
     "Всяка зона има национален вид устройствена зона", None, None),
    ("PROFILE.CODE_NOT_IN_LIST", "profile", W, "Values come from the national code lists the profile requires",
     "Стойностите са от националните кодови списъци, изисквани от профила", None, None),
    ("PROFILE.HILUCS_MISMATCH", "profile", I, "The HILUCS value fits the national zone type",
     "Стойността по HILUCS съответства на националния вид зона", None, None),
)

RULES: dict[str, Rule] = {
    row[0]: Rule(
        code=row[0],
        family=row[1],
        severity=row[2],
        title_en=row[3],
        title_bg=row[4],
        ets=row[5],
        repair=row[6],
        sources=row[7] if len(row) > 7 else ("gml", "plan"),
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


def make_finding(code: str, en: str, bg: str, **where) -> Finding:  # type: ignore[no-untyped-def]
    """A :class:`Finding` of a catalogued rule, with the rule's severity unless one is given."""
    severity = where.pop("severity", None) or rule(code).severity
    return Finding(rule=code, severity=severity, message_en=en, message_bg=bg, **where)
