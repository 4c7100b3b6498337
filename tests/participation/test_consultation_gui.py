"""The editor side: the comments dock (answers with undo) and the package wizard (a background task)."""

from __future__ import annotations

import json

import pytest
from consultation_fixtures import *  # noqa: F403 - fixtures
from consultation_pictures import pixels_of

from participation.comments_layer import CommentsLayer
from participation.manifest import verify_manifest

pytestmark = pytest.mark.gui


def _export(tmp_path, sample):
    from shapely.geometry import Point

    from plu_model.crs import reproject

    zone = next(z for z in sample.zoning_elements if z.gml_id == "ZE.zhs-03").geometry.representative_point()
    p = reproject(Point(zone.x, zone.y), sample.crs, 4326)
    features = []
    for n, (text, geometry, target) in enumerate((
        ("Искаме спирка тук.", {"type": "Point", "coordinates": [p.x, p.y]}, {}),
        ("Текстът на т. 6 е неясен.", None, {"paragraph": "OD.rules#6"}),
        ("Смф зоната е твърде висока.", None, {"zones": ["ZE.smf-02"]}),
    ), 1):
        ident = f"11111111-2222-4333-8444-00000000000{n}"
        features.append({"type": "Feature", "id": ident, "geometry": geometry, "properties": {
            "format": "plu-studio-comment", "version": 1, "id": ident, "submitted_at": f"2025-10-0{n}T10:00:00Z",
            "received_at": f"2025-10-0{n}T10:00:00Z", "status": "new", "language": "bg", "text": text, "target": target}})
    path = tmp_path / "export.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def window(qapp, qtbot, plan_gpkg):
    from qgis.core import QgsProject
    from qgis.PyQt.QtCore import QCoreApplication, QEvent

    from app.main_window import MainWindow

    w = MainWindow(language="bg")
    w.open_plan(plan_gpkg)
    w.show()
    yield w
    # closed here, not by qtbot: the plan, its comment layers and the window go in a known order
    if w.document is not None:
        w.document.history.set_clean()
    w._close_document()
    w.close()
    w.deleteLater()
    QgsProject.instance().clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_menu_entries_are_registered(qapp):
    import app.consultation_actions  # noqa: F401 - registers the entries
    from app.menu_registry import actions_for

    entries = actions_for("consultation")
    assert [a.key for a in entries][:4] == ["consultation.package", "consultation.import", "consultation.comments", "consultation.summary"]
    assert entries[0].text("bg") == "Пакет за обществено обсъждане…"


def test_comments_dock_imports_answers_and_undoes(window, qtbot, tmp_path, sample, output_dir):
    from app.comments_panel import comments_panel_for

    panel = comments_panel_for(window)
    message = panel.import_files([str(_export(tmp_path, sample))])
    assert "3 внесени становища," in message  # a plural text: "1 внесено становище", "3 внесени становища"
    assert panel.model.rowCount() == 3 and len(panel.map_layers) == 3
    assert sum(layer.featureCount() for layer in panel.map_layers) == 1  # only one comment was drawn
    assert panel.model.records[0].zones == ("ZE.zhs-03",)

    panel.table.selectRow(2)
    assert "Смф зоната е твърде висока." == panel.text.toPlainText()
    panel.decision.setCurrentIndex(panel.decision.findData("partly"))
    panel.answer.setPlainText("Височината се намалява на 23 m.")
    panel.apply_answer()
    with CommentsLayer(window.document.working) as layer:
        assert layer.records()[2].decision == "partly"
    assert panel.model.data(panel.model.index(2, 1)) == "Приема се частично"
    assert window.document.undo_stack.undoText() == "Отговор по становище ПУП-2025-0003"

    panel.table.selectRow(0)
    panel.decision.setCurrentIndex(panel.decision.findData("accepted"))
    panel.answer.setPlainText("Спирката е предвидена.")
    panel.apply_answer()
    window.document.undo_stack.undo()
    window.document.undo_stack.undo()
    with CommentsLayer(window.document.working) as layer:
        assert [r.decision for r in layer.records()] == [None, None, None]
    window.document.undo_stack.redo()
    with CommentsLayer(window.document.working) as layer:
        assert layer.records()[2].answer == "Височината се намалява на 23 m."
    assert panel.redo_button.isEnabled() and panel.undo_button.isEnabled()

    panel.table.selectRow(2)
    window.canvas.refresh()
    qtbot.wait(300)
    shot = output_dir / "participation-comments-dock.png"
    window.grab().save(str(shot))
    pixels = pixels_of(shot)
    assert pixels.std() > 20  # a drawn window, not a blank one

    summary = panel.write_summary(str(tmp_path / "summary.html"))
    assert "Височината се намалява на 23 m." in summary.read_text(encoding="utf-8")


