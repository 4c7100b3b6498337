"""Background layers the planner adds under the plan: any file or web map QGIS can open.

Files (raster or vector: the cadastral map, an orthophoto) open through GDAL/OGR;
web maps use QGIS's own WMS/WMTS source selector when the provider's GUI is
installed, and XYZ tiles take a URL template.  The layers go into a
"Background" group at the bottom of the layer tree and are remembered per
plan file in the settings.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from qgis.core import QgsLayerTreeGroup, QgsMapLayer, QgsProject, QgsRasterLayer, QgsVectorLayer
from qgis.gui import QgsGui
from qgis.PyQt.QtWidgets import QDialog, QFormLayout, QLineEdit, QVBoxLayout, QWidget

from app.forms.feature_form import dialog_buttons
from app.i18n import translate
from app.settings import settings

__all__ = [
    "XyzDialog",
    "add_background",
    "background_group",
    "background_layers",
    "layer_from_file",
    "remember_backgrounds",
    "restore_backgrounds",
    "wms_source_widget",
    "xyz_layer",
]


def background_group(project: QgsProject) -> QgsLayerTreeGroup:
    root = project.layerTreeRoot()
    name = translate("Background", "Background")
    for group in root.findGroups():
        if group.customProperty("plu_background"):
            group.setName(name)
            return group
    group = root.insertGroup(len(root.children()), name)
    group.setCustomProperty("plu_background", True)
    return group


def add_background(project: QgsProject, layer: QgsMapLayer) -> QgsMapLayer:
    project.addMapLayer(layer, False)
    background_group(project).addLayer(layer)
    return layer


def layer_from_file(path: str | Path) -> QgsMapLayer | None:
    """A raster layer if GDAL reads the file as one, else a vector layer; ``None`` if neither."""
    name = Path(path).stem
    raster = QgsRasterLayer(str(path), name, "gdal")
    if raster.isValid():
        return raster
    vector = QgsVectorLayer(str(path), name, "ogr")
    return vector if vector.isValid() else None


def xyz_layer(name: str, url: str) -> QgsRasterLayer:
    """An XYZ tile layer from a template such as ``https://tile.example.org/{z}/{x}/{y}.png``."""
    encoded = url.replace("&", "%26").replace("=", "%3D")
    return QgsRasterLayer(f"type=xyz&url={encoded}&zmax=19&zmin=0", name, "wms")


def wms_source_widget(parent: QWidget) -> QWidget | None:
    """QGIS's WMS/WMTS source selector, when the provider's GUI is installed."""
    registry = QgsGui.sourceSelectProviderRegistry()
    provider = registry.providerByName("wms") if registry else None
    return provider.createDataSourceWidget(parent) if provider else None


class XyzDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(translate("Background", "Add XYZ tiles"))
        self.name = QLineEdit(translate("Background", "Background map"), self)
        self.url = QLineEdit(self)
        self.url.setPlaceholderText("https://…/{z}/{x}/{y}.png")
        form = QFormLayout()
        form.addRow(translate("Background", "Name"), self.name)
        form.addRow(translate("Background", "URL template"), self.url)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(dialog_buttons(self))
        self.resize(520, 120)


def background_layers(project: QgsProject) -> list[QgsMapLayer]:
    group = background_group(project)
    return [node.layer() for node in group.findLayers() if node.layer() is not None]


def _key(plan_path: str | Path) -> str:
    return "background/" + hashlib.sha1(str(Path(plan_path).resolve()).encode()).hexdigest()


def remember_backgrounds(project: QgsProject, plan_path: str | Path) -> None:
    """Store the plan's background layers (source, name, provider) in the user's settings."""
    entries = [{"source": layer.source(), "name": layer.name(), "provider": layer.providerType(),
                "raster": isinstance(layer, QgsRasterLayer)} for layer in background_layers(project)]
    s = settings()
    s.setValue(_key(plan_path), json.dumps(entries, ensure_ascii=False))
    s.sync()


def restore_backgrounds(project: QgsProject, plan_path: str | Path) -> list[QgsMapLayer]:
    """Add the background layers remembered for a plan file (those that still open)."""
    try:
        entries = json.loads(str(settings().value(_key(plan_path), "[]")))
    except ValueError:
        return []
    out = []
    for entry in entries:
        cls = QgsRasterLayer if entry.get("raster") else QgsVectorLayer
        layer = cls(entry["source"], entry["name"], entry["provider"])
        if layer.isValid():
            out.append(add_background(project, layer))
    return out
