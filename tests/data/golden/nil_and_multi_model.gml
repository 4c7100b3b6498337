<?xml version="1.0" encoding="UTF-8"?>
<!-- Edge cases: every kind of nil reason, multi-valued attributes, all dimensioning types,
     percentage presences, a point regulation, a full legislation citation. EPSG:3044 (ETRS-TM34). -->
<base:SpatialDataSet xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://inspire.ec.europa.eu/schemas/plu/4.0 https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd http://inspire.ec.europa.eu/schemas/base/3.3 https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd" gml:id="DS.edge-1">
  <base:identifier>
    <base:Identifier>
      <base:localId>edge-1</base:localId>
      <base:namespace>TEST</base:namespace>
    </base:Identifier>
  </base:identifier>
  <base:metadata xsi:nil="true" nilReason="withheld"/>
  <base:member>
    <plu:SpatialPlan gml:id="plan_A">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>A</base:localId>
          <base:namespace>TEST</base:namespace>
          <base:versionId xsi:nil="true" nilReason="unpopulated"/>
        </base:Identifier>
      </plu:inspireId>
      <plu:extent>
        <gml:MultiSurface gml:id="plan_A.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3044" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="plan_A.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4725000.0 690000.0 4725000.0 690100.0 4725100.0 690100.0 4725100.0 690000.0 4725000.0 690000.0</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:extent>
      <plu:beginLifespanVersion xsi:nil="true" nilReason="other:not recorded by the municipality"/>
      <plu:officialTitle>Edge plan</plu:officialTitle>
      <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/local"/>
      <plu:endLifespanVersion xsi:nil="true" nilReason="unknown"/>
      <plu:validFrom>2020-06-30</plu:validFrom>
      <plu:validTo xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unknown"/>
      <plu:alternativeTitle xsi:nil="true" nilReason="withheld"/>
      <plu:planTypeName xlink:href="https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/OUP"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/legalForce"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2019-01-01T00:00:00+02:00</plu:backgroundMapDate>
          <plu:backgroundMapReference>Orthophoto 2019</plu:backgroundMapReference>
          <plu:backgroundMapURI>https://example.org/wms?service=WMS</plu:backgroundMapURI>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:ordinance>
        <plu:OrdinanceValue>
          <plu:ordinanceDate>2018-03-01T00:00:00Z</plu:ordinanceDate>
          <plu:ordinanceReference>Decision 1/2018</plu:ordinanceReference>
        </plu:OrdinanceValue>
      </plu:ordinance>
      <plu:ordinance>
        <plu:OrdinanceValue>
          <plu:ordinanceDate>2020-05-01T12:30:00.250000Z</plu:ordinanceDate>
          <plu:ordinanceReference>Decision 7/2020</plu:ordinanceReference>
        </plu:OrdinanceValue>
      </plu:ordinance>
      <plu:officialDocument xlink:href="#doc_1"/>
      <plu:officialDocument xlink:href="#doc_2"/>
      <plu:member xlink:href="#ze_1"/>
      <plu:restriction xlink:href="#sr_1"/>
    </plu:SpatialPlan>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ze_1">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>ze1</base:localId>
          <base:namespace>TEST</base:namespace>
          <base:versionId>2020-1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ze_1.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3044" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ze_1.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4725000.0 690000.0 4725000.0 690100.0 4725100.0 690100.0 4725100.0 690000.0 4725000.0 690000.0</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:validFrom xsi:nil="true" nilReason="unknown"/>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"/>
      <plu:beginLifespanVersion>2020-06-30T00:00:00</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:percentageList>
            <lunom:HILUCSPercentage>
              <lunom:hilucsValue xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
              <lunom:percentage>70</lunom:percentage>
            </lunom:HILUCSPercentage>
          </lunom:percentageList>
          <lunom:percentageList>
            <lunom:HILUCSPercentage>
              <lunom:hilucsValue xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_CommercialServices"/>
              <lunom:percentage>30</lunom:percentage>
            </lunom:HILUCSPercentage>
          </lunom:percentageList>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence xsi:nil="true" nilReason="unpopulated"/>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xsi:nil="true" nilReason="unknown"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">21.5</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>2.5</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationIntegerValue>
          <plu:indicationReference>maxFloors</plu:indicationReference>
          <plu:value>6</plu:value>
        </plu:DimensioningIndicationIntegerValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationCharacterValue>
          <plu:indicationReference>roofForm</plu:indicationReference>
          <plu:value>flat or pitched up to 35°</plu:value>
        </plu:DimensioningIndicationCharacterValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationValue>
          <plu:indicationReference>see regulation text §4</plu:indicationReference>
        </plu:DimensioningIndicationValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#doc_1"/>
      <plu:officialDocument xlink:href="#doc_2"/>
      <plu:plan xlink:href="#plan_A"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:SupplementaryRegulation gml:id="sr_1">
      <plu:specificSupplementaryRegulation xsi:nil="true" nilReason="inapplicable"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/legalForce"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:beginLifespanVersion>2020-06-30T00:00:00Z</plu:beginLifespanVersion>
      <plu:dimensioningIndication xsi:nil="true" nilReason="unpopulated"/>
      <plu:inspireId>
        <base:Identifier>
          <base:localId>sr1</base:localId>
          <base:namespace>TEST</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:Point gml:id="sr_1.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3044" srsDimension="2">
          <gml:pos>4725050.0 690050.0</gml:pos>
        </gml:Point>
      </plu:geometry>
      <plu:inheritedFromOtherPlans>true</plu:inheritedFromOtherPlans>
      <plu:specificRegulationNature>monument</plu:specificRegulationNature>
      <plu:name>Old well</plu:name>
      <plu:name>Стар кладенец</plu:name>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/definedInLegislation"/>
      <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/3_3_BuiltHeritageProtection"/>
      <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/3_4_ArcheologicalProtection"/>
      <plu:officialDocument xsi:nil="true" nilReason="withheld"/>
      <plu:plan xlink:href="#plan_A"/>
    </plu:SupplementaryRegulation>
  </base:member>
  <base:member>
    <plu:OfficialDocumentation gml:id="doc_1">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>d1</base:localId>
          <base:namespace>TEST</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:legislationCitation>
        <base2:LegislationCitation gml:id="lc_1">
          <base2:name>Spatial Development Act</base2:name>
          <base2:shortName>SDA</base2:shortName>
          <base2:date>
            <gmd:CI_Date>
              <gmd:date>
                <gco:Date>2001-01-02</gco:Date>
              </gmd:date>
              <gmd:dateType>
                <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="publication">publication</gmd:CI_DateTypeCode>
              </gmd:dateType>
            </gmd:CI_Date>
          </base2:date>
          <base2:link>https://example.org/act.pdf</base2:link>
          <base2:link>https://example.org/act.html</base2:link>
          <base2:specificReference>Art. 103</base2:specificReference>
          <base2:identificationNumber>SDA-2001</base2:identificationNumber>
          <base2:officialDocumentNumber>1</base2:officialDocumentNumber>
          <base2:dateEnteredIntoForce>2001-03-31</base2:dateEnteredIntoForce>
          <base2:level xlink:href="http://inspire.ec.europa.eu/codelist/LegislationLevelValue/national"/>
          <base2:journalCitation>
            <base2:OfficialJournalInformation>
              <base2:officialJournalIdentification>State Gazette 1/2001</base2:officialJournalIdentification>
              <base2:ISSN>0205-0900</base2:ISSN>
              <base2:linkToJournal>https://example.org/gazette</base2:linkToJournal>
            </base2:OfficialJournalInformation>
          </base2:journalCitation>
        </base2:LegislationCitation>
      </plu:legislationCitation>
    </plu:OfficialDocumentation>
  </base:member>
  <base:member>
    <plu:OfficialDocumentation gml:id="doc_2">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>d2</base:localId>
          <base:namespace>TEST</base:namespace>
        </base:Identifier>
      </plu:inspireId>
      <plu:legislationCitation xsi:nil="true" nilReason="inapplicable"/>
      <plu:regulationText>§1 Text with &lt;markup&gt; &amp; "quotes" kept as text.</plu:regulationText>
      <plu:planDocument>
        <base2:DocumentCitation gml:id="dc_2">
          <base2:name>Plan drawing</base2:name>
          <base2:date>
            <gmd:CI_Date>
              <gmd:date>
                <gco:DateTime>2020-05-01T10:00:00</gco:DateTime>
              </gmd:date>
              <gmd:dateType>
                <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="creation">creation</gmd:CI_DateTypeCode>
              </gmd:dateType>
            </gmd:CI_Date>
          </base2:date>
          <base2:link xsi:nil="true" nilReason="missing"/>
          <base2:specificReference xsi:nil="true" nilReason="unknown"/>
        </base2:DocumentCitation>
      </plu:planDocument>
    </plu:OfficialDocumentation>
  </base:member>
</base:SpatialDataSet>