def test_wizard_builds_a_package_in_the_background(window, qtbot, tmp_path, output_dir):
    from app.consultation_wizard import ConsultationWizard

    wizard = ConsultationWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.rule_combo.currentData() == "bg-pup-published"
    start = wizard.start_edit.date().toPyDate()
    assert wizard.end_edit.date().toPyDate().day == start.day or wizard.end_edit.date().toPyDate().month != start.month
    wizard.rule_combo.setCurrentIndex(wizard.rule_combo.findData("bg-pup-notified"))
    assert (wizard.end_edit.date().toPyDate() - start).days == 14
    assert wizard.authority_edit.text() == "Столична община — примерна организация (измислени данни)"  # from the plan
    wizard.authority_edit.clear()
    assert wizard.start_build() is None  # no authority and no e-mail yet
    assert "отговорния орган" in wizard.problems_label.text()
    wizard.authority_edit.setText("Столична община")
    wizard.email_edit.setText("plan@example.invalid")
    wizard.lang_boxes["en"].setChecked(False)
    wizard.out_edit.setText(str(tmp_path / "package"))
    wizard.grab().save(str(output_dir / "participation-wizard.png"))
    for _ in range(3):
        wizard.next()
    assert wizard.currentPage() is wizard.final_page
    wizard.start_build()  # the plan is checked first; it has no errors, so the build starts
    qtbot.waitUntil(lambda: wizard.task is not None, timeout=60000)
    task = wizard.task
    assert not wizard.build_button.isEnabled()
    snapshot = wizard.snapshot_dir
    assert (snapshot / "plan.gpkg").is_file()  # the package is built from a copy, so editing may go on
    qtbot.waitUntil(lambda: wizard.result_ is not None or bool(wizard.status_label.text() and task.error), timeout=120000)
    assert task.error == "", task.error
    assert not snapshot.exists()  # and the copy does not stay behind in the temporary folder
    result = wizard.result_
    assert verify_manifest(result.path) == []
    assert (result.path / "documents" / "plan-map.pdf").stat().st_size > 10000
    from consultation_pictures import pdf_text

    end = wizard.end_edit.date().toPyDate()  # the sheet says the period as `plu package` does, not 2026-12-06
    assert f"Обществено обсъждане: {start:%d.%m.%Y} – {end:%d.%m.%Y}" in " ".join(
        pdf_text(result.path / "documents" / "plan-map.pdf").split())
    settings = json.loads((result.path / "consultation.json").read_text(encoding="utf-8"))
    assert settings["languages"] == ["bg"] and settings["period_rule"] == "bg-pup-notified"
    assert wizard.final_page.isComplete() and "Пакетът е записан" in wizard.status_label.text()
    shot = output_dir / "participation-wizard-done.png"
    wizard.grab().save(str(shot))
    pixels = pixels_of(shot)
    progress_blue = (pixels[:, :, 2].astype(int) - pixels[:, :, 0].astype(int) > 80).mean()
    assert progress_blue > 0.01  # the full progress bar is on screen


