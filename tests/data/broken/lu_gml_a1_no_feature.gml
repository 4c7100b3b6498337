<?xml version="1.0" encoding="UTF-8"?>
<base:SpatialDataSet xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://inspire.ec.europa.eu/schemas/plu/4.0 https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd http://inspire.ec.europa.eu/schemas/base/3.3 https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd" gml:id="DS.broken-base">
  <base:identifier>
    <base:Identifier>
      <base:localId>broken-base</base:localId>
      <base:namespace>BG.PLU.TEST</base:namespace>
      <base:versionId>1</base:versionId>
    </base:Identifier>
  </base:identifier>
  <base:metadata xsi:nil="true" nilReason="unpopulated"/>
</base:SpatialDataSet>
