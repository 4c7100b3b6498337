"""PLU Studio: an editor, validator and consultation tool for INSPIRE Planned Land Use plans.

QGIS, GDAL and PyQt come from Debian (see ``scripts/setup.sh``); this file installs the
Python packages and the ``plu`` console command.
"""

from setuptools import find_packages, setup

setup(
    name="plu-studio",
    version="0.1.0",
    description="Edit, validate, exchange and consult on INSPIRE Planned Land Use plans",
    python_requires=">=3.11",
    packages=find_packages(include=["plu_model*", "validators*", "exporters*", "participation*", "register*", "services*",
                                            "plu_cli*", "app*"]),
    # exactly what the code imports (tests/test_dependencies.py); QGIS, GDAL, PyQt5 and psycopg2 come from Debian
    install_requires=["numpy<2", "shapely>=2.1", "lxml>=5.0", "xmlschema>=3", "PyYAML>=6", "jsonschema>=4", "matplotlib>=3.6",
                      "Flask>=3.0", "Werkzeug>=3.0", "waitress>=3.0",
                      "Flask-Limiter>=3.5", "limits>=3.6", "weasyprint>=61", "odfpy>=1.4", "signxml>=3.2",
                      "cryptography>=41", "pygeoapi>=0.21", "pyproj>=3.4"],
    extras_require={"test": ["pytest>=8", "pytest-qt>=4.4", "rdflib>=6", "playwright>=1.40", "Pillow>=9", "pycsw>=2.6"]},
    # the consultation viewer (HTML, script, vendored OpenLayers) and the moderation page templates
    package_data={"participation": ["viewer/*.*", "viewer/vendor/ol/*", "service/templates/*"],
                  "register": ["migrations/*.sql"]},
    entry_points={"console_scripts": ["plu=plu_cli.main:run"]},
)
