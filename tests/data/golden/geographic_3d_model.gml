<?xml version="1.0" encoding="UTF-8"?>
<!-- 3D coordinates (ETRS89 geographic 3D, EPSG:4937: latitude, longitude, height),
     gml:featureMember members and one member by reference to a resource outside the file. -->
<base:SpatialDataSet xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://inspire.ec.europa.eu/schemas/plu/4.0 https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd http://inspire.ec.europa.eu/schemas/base/3.3 https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd" gml:id="DS.ds-3d">
  <base:identifier>
    <base:Identifier>
      <base:localId>ds-3d</base:localId>
      <base:namespace>TEST3D</base:namespace>
    </base:Identifier>
  </base:identifier>
  <base:metadata xsi:nil="true" nilReason="unpopulated"/>
  <base:member>
    <plu:SpatialPlan gml:id="sp3d">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>sp3d</base:localId>
          <base:namespace>TEST3D</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:extent>
        <gml:MultiSurface gml:id="sp3d.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/4937" srsDimension="3">
          <gml:surfaceMember>
            <gml:Polygon gml:id="sp3d.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.6 23.2 550.0 42.6 23.21 552.5 42.61 23.21 560.0 42.61 23.2 555.0 42.6 23.2 550.0</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:extent>
      <plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:officialTitle>3D plan</plu:officialTitle>
      <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/infraLocal"/>
      <plu:alternativeTitle>Триизмерен</plu:alternativeTitle>
      <plu:planTypeName xlink:href="https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PZ"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:ordinance xsi:nil="true" nilReason="unknown"/>
      <plu:officialDocument xsi:nil="true" nilReason="unknown"/>
      <plu:member xlink:href="#ze3d"/>
      <plu:member xlink:href="https://example.org/wfs?request=GetFeature&amp;featureId=ZE.elsewhere"/>
    </plu:SpatialPlan>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ze3d">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>ze3d</base:localId>
          <base:namespace>TEST3D</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ze3d.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/4937" srsDimension="3">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ze3d.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.6 23.2 550.0 42.6 23.21 552.5 42.61 23.21 560.0 42.61 23.2 555.0 42.6 23.2 550.0</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/1_2_Forestry"/>
      <plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="unknown"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Gs"/>
      <plu:specificPresence xsi:nil="true" nilReason="unknown"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:officialDocument xsi:nil="true" nilReason="unknown"/>
      <plu:plan xlink:href="#sp3d"/>
    </plu:ZoningElement>
  </base:member>
</base:SpatialDataSet>
