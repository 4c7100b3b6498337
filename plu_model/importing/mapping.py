"""The mapping file: which source layer becomes which PLU class, and how each attribute is filled.

A mapping is YAML or JSON (``docs/importing.md`` documents it, and
``resources/schemas/mapping.schema.json`` is its JSON Schema).  The import
command and the import wizard share this one model: the wizard edits an
:class:`ImportMapping` and saves it with :func:`save_mapping`, the command loads it
with :func:`load_mapping`, so a mapping built interactively can be replayed.

Loading checks the document against the schema first and then against the PLU
model (attribute names per class, value maps, code lists), and reports the
first problem with the file name and the place inside the mapping.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from plu_model.atomic import write_atomic
from plu_model.codelists import codelist, resources_dir
from plu_model.errors import PluInputError
from plu_model.i18n import Text
from plu_model.schema import CLASS_ATTRIBUTES

__all__ = [
    "AUTOMATIC_ATTRIBUTES",
    "AttributeRule",
    "DocumentSpec",
    "GeometryOptions",
    "ImportMapping",
    "LabelJoin",
    "LayerMapping",
    "MAPPABLE_CLASSES",
    "load_mapping",
    "mappable_attributes",
    "mapping_from_dict",
    "save_mapping",
    "schema_path",
]

#: PLU classes a source layer can become (documents come from the mapping itself).
MAPPABLE_CLASSES = ("ZoningElement", "SupplementaryRegulation", "SpatialPlan")
#: Attributes the importer fills itself: identifiers, geometry and the plan links.
AUTOMATIC_ATTRIBUTES = {"inspire_id", "geometry", "extent", "plan", "member", "restriction"}
_DERIVABLE = {
    "hilucs": "hilucs_land_use",
    "supplementary_regulation": "supplementary_regulation",
    "level_of_spatial_plan": "level_of_spatial_plan",
}


def schema_path() -> Path:
    """Where the mapping file's JSON Schema lives."""
    return resources_dir() / "schemas" / "mapping.schema.json"


def mappable_attributes(class_name: str) -> list[str]:
    """Attribute names a mapping may fill for a class, in schema order."""
    return [a.name for a in CLASS_ATTRIBUTES[class_name] if a.name not in AUTOMATIC_ATTRIBUTES]


@dataclass
class AttributeRule:
    """How one attribute gets its value: a constant, or a source field run through a value map.

    ``map`` holds the value map itself; ``map_name`` remembers that it came from
    the mapping's shared ``value_maps`` so saving writes the name, not a copy.
    """

    value: Any = None
    field: str | None = None
    pattern: str | None = None
    split: str | None = None
    map: dict[str, Any] | None = None
    map_name: str | None = None
    codelist: str | None = None
    default: Any = None
    unmapped: str | None = None
    nil: str | None = None
    format: str | None = None
    derive: str | None = None
    uom: str | None = None
    type: str | None = None

    @classmethod
    def constant(cls, value: Any) -> AttributeRule:
        return cls(value=value)

    @property
    def is_constant(self) -> bool:
        return self.field is None and self.derive is None

    def to_data(self) -> Any:
        """The rule as it is written in a mapping file (a bare constant when it is one)."""
        keys = ("value", "field", "pattern", "split", "map", "codelist", "default", "unmapped", "nil", "format",
                "derive", "uom", "type")
        out: dict[str, Any] = {}
        for key in keys:
            value = getattr(self, key)
            if key == "map":
                value = self.map_name or (dict(self.map) if self.map is not None else None)
            if value is not None:
                out[key] = value
        if set(out) <= {"value"}:
            return out.get("value")
        return out


@dataclass
class LabelJoin:
    """Texts (CAD labels) lying inside an area, joined to it as a pseudo-field named ``as_``."""

    field: str
    layer: str | None = None
    where: str | None = None
    as_: str = "LABEL"

    def to_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {"field": self.field}
        if self.layer:
            out["layer"] = self.layer
        if self.where:
            out["where"] = self.where
        if self.as_ != "LABEL":
            out["as"] = self.as_
        return out


