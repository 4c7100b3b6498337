"""The main window: the plan on a QGIS map canvas with its layer tree."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsCoordinateReferenceSystem, QgsLayerTreeModel, QgsProject
from qgis.gui import QgsLayerTreeMapCanvasBridge, QgsLayerTreeView, QgsMapCanvas
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QMainWindow

from app.document import PlanDocument
from app.plan_layers import PlanLayers, load_plan_layers

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Shows one plan; the editor issue adds menus, tools and panels around it."""

    def __init__(self, language: str = "en"):
        super().__init__()
        self.language = language
        self.document: PlanDocument | None = None
        self.layers: PlanLayers | None = None
        self.project = QgsProject.instance()
        self.canvas = QgsMapCanvas(self)
        self.canvas.setCanvasColor(QColor("#ffffff"))
        self.setCentralWidget(self.canvas)
        self.tree_view = QgsLayerTreeView(self)
        model = QgsLayerTreeModel(self.project.layerTreeRoot(), self)
        model.setFlag(QgsLayerTreeModel.Flag.AllowNodeChangeVisibility)
        model.setFlag(QgsLayerTreeModel.Flag.ShowLegend)
        self.tree_view.setModel(model)
        self.bridge = QgsLayerTreeMapCanvasBridge(self.project.layerTreeRoot(), self.canvas, self)
        dock = QDockWidget("Layers" if language != "bg" else "Слоеве", self)
        dock.setObjectName("layers")
        dock.setWidget(self.tree_view)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
        self.status = QLabel(self)
        self.statusBar().addPermanentWidget(self.status)
        self.resize(1280, 800)
        self.setWindowTitle("PLU Studio")

    def open_plan(self, path: str | Path) -> PlanDocument:
        document = PlanDocument.open(path)
        self.project.removeAllMapLayers()
        self.project.setCrs(QgsCoordinateReferenceSystem(f"EPSG:{document.crs}"))
        layers = load_plan_layers(document.working, self.language)
        for layer in reversed(layers.all()):
            self.project.addMapLayer(layer)
        self.canvas.setDestinationCrs(self.project.crs())
        self.canvas.setExtent(layers.plan.extent().buffered(layers.plan.extent().width() * 0.05))
        self.canvas.refresh()
        self.document, self.layers = document, layers
        self.setWindowTitle(f"{document.title} — PLU Studio")
        self.status.setText(f"EPSG:{document.crs}")
        return document
