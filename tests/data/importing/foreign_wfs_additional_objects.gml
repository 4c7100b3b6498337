<?xml version="1.0" encoding="UTF-8"?>
<!-- Invented test data as a WFS 2.0 server returns it for a GetFeature request on zoning elements
     with resolve=local: the zoning elements are wfs:member, the plan they point at travels in
     wfs:additionalObjects; srsName in URN form (EPSG:25835, easting/northing); the plan lists its
     members by full URI; one zoning element has a ring given as gml:pos elements. -->
<wfs:FeatureCollection xmlns:wfs="http://www.opengis.net/wfs/2.0" xmlns:gml="http://www.opengis.net/gml/3.2"
    xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3"
    xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    timeStamp="2025-05-02T09:00:00Z" numberMatched="2" numberReturned="2">
  <wfs:member>
    <plu:ZoningElement gml:id="ze.101">
      <plu:inspireId><base:Identifier><base:localId>101</base:localId><base:namespace>BG.TEST.WFS</base:namespace></base:Identifier></plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ze.101.geom" srsName="urn:ogc:def:crs:EPSG::25835">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ze.101.p">
              <gml:exterior><gml:LinearRing><gml:posList>500000 4725000 500100 4725000 500100 4725080 500000 4725080 500000 4725000</gml:posList></gml:LinearRing></gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-04-30T12:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="unpopulated"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf" xlink:title="Смф"/>
      <plu:specificPresence xsi:nil="true" nilReason="unpopulated"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/legalForce"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unpopulated"/>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">60</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>3.5</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xsi:nil="true" nilReason="unpopulated"/>
      <plu:plan xlink:href="#sp.1"/>
    </plu:ZoningElement>
  </wfs:member>
  <wfs:member>
    <plu:ZoningElement gml:id="ze.102">
      <plu:inspireId><base:Identifier><base:localId>102</base:localId><base:namespace>BG.TEST.WFS</base:namespace></base:Identifier></plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ze.102.geom" srsName="urn:ogc:def:crs:EPSG::25835">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ze.102.p">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:pos>500100 4725000</gml:pos><gml:pos>500200 4725000</gml:pos><gml:pos>500200 4725080</gml:pos>
                  <gml:pos>500100 4725080</gml:pos><gml:pos>500100 4725000</gml:pos>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-04-30T12:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="unpopulated"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence xsi:nil="true" nilReason="unpopulated"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/legalForce"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unpopulated"/>
      <plu:officialDocument xsi:nil="true" nilReason="unpopulated"/>
      <plu:plan xlink:href="#sp.1"/>
    </plu:ZoningElement>
  </wfs:member>
  <wfs:additionalObjects>
    <wfs:SimpleFeatureCollection>
      <wfs:member>
        <plu:SpatialPlan gml:id="sp.1">
          <plu:inspireId><base:Identifier><base:localId>1</base:localId><base:namespace>BG.TEST.WFS</base:namespace></base:Identifier></plu:inspireId>
          <plu:extent>
            <gml:MultiSurface gml:id="sp.1.geom" srsName="urn:ogc:def:crs:EPSG::25835">
              <gml:surfaceMember>
                <gml:Polygon gml:id="sp.1.p">
                  <gml:exterior><gml:LinearRing><gml:posList>500000 4725000 500200 4725000 500200 4725080 500000 4725080 500000 4725000</gml:posList></gml:LinearRing></gml:exterior>
                </gml:Polygon>
              </gml:surfaceMember>
            </gml:MultiSurface>
          </plu:extent>
          <plu:beginLifespanVersion>2025-04-30T12:00:00Z</plu:beginLifespanVersion>
          <plu:officialTitle>ПУП на тестов квартал (WFS, измислени данни)</plu:officialTitle>
          <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/infraLocal"/>
          <plu:alternativeTitle xsi:nil="true" nilReason="unpopulated"/>
          <plu:planTypeName xlink:href="https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PRZ/"/>
          <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/legalForce"/>
          <plu:backgroundMap xsi:nil="true" nilReason="unpopulated"/>
          <plu:ordinance xsi:nil="true" nilReason="unpopulated"/>
          <plu:officialDocument xsi:nil="true" nilReason="unpopulated"/>
          <plu:member xlink:href="https://plans.example.org/wfs?service=WFS&amp;request=GetFeature&amp;featureID=ze.101#ze.101"/>
          <plu:member xlink:href="BG.TEST.WFS/102"/>
        </plu:SpatialPlan>
      </wfs:member>
    </wfs:SimpleFeatureCollection>
  </wfs:additionalObjects>
</wfs:FeatureCollection>