@dataclass
class LayerMapping:
    """One source layer (optionally filtered) and the PLU class its features become."""

    target: str
    name: str | None = None
    where: str | None = None
    id: AttributeRule | None = None
    labels: LabelJoin | None = None
    polygonize: bool = False
    attributes: dict[str, AttributeRule] = field(default_factory=dict)
    dimensioning: dict[str, AttributeRule] = field(default_factory=dict)

    @property
    def title(self) -> str:
        """How reports name this layer: its OGR name and filter."""
        text = self.name or "(default layer)"
        return f"{text} [{self.where}]" if self.where else text

    def to_data(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.name:
            out["name"] = self.name
        if self.where:
            out["where"] = self.where
        out["class"] = self.target
        if self.id is not None:
            out["id"] = self.id.to_data()
        if self.labels is not None:
            out["labels"] = self.labels.to_data()
        if self.polygonize:
            out["polygonize"] = True
        if self.attributes:
            out["attributes"] = {k: r.to_data() for k, r in self.attributes.items()}
        if self.dimensioning:
            out["dimensioning"] = {k: r.to_data() for k, r in self.dimensioning.items()}
        return out


@dataclass
class GeometryOptions:
    """Geometry clean-up on the way in (see :mod:`plu_model.importing.geometry_cleanup`)."""

    curve_tolerance: float = 0.01
    invalid: str = "repair"
    multipart: str = "keep"
    keep_z: bool = False

    def to_data(self) -> dict[str, Any]:
        default = GeometryOptions()
        return {k: v for k, v in vars(self).items() if v != getattr(default, k)}


@dataclass
class DocumentSpec:
    """An ``OfficialDocumentation`` the mapping creates (the rules, the drawing, the act)."""

    local_id: str
    regulation_text: str | None = None
    plan_document: dict[str, Any] | None = None
    legislation_citation: dict[str, Any] | None = None

    def to_data(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if v is not None}


@dataclass
class ImportMapping:
    """A whole mapping file; see ``docs/importing.md`` for every key."""

    namespace: str
    layers: list[LayerMapping] = field(default_factory=list)
    plan: dict[str, AttributeRule] = field(default_factory=dict)
    plan_local_id: str | None = None
    plan_extent: str = "union"
    documents: list[DocumentSpec] = field(default_factory=list)
    value_maps: dict[str, dict[str, Any]] = field(default_factory=dict)
    dataset_local_id: str | None = None
    version_id: str | None = None
    source_path: str | None = None
    source_format: str | None = None
    source_encoding: str | None = None
    open_options: dict[str, Any] = field(default_factory=dict)
    source_crs: int | None = None
    override_crs: bool = False
    target_crs: int | None = None
    geometry: GeometryOptions = field(default_factory=GeometryOptions)
    path: Path | None = None

    def resolved_source(self) -> str | None:
        """The source named in the mapping, relative paths taken from the mapping file's folder."""
        if not self.source_path:
            return None
        text = self.source_path
        if ":" in text.split("/", 1)[0] and not Path(text).exists():
            return text  # an OGR connection string such as PG:dbname=plans
        p = Path(text)
        if not p.is_absolute() and self.path is not None:
            p = self.path.parent / p
        return str(p)

    def to_data(self) -> dict[str, Any]:
        """The mapping as a plain document (what :func:`save_mapping` writes)."""
        out: dict[str, Any] = {"version": 1, "namespace": self.namespace}
        if self.dataset_local_id:
            out["dataset_local_id"] = self.dataset_local_id
        if self.version_id:
            out["version_id"] = self.version_id
        source: dict[str, Any] = {}
        if self.source_path:
            source["path"] = self.source_path
        if self.source_format:
            source["format"] = self.source_format
        if self.source_encoding:
            source["encoding"] = self.source_encoding
        if self.open_options:
            source["open_options"] = dict(self.open_options)
        if source:
            out["source"] = source
        crs: dict[str, Any] = {}
        if self.source_crs:
            crs["source"] = self.source_crs
        if self.override_crs:
            crs["override"] = True
        if self.target_crs:
            crs["target"] = self.target_crs
        if crs:
            out["crs"] = crs
        geometry = self.geometry.to_data()
        if geometry:
            out["geometry"] = geometry
        plan: dict[str, Any] = {}
        if self.plan_local_id:
            plan["local_id"] = self.plan_local_id
        if self.plan_extent != "union":
            plan["extent"] = self.plan_extent
        plan.update({k: r.to_data() for k, r in self.plan.items()})
        if plan:
            out["plan"] = plan
        if self.documents:
            out["documents"] = [d.to_data() for d in self.documents]
        if self.value_maps:
            out["value_maps"] = {k: dict(v) for k, v in self.value_maps.items()}
        out["layers"] = [lm.to_data() for lm in self.layers]
        return out


# -- loading ----------------------------------------------------------------------
class _Loader(yaml.SafeLoader):
    """YAML without implicit timestamps (dates stay text, as in JSON) and without aliases.

    Aliases are refused because a few nested ones ("billion laughs") make a
    tiny file expand into an enormous document for the schema check.
    """

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "aliases (*name) are not allowed in a mapping file; repeat the value instead",
                event.start_mark,
            )
        return super().compose_node(parent, index)