def test_paper_objection_entered_in_the_desktop_answered_and_summarised(window, qtbot, tmp_path, sample, output_dir):
    import csv
    import io
    import zipfile

    from lxml import etree
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import Qt

    from app.comments_panel import comments_panel_for

    panel = comments_panel_for(window)
    dialog = panel.paper_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.registry_edit, "94-00-777")
    dialog.sender_edit.setText("Петя Георгиева")  # QTest cannot type Cyrillic keys
    dialog.address_edit.setText("гр. София, ж.к. „Зелена поляна“ бл. 5")
    dialog.text_edit.setPlainText("Против увеличаването на плътността.")
    disguised = tmp_path / "програма.pdf"
    disguised.write_bytes(b"MZ\x90\x00" + b"\x00" * 100)
    assert not dialog.add_files([str(disguised)])
    assert "не е файл PDF или JPEG" in dialog.error_label.text() and dialog.files_list.count() == 0
    scan = tmp_path / "сканирано.pdf"
    scan.write_bytes(b"%PDF-1.4\n%%EOF\n")
    assert dialog.add_files([str(scan)]) and dialog.files_list.count() == 1
    dialog.zone_combo.setCurrentIndex(dialog.zone_combo.findData("ZE.smf-02"))

    # the place is picked with the map tool: a click on the canvas where zone Жс 03 is drawn
    zone = next(z for z in sample.zoning_elements if z.gml_id == "ZE.zhs-03").geometry
    window.canvas.setExtent(window.canvas.fullExtent())
    window.canvas.refresh()
    qtbot.wait(100)
    target = zone.representative_point()
    pixel = window.canvas.getCoordinateTransform().transform(QgsPointXY(target.x, target.y))
    qtbot.mouseClick(dialog.pick_button, Qt.MouseButton.LeftButton)
    assert window.canvas.mapTool() is dialog.tool
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pixel.toQPointF().toPoint())
    assert dialog.point is not None and not dialog.pick_button.isChecked()
    tolerance = window.canvas.mapUnitsPerPixel() * 2
    assert abs(dialog.point[0] - target.x) < tolerance and abs(dialog.point[1] - target.y) < tolerance
    dialog.grab().save(str(output_dir / "participation-paper-dialog.png"))

    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()
    record = dialog.record
    assert record.is_paper and record.registry_number == "94-00-777" and record.reference.startswith("ПУП-")
    assert record.zones[0] == "ZE.smf-02" and "ZE.zhs-03" in record.zones  # picked, then found under the point
    assert window.canvas.mapTool() is not dialog.tool

    # the same registry number again: the form stays open and says why
    again = panel.paper_dialog()
    qtbot.addWidget(again)
    again.registry_edit.setText("94-00-777")
    again.sender_edit.setText("Друг")
    again.text_edit.setPlainText("Пак.")
    again.save()
    assert again.isVisible() and "94-00-777 вече е въведен" in again.error_label.text()
    again.reject()

    # entering it is an edit of the plan: undo takes it out, redo brings it back under the same reference
    assert window.document.undo_stack.undoText() == f"Възражение на хартия {record.reference}"
    window.document.undo_stack.undo()
    with CommentsLayer(window.document.working) as layer:
        assert record.comment_id not in layer.ids() and layer.documents(comment_id=record.comment_id) == []
    window.document.undo_stack.redo()
    with CommentsLayer(window.document.working) as layer:
        back = layer.record(record.comment_id)
        assert back.reference == record.reference and len(layer.documents(comment_id=record.comment_id)) == 1
    assert panel.go_to(record.reference).comment_id == record.comment_id
    assert record.reference in panel.heading.text() and "хартиен носител, вх. № 94-00-777" in panel.heading.text()
    panel.decision.setCurrentIndex(panel.decision.findData("partly"))
    panel.answer.setPlainText("Плътността се намалява.")
    panel.apply_answer()
    assert window.document.undo_stack.undoText() == f"Отговор по становище {record.reference}"
    ack = panel.write_acknowledgement(str(tmp_path / "ack.pdf"))
    assert ack.read_bytes()[:5] == b"%PDF-"
    from consultation_pictures import pdf_text

    assert record.reference in pdf_text(ack) and "94-00-777" in pdf_text(ack)

    minutes = panel.minutes_dialog()
    qtbot.addWidget(minutes)
    minutes.title_edit.setText("Протокол от обществено обсъждане, 20.11.2025")
    assert minutes.set_file(str(scan))
    minutes.save()
    assert minutes.result() == minutes.DialogCode.Accepted, minutes.error_label.text()

    html = panel.write_summary(str(tmp_path / "summary.html")).read_text(encoding="utf-8")
    page = etree.HTML(html)
    rows = page.xpath(f'//tr[@data-reference="{record.reference}"]')
    assert rows and all(r.get("data-channel") == "paper" for r in rows)
    assert "вх. № 94-00-777" in "".join(rows[0].itertext()) and "Плътността се намалява." in html
    assert "Протокол от обществено обсъждане, 20.11.2025" in html and "Петя" not in html
    with zipfile.ZipFile(panel.write_summary(str(tmp_path / "summary.odt"))) as zf:
        content = zf.read("content.xml").decode("utf-8")
    assert "хартиен носител" in content and "94-00-777" in content and record.reference in content
    lines = list(csv.DictReader(io.StringIO((tmp_path / "s.csv").write_text("") or panel.write_summary(
        str(tmp_path / "s.csv")).read_text(encoding="utf-8-sig"))))
    mine = [x for x in lines if x["reference"] == record.reference]
    assert mine and {x["channel"] for x in mine} == {"paper"} and {x["decision"] for x in mine} == {"partly"}
    window.grab().save(str(output_dir / "participation-paper-dock.png"))


