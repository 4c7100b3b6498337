"""Open from register: the plan drawn straight from the register, editable once its working copy is ready."""

from __future__ import annotations

import sys

import pytest
from city import DETAILED_1, dataset
from conftest_paths import ROOT

from register.provider import RegisterProvider

sys.path.insert(0, str(ROOT / "tests" / "app"))
from editor_helpers import *  # noqa: E402,F403 - fixtures (make_window, window)
from editor_helpers import wait_rendered  # noqa: E402


def _codes() -> dict[str, str]:
    """localId → national zone code (the last segment of its first specific land use), from the data set."""
    return {
        z.inspire_id.local_id: z.specific_land_use[0].rsplit("/", 1)[-1] for z in dataset(DETAILED_1).zoning_elements
    }


def _class_of(layer, feature) -> str:
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    return QgsExpression(layer.renderer().classAttribute()).evaluate(context)


def _registered(window, key):
    return window.registry_actions[key]


def test_the_plan_is_drawn_from_the_register_then_becomes_editable(window, published_plan, qtbot):
    from app.register_actions import open_from_register

    opening = open_from_register(window, published_plan, DETAILED_1.local_id)
    assert opening is not None and window.document is None  # not editable yet
    layers = opening.layers
    ids = [layer.id() for layer in layers]
    assert [layer.providerType() for layer in layers] == ["postgres"] * 5
    assert all(layer.isValid() and layer.readOnly() for layer in layers)
    zoning = layers[-1]
    assert zoning.name() == "Zoning elements"
    codes = _codes()
    assert {f["inspire_local_id"]: _class_of(zoning, f) for f in zoning.getFeatures()} == codes
    shown = {c.value() for c in zoning.renderer().categories()} - {""}
    assert shown == set(codes.values())  # the legend lists the classes in use, read in one query
    for key in ("save", "validate"):
        assert not window.actions[key].isEnabled()
    assert not _registered(window, "register.save").isEnabled()
    status = opening.status
    assert status.isVisible() and "preparing the plan for editing" in status.text()
    assert "working copy" in status.toolTip()
    out = ROOT / "test-output"
    out.mkdir(exist_ok=True)
    wait_rendered(qtbot, window.canvas)
    extent = window.canvas.extent()
    window.grab().save(str(out / "register-direct-open.png"))
    doc = opening.wait()
    assert doc is not None and window.document is doc and doc.register_origin["base"].version_no == 1
    assert window.layers.zoning.providerType() == "ogr" and window.layers.zoning.isEditable()
    assert {c.value() for c in window.layers.zoning.renderer().categories()} - {""} == shown  # the same legend
    assert not any(i in window.project.mapLayers() for i in ids)
    assert window.canvas.extent() == extent  # the map stays where it was
    assert window.actions["save"].isEnabled() and _registered(window, "register.save").isEnabled()
    assert not status.isVisible() and window.register_opening is None


def test_the_layers_read_as_the_planner_so_row_level_security_holds(window, published_plan, cluster):
    """A policy that hides d1-b from one role: the layers (and the working copy) never show it to that role."""
    import psycopg2

    from app.register_actions import open_from_register

    database = published_plan.rsplit("dbname=", 1)[1].split()[0]
    with RegisterProvider(published_plan) as owner:
        owner.grant("vera_direct", "reader", None)
    conn = psycopg2.connect(published_plan)
    with conn, conn.cursor() as cur:
        cur.execute(
            "CREATE POLICY hide_b ON feature AS RESTRICTIVE FOR SELECT TO vera_direct USING (local_id <> 'd1-b')"
        )
    conn.close()
    opening = open_from_register(window, cluster.dsn(user="vera_direct", database=database), DETAILED_1.local_id)
    zoning = opening.layers[-1]
    assert sorted(f["inspire_local_id"] for f in zoning.getFeatures()) == ["d1-a", "d1-c", "d1-d"]
    doc = opening.wait()
    assert sorted(f["inspire_local_id"] for f in window.layers.zoning.getFeatures()) == ["d1-a", "d1-c", "d1-d"]
    assert doc is not None


def test_a_failed_working_copy_is_shown_and_the_plan_stays_readable(window, published_plan, monkeypatch):
    import register.sync
    from app.register_actions import open_from_register
    from register.errors import RegisterError

    def refuse(*_args, **_kwargs):
        raise RegisterError("the disk is full")

    monkeypatch.setattr(register.sync, "open_for_editing", refuse)
    shown = []
    monkeypatch.setattr(window, "show_error", lambda title, text: shown.append((title(), text)))
    opening = open_from_register(window, published_plan, DETAILED_1.local_id)
    assert opening.wait() is None and window.document is None
    assert shown and "prepared for editing" in shown[0][0] and "the disk is full" in shown[0][1]
    assert "could not be prepared" in opening.status.text()
    zoning = opening.layers[-1]
    assert zoning.id() in window.project.mapLayers() and zoning.featureCount() == 4
    assert not window.actions["save"].isEnabled()


def test_closing_the_plan_while_it_is_prepared_stops_the_copy(window, published_plan, qtbot):
    from app.register_actions import open_from_register

    opening = open_from_register(window, published_plan, DETAILED_1.local_id)
    opening.start_copy()
    window._close_document()
    assert opening.discarded and window.register_opening is None and not window.project.mapLayers()
    qtbot.waitUntil(lambda: opening.task.finished_flag, timeout=20000)
    qtbot.wait(50)
    assert window.document is None and not window.project.mapLayers()


