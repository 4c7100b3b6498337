<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en_GB">
 <context>
  <name>Attribute</name>
  <message>
   <source>Official title</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Alternative title</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Level of the plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Process step</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Version valid since</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Version superseded on</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Legally valid from</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Legally valid to</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Background map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Ordinances</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official documents</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>HILUCS land use</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>HILUCS presence</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>National zone type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Zone type presence</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Regulation nature</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Dimensioning indications</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Supplementary regulation type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>National regulation type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Inherited from other plans</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Specific regulation nature</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Names</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Legislation citation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Regulation text</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan document</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Local identifier</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Namespace</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Version identifier</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Spatial plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Zoning element</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Supplementary regulation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official document</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Background</name>
  <message>
   <source>Background</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add XYZ tiles</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Background map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>URL template</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Dialogs</name>
  <message>
   <source>OK</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Documents</name>
  <message>
   <source>Legislation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan document</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Regulation text</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official document</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add PDF…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>e.g. State Gazette No 31/2018</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Kind</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Short name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Date</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Links (URL or PDF)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Legislation level</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Identification number</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official document number</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Entered into force</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official journal</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Text</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose a PDF document</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>PDF documents (*.pdf)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>publication</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>creation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>revision</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Enter the document's name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Enter the regulation text</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The date of entry into force must be written YYYY-MM-DD</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Editing</name>
  <message>
   <source>Move vertex</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add vertex</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Delete vertex</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Delete features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Merge features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Split features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Reshape features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Draw plan boundary</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Edit plan properties</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add %1</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Export</name>
  <message>
   <source>Export plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Browse…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Format</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Coordinate reference system</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>File</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose a coordinate reference system with an EPSG code.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose a file in an existing folder.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>FeatureForm</name>
  <message>
   <source>New %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1 attributes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Land use and limits</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Validity, process and documents</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Limits of %1 filled in from the national profile %2.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The national profile gives no limits for %1.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Identifier: %1 (namespace %2), gml:id %3</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No national profile is installed (%1), so the limits of %2 are not filled in; enter them from the plan's rules.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The national profile cannot be read (%1); the limits of %2 are not filled in.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Fields</name>
  <message>
   <source>one per line</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>yes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Filter…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add row</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Remove row</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Name</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Kind</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Value</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Unit</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Date</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Reference</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Percentage</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>e.g. cadastral map of the district, 2024</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>link to the map (optional)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Give a percentage for every value of a presence, or for none</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Link</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Dimensioning indication “%1” has no valid value</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>“%1” needs a value</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;File</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Edit</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Check</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>C&amp;onsultation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;View</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Help</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Layers</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Validation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Tools</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Unsaved changes</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Save them before closing the plan?</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Save</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Discard</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Import</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Save plan as</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>PLU Studio plan files (*.gpkg)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Select a feature first.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Select two or more features of one layer to merge them.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add background layer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Raster and vector files (*.*)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add WMS/WMTS layer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Repairing</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Repair</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Keyboard shortcuts</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>About PLU Studio</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>PLU Studio — drawing, checking and exchanging zoning plans as INSPIRE Planned Land Use data.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>(none)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Not validated</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Saved</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Opening cancelled.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Draw the plan boundary: click its corners, right-click to finish.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Autosaved.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Recover unsaved work</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Recover</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Later</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan boundary drawn.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Background layer</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The WMS provider of QGIS is not installed.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>This finding has no place on the map.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;New plan…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Open…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Save</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Save &amp;As…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Export…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Close plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Undo</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Redo</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Pan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Select features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add &amp;zoning element</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add supplementary regulation (&amp;area)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add supplementary regulation (&amp;line)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add supplementary regulation (p&amp;oint)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Vertex tool</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Spli&amp;t features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Reshape features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Merge selected features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Delete selected features</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Feature &amp;attributes…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan &amp;properties…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Draw plan &amp;boundary</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add background layer from &amp;file…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add &amp;WMS/WMTS layer…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add &amp;XYZ tiles…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Validate</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Cancel validation</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Next finding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Previous finding</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Zoom to plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Keyboard shortcuts</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;About PLU Studio</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>(before the last change)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>“%1” has changes that are not saved.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Opening %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Opening %1…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Save plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Saved %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Exporting %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Export</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The drawn feature was discarded.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1 new parts.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1 features reshaped.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Features merged; the largest one's attributes were kept.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Validating %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Repair changed %1 features; Undo takes it back.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Open &amp;recent</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1: no such file</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>PLU Studio ended before “%1” was saved.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The state autosaved at %1 can be recovered.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1 features deleted.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1 is neither a raster nor a vector file QGIS can open.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>QGIS cannot use the tile URL %1.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Import</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1 errors, %2 warnings</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Undo %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Redo %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plans (%1)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Exported %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Edit attributes of %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Pa&amp;nels</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Recovered “%1”; save it to keep it.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>&amp;Language</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1 could not be saved: %2</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>%1…</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>NewPlan</name>
  <message>
   <source>New plan</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Draw the boundary on the map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Take the boundary from a file:</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Browse…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official title</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan type</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Level</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Coordinate reference system</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Identifier namespace</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Boundary</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan boundary</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Enter the plan's official title.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose a coordinate reference system with an EPSG code.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Enter the namespace of the plan's identifiers.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Choose the file that holds the boundary.</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Nil</name>
  <message>
   <source>given:</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>A value, or why there is none</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>not stated</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>not known</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>not filled in yet</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>withheld</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>missing</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>not applicable</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>template</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>PlanLayers</name>
  <message>
   <source>Zoning elements</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Supplementary regulations (areas)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Supplementary regulations (lines)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Supplementary regulations (points)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Plan boundary</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official documents</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No HILUCS value</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Other</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>PlanProperties</name>
  <message>
   <source>Plan properties</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>General</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Process and dates</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Background map</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Official documents</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add legislation…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add document (PDF or URL)…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Add regulation text…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Edit…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Remove</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Documents of this plan file:</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Identifier namespace</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Local identifier</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Version identifier</source>
   <translation type="unfinished" />
  </message>
 </context>
 <context>
  <name>Validation</name>
  <message>
   <source>fatal</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>error</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>warning</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>info</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Validate</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Cancel</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Fatal</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Errors</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Warnings</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Info</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Repair this rule</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Repair all</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Checking the plan…</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>No repairs are installed with this validation engine.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Repairs can be undone with Edit ▸ Undo.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Validation cancelled; the findings shown are from before.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Severity</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Rule</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Message</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Feature</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Line</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The plan has not been checked yet.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>All rules (%1)</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Validation failed: %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>The plan changed since; validate again.</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Where: %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Fix: %1</source>
   <translation type="unfinished" />
  </message>
  <message>
   <source>Checked at %1: %2 errors, %3 warnings.</source>
   <translation type="unfinished" />
  </message>
 </context>
</TS>
