<?xml version="1.0" encoding="UTF-8"?>
<base:SpatialDataSet xmlns:plu="http://inspire.ec.europa.eu/schemas/plu/4.0" xmlns:base="http://inspire.ec.europa.eu/schemas/base/3.3" xmlns:base2="http://inspire.ec.europa.eu/schemas/base2/2.0" xmlns:lunom="http://inspire.ec.europa.eu/schemas/lunom/4.0" xmlns:gml="http://www.opengis.net/gml/3.2" xmlns:gmd="http://www.isotc211.org/2005/gmd" xmlns:gco="http://www.isotc211.org/2005/gco" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://inspire.ec.europa.eu/schemas/plu/4.0 https://inspire.ec.europa.eu/schemas/plu/4.0/PlannedLandUse.xsd http://inspire.ec.europa.eu/schemas/base/3.3 https://inspire.ec.europa.eu/schemas/base/3.3/BaseTypes.xsd" gml:id="DS.zelena-polyana-pup-2025">
  <base:identifier>
    <base:Identifier>
      <base:localId>zelena-polyana-pup-2025</base:localId>
      <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
      <base:versionId>1</base:versionId>
    </base:Identifier>
  </base:identifier>
  <base:metadata>
    <gmd:MD_Metadata>
      <gmd:fileIdentifier>
        <gco:CharacterString>5f1c2b7e-6a53-4d0e-9a7e-3c1b2f0d9a11</gco:CharacterString>
      </gmd:fileIdentifier>
      <gmd:language>
        <gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/" codeListValue="bul">bul</gmd:LanguageCode>
      </gmd:language>
      <gmd:characterSet>
        <gmd:MD_CharacterSetCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_CharacterSetCode" codeListValue="utf8">utf8</gmd:MD_CharacterSetCode>
      </gmd:characterSet>
      <gmd:hierarchyLevel>
        <gmd:MD_ScopeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_ScopeCode" codeListValue="dataset">dataset</gmd:MD_ScopeCode>
      </gmd:hierarchyLevel>
      <gmd:contact>
        <gmd:CI_ResponsibleParty>
          <gmd:organisationName>
            <gco:CharacterString>Столична община — примерна организация (измислени данни)</gco:CharacterString>
          </gmd:organisationName>
          <gmd:contactInfo>
            <gmd:CI_Contact>
              <gmd:address>
                <gmd:CI_Address>
                  <gmd:electronicMailAddress>
                    <gco:CharacterString>plu-studio-sample@example.invalid</gco:CharacterString>
                  </gmd:electronicMailAddress>
                </gmd:CI_Address>
              </gmd:address>
            </gmd:CI_Contact>
          </gmd:contactInfo>
          <gmd:role>
            <gmd:CI_RoleCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_RoleCode" codeListValue="pointOfContact">pointOfContact</gmd:CI_RoleCode>
          </gmd:role>
        </gmd:CI_ResponsibleParty>
      </gmd:contact>
      <gmd:dateStamp>
        <gco:Date>2025-09-15</gco:Date>
      </gmd:dateStamp>
      <gmd:referenceSystemInfo>
        <gmd:MD_ReferenceSystem>
          <gmd:referenceSystemIdentifier>
            <gmd:RS_Identifier>
              <gmd:code>
                <gco:CharacterString>http://www.opengis.net/def/crs/EPSG/0/3046</gco:CharacterString>
              </gmd:code>
            </gmd:RS_Identifier>
          </gmd:referenceSystemIdentifier>
        </gmd:MD_ReferenceSystem>
      </gmd:referenceSystemInfo>
      <gmd:identificationInfo>
        <gmd:MD_DataIdentification>
          <gmd:citation>
            <gmd:CI_Citation>
              <gmd:title>
                <gco:CharacterString>ПУП – План за регулация и застрояване на местност „Зелена поляна“, район „Витоша“, Столична община (примерни, измислени данни)</gco:CharacterString>
              </gmd:title>
              <gmd:date>
                <gmd:CI_Date>
                  <gmd:date>
                    <gco:Date>2025-09-15</gco:Date>
                  </gmd:date>
                  <gmd:dateType>
                    <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="publication">publication</gmd:CI_DateTypeCode>
                  </gmd:dateType>
                </gmd:CI_Date>
              </gmd:date>
              <gmd:identifier>
                <gmd:RS_Identifier>
                  <gmd:code>
                    <gco:CharacterString>5f1c2b7e-6a53-4d0e-9a7e-3c1b2f0d9a11</gco:CharacterString>
                  </gmd:code>
                </gmd:RS_Identifier>
              </gmd:identifier>
            </gmd:CI_Citation>
          </gmd:citation>
          <gmd:abstract>
            <gco:CharacterString>ПРИМЕРНИ ДАННИ: измислен квартал, измислени правила и заповеди; не е действащ план. SAMPLE DATA: an invented quarter with invented rules and ordinances; not a real plan.</gco:CharacterString>
          </gmd:abstract>
          <gmd:pointOfContact>
            <gmd:CI_ResponsibleParty>
              <gmd:organisationName>
                <gco:CharacterString>Столична община — примерна организация (измислени данни)</gco:CharacterString>
              </gmd:organisationName>
              <gmd:contactInfo>
                <gmd:CI_Contact>
                  <gmd:address>
                    <gmd:CI_Address>
                      <gmd:electronicMailAddress>
                        <gco:CharacterString>plu-studio-sample@example.invalid</gco:CharacterString>
                      </gmd:electronicMailAddress>
                    </gmd:CI_Address>
                  </gmd:address>
                </gmd:CI_Contact>
              </gmd:contactInfo>
              <gmd:role>
                <gmd:CI_RoleCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_RoleCode" codeListValue="custodian">custodian</gmd:CI_RoleCode>
              </gmd:role>
            </gmd:CI_ResponsibleParty>
          </gmd:pointOfContact>
          <gmd:descriptiveKeywords>
            <gmd:MD_Keywords>
              <gmd:keyword>
                <gco:CharacterString>Земеползване</gco:CharacterString>
              </gmd:keyword>
              <gmd:thesaurusName>
                <gmd:CI_Citation>
                  <gmd:title>
                    <gco:CharacterString>GEMET - INSPIRE themes, version 1.0</gco:CharacterString>
                  </gmd:title>
                  <gmd:date>
                    <gmd:CI_Date>
                      <gmd:date>
                        <gco:Date>2008-06-01</gco:Date>
                      </gmd:date>
                      <gmd:dateType>
                        <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="publication">publication</gmd:CI_DateTypeCode>
                      </gmd:dateType>
                    </gmd:CI_Date>
                  </gmd:date>
                </gmd:CI_Citation>
              </gmd:thesaurusName>
            </gmd:MD_Keywords>
          </gmd:descriptiveKeywords>
          <gmd:descriptiveKeywords>
            <gmd:MD_Keywords>
              <gmd:keyword>
                <gco:CharacterString>ПУП</gco:CharacterString>
              </gmd:keyword>
              <gmd:keyword>
                <gco:CharacterString>ПРЗ</gco:CharacterString>
              </gmd:keyword>
              <gmd:keyword>
                <gco:CharacterString>София</gco:CharacterString>
              </gmd:keyword>
              <gmd:keyword>
                <gco:CharacterString>примерни данни</gco:CharacterString>
              </gmd:keyword>
            </gmd:MD_Keywords>
          </gmd:descriptiveKeywords>
          <gmd:resourceConstraints>
            <gmd:MD_LegalConstraints>
              <gmd:accessConstraints>
                <gmd:MD_RestrictionCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_RestrictionCode" codeListValue="otherRestrictions">otherRestrictions</gmd:MD_RestrictionCode>
              </gmd:accessConstraints>
              <gmd:otherConstraints>
                <gco:CharacterString>без ограничения на публичния достъп</gco:CharacterString>
              </gmd:otherConstraints>
            </gmd:MD_LegalConstraints>
          </gmd:resourceConstraints>
          <gmd:language>
            <gmd:LanguageCode codeList="http://www.loc.gov/standards/iso639-2/" codeListValue="bul">bul</gmd:LanguageCode>
          </gmd:language>
          <gmd:topicCategory>
            <gmd:MD_TopicCategoryCode>planningCadastre</gmd:MD_TopicCategoryCode>
          </gmd:topicCategory>
          <gmd:extent>
            <gmd:EX_Extent>
              <gmd:geographicElement>
                <gmd:EX_GeographicBoundingBox>
                  <gmd:westBoundLongitude>
                    <gco:Decimal>23.307838</gco:Decimal>
                  </gmd:westBoundLongitude>
                  <gmd:eastBoundLongitude>
                    <gco:Decimal>23.316613</gco:Decimal>
                  </gmd:eastBoundLongitude>
                  <gmd:southBoundLatitude>
                    <gco:Decimal>42.662907</gco:Decimal>
                  </gmd:southBoundLatitude>
                  <gmd:northBoundLatitude>
                    <gco:Decimal>42.668224</gco:Decimal>
                  </gmd:northBoundLatitude>
                </gmd:EX_GeographicBoundingBox>
              </gmd:geographicElement>
            </gmd:EX_Extent>
          </gmd:extent>
        </gmd:MD_DataIdentification>
      </gmd:identificationInfo>
      <gmd:dataQualityInfo>
        <gmd:DQ_DataQuality>
          <gmd:scope>
            <gmd:DQ_Scope>
              <gmd:level>
                <gmd:MD_ScopeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#MD_ScopeCode" codeListValue="dataset">dataset</gmd:MD_ScopeCode>
              </gmd:level>
            </gmd:DQ_Scope>
          </gmd:scope>
          <gmd:report>
            <gmd:DQ_DomainConsistency>
              <gmd:result>
                <gmd:DQ_ConformanceResult>
                  <gmd:specification>
                    <gmd:CI_Citation>
                      <gmd:title>
                        <gco:CharacterString>Регламент (ЕС) № 1089/2010 на Комисията за прилагане на Директива 2007/2/ЕО по отношение на оперативната съвместимост на масивите от пространствени данни и услугите за пространствени данни</gco:CharacterString>
                      </gmd:title>
                      <gmd:date>
                        <gmd:CI_Date>
                          <gmd:date>
                            <gco:Date>2010-12-08</gco:Date>
                          </gmd:date>
                          <gmd:dateType>
                            <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="publication">publication</gmd:CI_DateTypeCode>
                          </gmd:dateType>
                        </gmd:CI_Date>
                      </gmd:date>
                    </gmd:CI_Citation>
                  </gmd:specification>
                  <gmd:explanation>
                    <gco:CharacterString>Виж цитираната спецификация</gco:CharacterString>
                  </gmd:explanation>
                  <gmd:pass gco:nilReason="unknown"/>
                </gmd:DQ_ConformanceResult>
              </gmd:result>
            </gmd:DQ_DomainConsistency>
          </gmd:report>
          <gmd:lineage>
            <gmd:LI_Lineage>
              <gmd:statement>
                <gco:CharacterString>Изработен със скрипта resources/samples/make_sample_plan.py на PLU Studio; всички данни са измислени.</gco:CharacterString>
              </gmd:statement>
            </gmd:LI_Lineage>
          </gmd:lineage>
        </gmd:DQ_DataQuality>
      </gmd:dataQualityInfo>
    </gmd:MD_Metadata>
  </base:metadata>
  <base:member>
    <plu:SpatialPlan gml:id="SP.zelena-polyana">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zelena-polyana-pup</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:extent>
        <gml:MultiSurface gml:id="SP.zelena-polyana.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="SP.zelena-polyana.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4725967.007 689230.171 4725993.343 689326.702 4726017.836 689416.476 4726083.676 689657.805 4726087.363 689671.32 4726135.558 689847.974 4726302.619 689846.95 4726323.502 689846.822 4726344.384 689846.694 4726398.938 689819.92 4726465.312 689787.346 4726478.041 689781.099 4726571.693 689735.137 4726571.38 689733.422 4726557.232 689655.884 4726532.469 689520.166 4726510.236 689398.315 4726459.092 689295.793 4726410.664 689198.714 4726374.456 689126.132 4726279.335 689133.194 4726265.016 689134.258 4726190.352 689139.801 4726149.44 689142.838 4726112.953 689160.305 4726094.71 689169.038 4726038.899 689195.755 4726015.982 689206.726 4725967.007 689230.171</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:extent>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:officialTitle>ПУП – План за регулация и застрояване на местност „Зелена поляна“, район „Витоша“, Столична община (примерни, измислени данни)</plu:officialTitle>
      <plu:levelOfSpatialPlan xlink:href="http://inspire.ec.europa.eu/codelist/LevelOfSpatialPlanValue/infraLocal"/>
      <plu:alternativeTitle>ПУП-ПРЗ „Зелена поляна“ (пример)</plu:alternativeTitle>
      <plu:planTypeName xlink:href="https://w3id.org/plu-studio/codelist/bg/PlanTypeNameValue/PUP-PRZ"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:ordinance>
        <plu:OrdinanceValue>
          <plu:ordinanceDate>2025-03-12T00:00:00Z</plu:ordinanceDate>
          <plu:ordinanceReference>Заповед № РД-09-50-0000/12.03.2025 г. за изработване на ПУП (измислена)</plu:ordinanceReference>
        </plu:OrdinanceValue>
      </plu:ordinance>
      <plu:officialDocument xlink:href="#OD.zut"/>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:officialDocument xlink:href="#OD.drawing"/>
      <plu:member xlink:href="#ZE.oz-01"/>
      <plu:member xlink:href="#ZE.smf-01"/>
      <plu:member xlink:href="#ZE.tp-01"/>
      <plu:member xlink:href="#ZE.oz-02"/>
      <plu:member xlink:href="#ZE.smf-02"/>
      <plu:member xlink:href="#ZE.tp-02"/>
      <plu:member xlink:href="#ZE.tp-03"/>
      <plu:member xlink:href="#ZE.smf-03"/>
      <plu:member xlink:href="#ZE.zhs-01"/>
      <plu:member xlink:href="#ZE.tp-04"/>
      <plu:member xlink:href="#ZE.tp-05"/>
      <plu:member xlink:href="#ZE.zhs-02"/>
      <plu:member xlink:href="#ZE.sp-01"/>
      <plu:member xlink:href="#ZE.tp-06"/>
      <plu:member xlink:href="#ZE.zhs-03"/>
      <plu:member xlink:href="#ZE.oo-01"/>
      <plu:member xlink:href="#ZE.zhs-04"/>
      <plu:member xlink:href="#ZE.smf-04"/>
      <plu:member xlink:href="#ZE.tp-07"/>
      <plu:member xlink:href="#ZE.sp-02"/>
      <plu:member xlink:href="#ZE.tp-08"/>
      <plu:member xlink:href="#ZE.smf-05"/>
      <plu:member xlink:href="#ZE.oo-02"/>
      <plu:member xlink:href="#ZE.zhs-05"/>
      <plu:member xlink:href="#ZE.smf-06"/>
      <plu:member xlink:href="#ZE.zhs-06"/>
      <plu:member xlink:href="#ZE.tp-09"/>
      <plu:member xlink:href="#ZE.smf-07"/>
      <plu:member xlink:href="#ZE.zhs-07"/>
      <plu:member xlink:href="#ZE.zhm-01"/>
      <plu:member xlink:href="#ZE.tp-10"/>
      <plu:member xlink:href="#ZE.zhm-02"/>
      <plu:member xlink:href="#ZE.zhm-03"/>
      <plu:member xlink:href="#ZE.zhm-04"/>
      <plu:member xlink:href="#ZE.zhm-05"/>
      <plu:restriction xlink:href="#SR.heritage-01"/>
      <plu:restriction xlink:href="#SR.flood-01"/>
      <plu:restriction xlink:href="#SR.regline-01"/>
      <plu:restriction xlink:href="#SR.buildline-01"/>
    </plu:SpatialPlan>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.oz-01">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>oz-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.oz-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oz-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4725993.343 689326.702 4726101.846 689293.426 4726015.982 689206.726 4725967.007 689230.171 4725993.343 689326.702</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oz"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oz"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.smf-01">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>smf-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.smf-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726017.836 689416.476 4726157.464 689373.654 4726146.771 689338.789 4726101.846 689293.426 4725993.343 689326.702 4726017.836 689416.476</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-01">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726038.899 689195.755 4726015.982 689206.726 4726101.846 689293.426 4726146.771 689338.789 4726131.617 689289.376 4726130.192 689284.732 4726127.757 689285.479 4726038.899 689195.755</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.oz-02">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>oz-02</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.oz-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oz-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726038.899 689195.755 4726127.757 689285.479 4726130.192 689284.732 4726094.71 689169.038 4726038.899 689195.755</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_4_OpenAirRecreationalAreas"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oz"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oz"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.smf-02">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>smf-02</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.smf-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726083.676 689657.805 4726230.774 689612.692 4726161.569 689387.04 4726157.464 689373.654 4726017.836 689416.476 4726083.676 689657.805</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-02">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-02</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726112.953 689160.305 4726094.71 689169.038 4726130.192 689284.732 4726131.617 689289.376 4726146.771 689338.789 4726157.464 689373.654 4726161.569 689387.04 4726230.774 689612.692 4726234.88 689626.078 4726270.949 689743.685 4726302.619 689846.95 4726323.502 689846.822 4726290.072 689737.82 4726254.003 689620.213 4726249.897 689606.827 4726216.761 689498.782 4726180.692 689381.175 4726177.078 689369.391 4726176.587 689367.789 4726161.924 689319.979 4726149.315 689278.867 4726112.953 689160.305</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-03">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-03</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726087.363 689671.32 4726234.88 689626.078 4726230.774 689612.692 4726083.676 689657.805 4726087.363 689671.32</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.smf-03">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>smf-03</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.smf-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726302.619 689846.95 4726270.949 689743.685 4726234.88 689626.078 4726087.363 689671.32 4726135.558 689847.974 4726302.619 689846.95</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhs-01">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhs-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhs-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726112.953 689160.305 4726149.315 689278.867 4726225.807 689255.408 4726190.352 689139.801 4726149.44 689142.838 4726112.953 689160.305</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-04">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-04</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726176.587 689367.789 4726201.658 689360.1 4726161.924 689319.979 4726176.587 689367.789</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-05">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-05</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726177.078 689369.391 4726180.692 689381.175 4726186.872 689379.28 4726212.783 689371.333 4726326.983 689336.309 4726322.878 689322.923 4726253.079 689344.33 4726201.658 689360.1 4726176.587 689367.789 4726177.078 689369.391</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhs-02">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhs-02</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhs-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726161.924 689319.979 4726201.658 689360.1 4726253.079 689344.33 4726225.807 689255.408 4726149.315 689278.867 4726161.924 689319.979</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.sp-01">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>sp-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.sp-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.sp-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726216.761 689498.782 4726284.613 689477.973 4726186.872 689379.28 4726180.692 689381.175 4726216.761 689498.782</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_3_SportsInfrastructure"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_3_SportsInfrastructure"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Sp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Sp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">12.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">30.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>0.6</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-06">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-06</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-06.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-06.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726212.783 689371.333 4726186.872 689379.28 4726284.613 689477.973 4726374.407 689568.642 4726396.189 689561.961 4726393.773 689554.086 4726310.524 689470.026 4726212.783 689371.333</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhs-03">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhs-03</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhs-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726190.352 689139.801 4726225.807 689255.408 4726295.606 689234.001 4726265.016 689134.258 4726190.352 689139.801</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.oo-01">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>oo-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.oo-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oo-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726249.897 689606.827 4726374.407 689568.642 4726284.613 689477.973 4726216.761 689498.782 4726249.897 689606.827</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_3_2_EducationalServices"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_3_2_EducationalServices"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oo"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oo"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">15.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>1.5</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhs-04">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhs-04</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhs-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726295.606 689234.001 4726225.807 689255.408 4726253.079 689344.33 4726322.878 689322.923 4726295.606 689234.001</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.smf-04">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>smf-04</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.smf-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726290.072 689737.82 4726366.564 689714.361 4726330.495 689596.754 4726254.003 689620.213 4726290.072 689737.82</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-07">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-07</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-07.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-07.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726279.335 689133.194 4726265.016 689134.258 4726295.606 689234.001 4726322.878 689322.923 4726326.983 689336.309 4726363.052 689453.917 4726393.773 689554.086 4726396.189 689561.961 4726400.294 689575.348 4726408.928 689603.499 4726436.363 689692.954 4726465.312 689787.346 4726478.041 689781.099 4726449.749 689688.849 4726430.143 689624.92 4726414.988 689575.508 4726413.68 689571.242 4726409.575 689557.856 4726340.369 689332.204 4726336.264 689318.818 4726308.992 689229.896 4726279.335 689133.194</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.sp-02">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>sp-02</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.sp-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.sp-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726326.983 689336.309 4726212.783 689371.333 4726310.524 689470.026 4726363.052 689453.917 4726326.983 689336.309</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_3_SportsInfrastructure"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_4_3_SportsInfrastructure"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Sp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Sp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">12.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">30.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>0.6</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-08">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-08</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-08.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-08.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726249.897 689606.827 4726254.003 689620.213 4726330.495 689596.754 4726385.532 689579.875 4726400.294 689575.348 4726396.189 689561.961 4726374.407 689568.642 4726249.897 689606.827</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.smf-05">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>smf-05</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.smf-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726398.938 689819.92 4726366.564 689714.361 4726290.072 689737.82 4726323.502 689846.822 4726344.384 689846.694 4726398.938 689819.92</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.oo-02">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>oo-02</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.oo-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oo-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726363.052 689453.917 4726310.524 689470.026 4726393.773 689554.086 4726363.052 689453.917</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_3_2_EducationalServices"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_3_2_EducationalServices"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oo"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Oo"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxHeight</plu:indicationReference>
          <plu:value uom="m">15.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>maxDensity</plu:indicationReference>
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationRealValue>
          <plu:indicationReference>maxFloorAreaRatio</plu:indicationReference>
          <plu:value>1.5</plu:value>
        </plu:DimensioningIndicationRealValue>
      </plu:dimensioningIndication>
      <plu:dimensioningIndication>
        <plu:DimensioningIndicationMeasureValue>
          <plu:indicationReference>minGreenShare</plu:indicationReference>
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhs-05">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhs-05</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhs-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726279.335 689133.194 4726308.992 689229.896 4726410.664 689198.714 4726374.456 689126.132 4726279.335 689133.194</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.smf-06">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>smf-06</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.smf-06.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-06.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726408.928 689603.499 4726385.532 689579.875 4726330.495 689596.754 4726366.564 689714.361 4726436.363 689692.954 4726408.928 689603.499</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhs-06">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhs-06</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhs-06.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-06.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726410.664 689198.714 4726308.992 689229.896 4726336.264 689318.818 4726340.369 689332.204 4726410.169 689310.797 4726459.092 689295.793 4726410.664 689198.714</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-09">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-09</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-09.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-09.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726400.294 689575.348 4726385.532 689579.875 4726408.928 689603.499 4726400.294 689575.348</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.smf-07">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>smf-07</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.smf-07.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-07.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726465.312 689787.346 4726436.363 689692.954 4726366.564 689714.361 4726398.938 689819.92 4726465.312 689787.346</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_2_ResidentialUseWithOtherCompatibleUses"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/3_1_1_WholesaleAndRetailTradeAndRepairOfVehiclesAndPersonalAndHouseholdGoods"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Smf"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
          <plu:value uom="%">40.0</plu:value>
        </plu:DimensioningIndicationMeasureValue>
      </plu:dimensioningIndication>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhs-07">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhs-07</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhs-07.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-07.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726409.575 689557.856 4726479.374 689536.449 4726410.169 689310.797 4726340.369 689332.204 4726409.575 689557.856</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhs"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhm-01">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhm-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhm-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726449.749 689688.849 4726483.272 689678.567 4726430.143 689624.92 4726449.749 689688.849</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.tp-10">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>tp-10</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.tp-10.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-10.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726430.143 689624.92 4726483.272 689678.567 4726509.184 689670.621 4726414.988 689575.508 4726430.143 689624.92</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/4_1_1_RoadTransport"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Tp"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhm-02">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhm-02</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhm-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726459.092 689295.793 4726410.169 689310.797 4726479.374 689536.449 4726532.469 689520.166 4726510.236 689398.315 4726459.092 689295.793</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhm-03">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhm-03</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhm-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726532.469 689520.166 4726479.374 689536.449 4726409.575 689557.856 4726413.68 689571.242 4726414.988 689575.508 4726509.184 689670.621 4726557.232 689655.884 4726532.469 689520.166</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhm-04">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhm-04</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhm-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726571.38 689733.422 4726509.184 689670.621 4726483.272 689678.567 4726449.749 689688.849 4726478.041 689781.099 4726571.693 689735.137 4726571.38 689733.422</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:ZoningElement gml:id="ZE.zhm-05">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>zhm-05</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:MultiSurface gml:id="ZE.zhm-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4726557.232 689655.884 4726509.184 689670.621 4726571.38 689733.422 4726557.232 689655.884</gml:posList>
                </gml:LinearRing>
              </gml:exterior>
            </gml:Polygon>
          </gml:surfaceMember>
        </gml:MultiSurface>
      </plu:geometry>
      <plu:hilucsLandUse xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:hilucsPresence>
        <lunom:HILUCSPresence>
          <lunom:orderedList xlink:href="http://inspire.ec.europa.eu/codelist/HILUCSValue/5_1_PermanentResidentialUse"/>
        </lunom:HILUCSPresence>
      </plu:hilucsPresence>
      <plu:specificLandUse xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
      <plu:specificPresence>
        <lunom:SpecificPresence>
          <lunom:orderedList xlink:href="https://w3id.org/plu-studio/codelist/bg/ZoneTypeValue/Zhm"/>
        </lunom:SpecificPresence>
      </plu:specificPresence>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap>
        <plu:BackgroundMapValue>
          <plu:backgroundMapDate>2024-11-01T00:00:00Z</plu:backgroundMapDate>
          <plu:backgroundMapReference>Кадастрална карта на гр. София, район „Витоша“ (извадка, примерна)</plu:backgroundMapReference>
          <plu:backgroundMapURI xsi:nil="true" nilReason="unknown"/>
        </plu:BackgroundMapValue>
      </plu:backgroundMap>
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
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:ZoningElement>
  </base:member>
  <base:member>
    <plu:SupplementaryRegulation gml:id="SR.heritage-01">
      <plu:specificSupplementaryRegulation xlink:href="https://w3id.org/plu-studio/codelist/bg/SpecificSupplementaryRegulationValue/KulturnaTsennost"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:inspireId>
        <base:Identifier>
          <base:localId>heritage-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:Polygon gml:id="SR.heritage-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>4726370.487 689696.068 4726379.209 689694.737 4726387.503 689691.731 4726395.051 689687.164 4726401.564 689681.212 4726406.79 689674.104 4726410.529 689666.113 4726412.637 689657.546 4726413.033 689648.732 4726411.703 689640.01 4726408.696 689631.716 4726404.129 689624.168 4726398.177 689617.655 4726391.069 689612.429 4726383.078 689608.69 4726374.511 689606.582 4726365.697 689606.186 4726356.976 689607.516 4726348.681 689610.523 4726341.133 689615.09 4726334.621 689621.042 4726329.394 689628.15 4726325.655 689636.141 4726323.547 689644.708 4726323.151 689653.522 4726324.482 689662.243 4726327.488 689670.538 4726332.055 689678.086 4726338.007 689684.598 4726345.115 689689.825 4726353.106 689693.564 4726361.673 689695.672 4726370.487 689696.068</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </plu:geometry>
      <plu:inheritedFromOtherPlans>true</plu:inheritedFromOtherPlans>
      <plu:specificRegulationNature>Охранителна зона на недвижима културна ценност (измислена)</plu:specificRegulationNature>
      <plu:name>Охранителна зона на параклис „Св. Илия“ (измислен обект)</plu:name>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/3_3_BuiltHeritageProtection"/>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:SupplementaryRegulation>
  </base:member>
  <base:member>
    <plu:SupplementaryRegulation gml:id="SR.flood-01">
      <plu:specificSupplementaryRegulation xlink:href="https://w3id.org/plu-studio/codelist/bg/SpecificSupplementaryRegulationValue/RiskNavodnenie"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:inspireId>
        <base:Identifier>
          <base:localId>flood-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:Polygon gml:id="SR.flood-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>4726138.225 689345.033 4726068.17 689181.743 4726023.741 689203.012 4726101.827 689345.736 4726138.225 689345.033</gml:posList>
            </gml:LinearRing>
          </gml:exterior>
        </gml:Polygon>
      </plu:geometry>
      <plu:inheritedFromOtherPlans>false</plu:inheritedFromOtherPlans>
      <plu:specificRegulationNature xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:name>Заливна ивица на Зеленоречки дол (измислен поток)</plu:name>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/bindingForDevelopers"/>
      <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/2_1_1_AreaExposedToFloodRisk"/>
      <plu:officialDocument xlink:href="#OD.rules"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:SupplementaryRegulation>
  </base:member>
  <base:member>
    <plu:SupplementaryRegulation gml:id="SR.regline-01">
      <plu:specificSupplementaryRegulation xlink:href="https://w3id.org/plu-studio/codelist/bg/SpecificSupplementaryRegulationValue/RegulatsionnaLinia"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:inspireId>
        <base:Identifier>
          <base:localId>regline-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:LineString gml:id="SR.regline-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:posList>4726465.312 689787.346 4726265.016 689134.258</gml:posList>
        </gml:LineString>
      </plu:geometry>
      <plu:inheritedFromOtherPlans>false</plu:inheritedFromOtherPlans>
      <plu:specificRegulationNature xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:name>Улична регулационна линия, ул. „Равнец“</plu:name>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/generallyBinding"/>
      <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/6_2_BoundaryLine"/>
      <plu:officialDocument xlink:href="#OD.drawing"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:SupplementaryRegulation>
  </base:member>
  <base:member>
    <plu:SupplementaryRegulation gml:id="SR.buildline-01">
      <plu:specificSupplementaryRegulation xlink:href="https://w3id.org/plu-studio/codelist/bg/SpecificSupplementaryRegulationValue/ZadalzhitelnaStroitelnaLinia"/>
      <plu:processStepGeneral xlink:href="http://inspire.ec.europa.eu/codelist/ProcessStepGeneralValue/elaboration"/>
      <plu:backgroundMap xsi:nil="true" nilReason="unknown"/>
      <plu:beginLifespanVersion>2025-09-15T10:00:00Z</plu:beginLifespanVersion>
      <plu:inspireId>
        <base:Identifier>
          <base:localId>buildline-01</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:geometry>
        <gml:LineString gml:id="SR.buildline-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/3046" srsDimension="2">
          <gml:posList>4726351.895 689352.729 4726410.544 689543.96</gml:posList>
        </gml:LineString>
      </plu:geometry>
      <plu:inheritedFromOtherPlans>false</plu:inheritedFromOtherPlans>
      <plu:specificRegulationNature xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:name>Задължителна строителна линия към ул. „Равнец“</plu:name>
      <plu:regulationNature xlink:href="http://inspire.ec.europa.eu/codelist/RegulationNatureValue/bindingForDevelopers"/>
      <plu:supplementaryRegulation xlink:href="http://inspire.ec.europa.eu/codelist/SupplementaryRegulationValue/6_1_BuildingLine"/>
      <plu:officialDocument xlink:href="#OD.drawing"/>
      <plu:plan xlink:href="#SP.zelena-polyana"/>
    </plu:SupplementaryRegulation>
  </base:member>
  <base:member>
    <plu:OfficialDocumentation gml:id="OD.zut">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>doc-zut</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:legislationCitation>
        <base2:LegislationCitation gml:id="OD.zut.legislationCitation">
          <base2:name>Закон за устройство на територията</base2:name>
          <base2:shortName>ЗУТ</base2:shortName>
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
          <base2:link xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
          <base2:level xlink:href="http://inspire.ec.europa.eu/codelist/LegislationLevelValue/national"/>
          <base2:journalCitation>
            <base2:OfficialJournalInformation>
              <base2:officialJournalIdentification>Държавен вестник, бр. 1 от 2001 г.</base2:officialJournalIdentification>
            </base2:OfficialJournalInformation>
          </base2:journalCitation>
        </base2:LegislationCitation>
      </plu:legislationCitation>
      <plu:regulationText xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
      <plu:planDocument xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
    </plu:OfficialDocumentation>
  </base:member>
  <base:member>
    <plu:OfficialDocumentation gml:id="OD.rules">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>doc-rules</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:regulationText>1. Планът урежда застрояването в местност „Зелена поляна“ (примерен, измислен план).