def test_paper_objection_about_an_area_drawn_on_the_map(window, qtbot, sample, output_dir):
    from qgis.core import QgsPointXY
    from qgis.PyQt.QtCore import Qt
    from shapely.geometry import Point

    from app.comments_panel import comments_panel_for

    panel = comments_panel_for(window)
    dialog = panel.paper_dialog()
    qtbot.addWidget(dialog)
    dialog.registry_edit.setText("94-00-778")
    dialog.sender_edit.setText("Сдружение „Зелена поляна“")
    dialog.text_edit.setPlainText("Градинката да остане.")
    zone = next(z for z in sample.zoning_elements if z.gml_id == "ZE.zhs-03").geometry
    window.canvas.setExtent(window.canvas.fullExtent())
    window.canvas.refresh()
    qtbot.wait(100)
    c = zone.representative_point()
    step = window.canvas.mapUnitsPerPixel() * 6  # a small triangle inside the zone, six pixels a side
    corners = [(c.x - step, c.y - step), (c.x + step, c.y - step), (c.x, c.y + step)]
    assert all(zone.contains(Point(x, y)) for x, y in corners)
    transform = window.canvas.getCoordinateTransform()
    qtbot.mouseClick(dialog.area_button, Qt.MouseButton.LeftButton)
    for x, y in corners:
        pixel = transform.transform(QgsPointXY(x, y)).toQPointF().toPoint()
        qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pixel)
    qtbot.mouseClick(window.canvas.viewport(), Qt.MouseButton.RightButton, pos=pixel)
    assert dialog.outline is not None and len(dialog.outline) == 3 and dialog.point is None
    assert not dialog.area_button.isChecked() and window.canvas.mapTool() is not dialog.tool
    window.canvas.refresh()
    window.canvas.waitWhileRendering()
    window.grab().save(str(output_dir / "participation-paper-area.png"))
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error_label.text()
    assert dialog.record.geometry_kind == "polygon" and dialog.record.zones == ("ZE.zhs-03",)
    assert dialog.record.geometry.representative_point().distance(c) < step * 3