_Loader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@lru_cache(maxsize=1)
def _validator() -> Any:
    import jsonschema

    schema = json.loads(schema_path().read_text(encoding="utf-8"))
    return jsonschema.Draft7Validator(schema)


def _where(error: Any) -> str:
    parts = []
    for p in error.absolute_path:
        parts.append(f"[{p}]" if isinstance(p, int) else (f".{p}" if parts else str(p)))
    return "".join(parts) or "(top level)"


def _schema_check(data: Any, name: str) -> None:
    import jsonschema

    errors = sorted(_validator().iter_errors(data), key=lambda e: (len(list(e.absolute_path)), str(e.message)))
    if not errors:
        return
    error = jsonschema.exceptions.best_match(errors) or errors[0]
    while error.context:  # oneOf: say what was wrong inside the closest alternative
        error = jsonschema.exceptions.best_match(error.context) or error.context[0]
    raise PluInputError(Text("plu_model.importing.mapping", "{name}: {where}: {message}", name=name,
                             where=_where(error), message=error.message))  # jsonschema's own words, alike in both


def _rule(data: Any, value_maps: dict[str, dict[str, Any]], where: str) -> AttributeRule:
    if not isinstance(data, dict):
        return AttributeRule.constant(data)
    rule = AttributeRule(**{k: v for k, v in data.items() if k not in ("map",)})
    raw_map = data.get("map")
    if isinstance(raw_map, str):
        if raw_map not in value_maps:
            known = ", ".join(sorted(value_maps)) or "none"
            raise PluInputError(
                Text("plu_model.importing.mapping", "{where}: no value map named {raw_map!r} (value_maps has: "
                                                    "{known})", where=where, raw_map=raw_map, known=known),
            )
        rule.map, rule.map_name = value_maps[raw_map], raw_map
    elif isinstance(raw_map, dict):
        rule.map = {str(k): v for k, v in raw_map.items()}
    if rule.pattern is not None:
        try:
            re.compile(rule.pattern)
        except re.error as exc:
            raise PluInputError(Text("plu_model.importing.mapping", "{where}: pattern {pattern!r} is not a regular "
                                                                    "expression: {error}",
                                     where=where, pattern=rule.pattern, error=str(exc))) from None
    if rule.codelist:
        try:
            codelist(rule.codelist)
        except KeyError as exc:
            raise PluInputError(Text("plu_model.importing.mapping", "{where}: {exc}", where=where, exc=exc)) from None
    if rule.derive and rule.field:
        raise PluInputError(
            Text("plu_model.importing.mapping", "{where}: a rule takes its value either from a field or by 'derive', "
                                                "not both", where=where),
        )
    return rule


def _check_attributes(class_name: str, names: list[str], where: str) -> None:
    allowed = mappable_attributes(class_name)
    for name in names:
        if name not in allowed:
            automatic = name in AUTOMATIC_ATTRIBUTES
            hint = (Text("plu_model.importing.mapping", "it is filled automatically") if automatic
                    else Text("plu_model.importing.mapping", "known: {names}", names=", ".join(allowed)))
            raise PluInputError(Text("plu_model.importing.mapping", "{where}: {class_name} has no attribute {name!r} to map ({hint})",
                                     where=where, class_name=class_name, name=name, hint=hint))


def _check_codes(class_name: str, rules: dict[str, AttributeRule], where: str) -> None:
    """Constants, value-map targets and defaults of code attributes must be codes: wrong for one, wrong for all.

    A source value that maps to nothing is the data's affair and is reported per
    feature; a mapping that names a code no list has would skip every feature, so it
    is refused before anything is read, with its place.
    """
    from plu_model.importing.rules import CodeResolver

    resolver = CodeResolver()
    attrs = {a.name: a for a in CLASS_ATTRIBUTES[class_name]}
    for name, rule in rules.items():
        attr = attrs.get(name)
        if attr is None or attr.kind != "code":
            continue
        lists = rule.codelist or attr.codelist or "?"

        def unknown(value: Any) -> bool:
            return value is not None and resolver.resolve(attr, str(value).strip(), rule.codelist)[0] is None

        if rule.is_constant and rule.pattern is None:
            values = rule.value if isinstance(rule.value, list) else [rule.value]
            if rule.split and isinstance(rule.value, str):
                values = rule.value.split(rule.split)
            for value in values:
                if unknown(value):
                    raise PluInputError(Text("plu_model.importing.mapping", "{where}.{name}: {value!r} is not a "
                                                                            "value of {lists}",
                                             where=where, name=name, value=value, lists=lists))
        for source, target in (rule.map or {}).items():
            for value in target if isinstance(target, list) else [target]:
                if unknown(value):
                    raise PluInputError(Text(
                        "plu_model.importing.mapping", "{where}.{name}: the value map{map_name} maps {source!r} to "
                        "{value!r}, which is not a value of {lists}", where=where, name=name,
                        map_name=f" {rule.map_name!r}" if rule.map_name else "", source=source, value=value,
                        lists=lists))
        for value in rule.default if isinstance(rule.default, list) else [rule.default]:
            if unknown(value):
                raise PluInputError(Text("plu_model.importing.mapping", "{where}.{name}: default {value!r} is not a "
                                                                        "value of {lists}",
                                         where=where, name=name, value=value, lists=lists))


