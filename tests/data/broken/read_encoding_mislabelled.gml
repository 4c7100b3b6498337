<?xml version="1.0" encoding="windows-1251"?>
<base:SpatialDataSet xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://inspire.ec.europa.eu/schemas/plu/4.0 https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd http://inspire.ec.europa.eu/schemas/base/3.3 https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd" gml:id="DS.broken-base">
  <base:identifier>
    <base:Identifier>
      <base:localId>broken-base</base:localId>
      <base:namespace>BG.PLU.TEST</base:namespace>
      <base:versionId>1</base:versionId>
    </base:Identifier>
  </base:identifier>
  <base:metadata xsi:nil="true" nilReason="unpopulated"/>
  <base:member>
    <plu:SpatialPlan gml:id="SP.base">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>plan</base:localId>
          <base:namespace>BG.PLU.TEST</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:extent>
        <gml:MultiSurface gml:id="SP.base.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="SP.base.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727000.0 690200.0 4727100.0 690200.0 4727100.0 690000.0 4727000.0 690000.0 4727000.0 690200.0</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:extent>
      <plu:beginLifespanVersion>2025-03-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:officialTitle>Подробен устройствен план (измислен)</plu:officialTitle>
      <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/infraLocal"/>
      <plu:alternativeTitle xsi:nil="true" nilReason="unknown"/>
      <plu:planTypeName xlink:href="https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PRZ"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:ordinance xsi:nil="true" nilReason="unknown"/>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:member xlink:href="#ZE.a"/>
      <plu:member xlink:href="#ZE.b"/>
      <plu:restriction xlink:href="#SR.flood"/>
    </plu:SpatialPlan>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.a">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>a</base:localId>
          <base:namespace>BG.PLU.TEST</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.a.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.a.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727000.0 690100.0 4727100.0 690100.0 4727100.0 690000.0 4727000.0 690000.0 4727000.0 690100.0</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-03-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="unknown"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
      <plu:specificPresence xsi:nil="true" nilReason="unknown"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2025-03-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Cadastral map (test)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">10</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">60</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>1.2</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">40</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.base"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.b">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>b</base:localId>
          <base:namespace>BG.PLU.TEST</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.b.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.b.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727000.0 690200.0 4727100.0 690200.0 4727100.0 690100.0 4727000.0 690100.0 4727000.0 690200.0</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"/>
      <plu:beginLifespanVersion>2025-03-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="unknown"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oz"/>
      <plu:specificPresence xsi:nil="true" nilReason="unknown"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2025-03-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Cadastral map (test)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">5</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">5</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>0.05</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">80</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.base"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:SupplementaryRegulation gml:id="SR.flood">
      <plu:specificSupplementaryRegulation xlink:href="https://w3id.org/plu-studio/codelist/bg/SpecificSupplementaryRegulationValue/RiskNavodnenie"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:beginLifespanVersion>2025-03-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:inspireId>
        <base:Identifier>
          <base:localId>flood</base:localId>
          <base:namespace>BG.PLU.TEST</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:Polygon gml:id="SR.flood.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>4727020.0 690060.0 4727060.0 690060.0 4727060.0 690020.0 4727020.0 690020.0 4727020.0 690060.0</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </plu:geometry>
      <plu:inheritedFromOtherPlans>false</plu:inheritedFromOtherPlans>
      <plu:specificRegulationNature xsi:nil="true" nilReason="unknown"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/bindingForDevelopers"/>
      <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/2_1_1_AreaExposedToFloodRisk"/>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.base"/>
    </plu:SupplementaryRegulation>
  </base:member>
  <base:member>
    <plu:OfficialDocumentation gml:id="OD.rules">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>rules</base:localId>
          <base:namespace>BG.PLU.TEST</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:regulationText>Rules of the test plan (invented).</plu:regulationText>
    </plu:OfficialDocumentation>
  </base:member>
</base:SpatialDataSet>