2. Във всяка устройствена зона се спазват пределните показатели, посочени за нея: височина, плътност на застрояване, коефициент на интензивност (Кинт) и минимална озеленена площ.
3. В зоните Жм се допуска свободно или свързано застрояване с височина до 10 m.
4. В зоните Жс се допуска средноетажно застрояване с височина до 15 m.
5. В зоните Смф партерните етажи към булеварда се предназначават за обществено обслужване и търговия.
6. В охранителната зона на параклиса нови сгради се съгласуват по реда на Закона за културното наследство.
7. В заливната ивица не се допуска ново застрояване; допускат се само паркови и спортни площадки.
8. Задължителните строителни линии се спазват от всички нови сгради.
9. Уличната регулация се прилага по реда на ЗУТ.</plu:regulationText>
      <plu:planDocument>
        <base2:DocumentCitation gml:id="OD.rules.planDocument">
          <base2:name>Правила и нормативи за прилагане на ПУП-ПРЗ „Зелена поляна“ (примерни)</base2:name>
          <base2:date>
            <gmd:CI_Date>
              <gmd:date>
                <gco:Date>2025-09-15</gco:Date>
              </gmd:date>
              <gmd:dateType>
                <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="creation">creation</gmd:CI_DateTypeCode>
              </gmd:dateType>
            </gmd:CI_Date>
          </base2:date>
          <base2:link xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
        </base2:DocumentCitation>
      </plu:planDocument>
    </plu:OfficialDocumentation>
  </base:member>
  <base:member>
    <plu:OfficialDocumentation gml:id="OD.drawing">
      <plu:inspireId>
        <base:Identifier>
          <base:localId>doc-drawing</base:localId>
          <base:namespace>BG.SOFIA.PLU.SAMPLE</base:namespace>
          <base:versionId>1</base:versionId>
        </base:Identifier>
      </plu:inspireId>
      <plu:planDocument>
        <base2:DocumentCitation gml:id="OD.drawing.planDocument">
          <base2:name>ПУП-ПРЗ „Зелена поляна“ — графична част, М 1:1000 (примерна)</base2:name>
          <base2:shortName>Чертеж ПРЗ</base2:shortName>
          <base2:date>
            <gmd:CI_Date>
              <gmd:date>
                <gco:Date>2025-09-15</gco:Date>
              </gmd:date>
              <gmd:dateType>
                <gmd:CI_DateTypeCode codeList="http://standards.iso.org/iso/19139/resources/gmxCodelists.xml#CI_DateTypeCode" codeListValue="creation">creation</gmd:CI_DateTypeCode>
              </gmd:dateType>
            </gmd:CI_Date>
          </base2:date>
          <base2:link xsi:nil="true" nilReason="http://inspire.ec.europa.eu/codelist/VoidReasonValue/Unpopulated"/>
          <base2:specificReference>лист 1</base2:specificReference>
        </base2:DocumentCitation>
      </plu:planDocument>
    </plu:OfficialDocumentation>
  </base:member>
</base:SpatialDataSet>