def _required_present(lm: LayerMapping, where: str, plan_rules: dict[str, AttributeRule]) -> None:
    rules = dict(plan_rules) if lm.target == "SpatialPlan" else {}
    rules.update(lm.attributes)
    for attr in CLASS_ATTRIBUTES[lm.target]:
        if attr.name in AUTOMATIC_ATTRIBUTES or attr.optional or attr.voidable:
            continue
        if attr.name in rules:
            continue
        derivable = {
            "hilucs_land_use": "specific_land_use",
            "supplementary_regulation": "specific_supplementary_regulation",
            "level_of_spatial_plan": "plan_type_name",
        }.get(attr.name)
        if derivable and derivable in rules:
            continue
        raise PluInputError(
            Text("plu_model.importing.mapping", "{where}: {target} needs {name!r}; map it from a field or give a "
                                                "constant (for example {name}: {name2})",
                                                where=where, target=lm.target, name=attr.name, name2=_EXAMPLES.get(attr.name, '…')),
        )


_EXAMPLES = {
    "regulation_nature": "generallyBinding",
    "hilucs_land_use": "{field: KOD, map: zones}",
    "supplementary_regulation": "3_3_BuiltHeritageProtection",
    "official_title": "'ПУП – ПРЗ …'",
    "level_of_spatial_plan": "infraLocal",
    "plan_type_name": "PUP-PRZ",
}


def mapping_from_dict(data: Any, path: str | os.PathLike[str] | None = None) -> ImportMapping:
    """Build an :class:`ImportMapping` from a parsed document; raises :class:`PluInputError`."""
    name = str(path) if path else "mapping"
    _schema_check(data, name)
    value_maps = {k: {str(src): tgt for src, tgt in v.items()} for k, v in (data.get("value_maps") or {}).items()}
    plan_data = dict(data.get("plan") or {})
    plan_local_id = plan_data.pop("local_id", None)
    plan_extent = plan_data.pop("extent", "union")
    _check_attributes("SpatialPlan", list(plan_data), f"{name}: plan")
    plan = {k: _rule(v, value_maps, f"{name}: plan.{k}") for k, v in plan_data.items()}
    _check_codes("SpatialPlan", plan, f"{name}: plan")
    layers = []
    for i, ld in enumerate(data["layers"]):
        where = f"{name}: layers[{i}]" + (f" ({ld['name']})" if ld.get("name") else "")
        attributes = ld.get("attributes") or {}
        _check_attributes(ld["class"], list(attributes), where)
        dims = ld.get("dimensioning") or {}
        if dims and not any(a.name == "dimensioning_indication" for a in CLASS_ATTRIBUTES[ld["class"]]):
            raise PluInputError(
                Text("plu_model.importing.mapping", "{where}: {ld} has no dimensioning indications",
                                                    where=where, ld=ld['class']),
            )
        labels = ld.get("labels")
        lm = LayerMapping(
            target=ld["class"],
            name=ld.get("name"),
            where=ld.get("where"),
            id=_rule(ld["id"], value_maps, f"{where}.id") if "id" in ld else None,
            labels=LabelJoin(labels["field"], labels.get("layer"), labels.get("where"), labels.get("as", "LABEL"))
            if labels
            else None,
            polygonize=bool(ld.get("polygonize", False)),
            attributes={k: _rule(v, value_maps, f"{where}.attributes.{k}") for k, v in attributes.items()},
            dimensioning={k: _rule(v, value_maps, f"{where}.dimensioning.{k}") for k, v in dims.items()},
        )
        if "dimensioning_indication" in lm.attributes and lm.dimensioning:
            raise PluInputError(
                Text("plu_model.importing.mapping", "{where}: give dimensioning indications under 'dimensioning' only",
                                                    where=where),
            )
        for key, rule in lm.attributes.items():
            if rule.derive and _DERIVABLE[rule.derive] != key:
                raise PluInputError(
                    Text("plu_model.importing.mapping", "{where}.attributes.{key}: 'derive: {derive}' fills "
                                                        "{DERIVABLE}",
                                                        where=where, key=key, derive=rule.derive, DERIVABLE=_DERIVABLE[rule.derive]),
                )
        _required_present(lm, where, plan)
        _check_codes(lm.target, lm.attributes, f"{where}.attributes")
        layers.append(lm)
    if not any(lm.target == "SpatialPlan" for lm in layers):
        missing = [a for a in ("official_title", "plan_type_name") if a not in plan]
        if missing:
            raise PluInputError(
                Text("plu_model.importing.mapping", "{name}: plan: without a SpatialPlan layer the plan needs "
                                                    "{missing} as constants", name=name, missing=', '.join(missing)),
            )
    documents = [DocumentSpec(**d) for d in data.get("documents") or []]
    ids = [d.local_id for d in documents]
    if len(set(ids)) != len(ids):
        raise PluInputError(
            Text("plu_model.importing.mapping", "{name}: documents: local_id values must be unique", name=name),
        )
    source = data.get("source") or {}
    crs = data.get("crs") or {}
    geometry = GeometryOptions(**(data.get("geometry") or {}))
    if crs.get("override") and not crs.get("source"):
        raise PluInputError(Text("plu_model.importing.mapping", "{name}: crs.override needs crs.source", name=name))
    return ImportMapping(
        namespace=data["namespace"],
        layers=layers,
        plan=plan,
        plan_local_id=plan_local_id,
        plan_extent=plan_extent,
        documents=documents,
        value_maps=value_maps,
        dataset_local_id=data.get("dataset_local_id"),
        version_id=data.get("version_id"),
        source_path=source.get("path"),
        source_format=source.get("format"),
        source_encoding=source.get("encoding"),
        open_options=dict(source.get("open_options") or {}),
        source_crs=crs.get("source"),
        override_crs=bool(crs.get("override", False)),
        target_crs=crs.get("target"),
        geometry=geometry,
        path=Path(path) if path else None,
    )