def test_the_comments_dock_follows_a_language_switch(window, qtbot, tmp_path, sample):
    from app.comments_panel import comments_panel_for

    panel = comments_panel_for(window)
    panel.import_files([str(_export(tmp_path, sample))])
    panel.table.selectRow(2)
    panel.decision.setCurrentIndex(panel.decision.findData("partly"))
    panel.answer.setPlainText("Височината се намалява на 23 m.")
    panel.apply_answer()
    assert panel.windowTitle() == "Становища"
    assert "3.10.2025 г." in panel.heading.text()
    window.language_actions["en"].trigger()
    assert "3 Oct 2025" in panel.heading.text()
    assert panel.windowTitle() == "Comments"
    assert panel.apply_button.text() == "Save answer" and panel.decision_label.text() == "Decision"
    from qgis.PyQt.QtCore import Qt

    assert panel.model.headerData(1, Qt.Orientation.Horizontal) == "Decision"
    assert panel.model.data(panel.model.index(2, 1)) == "Partly accepted"
    assert [layer.name() for layer in panel.map_layers] == ["Comments (areas)", "Comments (lines)", "Comments (points)"]
    assert "Partly accepted" in [r.label() for r in panel.map_layers[0].renderer().rootRule().children()]
    reference = panel.model.records[2].reference
    assert reference.endswith("-0003")
    assert window.document.undo_stack.undoText() == f"Answer to comment {reference}"
    window.language_actions["bg"].trigger()
    assert panel.windowTitle() == "Становища"
    assert window.document.undo_stack.undoText() == f"Отговор по становище {reference}"


def test_an_answer_typed_and_left_for_the_next_comment_is_kept_and_can_be_undone(window, qtbot, tmp_path, sample):
    from app.comments_panel import comments_panel_for

    panel = comments_panel_for(window)
    panel.import_files([str(_export(tmp_path, sample))])
    panel.table.selectRow(2)
    panel.decision.setCurrentIndex(panel.decision.findData("rejected"))
    panel.answer.setPlainText("Височината остава.")
    panel.table.selectRow(0)  # no "Save answer": the reviewer moves on to the next comment
    with CommentsLayer(window.document.working) as layer:
        records = layer.records()
    assert (records[2].decision, records[2].answer) == ("rejected", "Височината остава.")
    assert panel.current_id() == records[0].comment_id  # and the comment chosen is the one shown
    assert panel.text.toPlainText() == "Искаме спирка тук." and panel.answer.toPlainText() == ""
    assert window.document.undo_stack.undoText() == f"Отговор по становище {records[2].reference}"
    panel.table.selectRow(1)  # nothing typed for the first one: no edit
    assert window.document.undo_stack.count() == 1
    window.document.undo_stack.undo()
    with CommentsLayer(window.document.working) as layer:
        assert layer.records()[2].answer == ""


def test_a_language_switch_keeps_the_answer_being_typed(window, qtbot, tmp_path, sample):
    from app.comments_panel import comments_panel_for

    panel = comments_panel_for(window)
    panel.import_files([str(_export(tmp_path, sample))])
    panel.table.selectRow(1)
    panel.decision.setCurrentIndex(panel.decision.findData("accepted"))
    panel.answer.setPlainText("Текстът се пояснява.")
    window.language_actions["en"].trigger()
    assert "2 Oct 2025" in panel.heading.text()
    assert panel.answer.toPlainText() == "Текстът се пояснява." and panel.decision.currentData() == "accepted"


def test_cancel_while_the_package_builds_stops_it_and_writes_nothing(window, qtbot, tmp_path):
    from app.consultation_wizard import ConsultationWizard

    wizard = ConsultationWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.email_edit.setText("plan@example.invalid")
    wizard.out_edit.setText(str(tmp_path / "package"))
    task = wizard.start_build(checked=True)
    assert task is not None
    ended = []
    task.done.connect(lambda result, error: ended.append((result, error)))
    wizard.reject()  # the wizard's Cancel while the package is on its way
    qtbot.waitUntil(lambda: bool(ended), timeout=120000)
    assert ended == [(None, "cancelled")]
    assert not (tmp_path / "package").exists() and wizard.result_ is None
    assert wizard.start_build(checked=True) is None  # a plan check ending after the close starts nothing


