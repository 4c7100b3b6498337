<?xml version="1.0" encoding="UTF-8"?>
<base:SpatialDataSet xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://inspire.ec.europa.eu/schemas/plu/4.0 https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd http://inspire.ec.europa.eu/schemas/base/3.3 https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd" gml:id="DS.generated-4">
  <base:identifier>
    <base:Identifier>
      <base:localId>generated-4</base:localId>
      <base:namespace>BG.GENERATED</base:namespace>
    </base:Identifier>
  </base:identifier>
  <base:metadata xsi:nil="true" nilReason="unpopulated"/>
  <base:member>
    <plu:SpatialPlan gml:id="SP.generated">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>plan</base:localId>
          <base:namespace>BG.GENERATED</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:extent>
        <gml:MultiSurface gml:id="SP.generated.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="SP.generated.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.40952952765767 23.071121674294705 42.4104294496765 23.071086773865954 42.410403580047024 23.06987237879835 42.40950365839754 23.069907296657206 42.40952952765767 23.071121674294705</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:extent>
      <plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:officialTitle>Generated plan of 4 zones (test data)</plu:officialTitle>
      <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/local"/>
      <plu:alternativeTitle xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:planTypeName xlink:href="https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/OUP"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:ordinance xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:officialDocument xlink:href="#OD.generated"/>
      <plu:member xlink:href="#ZE.0"/>
      <plu:member xlink:href="#ZE.1"/>
      <plu:member xlink:href="#ZE.2"/>
      <plu:member xlink:href="#ZE.3"/>
    </plu:SpatialPlan>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.0">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>ze-0</base:localId>
          <base:namespace>BG.GENERATED</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.0.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.0.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.40951659464351 23.070514485350593 42.40996655557176 23.070497030904054 42.409953619233434 23.069889837853175 42.40950365839754 23.069907296657206 42.40951659464351 23.070514485350593</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
      <plu:specificPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">10.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">60.0</plu:value>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.generated"/>
      <plu:plan xlink:href="#SP.generated"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.1">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>ze-1</base:localId>
          <base:namespace>BG.GENERATED</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.1.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.1.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.40952952765767 23.071121674294705 42.40997948867823 23.071104224205666 42.40996655557176 23.070497030904054 42.40951659464351 23.070514485350593 42.40952952765767 23.071121674294705</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">15.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">50.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>2.0</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.generated"/>
      <plu:plan xlink:href="#SP.generated"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.2">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>ze-2</base:localId>
          <base:namespace>BG.GENERATED</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.2.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.2.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.40996655557176 23.070497030904054 42.41041651647768 23.070479576206782 42.410403580047024 23.06987237879835 42.409953619233434 23.069889837853175 42.40996655557176 23.070497030904054</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">26.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">60.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>3.0</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">30.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.generated"/>
      <plu:plan xlink:href="#SP.generated"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.3">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>ze-3</base:localId>
          <base:namespace>BG.GENERATED</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.3.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.3.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.40997948867823 23.071104224205666 42.4104294496765 23.071086773865954 42.41041651647768 23.070479576206782 42.40996655557176 23.070497030904054 42.40997948867823 23.071104224205666</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"/>
      <plu:beginLifespanVersion>2025-01-01T00:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oz"/>
      <plu:specificPresence xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">5.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">5.0</plu:value>
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
          <plu:value uom="%">80.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.generated"/>
      <plu:plan xlink:href="#SP.generated"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:OfficialDocumentation gml:id="OD.generated">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>doc</base:localId>
          <base:namespace>BG.GENERATED</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:regulationText>Generated test plan; the text stands in for the rules of a real plan.</plu:regulationText>
    </plu:OfficialDocumentation>
  </base:member>
</base:SpatialDataSet>
