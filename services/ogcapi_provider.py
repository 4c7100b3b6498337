"""A pygeoapi feature provider over the plan register (the way pygeoapi's ``provider/postgresql.py`` works).

pygeoapi instantiates a provider for every request, so the register connection is kept per
thread and DSN.  The queries are :meth:`register.provider.RegisterProvider.service_features`
over the register's read-only views: ``datetime`` means *the zoning in force on that day*
(amended parts cut away), which pygeoapi's own PostgreSQL provider cannot say.
"""

from __future__ import annotations

import functools
import threading
from datetime import date, datetime
from typing import Any

from pygeoapi.provider.base import (
    BaseProvider,
    ProviderConnectionError,
    ProviderInvalidQueryError,
    ProviderItemNotFoundError,
    ProviderQueryError,
)
from pygeoapi.util import crs_transform

from plu_model.errors import PluError
from plu_model.i18n import Text, both
from register.service_query import FEATURE_TYPES, QUERY_TITLES, QUERYABLES
from services.ogcapi_raw import RawFeatures, raw_json_allowed

__all__ = ["RegisterFeatureProvider", "parse_day"]

_LOCAL = threading.local()


def _register(dsn: str) -> Any:
    """This thread's open register for ``dsn`` (opened on first use, reopened when it was closed)."""
    from register.provider import RegisterProvider

    cache: dict[str, Any] = getattr(_LOCAL, "registers", None) or {}
    _LOCAL.registers = cache
    reg = cache.get(dsn)
    if reg is None or reg.conn.closed:
        try:
            reg = cache[dsn] = RegisterProvider(dsn)
        except PluError as exc:
            raise ProviderConnectionError(str(exc), user_msg=f"{exc.message('en')} / {exc.message('bg')}") from exc
    return reg


@functools.cache
def _fields() -> dict[str, dict[str, str]]:
    return {name: {"type": spec["type"], "title": both(QUERY_TITLES[name])} for name, spec in QUERYABLES.items()}


def parse_day(value: str | None) -> date | None:
    """The day of an OGC API ``datetime`` instant; an interval is refused (a plan is in force *on* a day)."""
    if not value:
        return None
    if "/" in value:
        raise ProviderInvalidQueryError(
            "datetime: give one day or instant, not an interval",
            user_msg=both(Text("services.ogcapi_provider", "datetime: give one day, not an interval")))
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError as exc:
        raise ProviderInvalidQueryError(
            f"datetime {value!r} is not a date", user_msg=f"datetime {value!r} {both(Text('services.ogcapi_provider', 'is not a date'))}") from exc


class RegisterFeatureProvider(BaseProvider):
    """One collection (SpatialPlan, ZoningElement or SupplementaryRegulation) of the register."""

    def __init__(self, provider_def: dict[str, Any]):
        super().__init__(provider_def)
        self.feature_type = (self.options or {}).get("feature_type", "ZoningElement")
        if self.feature_type not in FEATURE_TYPES:
            raise ProviderConnectionError(f"unknown feature type {self.feature_type}")
        self.id_field = "id"
        self._fields = self.get_fields()

    def get_fields(self) -> dict[str, dict[str, str]]:
        """The queryables: what a client may filter on (``/queryables``); worked out once (a provider per request)."""
        return {name: dict(spec) for name, spec in _fields().items()}

    def _run(self, method: str, **query: Any) -> Any:
        reg = _register(self.data)
        try:
            return getattr(reg, method)(self.feature_type, **query)
        except (KeyError, ValueError) as exc:
            raise ProviderInvalidQueryError(f"bad query value: {exc}",
                                            user_msg=f"{both(Text('services.ogcapi_provider', 'bad query value'))}: {exc}") from exc
        except PluError as exc:
            reg.conn.rollback()
            raise ProviderQueryError(str(exc), user_msg=f"{exc.message('en')} / {exc.message('bg')}") from exc

    @crs_transform
    def query(self, offset: int = 0, limit: int = 10, resulttype: str = "results", bbox: list[float] | None = None,
              datetime_: str | None = None, properties: list[tuple[str, Any]] | None = None,
              sortby: list[dict[str, Any]] | None = None, select_properties: list[str] | None = None,
              skip_geometry: bool = False, q: str | None = None, **kwargs: Any) -> dict[str, Any]:
        """A page of features as a GeoJSON FeatureCollection (geometry in CRS84; pygeoapi reprojects).

        For a plain JSON answer the features stay the text PostgreSQL built (services/ogcapi_raw.py).
        """
        box = tuple(float(v) for v in bbox[:2] + bbox[-2:]) if bbox else None
        page = self._run("service_geojson", bbox=box, day=parse_day(datetime_), filters=dict(properties or []),
                         offset=offset, limit=0 if resulttype == "hits" else limit, with_geometry=not skip_geometry)
        raw = RawFeatures(page.features, page.returned)
        if raw_json_allowed() and not select_properties and kwargs.get("crs_transform_spec") is None:
            features: Any = raw
        else:
            features = raw.parsed()
        if select_properties:
            keep = set(select_properties)
            for f in features:
                f["properties"] = {k: v for k, v in f["properties"].items() if k in keep}
        return {"type": "FeatureCollection", "features": features, "numberMatched": page.matched,
                "numberReturned": page.returned}

    @crs_transform
    def get(self, identifier: Any, **kwargs: Any) -> dict[str, Any]:
        """One feature by its register key."""
        try:
            key = int(identifier)
        except (TypeError, ValueError) as exc:
            raise ProviderItemNotFoundError(f"no feature {identifier!r}") from exc
        page = self._run("service_features", identifier=key, limit=1)
        if not page.features:
            raise ProviderItemNotFoundError(f"no feature {identifier!r}",
                                            user_msg=both(Text("services.ogcapi_provider", "no feature {identifier}",
                                                               identifier=identifier)))
        return page.features[0]
