<?xml version="1.0" encoding="UTF-8"?>
<!-- Another authority's layout: a WFS 2.0 response in ETRS89 geographic (EPSG:4258, latitude first),
     urn and http srsName forms, Surface with PolygonPatch, CompositeSurface, surfaceMembers, gml:pos,
     holes and a two-part zone. Coordinates are near Sofia. -->
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0"
    xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3"
    xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0"
    xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    timeStamp="2025-01-01T00:00:00Z" numberMatched="3" numberReturned="3">
  <wfs:member>
    <plu:SpatialPlan gml:id="SP_1">
      <plu:inspireId><base:Identifier><base:localId>sp1</base:localId><base:namespace>OTHER.AUTHORITY</base:namespace></base:Identifier></plu:inspireId>
      <plu:extent><gml:MultiSurface gml:id="SP_1_G" srsName="urn:ogc:def:crs:EPSG::4258">
        <gml:surfaceMember><gml:Surface gml:id="SP_1_S"><gml:patches><gml:PolygonPatch><gml:exterior><gml:LinearRing>
          <gml:posList>42.67 23.30 42.67 23.31 42.68 23.31 42.68 23.30 42.67 23.30</gml:posList>
        </gml:LinearRing></gml:exterior></gml:PolygonPatch></gml:patches></gml:Surface></gml:surfaceMember>
      </gml:MultiSurface></plu:extent>
      <plu:beginLifespanVersion>2024-12-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:officialTitle>Plan from another authority</plu:officialTitle>
      <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/local"/>
      <plu:alternativeTitle xsi:nil="true" nilReason="unknown"/>
      <plu:planTypeName xlink:href="http://example.org/codelist/PlanTypeNameValue/landUsePlan"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:ordinance xsi:nil="true" nilReason="unknown"/>
      <plu:officialDocument xsi:nil="true" nilReason="unknown"/>
      <plu:member xlink:href="#ZE_hole"/>
      <plu:member xlink:href="#ZE_two"/>
    </plu:SpatialPlan>
  </wfs:member>
  <wfs:member>
    <plu:ZoningElement gml:id="ZE_hole">
      <plu:inspireId><base:Identifier><base:localId>hole</base:localId><base:namespace>OTHER.AUTHORITY</base:namespace></base:Identifier></plu:inspireId>
      <plu:geometry><gml:MultiSurface gml:id="ZE_hole_G" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
        <gml:surfaceMembers>
          <gml:Polygon gml:id="ZE_hole_P">
            <gml:exterior><gml:LinearRing>
              <gml:pos>42.67 23.30</gml:pos><gml:pos>42.67 23.305</gml:pos><gml:pos>42.675 23.305</gml:pos><gml:pos>42.675 23.30</gml:pos><gml:pos>42.67 23.30</gml:pos>
            </gml:LinearRing></gml:exterior>
            <gml:interior><gml:LinearRing>
              <gml:posList>42.671 23.301 42.672 23.301 42.672 23.302 42.671 23.302 42.671 23.301</gml:posList>
            </gml:LinearRing></gml:interior>
          </gml:Polygon>
        </gml:surfaceMembers>
      </gml:MultiSurface></plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_ResidentialUse"/>
      <plu:beginLifespanVersion>2024-12-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="unknown"/>
      <plu:specificLandUse xsi:nil="true" nilReason="unknown"/>
      <plu:specificPresence xsi:nil="true" nilReason="unknown"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:officialDocument xsi:nil="true" nilReason="unknown"/>
      <plu:plan xlink:href="#SP_1"/>
    </plu:ZoningElement>
  </wfs:member>
  <wfs:member>
    <plu:ZoningElement gml:id="ZE_two">
      <plu:inspireId><base:Identifier><base:localId>two</base:localId><base:namespace>OTHER.AUTHORITY</base:namespace></base:Identifier></plu:inspireId>
      <plu:geometry><gml:CompositeSurface gml:id="ZE_two_G" srsName="urn:ogc:def:crs:EPSG::4258">
        <gml:surfaceMember><gml:Polygon gml:id="ZE_two_P1"><gml:exterior><gml:LinearRing>
          <gml:posList>42.67 23.305 42.67 23.31 42.675 23.31 42.675 23.305 42.67 23.305</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
        <gml:surfaceMember><gml:Polygon gml:id="ZE_two_P2"><gml:exterior><gml:LinearRing>
          <gml:posList>42.675 23.30 42.675 23.31 42.68 23.31 42.68 23.30 42.675 23.30</gml:posList></gml:LinearRing></gml:exterior></gml:Polygon></gml:surfaceMember>
      </gml:CompositeSurface></plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"/>
      <plu:beginLifespanVersion>2024-12-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="unknown"/>
      <plu:specificLandUse xsi:nil="true" nilReason="unknown"/>
      <plu:specificPresence xsi:nil="true" nilReason="unknown"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/nonBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:officialDocument xsi:nil="true" nilReason="unknown"/>
      <plu:plan xlink:href="#SP_1"/>
    </plu:ZoningElement>
  </wfs:member>
</wfs:FeatureCollection>
