<?xml version="1.0" encoding="UTF-8"?>
<!-- Invented test data in the layout another authority's software writes (an XPlanung-to-INSPIRE
     transformation): gml:FeatureCollection with gml:featureMember, gml:identifier on every feature,
     UUID-style gml:ids (one of them not an XML name), EPSG:4258 in latitude/longitude order,
     gml:Surface with PolygonPatch, https:// INSPIRE code URIs, xlink:title on codes, the authority's
     own code lists with #fragment URIs, and references to the plan by full URI. -->
<gml:FeatureCollection xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:lu="http://inspire.ec.europa.eu/schemas/plu/4.0"
    xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0"
    xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    gml:id="id0b8e2f1c-7d44-4c1e-9a51-2f7c0f3d9e10">
  <gml:boundedBy>
    <gml:Envelope srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
      <gml:lowerCorner>42.6800 23.3200</gml:lowerCorner>
      <gml:upperCorner>42.6820 23.3230</gml:upperCorner>
    </gml:Envelope>
  </gml:boundedBy>
  <gml:featureMember>
    <lu:OfficialDocumentation gml:id="XPLAN_TEXT_5d1f0a2e-8c7b-4f6e-b1a2-0c9d8e7f6a51">
      <gml:identifier codeSpace="http://inspire.ec.europa.eu/ids">https://registry.example.org/id/bg.test/plu/XPLAN_TEXT_5d1f0a2e-8c7b-4f6e-b1a2-0c9d8e7f6a51</gml:identifier>
      <lu:inspireId>
        <base:Identifier>
          <base:localId>XPLAN_TEXT_5d1f0a2e-8c7b-4f6e-b1a2-0c9d8e7f6a51</base:localId>
          <base:namespace>https://registry.example.org/id/bg.test/plu</base:namespace>
        </base:Identifier>
      </lu:inspireId>
      <lu:legislationCitation>
        <base2:LegislationCitation gml:id="XPLAN_TEXT_5d1f0a2e-8c7b-4f6e-b1a2-0c9d8e7f6a51_LC">
          <base2:name>Zakon za ustroystvo na teritoriyata (test citation)</base2:name>
          <base2:shortName>ZUT</base2:shortName>
          <base2:date xsi:nil="true" nilReason="other:unpopulated"/>
          <base2:link xsi:nil="true" nilReason="other:unpopulated"/>
          <base2:level xlink:href="https://inspire.ec.europa.eu/codelist/LegislationLevelValue/national" xlink:title="national"/>
        </base2:LegislationCitation>
      </lu:legislationCitation>
      <lu:regulationText>In the residential zones shops up to 100 m² are allowed (invented test text).</lu:regulationText>
    </lu:OfficialDocumentation>
  </gml:featureMember>
  <gml:featureMember>
    <lu:SpatialPlan gml:id="XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90">
      <gml:identifier codeSpace="http://inspire.ec.europa.eu/ids">https://registry.example.org/id/bg.test/plu/XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90</gml:identifier>
      <lu:inspireId>
        <base:Identifier>
          <base:localId>XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90</base:localId>
          <base:namespace>https://registry.example.org/id/bg.test/plu</base:namespace>
          <base:versionId>2024-11-05</base:versionId>
        </base:Identifier>
      </lu:inspireId>
      <lu:extent>
        <gml:MultiSurface gml:id="XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90-0" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:surfaceMember>
            <gml:Surface gml:id="XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90-1">
              <gml:patches>
                <gml:PolygonPatch>
                  <gml:exterior>
                    <gml:LinearRing>
                      <gml:posList>42.6800 23.3200 42.6800 23.3230 42.6820 23.3230 42.6820 23.3200 42.6800 23.3200</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:PolygonPatch>
              </gml:patches>
            </gml:Surface>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </lu:extent>
      <lu:beginLifespanVersion nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:officialTitle>Test detailed plan of another authority (invented)</lu:officialTitle>
      <lu:levelOfSpatialPlan xlink:href="https://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/infraLocal" xlink:title="infra-local"/>
      <lu:endLifespanVersion nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:alternativeTitle nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:planTypeName xlink:href="http://data.example.org/inspire/codelist/PlanTypeNameValue_Extension.xml#6_Bebauungsplan" xlink:title="Bebauungsplan"/>
      <lu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption"/>
      <lu:backgroundMap nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:ordinance>
        <lu:OrdinanceValue>
          <lu:ordinanceDate>2015-11-05T00:00:00</lu:ordinanceDate>
          <lu:ordinanceReference>technHerstellDatum</lu:ordinanceReference>
        </lu:OrdinanceValue>
      </lu:ordinance>
      <lu:officialDocument xlink:href="#XPLAN_TEXT_5d1f0a2e-8c7b-4f6e-b1a2-0c9d8e7f6a51"/>
    </lu:SpatialPlan>
  </gml:featureMember>
  <gml:featureMember>
    <lu:ZoningElement gml:id="XPLAN_BP_BAUGEBIET_7e1d2c3b-4a59-4b6c-8d7e-9f0a1b2c3d4e">
      <gml:identifier codeSpace="http://inspire.ec.europa.eu/ids">https://registry.example.org/id/bg.test/plu/XPLAN_BP_BAUGEBIET_7e1d2c3b-4a59-4b6c-8d7e-9f0a1b2c3d4e</gml:identifier>
      <lu:inspireId>
        <base:Identifier>
          <base:localId>XPLAN_BP_BAUGEBIET_7e1d2c3b-4a59-4b6c-8d7e-9f0a1b2c3d4e</base:localId>
          <base:namespace>https://registry.example.org/id/bg.test/plu</base:namespace>
        </base:Identifier>
      </lu:inspireId>
      <lu:geometry>
        <gml:MultiSurface gml:id="XPLAN_BP_BAUGEBIET_7e1d2c3b-4a59-4b6c-8d7e-9f0a1b2c3d4e-0" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:surfaceMember>
            <gml:Surface gml:id="XPLAN_BP_BAUGEBIET_7e1d2c3b-4a59-4b6c-8d7e-9f0a1b2c3d4e-1">
              <gml:patches>
                <gml:PolygonPatch>
                  <gml:exterior>
                    <gml:LinearRing>
                      <gml:posList>42.6800 23.3200 42.6800 23.3215 42.6820 23.3215 42.6820 23.3200 42.6800 23.3200</gml:posList>
                    </gml:LinearRing>
                  </gml:exterior>
                </gml:PolygonPatch>
              </gml:patches>
            </gml:Surface>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </lu:geometry>
      <lu:hilucsLandUse xlink:href="https://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse" xlink:title="Permanent residential use"/>
      <lu:beginLifespanVersion nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:hilucsPresence nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:specificLandUse xlink:href="http://data.example.org/inspire/codelist/LandUseClassificationValue_Extension.xml#1_1_2_AllgWohngebiet" xlink:title="Allgemeines Wohngebiet"/>
      <lu:specificPresence nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <lu:endLifespanVersion nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption"/>
      <lu:backgroundMap nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:dimensioningIndication>
        <lu:DimensioningIndicationRealValue>
          <lu:indicationReference>GRZ</lu:indicationReference>
          <lu:value>0.4</lu:value>
        </lu:DimensioningIndicationRealValue>
      </lu:dimensioningIndication>
      <lu:dimensioningIndication>
        <lu:DimensioningIndicationIntegerValue>
          <lu:indicationReference>Z</lu:indicationReference>
          <lu:value>4</lu:value>
        </lu:DimensioningIndicationIntegerValue>
      </lu:dimensioningIndication>
      <lu:officialDocument xlink:href="#XPLAN_TEXT_5d1f0a2e-8c7b-4f6e-b1a2-0c9d8e7f6a51"/>
      <lu:plan xlink:href="https://registry.example.org/id/bg.test/plu/XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90"/>
    </lu:ZoningElement>
  </gml:featureMember>
  <gml:featureMember>
    <lu:ZoningElement gml:id="XPLAN_BP_GRUEN_2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d">
      <gml:identifier codeSpace="http://inspire.ec.europa.eu/ids">https://registry.example.org/id/bg.test/plu/XPLAN_BP_GRUEN_2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d</gml:identifier>
      <lu:inspireId>
        <base:Identifier>
          <base:localId>XPLAN_BP_GRUEN_2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d</base:localId>
          <base:namespace>https://registry.example.org/id/bg.test/plu</base:namespace>
        </base:Identifier>
      </lu:inspireId>
      <lu:geometry>
        <gml:Surface gml:id="XPLAN_BP_GRUEN_2b3c4d5e-6f70-4a8b-9c0d-1e2f3a4b5c6d-0" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:patches>
            <gml:PolygonPatch>
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.6800 23.3215 42.6800 23.3230 42.6820 23.3230 42.6820 23.3215 42.6800 23.3215</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:PolygonPatch>
          </gml:patches>
        </gml:Surface>
      </lu:geometry>
      <lu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas/"/>
      <lu:beginLifespanVersion>2024-11-05T08:30:00+01:00</lu:beginLifespanVersion>
      <lu:hilucsPresence nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:specificLandUse xlink:href="http://data.example.org/inspire/codelist/LandUseClassificationValue_Extension.xml#5_1_OeffentlicheGruenflaeche" xlink:title="Öffentliche Grünfläche"/>
      <lu:specificPresence nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:regulationNature xlink:href="https://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <lu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption"/>
      <lu:backgroundMap nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:officialDocument nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:plan xlink:href="https://registry.example.org/wfs?service=WFS#XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90"/>
    </lu:ZoningElement>
  </gml:featureMember>
  <gml:featureMember>
    <lu:SupplementaryRegulation gml:id="0f6c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b">
      <gml:identifier codeSpace="http://inspire.ec.europa.eu/ids">https://registry.example.org/id/bg.test/plu/0f6c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b</gml:identifier>
      <lu:specificSupplementaryRegulation xlink:href="http://data.example.org/inspire/codelist/SpecificSupplementaryRegulationValue_Extension.xml#3_49_UeberbaubareFlaeche" xlink:title="Überbaubare Grundstücksfläche"/>
      <lu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/adoption"/>
      <lu:backgroundMap nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:beginLifespanVersion nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:dimensioningIndication>
        <lu:DimensioningIndicationIntegerValue>
          <lu:indicationReference>Z</lu:indicationReference>
          <lu:value>4</lu:value>
        </lu:DimensioningIndicationIntegerValue>
      </lu:dimensioningIndication>
      <lu:inspireId>
        <base:Identifier>
          <base:localId>0f6c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b</base:localId>
          <base:namespace>https://registry.example.org/id/bg.test/plu</base:namespace>
        </base:Identifier>
      </lu:inspireId>
      <lu:geometry>
        <gml:Surface gml:id="G-0f6c1b2a-3d4e-4f50-8a6b-7c8d9e0f1a2b" srsName="http://www.opengis.net/def/crs/EPSG/0/4258" srsDimension="2">
          <gml:patches>
            <gml:PolygonPatch>
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>42.6805 23.3203 42.6805 23.3210 42.6812 23.3210 42.6812 23.3203 42.6805 23.3203</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:PolygonPatch>
          </gml:patches>
        </gml:Surface>
      </lu:geometry>
      <lu:inheritedFromOtherPlans nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:specificRegulationNature nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <lu:supplementaryRegulation xlink:href="https://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/5_1_UsableBuildingArea" xlink:title="Usable building area"/>
      <lu:officialDocument nilReason="other:unpopulated" xsi:nil="true"/>
      <lu:plan xlink:href="#XPLAN_PLAN_a3c9e1d2-1111-4b6f-8e0a-7c2d4e6f8a90"/>
    </lu:SupplementaryRegulation>
  </gml:featureMember>
</gml:FeatureCollection>