def test_the_status_speaks_bulgarian_and_follows_the_language(make_window, published_plan):
    from app.register_actions import open_from_register

    window = make_window("bg")
    opening = open_from_register(window, published_plan, DETAILED_1.local_id)
    english = "Read-only: preparing the plan for editing…"
    assert opening.status.text() and opening.status.text() != english
    assert opening.layers[-1].name() == "Устройствени зони"
    window.switch_language("en")
    assert opening.status.text() == english and opening.layers[-1].name() == "Zoning elements"
    assert opening.stop.text() == "Cancel"
    opening.discard()


def test_preparing_for_editing_can_be_cancelled_and_the_plan_stays_readable(window, published_plan, qtbot):
    import time

    from qgis.PyQt.QtWidgets import QToolButton

    import register.sync
    from app.register_actions import open_from_register

    started = []
    real = register.sync.open_for_editing

    def slow(*args, **kwargs):  # the copy waits until the test has pressed Cancel, then reads on
        started.append(True)
        while not opening.task.isCanceled():
            time.sleep(0.01)
        return real(*args, **kwargs)

    monkeypatch = pytest.MonkeyPatch()
    monkeypatch.setattr(register.sync, "open_for_editing", slow)
    try:
        opening = open_from_register(window, published_plan, DETAILED_1.local_id)
        opening.start_copy()
        qtbot.waitUntil(lambda: bool(started), timeout=20000)
        assert window.progress.isVisible()
        button = window.findChild(QToolButton, "register_preparing_cancel")
        assert button is not None and button.isVisible() and button.text() == "Cancel"
        button.click()
        assert opening.wait() is None and window.document is None
    finally:
        monkeypatch.undo()
    assert "cancelled" in opening.status.text() and not window.progress.isVisible()
    assert opening.layers[-1].id() in window.project.mapLayers() and opening.layers[-1].featureCount() == 4


def test_cancel_before_the_copy_began_means_it_never_begins(window, published_plan, qtbot):
    from app.register_actions import open_from_register

    opening = open_from_register(window, published_plan, DETAILED_1.local_id)
    opening.stop.click()
    wait_rendered(qtbot, window.canvas)
    assert opening.task is None and opening.wait() is None and window.document is None
    assert "cancelled" in opening.status.text() and opening.layers[-1].featureCount() == 4


#: the version stamps the register writes itself differ by design; ``id`` is the register's key, ``fid`` the file's
_STAMPS = {"id", "fid", "begin_lifespan_version"}


def _typed_sample():
    """The sample plan with a date and yes/no values set, so every kind of column holds something."""
    from datetime import date

    from conftest_paths import SAMPLE

    from plu_model.readers import read_dataset

    data = read_dataset(SAMPLE)[0]
    data.zoning_elements[0].valid_from = date(2021, 3, 4)
    data.plan.valid_to = date(2031, 12, 31)
    for i, regulation in enumerate(data.supplementary_regulations):
        regulation.inherited_from_other_plans = i % 2 == 0
    return data


def test_the_read_only_layers_keep_the_kinds_a_plan_file_gives_its_attributes(window, fresh_db, tmp_path):
    """Dates, yes/no values and lists read from the register are what the plan file shows, not their text."""
    from app.plan_layers import load_plan_layers
    from app.register_actions import open_from_register
    from plu_model.geopackage import save_dataset

    data = _typed_sample()
    with RegisterProvider(fresh_db) as reg:
        reg.ensure_authority("sofia")
        ref = reg.add(data, "sofia").full_ref
    gpkg = save_dataset(tmp_path / "plan.gpkg", _typed_sample())
    file_layers = load_plan_layers(gpkg)  # what opening the plan file shows
    opening = open_from_register(window, fresh_db, ref)
    kinds_seen = set()
    for key in ("plan", "zoning", "regulations_area", "regulations_line"):
        direct, from_file = getattr(opening.plan_layers, key), getattr(file_layers, key)
        file_fields = {f.name(): f for f in from_file.fields()}
        names = [f.name() for f in direct.fields() if f.name() not in _STAMPS]
        assert set(names) == set(file_fields) - _STAMPS, key
        for name in names:
            assert direct.fields().field(name).type() == file_fields[name].type(), (key, name)
            kinds_seen.add(file_fields[name].type())
        expected = {f["inspire_local_id"]: {n: f[n] for n in names} for f in from_file.getFeatures()}
        shown = {f["inspire_local_id"]: {n: f[n] for n in names} for f in direct.getFeatures()}
        assert shown == expected and shown, key
    from qgis.PyQt.QtCore import QDate, QMetaType

    assert {QMetaType.Type.QDate, QMetaType.Type.Bool, QMetaType.Type.QVariantMap} <= kinds_seen
    hidden = {c.name for c in opening.plan_layers.zoning.attributeTableConfig().columns() if c.hidden and c.name}
    assert hidden == {"source_xml", "source_fingerprint"}  # as in the plan file's attribute table
    zone = next(f for f in opening.plan_layers.zoning.getFeatures() if f["valid_from"])
    assert zone["valid_from"] == QDate(2021, 3, 4)
    assert {f["inherited_from_other_plans"] for f in opening.plan_layers.regulations_area.getFeatures()} <= {True, False}
    opening.discard()
