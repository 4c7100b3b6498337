"""The desktop application (Qt, QGIS).  Only this package touches Qt; nothing imports it."""