def test_the_next_package_starts_from_the_last_contact_and_channels(window, qtbot, tmp_path):
    from app.consultation_wizard import ConsultationWizard

    first = ConsultationWizard(window)
    qtbot.addWidget(first)
    assert first.email_edit.text() == ""  # nothing remembered yet
    first.email_edit.setText("plan@sofia.example")
    first.phone_edit.setText("02 123 45 67")
    first.comment_email_edit.setText("comments@sofia.example")
    first.how_bg.setPlainText("В деловодството на район „Витоша“.")
    first.map_box.setChecked(False)
    first.out_edit.setText(str(tmp_path / "package"))
    first.start_build(checked=True)
    qtbot.waitUntil(lambda: first.result_ is not None or first.build_button.isEnabled(), timeout=120000)
    assert first.result_ is not None, first.status_label.text()
    first.close()

    second = ConsultationWizard(window)
    qtbot.addWidget(second)
    assert (second.email_edit.text(), second.phone_edit.text()) == ("plan@sofia.example", "02 123 45 67")
    assert second.comment_email_edit.text() == "comments@sofia.example"
    assert second.how_bg.toPlainText() == "В деловодството на район „Витоша“." and second.how_en.toPlainText() == ""
    assert second.title_edit.text() == first.title_edit.text()  # the plan's own, not remembered
    second.close()


def test_comment_files_and_the_summary_open_in_the_users_folders_not_the_programs(window, tmp_path, sample,
                                                                                   monkeypatch):
    from pathlib import Path

    from qgis.PyQt.QtWidgets import QFileDialog, QMessageBox

    from app.comments_panel import comments_panel_for
    from app.settings import user_documents

    panel = comments_panel_for(window)
    (tmp_path / "mail").mkdir()
    export = _export(tmp_path / "mail", sample)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (asked.append(a[2]), ([str(export)], ""))[1])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (asked.append(a[2]), ("", ""))[1])
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    panel.import_dialog()
    assert asked == [str(user_documents())] and panel.model.rowCount() == 3
    panel.import_dialog()  # the next export is in the same mail folder
    assert asked[-1] == str(tmp_path / "mail")
    panel.summary_dialog()
    plan = Path(window.document.path)
    assert asked[-1] == str(plan.parent / f"{plan.stem}-summary.odt")  # beside the plan, named after it
    panel.table.selectRow(0)
    panel.acknowledgement_dialog()
    assert asked[-1] == str(plan.parent / f"{panel.model.records[0].reference}.pdf")


def test_an_open_package_wizard_follows_a_language_switch(window, qtbot):
    from qgis.PyQt.QtWidgets import QWizard

    from app.consultation_wizard import ConsultationWizard

    wizard = ConsultationWizard(window)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.windowTitle() == "Пакет за обществено обсъждане"
    window.language_actions["en"].trigger()
    assert wizard.windowTitle() == "Package for public consultation"
    assert wizard.currentPage().title() == "Who consults"
    assert wizard.buttonText(QWizard.WizardButton.NextButton) == "Next >"
    assert wizard.build_button.text() == "Build the package"
    start = wizard.start_edit.date().toPyDate()
    assert wizard.start_edit.text() == f"{start.day} {start.strftime('%b')} {start.year}"
    assert "set by law" in wizard.basis_label.text() or "a default" in wizard.basis_label.text()
    window.language_actions["bg"].trigger()
    assert wizard.currentPage().title() == "Кой провежда обсъждането"
    assert wizard.start_edit.text() == f"{start.day}.{start.month:02d}.{start.year} г."
