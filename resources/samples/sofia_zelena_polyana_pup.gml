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
                <gco:CharacterString>http://www.opengis.net/def/crs/EPSG/0/7801</gco:CharacterString>
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
        <gml:MultiSurface gml:id="SP.zelena-polyana.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="SP.zelena-polyana.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727600.0 320400.0 4727735.424 321025.828 4727943.999 321035.661 4728176.896 320936.369 4728133.454 320596.791 4728012.363 320317.799 4727786.801 320322.507 4727600.0 320400.0</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.oz-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oz-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727621.159988105 320497.7855700336 4727731.267485682 320470.33265211596 4727650.147821739 320379.1965506071 4727600.0 320400.0 4727621.159988105 320497.7855700336</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.smf-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727640.838718416 320588.7258792315 4727782.532287239 320553.3978480859 4727773.710774755 320518.01672418194 4727731.267485682 320470.33265211596 4727621.159988105 320497.7855700336 4727640.838718416 320588.7258792315</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727673.613343778 320369.4620540072 4727650.147821739 320379.1965506071 4727731.267485682 320470.33265211596 4727773.710774755 320518.01672418194 4727761.2086185925 320467.8733573726 4727760.033559108 320463.1604552177 4727757.562160816 320463.7766448138 4727673.613343778 320369.4620540072</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.oz-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oz-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727673.613343778 320369.4620540072 4727757.562160816 320463.7766448138 4727760.033559108 320463.1604552177 4727730.761009526 320345.75477159524 4727673.613343778 320369.4620540072</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.smf-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727693.738688837 320833.1898050387 4727843.012818203 320795.97180167685 4727785.919196497 320566.9819875759 4727782.532287239 320553.3978480859 4727640.838718416 320588.7258792315 4727693.738688837 320833.1898050387</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727749.441158896 320338.0054511145 4727730.761009526 320345.75477159524 4727760.033559108 320463.1604552177 4727761.2086185925 320467.8733573726 4727773.710774755 320518.01672418194 4727782.532287239 320553.3978480859 4727785.919196497 320566.9819875759 4727843.012818203 320795.97180167685 4727846.399727461 320809.5559411667 4727876.156182787 320928.9024630697 4727902.283766674 321033.6943890002 4727923.141203988 321034.67768604495 4727895.56209383 320924.064011181 4727865.805648616 320804.717529837 4727862.418739358 320791.1333903471 4727835.081530063 320681.4899260297 4727805.325115632 320562.1435681519 4727802.343489604 320550.1849295234 4727801.938206376 320548.55942866195 4727789.8413334405 320500.04156271386 4727779.439472168 320458.3220114235 4727749.441158896 320338.0054511145</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727696.701087485 320846.8797862932 4727846.399727461 320809.5559411667 4727843.012818203 320795.97180167685 4727693.738688837 320833.1898050387 4727696.701087485 320846.8797862932</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.smf-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727902.283766674 321033.6943890002 4727876.156182787 320928.9024630697 4727846.399727461 320809.5559411667 4727696.701087485 320846.8797862932 4727735.424 321025.828 4727902.283766674 321033.6943890002</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhs-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727749.441158896 320338.0054511145 4727779.439472168 320458.3220114235 4727857.063044875 320438.9682560761 4727827.812899547 320321.6509869168 4727786.801 320322.507 4727749.441158896 320338.0054511145</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727801.938206376 320548.55942866195 4727827.380509995 320542.21597565856 4727789.8413334405 320500.04156271386 4727801.938206376 320548.55942866195</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727802.343489604 320550.1849295234 4727805.325115632 320562.1435681519 4727811.596111047 320560.58003973524 4727837.89081173 320554.02406113705 4727953.78012832 320525.12972655345 4727950.39322307 320511.5455860643 4727879.561542666 320529.2058358005 4727827.380509995 320542.21597565856 4727801.938206376 320548.55942866195 4727802.343489604 320550.1849295234</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhs-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727789.8413334405 320500.04156271386 4727827.380509995 320542.21597565856 4727879.561542666 320529.2058358005 4727857.063044875 320438.9682560761 4727779.439472168 320458.3220114235 4727789.8413334405 320500.04156271386</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.sp-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.sp-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727835.081530063 320681.4899260297 4727903.936759153 320664.3226623039 4727811.596111047 320560.58003973524 4727805.325115632 320562.1435681519 4727835.081530063 320681.4899260297</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-06.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-06.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727837.89081173 320554.02406113705 4727811.596111047 320560.58003973524 4727903.936759153 320664.3226623039 4727988.769842311 320759.6307060279 4728010.873699926 320754.1196275141 4728008.881109371 320746.12778008106 4727930.231516405 320657.7667472586 4727837.89081173 320554.02406113705</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhs-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727827.812899547 320321.6509869168 4727857.063044875 320438.9682560761 4727927.894469002 320421.3079757557 4727902.657704991 320320.0888029318 4727827.812899547 320321.6509869168</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.oo-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oo-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727862.418739358 320791.1333903471 4727988.769842311 320759.6307060279 4727903.936759153 320664.3226623039 4727835.081530063 320681.4899260297 4727862.418739358 320791.1333903471</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhs-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727927.894469002 320421.3079757557 4727857.063044875 320438.9682560761 4727879.561542666 320529.2058358005 4727950.39322307 320511.5455860643 4727927.894469002 320421.3079757557</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.smf-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727895.56209383 320924.064011181 4727973.185933864 320904.71015479125 4727943.429410778 320785.3638651841 4727865.805648616 320804.717529837 4727895.56209383 320924.064011181</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-07.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-07.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727917.011597099 320319.78920404526 4727902.657704991 320320.0888029318 4727927.894469002 320421.3079757557 4727950.39322307 320511.5455860643 4727953.78012832 320525.12972655345 4727983.536610456 320644.4765059858 4728008.881109371 320746.12778008106 4728010.873699926 320754.1196275141 4728014.260605175 320767.70376800315 4728021.383243707 320796.27112236834 4728044.016937818 320887.04994785093 4728067.899555112 320982.8379326431 4728080.941793955 320977.2775777258 4728057.601075547 320883.6630315291 4728041.426132823 320818.78885343694 4728028.923998487 320768.64551114966 4728027.8447499825 320764.31688007264 4728024.457844732 320750.7327395836 4727967.364271714 320521.7428329569 4727963.977366464 320508.1586924677 4727941.4786081435 320417.92106509994 4727917.011597099 320319.78920404526</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.sp-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.sp-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727953.78012832 320525.12972655345 4727837.89081173 320554.02406113705 4727930.231516405 320657.7667472586 4727983.536610456 320644.4765059858 4727953.78012832 320525.12972655345</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-08.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-08.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727862.418739358 320791.1333903471 4727865.805648616 320804.717529837 4727943.429410778 320785.3638651841 4727999.280146345 320771.438794089 4728014.260605175 320767.70376800315 4728010.873699926 320754.1196275141 4727988.769842311 320759.6307060279 4727862.418739358 320791.1333903471</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.smf-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727999.894276288 321011.83092158235 4727973.185933864 320904.71015479125 4727895.56209383 320924.064011181 4727923.141203988 321034.67768604495 4727943.999 321035.661 4727999.894276288 321011.83092158235</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.oo-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.oo-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727983.536610456 320644.4765059858 4727930.231516405 320657.7667472586 4728008.881109371 320746.12778008106 4727983.536610456 320644.4765059858</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhs-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4727917.011597099 320319.78920404526 4727941.4786081435 320417.92106509994 4728044.653803089 320392.1965665842 4728012.363 320317.799 4727917.011597099 320319.78920404526</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.smf-06.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-06.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728021.383243707 320796.27112236834 4727999.280146345 320771.438794089 4727943.429410778 320785.3638651841 4727973.185933864 320904.71015479125 4728044.016937818 320887.04994785093 4728021.383243707 320796.27112236834</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhs-06.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-06.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728044.653803089 320392.1965665842 4727941.4786081435 320417.92106509994 4727963.977366464 320508.1586924677 4727967.364271714 320521.7428329569 4728038.196531447 320504.08243877854 4728087.843137622 320491.7041998523 4728044.653803089 320392.1965665842</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-09.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-09.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728014.260605175 320767.70376800315 4727999.280146345 320771.438794089 4728021.383243707 320796.27112236834 4728014.260605175 320767.70376800315</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.smf-07.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.smf-07.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728067.899555112 320982.8379326431 4728044.016937818 320887.04994785093 4727973.185933864 320904.71015479125 4727999.894276288 321011.83092158235 4728067.899555112 320982.8379326431</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhs-07.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhs-07.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728024.457844732 320750.7327395836 4728095.28969721 320733.07247832575 4728038.196531447 320504.08243877854 4727967.364271714 320521.7428329569 4728024.457844732 320750.7327395836</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhm-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-01.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728057.601075547 320883.6630315291 4728091.620445003 320875.18102406035 4728041.426132823 320818.78885343694 4728057.601075547 320883.6630315291</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.tp-10.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.tp-10.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728041.426132823 320818.78885343694 4728091.620445003 320875.18102406035 4728117.915111652 320868.6250072243 4728028.923998487 320768.64551114966 4728041.426132823 320818.78885343694</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhm-02.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-02.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728087.843137622 320491.7041998523 4728038.196531447 320504.08243877854 4728095.28969721 320733.07247832575 4728149.169832861 320719.6387301051 4728133.454 320596.791 4728087.843137622 320491.7041998523</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhm-03.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-03.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728149.169832861 320719.6387301051 4728095.28969721 320733.07247832575 4728024.457844732 320750.7327395836 4728027.8447499825 320764.31688007264 4728028.923998487 320768.64551114966 4728117.915111652 320868.6250072243 4728166.674307263 320856.4679370622 4728149.169832861 320719.6387301051</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhm-04.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-04.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728176.674839244 320934.64022768056 4728117.915111652 320868.6250072243 4728091.620445003 320875.18102406035 4728057.601075547 320883.6630315291 4728080.941793955 320977.2775777258 4728176.896 320936.369 4728176.674839244 320934.64022768056</gml:posList>
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
        <gml:MultiSurface gml:id="ZE.zhm-05.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:surfaceMember>
            <gml:Polygon gml:id="ZE.zhm-05.G2">
              <gml:exterior>
                <gml:LinearRing>
                  <gml:posList>4728166.674307263 320856.4679370622 4728117.915111652 320868.6250072243 4728176.674839244 320934.64022768056 4728166.674307263 320856.4679370622</gml:posList>
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
        <gml:Polygon gml:id="SR.heritage-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>4727978.076 320886.654 4727986.855064491 320885.7893376181 4727995.296754457 320883.22857896297 4728003.076660486 320879.0701325536 4728009.895805154 320873.4738051534 4728015.492132554 320866.65466048586 4728019.650578964 320858.8747544564 4728022.2113376185 320850.43306449073 4728023.076 320841.654 4728022.2113376185 320832.87493550923 4728019.650578964 320824.43324554357 4728015.492132554 320816.6533395141 4728009.895805154 320809.83419484657 4728003.076660486 320804.2378674464 4727995.296754457 320800.079421037 4727986.855064491 320797.51866238186 4727978.076 320796.654 4727969.29693551 320797.51866238186 4727960.855245544 320800.079421037 4727953.075339515 320804.2378674464 4727946.256194847 320809.83419484657 4727940.659867447 320816.6533395141 4727936.501421037 320824.43324554357 4727933.940662382 320832.87493550923 4727933.076 320841.654 4727933.940662382 320850.43306449073 4727936.501421037 320858.8747544564 4727940.659867447 320866.65466048586 4727946.256194847 320873.4738051534 4727953.075339515 320879.0701325536 4727960.855245544 320883.22857896297 4727969.29693551 320885.7893376181 4727978.076 320886.654</gml:posList>
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
        <gml:Polygon gml:id="SR.flood-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:exterior>
            <gml:LinearRing>
              <gml:posList>4727764.846 320523.797 4727703.585077767 320357.0285039619 4727658.091987743 320375.90097265964 4727728.466 320522.562 4727764.846 320523.797</gml:posList>
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
        <gml:LineString gml:id="SR.regline-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:posList>4728067.899555112 320982.8379326432 4727902.657704991 320320.0888029318</gml:posList>
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
        <gml:LineString gml:id="SR.buildline-01.G1" srsName="http://www.opengis.net/def/crs/EPSG/0/7801" srsDimension="2">
          <gml:posList>4727977.78 320542.85 4728026.165 320736.909</gml:posList>
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