def load_mapping(path: str | os.PathLike[str]) -> ImportMapping:
    """Read a YAML or JSON mapping file and check it; raises :class:`PluInputError` naming the place."""
    p = Path(path)
    if not p.is_file():
        raise PluInputError(Text("plu_model.importing.mapping", "{p}: no such mapping file", p=p))
    try:
        text = p.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise PluInputError(
            Text("plu_model.importing.mapping", "{p}: a mapping file must be UTF-8 text ({reason} at byte {start})",
                                                p=p, reason=exc.reason, start=exc.start),
        ) from exc
    try:
        data = json.loads(text) if p.suffix.lower() == ".json" else yaml.load(text, Loader=_Loader)
    except (yaml.YAMLError, json.JSONDecodeError) as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else (f":{exc.lineno}" if hasattr(exc, "lineno") else "")
        kind = "JSON" if p.suffix.lower() == ".json" else "YAML"
        problem = getattr(exc, "problem", None) or exc
        raise PluInputError(
            Text("plu_model.importing.mapping", "{p}{line}: not a valid {kind} document: {problem}",
                                                p=p, line=line, kind=kind, problem=problem),
        ) from exc
    if data is None:  # an empty YAML file, or one of comments only
        raise PluInputError(Text("plu_model.importing.mapping", "{p}: the mapping file is empty; see docs/importing.md "
                                                                "for what it holds", p=p))
    return mapping_from_dict(data, p)


def save_mapping(mapping: ImportMapping, path: str | os.PathLike[str]) -> Path:
    """Write a mapping as YAML (or JSON for ``.json``), atomically, so the wizard's work can be reused."""
    p = Path(path)
    data = mapping.to_data()
    if mapping.path is None or mapping.path.resolve() != p.resolve():
        # a relative source path keeps pointing at the same file from the new place
        src = mapping.resolved_source()
        if src and mapping.source_path and not Path(mapping.source_path).is_absolute() and Path(src).exists():
            data.setdefault("source", {})["path"] = os.path.relpath(Path(src).resolve(), p.resolve().parent)
    mapping_from_dict(data, p)  # never write a mapping that would not load again
    if p.suffix.lower() == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = "# PLU Studio import mapping (docs/importing.md)\n" + yaml.safe_dump(
            data, allow_unicode=True, sort_keys=False, default_flow_style=False
        )
    return write_atomic(p, text)
