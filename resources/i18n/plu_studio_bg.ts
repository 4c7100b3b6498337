<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en_GB">
 <context>
  <name>Attribute</name>
  <message>
   <source>Official title</source>
   <translation>Официално наименование</translation>
  </message>
  <message>
   <source>Alternative title</source>
   <translation>Друго наименование</translation>
  </message>
  <message>
   <source>Level of the plan</source>
   <translation>Ниво на плана</translation>
  </message>
  <message>
   <source>Plan type</source>
   <translation>Вид план</translation>
  </message>
  <message>
   <source>Process step</source>
   <translation>Етап на процедурата</translation>
  </message>
  <message>
   <source>Version valid since</source>
   <translation>Версия в сила от</translation>
  </message>
  <message>
   <source>Version superseded on</source>
   <translation>Версия заменена на</translation>
  </message>
  <message>
   <source>Legally valid from</source>
   <translation>В сила от</translation>
  </message>
  <message>
   <source>Legally valid to</source>
   <translation>В сила до</translation>
  </message>
  <message>
   <source>Background map</source>
   <translation>Опорна карта</translation>
  </message>
  <message>
   <source>Ordinances</source>
   <translation>Административни актове</translation>
  </message>
  <message>
   <source>Official documents</source>
   <translation>Официални документи</translation>
  </message>
  <message>
   <source>HILUCS land use</source>
   <translation>Предназначение по HILUCS</translation>
  </message>
  <message>
   <source>HILUCS presence</source>
   <translation>Дял на HILUCS предназначенията</translation>
  </message>
  <message>
   <source>National zone type</source>
   <translation>Национален вид устройствена зона</translation>
  </message>
  <message>
   <source>Zone type presence</source>
   <translation>Дял на видовете зони</translation>
  </message>
  <message>
   <source>Regulation nature</source>
   <translation>Правно действие</translation>
  </message>
  <message>
   <source>Dimensioning indications</source>
   <translation>Устройствени показатели</translation>
  </message>
  <message>
   <source>Supplementary regulation type</source>
   <translation>Вид допълнителна регулация</translation>
  </message>
  <message>
   <source>National regulation type</source>
   <translation>Национален вид регулация</translation>
  </message>
  <message>
   <source>Inherited from other plans</source>
   <translation>Възприета от други планове</translation>
  </message>
  <message>
   <source>Specific regulation nature</source>
   <translation>Специфично правно действие</translation>
  </message>
  <message>
   <source>Names</source>
   <translation>Имена</translation>
  </message>
  <message>
   <source>Legislation citation</source>
   <translation>Позоваване на нормативен акт</translation>
  </message>
  <message>
   <source>Regulation text</source>
   <translation>Текст на правилата</translation>
  </message>
  <message>
   <source>Plan document</source>
   <translation>Документ на плана</translation>
  </message>
  <message>
   <source>Local identifier</source>
   <translation>Локален идентификатор</translation>
  </message>
  <message>
   <source>Namespace</source>
   <translation>Пространство от имена</translation>
  </message>
  <message>
   <source>Version identifier</source>
   <translation>Идентификатор на версията</translation>
  </message>
  <message>
   <source>Spatial plan</source>
   <translation>Устройствен план</translation>
  </message>
  <message>
   <source>Zoning element</source>
   <translation>Устройствена зона</translation>
  </message>
  <message>
   <source>Supplementary regulation</source>
   <translation>Допълнителна регулация</translation>
  </message>
  <message>
   <source>Official document</source>
   <translation>Официален документ</translation>
  </message>
 </context>
 <context>
  <name>Background</name>
  <message>
   <source>Background</source>
   <translation>Подложка</translation>
  </message>
  <message>
   <source>Add XYZ tiles</source>
   <translation>Добавяне на XYZ плочки</translation>
  </message>
  <message>
   <source>Background map</source>
   <translation>Опорна карта</translation>
  </message>
  <message>
   <source>Name</source>
   <translation>Име</translation>
  </message>
  <message>
   <source>URL template</source>
   <translation>Шаблон на URL</translation>
  </message>
 </context>
 <context>
  <name>Dialogs</name>
  <message>
   <source>OK</source>
   <translation>Добре</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отказ</translation>
  </message>
 </context>
 <context>
  <name>Documents</name>
  <message>
   <source>Legislation</source>
   <translation>Нормативен акт</translation>
  </message>
  <message>
   <source>Plan document</source>
   <translation>Документ на плана</translation>
  </message>
  <message>
   <source>Regulation text</source>
   <translation>Текст на правилата</translation>
  </message>
  <message>
   <source>Official document</source>
   <translation>Официален документ</translation>
  </message>
  <message>
   <source>Add PDF…</source>
   <translation>Добавяне на PDF…</translation>
  </message>
  <message>
   <source>e.g. State Gazette No 31/2018</source>
   <translation>напр. ДВ, бр. 31/2018</translation>
  </message>
  <message>
   <source>Kind</source>
   <translation>Вид</translation>
  </message>
  <message>
   <source>Name</source>
   <translation>Име</translation>
  </message>
  <message>
   <source>Short name</source>
   <translation>Кратко име</translation>
  </message>
  <message>
   <source>Date</source>
   <translation>Дата</translation>
  </message>
  <message>
   <source>Links (URL or PDF)</source>
   <translation>Връзки (URL или PDF)</translation>
  </message>
  <message>
   <source>Legislation level</source>
   <translation>Ниво на акта</translation>
  </message>
  <message>
   <source>Identification number</source>
   <translation>Идентификационен номер</translation>
  </message>
  <message>
   <source>Official document number</source>
   <translation>Номер на официалния документ</translation>
  </message>
  <message>
   <source>Entered into force</source>
   <translation>Влязъл в сила</translation>
  </message>
  <message>
   <source>Official journal</source>
   <translation>Официално издание</translation>
  </message>
  <message>
   <source>Text</source>
   <translation>Текст</translation>
  </message>
  <message>
   <source>Choose a PDF document</source>
   <translation>Изберете PDF документ</translation>
  </message>
  <message>
   <source>PDF documents (*.pdf)</source>
   <translation>PDF документи (*.pdf)</translation>
  </message>
  <message>
   <source>publication</source>
   <translation>обнародване</translation>
  </message>
  <message>
   <source>creation</source>
   <translation>създаване</translation>
  </message>
  <message>
   <source>revision</source>
   <translation>изменение</translation>
  </message>
  <message>
   <source>Enter the document's name</source>
   <translation>Въведете името на документа</translation>
  </message>
  <message>
   <source>Enter the regulation text</source>
   <translation>Въведете текста на правилата</translation>
  </message>
  <message>
   <source>The date of entry into force must be written YYYY-MM-DD</source>
   <translation>Датата на влизане в сила трябва да е във вида ГГГГ-ММ-ДД</translation>
  </message>
 </context>
 <context>
  <name>Editing</name>
  <message>
   <source>Add %1</source>
   <translation>Добавяне: %1</translation>
  </message>
  <message>
   <source>Move vertex</source>
   <translation>Преместване на връх</translation>
  </message>
  <message>
   <source>Add vertex</source>
   <translation>Добавяне на връх</translation>
  </message>
  <message>
   <source>Delete vertex</source>
   <translation>Изтриване на връх</translation>
  </message>
  <message>
   <source>Delete features</source>
   <translation>Изтриване на обекти</translation>
  </message>
  <message>
   <source>Merge features</source>
   <translation>Обединяване на обекти</translation>
  </message>
  <message>
   <source>Split features</source>
   <translation>Разделяне на обекти</translation>
  </message>
  <message>
   <source>Reshape features</source>
   <translation>Промяна на формата на обекти</translation>
  </message>
  <message>
   <source>Draw plan boundary</source>
   <translation>Чертане на границата на плана</translation>
  </message>
  <message>
   <source>Edit plan properties</source>
   <translation>Промяна на свойствата на плана</translation>
  </message>
 </context>
 <context>
  <name>Export</name>
  <message>
   <source>Export plan</source>
   <translation>Износ на плана</translation>
  </message>
  <message>
   <source>Browse…</source>
   <translation>Избор…</translation>
  </message>
  <message>
   <source>ETRS89 / UTM zone 34N — INSPIRE, western Bulgaria</source>
   <translation>ETRS89 / UTM зона 34N — за INSPIRE, Западна България</translation>
  </message>
  <message>
   <source>ETRS89 / UTM zone 35N — INSPIRE, eastern Bulgaria</source>
   <translation>ETRS89 / UTM зона 35N — за INSPIRE, Източна България</translation>
  </message>
  <message>
   <source>ETRS89 / LAEA Europe — INSPIRE, pan-European maps</source>
   <translation>ETRS89 / LAEA Европа — за INSPIRE, общоевропейски карти</translation>
  </message>
  <message>
   <source>ETRS89 latitude/longitude — INSPIRE, anywhere</source>
   <translation>ETRS89 ширина/дължина — за INSPIRE, навсякъде</translation>
  </message>
  <message>
   <source>BGS2005 / CCS2005 — Bulgarian national system</source>
   <translation>БГС2005 / КККС2005 — националната система на България</translation>
  </message>
  <message>
   <source>WGS 84 / UTM zone 34N — not accepted by INSPIRE</source>
   <translation>WGS 84 / UTM зона 34N — не се приема от INSPIRE</translation>
  </message>
  <message>
   <source>WGS 84 / UTM zone 35N — not accepted by INSPIRE</source>
   <translation>WGS 84 / UTM зона 35N — не се приема от INSPIRE</translation>
  </message>
  <message>
   <source>Coordinate reference system</source>
   <translation>Координатна система</translation>
  </message>
  <message>
   <source>Format</source>
   <translation>Формат</translation>
  </message>
  <message>
   <source>File</source>
   <translation>Файл</translation>
  </message>
  <message>
   <source>(the plan's own)</source>
   <translation>(системата на плана)</translation>
  </message>
  <message>
   <source>(recommended)</source>
   <translation>(препоръчана)</translation>
  </message>
  <message>
   <source>Choose a coordinate reference system with an EPSG code.</source>
   <translation>Изберете координатна система с код по EPSG.</translation>
  </message>
  <message>
   <source>Choose a file in an existing folder.</source>
   <translation>Изберете файл в съществуваща папка.</translation>
  </message>
  <message>
   <source>Other system…</source>
   <translation>Друга система…</translation>
  </message>
 </context>
 <context>
  <name>FeatureForm</name>
  <message>
   <source>New %1</source>
   <translation>Нов обект: %1</translation>
  </message>
  <message>
   <source>%1 attributes</source>
   <translation>Атрибути: %1</translation>
  </message>
  <message>
   <source>Land use and limits</source>
   <translation>Предназначение и показатели</translation>
  </message>
  <message>
   <source>Validity, process and documents</source>
   <translation>Валидност, процедура и документи</translation>
  </message>
  <message>
   <source>Limits of %1 filled in from the national profile %2.</source>
   <translation>Показателите на %1 са попълнени от националния профил %2.</translation>
  </message>
  <message>
   <source>The national profile gives no limits for %1.</source>
   <translation>Националният профил не дава показатели за %1.</translation>
  </message>
  <message>
   <source>Identifier: %1 (namespace %2), gml:id %3</source>
   <translation>Идентификатор: %1 (пространство от имена %2), gml:id %3</translation>
  </message>
  <message>
   <source>No national profile is installed (%1), so the limits of %2 are not filled in; enter them from the plan's rules.</source>
   <translation>Не е инсталиран национален профил (%1), затова показателите на %2 не са попълнени; въведете ги от правилата на плана.</translation>
  </message>
 </context>
 <context>
  <name>Fields</name>
  <message>
   <source>Maximum height (m)</source>
   <translation>Макс. височина (m)</translation>
  </message>
  <message>
   <source>Maximum building density (%)</source>
   <translation>Макс. плътност на застрояване (пл. застр. %)</translation>
  </message>
  <message>
   <source>Maximum floor-area ratio</source>
   <translation>Макс. Кинт</translation>
  </message>
  <message>
   <source>Minimum green share (%)</source>
   <translation>Мин. озеленяване (%)</translation>
  </message>
  <message>
   <source>Maximum number of floors</source>
   <translation>Макс. брой етажи</translation>
  </message>
  <message>
   <source>measure</source>
   <translation>мярка</translation>
  </message>
  <message>
   <source>number</source>
   <translation>число</translation>
  </message>
  <message>
   <source>whole number</source>
   <translation>цяло число</translation>
  </message>
  <message>
   <source>text</source>
   <translation>текст</translation>
  </message>
  <message>
   <source>no value</source>
   <translation>без стойност</translation>
  </message>
  <message>
   <source>one per line</source>
   <translation>по един на ред</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>да</translation>
  </message>
  <message>
   <source>Filter…</source>
   <translation>Филтър…</translation>
  </message>
  <message>
   <source>Add row</source>
   <translation>Добавяне на ред</translation>
  </message>
  <message>
   <source>Remove row</source>
   <translation>Премахване на ред</translation>
  </message>
  <message>
   <source>Name</source>
   <translation>Име</translation>
  </message>
  <message>
   <source>Kind</source>
   <translation>Вид</translation>
  </message>
  <message>
   <source>Value</source>
   <translation>Стойност</translation>
  </message>
  <message>
   <source>Unit</source>
   <translation>Мерна единица</translation>
  </message>
  <message>
   <source>Date</source>
   <translation>Дата</translation>
  </message>
  <message>
   <source>Reference</source>
   <translation>Означение</translation>
  </message>
  <message>
   <source>Percentage</source>
   <translation>Процент</translation>
  </message>
  <message>
   <source>e.g. cadastral map of the district, 2024</source>
   <translation>напр. кадастрална карта на района, 2024</translation>
  </message>
  <message>
   <source>link to the map (optional)</source>
   <translation>връзка към картата (по избор)</translation>
  </message>
  <message>
   <source>Give a percentage for every value of a presence, or for none</source>
   <translation>Посочете процент за всяка стойност или за нито една</translation>
  </message>
  <message>
   <source>Link</source>
   <translation>Връзка</translation>
  </message>
  <message>
   <source>Dimensioning indication “%1” has no valid value</source>
   <translation>Показателят „%1“ няма валидна стойност</translation>
  </message>
  <message>
   <source>“%1” needs a value</source>
   <translation>„%1“ трябва да има стойност</translation>
  </message>
 </context>
 <context>
  <name>MainWindow</name>
  <message>
   <source>&amp;File</source>
   <translation>&amp;Файл</translation>
  </message>
  <message>
   <source>&amp;Edit</source>
   <translation>&amp;Редактиране</translation>
  </message>
  <message>
   <source>&amp;Plan</source>
   <translation>&amp;План</translation>
  </message>
  <message>
   <source>&amp;Check</source>
   <translation>&amp;Проверка</translation>
  </message>
  <message>
   <source>C&amp;onsultation</source>
   <translation>&amp;Обществено обсъждане</translation>
  </message>
  <message>
   <source>&amp;View</source>
   <translation>&amp;Изглед</translation>
  </message>
  <message>
   <source>&amp;Help</source>
   <translation>По&amp;мощ</translation>
  </message>
  <message>
   <source>Layers</source>
   <translation>Слоеве</translation>
  </message>
  <message>
   <source>Validation</source>
   <translation>Проверка</translation>
  </message>
  <message>
   <source>Tools</source>
   <translation>Инструменти</translation>
  </message>
  <message>
   <source>Advanced Digitizing</source>
   <translation>Прецизно цифровизиране</translation>
  </message>
  <message>
   <source>Unsaved changes</source>
   <translation>Незаписани промени</translation>
  </message>
  <message>
   <source>Save them before closing the plan?</source>
   <translation>Да се запишат ли преди затваряне на плана?</translation>
  </message>
  <message>
   <source>Save</source>
   <translation>Запис</translation>
  </message>
  <message>
   <source>Discard</source>
   <translation>Отхвърляне</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отказ</translation>
  </message>
  <message>
   <source>Open plan</source>
   <translation>Отваряне на план</translation>
  </message>
  <message>
   <source>Import</source>
   <translation>Внос</translation>
  </message>
  <message>
   <source>Save plan as</source>
   <translation>Запис на плана като</translation>
  </message>
  <message>
   <source>PLU Studio plan files (*.gpkg)</source>
   <translation>Файлове на планове PLU Studio (*.gpkg)</translation>
  </message>
  <message>
   <source>Autosave</source>
   <translation>Автоматичен запис</translation>
  </message>
  <message>
   <source>The plan has errors</source>
   <translation>Планът има грешки</translation>
  </message>
  <message>
   <source>Show the errors</source>
   <translation>Покажи грешките</translation>
  </message>
  <message>
   <source>Select a feature first.</source>
   <translation>Първо изберете обект.</translation>
  </message>
  <message>
   <source>Select two or more features of one layer to merge them.</source>
   <translation>Изберете два или повече обекта от един слой, за да ги обедините.</translation>
  </message>
  <message>
   <source>Add background layer</source>
   <translation>Добавяне на подложка</translation>
  </message>
  <message>
   <source>Raster and vector files (*.*)</source>
   <translation>Растерни и векторни файлове (*.*)</translation>
  </message>
  <message>
   <source>Add WMS/WMTS layer</source>
   <translation>Добавяне на WMS/WMTS слой</translation>
  </message>
  <message>
   <source>Repairing</source>
   <translation>Поправяне</translation>
  </message>
  <message>
   <source>Keyboard shortcuts</source>
   <translation>Клавишни комбинации</translation>
  </message>
  <message>
   <source>About PLU Studio</source>
   <translation>За PLU Studio</translation>
  </message>
  <message>
   <source>PLU Studio — drawing, checking and exchanging zoning plans as INSPIRE Planned Land Use data.</source>
   <translation>PLU Studio — чертане, проверка и обмен на устройствени планове като данни INSPIRE за планирано земеползване.</translation>
  </message>
  <message>
   <source>(none)</source>
   <translation>(няма)</translation>
  </message>
  <message>
   <source>Not validated</source>
   <translation>Не е проверен</translation>
  </message>
  <message>
   <source>Saved</source>
   <translation>Записан</translation>
  </message>
  <message>
   <source>Opening cancelled.</source>
   <translation>Отварянето е прекратено.</translation>
  </message>
  <message>
   <source>Draw the plan boundary: click its corners, right-click to finish.</source>
   <translation>Начертайте границата на плана: щракнете върху ъглите ѝ, десен бутон за край.</translation>
  </message>
  <message>
   <source>Save plan</source>
   <translation>Запис на плана</translation>
  </message>
  <message>
   <source>Autosaved.</source>
   <translation>Автоматично записано.</translation>
  </message>
  <message>
   <source>Recover unsaved work</source>
   <translation>Възстановяване на незаписана работа</translation>
  </message>
  <message>
   <source>Recover</source>
   <translation>Възстановяване</translation>
  </message>
  <message>
   <source>Later</source>
   <translation>По-късно</translation>
  </message>
  <message>
   <source>Plan boundary drawn.</source>
   <translation>Границата на плана е начертана.</translation>
  </message>
  <message>
   <source>Background layer</source>
   <translation>Подложка</translation>
  </message>
  <message>
   <source>The WMS provider of QGIS is not installed.</source>
   <translation>WMS доставчикът на QGIS не е инсталиран.</translation>
  </message>
  <message>
   <source>This finding has no place on the map.</source>
   <translation>Тази констатация няма място на картата.</translation>
  </message>
  <message>
   <source>Repair</source>
   <translation>Поправка</translation>
  </message>
  <message>
   <source>The repair changed nothing; the plan is checked again.</source>
   <translation>Поправката не промени нищо; планът се проверява отново.</translation>
  </message>
  <message>
   <source>&amp;New plan…</source>
   <translation>&amp;Нов план…</translation>
  </message>
  <message>
   <source>&amp;Open…</source>
   <translation>&amp;Отваряне…</translation>
  </message>
  <message>
   <source>&amp;Save</source>
   <translation>&amp;Запис</translation>
  </message>
  <message>
   <source>Save &amp;As…</source>
   <translation>Запис &amp;като…</translation>
  </message>
  <message>
   <source>&amp;Export…</source>
   <translation>&amp;Износ…</translation>
  </message>
  <message>
   <source>&amp;Close plan</source>
   <translation>За&amp;тваряне на плана</translation>
  </message>
  <message>
   <source>&amp;Quit</source>
   <translation>&amp;Изход</translation>
  </message>
  <message>
   <source>&amp;Undo</source>
   <translation>&amp;Отмяна</translation>
  </message>
  <message>
   <source>&amp;Redo</source>
   <translation>&amp;Повторение</translation>
  </message>
  <message>
   <source>&amp;Pan</source>
   <translation>&amp;Местене на картата</translation>
  </message>
  <message>
   <source>&amp;Select features</source>
   <translation>&amp;Избор на обекти</translation>
  </message>
  <message>
   <source>Add &amp;zoning element</source>
   <translation>Добавяне на устройствена &amp;зона</translation>
  </message>
  <message>
   <source>Add supplementary regulation (&amp;area)</source>
   <translation>Добавяне на допълнителна регулация (&amp;площ)</translation>
  </message>
  <message>
   <source>Add supplementary regulation (&amp;line)</source>
   <translation>Добавяне на допълнителна регулация (&amp;линия)</translation>
  </message>
  <message>
   <source>Add supplementary regulation (p&amp;oint)</source>
   <translation>Добавяне на допълнителна регулация (&amp;точка)</translation>
  </message>
  <message>
   <source>&amp;Vertex tool</source>
   <translation>Редактиране на &amp;върхове</translation>
  </message>
  <message>
   <source>Spli&amp;t features</source>
   <translation>&amp;Разделяне на обекти</translation>
  </message>
  <message>
   <source>&amp;Reshape features</source>
   <translation>Промяна на &amp;формата</translation>
  </message>
  <message>
   <source>&amp;Merge selected features</source>
   <translation>&amp;Обединяване на избраните обекти</translation>
  </message>
  <message>
   <source>&amp;Delete selected features</source>
   <translation>Из&amp;триване на избраните обекти</translation>
  </message>
  <message>
   <source>Feature &amp;attributes…</source>
   <translation>&amp;Атрибути на обекта…</translation>
  </message>
  <message>
   <source>Plan &amp;properties…</source>
   <translation>&amp;Свойства на плана…</translation>
  </message>
  <message>
   <source>Draw plan &amp;boundary</source>
   <translation>Чертане на &amp;границата на плана</translation>
  </message>
  <message>
   <source>Add background layer from &amp;file…</source>
   <translation>Добавяне на подложка от &amp;файл…</translation>
  </message>
  <message>
   <source>Add &amp;WMS/WMTS layer…</source>
   <translation>Добавяне на &amp;WMS/WMTS слой…</translation>
  </message>
  <message>
   <source>Add &amp;XYZ tiles…</source>
   <translation>Добавяне на &amp;XYZ плочки…</translation>
  </message>
  <message>
   <source>&amp;Validate</source>
   <translation>&amp;Проверка</translation>
  </message>
  <message>
   <source>&amp;Cancel validation</source>
   <translation>Прекратяване на п&amp;роверката</translation>
  </message>
  <message>
   <source>&amp;Next finding</source>
   <translation>&amp;Следваща констатация</translation>
  </message>
  <message>
   <source>&amp;Previous finding</source>
   <translation>П&amp;редишна констатация</translation>
  </message>
  <message>
   <source>&amp;Zoom to plan</source>
   <translation>&amp;Целия план</translation>
  </message>
  <message>
   <source>&amp;Keyboard shortcuts</source>
   <translation>&amp;Клавишни комбинации</translation>
  </message>
  <message>
   <source>&amp;About PLU Studio</source>
   <translation>&amp;За PLU Studio</translation>
  </message>
  <message>
   <source>— incomplete: a check could not run</source>
   <translation>— непълна проверка: проверка не можа да се изпълни</translation>
  </message>
  <message>
   <source>(before the last change)</source>
   <translation>(преди последната промяна)</translation>
  </message>
  <message>
   <source>“%1” has changes that are not saved.</source>
   <translation>„%1“ има незаписани промени.</translation>
  </message>
  <message>
   <source>Opening %1…</source>
   <translation>Отваряне на %1…</translation>
  </message>
  <message>
   <source>Saving %1…</source>
   <translation>Записване на %1…</translation>
  </message>
  <message>
   <source>Saved %1</source>
   <translation>Записан е %1</translation>
  </message>
  <message>
   <source>Export anyway</source>
   <translation>Изнеси въпреки това</translation>
  </message>
  <message>
   <source>The check found %1 errors in the plan. An INSPIRE portal or the register may refuse the file until they are corrected.</source>
   <translation>Проверката намери грешки в плана: %1. Порталът на INSPIRE или регистърът може да откаже файла, докато не бъдат поправени.</translation>
  </message>
  <message>
   <source>Exporting %1</source>
   <translation>Износ на %1</translation>
  </message>
  <message>
   <source>Export</source>
   <translation>Износ</translation>
  </message>
  <message>
   <source>The drawn feature was discarded.</source>
   <translation>Начертаният обект е отхвърлен.</translation>
  </message>
  <message>
   <source>%1 new parts.</source>
   <translation>Нови части: %1.</translation>
  </message>
  <message>
   <source>%1 features reshaped.</source>
   <translation>Обекти с променена форма: %1.</translation>
  </message>
  <message>
   <source>Edit attributes of %1</source>
   <translation>Промяна на атрибутите на %1</translation>
  </message>
  <message>
   <source>Features merged; the largest one's attributes were kept.</source>
   <translation>Обектите са обединени; запазени са атрибутите на най-големия.</translation>
  </message>
  <message>
   <source>Validating %1</source>
   <translation>Проверка на %1</translation>
  </message>
  <message>
   <source>Open &amp;recent</source>
   <translation>Последно &amp;отваряни</translation>
  </message>
  <message>
   <source>%1: no such file</source>
   <translation>%1: няма такъв файл</translation>
  </message>
  <message>
   <source>Opening %1</source>
   <translation>Отваряне на %1</translation>
  </message>
  <message>
   <source>Saving %1</source>
   <translation>Записване на %1</translation>
  </message>
  <message>
   <source>Saving cancelled; %1 was not changed.</source>
   <translation>Записването е отменено; %1 не е променен.</translation>
  </message>
  <message>
   <source>PLU Studio ended before “%1” was saved.</source>
   <translation>PLU Studio спря, преди „%1“ да бъде записан.</translation>
  </message>
  <message>
   <source>The state autosaved at %1 can be recovered.</source>
   <translation>Състоянието, автоматично записано в %1, може да бъде възстановено.</translation>
  </message>
  <message>
   <source>%1 features deleted.</source>
   <translation>Изтрити обекти: %1.</translation>
  </message>
  <message>
   <source>%1 is neither a raster nor a vector file QGIS can open.</source>
   <translation>%1 не е растерен или векторен файл, който QGIS може да отвори.</translation>
  </message>
  <message>
   <source>QGIS cannot use the tile URL %1.</source>
   <translation>QGIS не може да използва URL адреса на плочките %1.</translation>
  </message>
  <message>
   <source>Repair changed %1 features; Undo takes it back.</source>
   <translation>Поправката промени %1 обекта; „Отмяна“ я връща.</translation>
  </message>
  <message>
   <source>&amp;Import</source>
   <translation>&amp;Внос</translation>
  </message>
  <message>
   <source>Errors: %1, warnings: %2</source>
   <translation>Грешки: %1, предупреждения: %2</translation>
  </message>
  <message>
   <source>&amp;Undo %1</source>
   <translation>&amp;Отмяна: %1</translation>
  </message>
  <message>
   <source>&amp;Redo %1</source>
   <translation>&amp;Повторение: %1</translation>
  </message>
  <message>
   <source>Plans (%1)</source>
   <translation>Планове (%1)</translation>
  </message>
  <message>
   <source>Exported %1</source>
   <translation>Изнесен е %1</translation>
  </message>
  <message>
   <source>Pa&amp;nels</source>
   <translation>Па&amp;нели</translation>
  </message>
  <message>
   <source>%1 could not be saved: %2</source>
   <translation>%1 не може да бъде записан: %2</translation>
  </message>
  <message>
   <source>Recovered “%1”; save it to keep it.</source>
   <translation>„%1“ е възстановен; запишете го, за да го запазите.</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Език</translation>
  </message>
  <message>
   <source>%1…</source>
   <translation>%1…</translation>
  </message>
 </context>
 <context>
  <name>NewPlan</name>
  <message>
   <source>New plan</source>
   <translation>Нов план</translation>
  </message>
  <message>
   <source>Draw the boundary on the map</source>
   <translation>Границата ще се начертае на картата</translation>
  </message>
  <message>
   <source>Take the boundary from a file:</source>
   <translation>Границата се взема от файл:</translation>
  </message>
  <message>
   <source>Browse…</source>
   <translation>Избор…</translation>
  </message>
  <message>
   <source>Official title</source>
   <translation>Официално наименование</translation>
  </message>
  <message>
   <source>Plan type</source>
   <translation>Вид план</translation>
  </message>
  <message>
   <source>Level</source>
   <translation>Ниво</translation>
  </message>
  <message>
   <source>Coordinate reference system</source>
   <translation>Координатна система</translation>
  </message>
  <message>
   <source>Identifier namespace</source>
   <translation>Пространство от имена на идентификаторите</translation>
  </message>
  <message>
   <source>Boundary</source>
   <translation>Граница</translation>
  </message>
  <message>
   <source>Plan boundary</source>
   <translation>Граница на плана</translation>
  </message>
  <message>
   <source>Vector files (*.gpkg *.shp *.geojson *.json *.gml *.kml)</source>
   <translation>Векторни файлове (*.gpkg *.shp *.geojson *.json *.gml *.kml)</translation>
  </message>
  <message>
   <source>Enter the plan's official title.</source>
   <translation>Въведете официалното наименование на плана.</translation>
  </message>
  <message>
   <source>Choose a coordinate reference system with an EPSG code.</source>
   <translation>Изберете координатна система с код по EPSG.</translation>
  </message>
  <message>
   <source>Enter the namespace of the plan's identifiers.</source>
   <translation>Въведете пространството от имена на идентификаторите.</translation>
  </message>
  <message>
   <source>Choose the file that holds the boundary.</source>
   <translation>Изберете файла с границата.</translation>
  </message>
 </context>
 <context>
  <name>Nil</name>
  <message>
   <source>given:</source>
   <translation>стойност:</translation>
  </message>
  <message>
   <source>A value, or why there is none</source>
   <translation>Стойност или причина да няма такава</translation>
  </message>
  <message>
   <source>not stated</source>
   <translation>не е посочено</translation>
  </message>
  <message>
   <source>not known</source>
   <translation>не е известно</translation>
  </message>
  <message>
   <source>not held in this data set</source>
   <translation>не се поддържа в този набор от данни</translation>
  </message>
  <message>
   <source>withheld</source>
   <translation>не се предоставя</translation>
  </message>
  <message>
   <source>not filled in yet</source>
   <translation>още не е попълнено</translation>
  </message>
  <message>
   <source>missing</source>
   <translation>липсва</translation>
  </message>
  <message>
   <source>not applicable</source>
   <translation>не е приложимо</translation>
  </message>
  <message>
   <source>template</source>
   <translation>шаблон</translation>
  </message>
 </context>
 <context>
  <name>PlanLayers</name>
  <message>
   <source>Zoning elements</source>
   <translation>Устройствени зони</translation>
  </message>
  <message>
   <source>Supplementary regulations (areas)</source>
   <translation>Допълнителни регулации (площи)</translation>
  </message>
  <message>
   <source>Supplementary regulations (lines)</source>
   <translation>Допълнителни регулации (линии)</translation>
  </message>
  <message>
   <source>Supplementary regulations (points)</source>
   <translation>Допълнителни регулации (точки)</translation>
  </message>
  <message>
   <source>Plan boundary</source>
   <translation>Граница на плана</translation>
  </message>
  <message>
   <source>Official documents</source>
   <translation>Официални документи</translation>
  </message>
  <message>
   <source>Other</source>
   <translation>Други</translation>
  </message>
 </context>
 <context>
  <name>PlanProperties</name>
  <message>
   <source>Plan properties</source>
   <translation>Свойства на плана</translation>
  </message>
  <message>
   <source>General</source>
   <translation>Общи</translation>
  </message>
  <message>
   <source>Process and dates</source>
   <translation>Процедура и дати</translation>
  </message>
  <message>
   <source>Background map</source>
   <translation>Опорна карта</translation>
  </message>
  <message>
   <source>Official documents</source>
   <translation>Официални документи</translation>
  </message>
  <message>
   <source>Add legislation…</source>
   <translation>Добавяне на нормативен акт…</translation>
  </message>
  <message>
   <source>Add document (PDF or URL)…</source>
   <translation>Добавяне на документ (PDF или URL)…</translation>
  </message>
  <message>
   <source>Add regulation text…</source>
   <translation>Добавяне на текст на правилата…</translation>
  </message>
  <message>
   <source>Edit…</source>
   <translation>Редактиране…</translation>
  </message>
  <message>
   <source>Remove</source>
   <translation>Премахване</translation>
  </message>
  <message>
   <source>Documents of this plan file:</source>
   <translation>Документи в този файл на плана:</translation>
  </message>
  <message>
   <source>Identifier namespace</source>
   <translation>Пространство от имена на идентификаторите</translation>
  </message>
  <message>
   <source>Local identifier</source>
   <translation>Локален идентификатор</translation>
  </message>
  <message>
   <source>Version identifier</source>
   <translation>Идентификатор на версията</translation>
  </message>
 </context>
 <context>
  <name>StyleActions</name>
  <message>
   <source>Folder with the municipality's map styles (.qml)</source>
   <translation>Папка със стиловете на картата на общината (.qml)</translation>
  </message>
 </context>
 <context>
  <name>Validation</name>
  <message>
   <source>Repairs can be undone with Edit ▸ Undo.</source>
   <translation>Поправките могат да се отменят с Редактиране ▸ Отмяна.</translation>
  </message>
  <message>
   <source>fatal</source>
   <translation>фатална</translation>
  </message>
  <message>
   <source>error</source>
   <translation>грешка</translation>
  </message>
  <message>
   <source>warning</source>
   <translation>предупреждение</translation>
  </message>
  <message>
   <source>info</source>
   <translation>сведение</translation>
  </message>
  <message>
   <source>Profile: the plan's own</source>
   <translation>Профил: този на плана</translation>
  </message>
  <message>
   <source>Which rules and norms to check against: the INSPIRE rules alone, or a national profile with its code lists, CRS and zone limits. 'The plan's own' picks the profile of the plan's national code lists.</source>
   <translation>Спрямо кои правила и норми да се провери: само правилата на INSPIRE или национален профил с неговите кодови списъци, координатна система и пределни показатели на зоните. „Този на плана“ избира профила на националните кодови списъци, които планът използва.</translation>
  </message>
  <message>
   <source>Validate</source>
   <translation>Проверка</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отказ</translation>
  </message>
  <message>
   <source>Fatal</source>
   <translation>Фатални</translation>
  </message>
  <message>
   <source>Errors</source>
   <translation>Грешки</translation>
  </message>
  <message>
   <source>Warnings</source>
   <translation>Предупреждения</translation>
  </message>
  <message>
   <source>Info</source>
   <translation>Сведения</translation>
  </message>
  <message>
   <source>Repair this rule</source>
   <translation>Поправка по това правило</translation>
  </message>
  <message>
   <source>Repair all</source>
   <translation>Поправка на всичко</translation>
  </message>
  <message>
   <source>Checking the plan…</source>
   <translation>Проверка на плана…</translation>
  </message>
  <message>
   <source>The repair changed nothing in the plan.</source>
   <translation>Поправката не промени нищо в плана.</translation>
  </message>
  <message>
   <source>The repair did not remove these findings: they are still there. They need a person — correct the geometry or the values on the map or in the form.</source>
   <translation>Поправката не отстрани тези забележки: те са още налице. Нужна е намеса — коригирайте геометрията или стойностите на картата или във формуляра.</translation>
  </message>
  <message>
   <source>Validation cancelled; the findings shown are from before.</source>
   <translation>Проверката е прекратена; показаните констатации са от предишната.</translation>
  </message>
  <message>
   <source>Severity</source>
   <translation>Тежест</translation>
  </message>
  <message>
   <source>Rule</source>
   <translation>Правило</translation>
  </message>
  <message>
   <source>Message</source>
   <translation>Съобщение</translation>
  </message>
  <message>
   <source>Feature</source>
   <translation>Обект</translation>
  </message>
  <message>
   <source>The plan has not been checked yet.</source>
   <translation>Планът още не е проверен.</translation>
  </message>
  <message>
   <source>There is no automatic repair for this rule; fix it on the map or in the form.</source>
   <translation>За това правило няма автоматична поправка; поправете го на картата или във формуляра.</translation>
  </message>
  <message>
   <source>The repair made %1 changes:</source>
   <translation>Поправката направи %1 промени:</translation>
  </message>
  <message>
   <source>Features changed: %1.</source>
   <translation>Променени обекти: %1.</translation>
  </message>
  <message>
   <source>What to do: press “Repair this rule”; the plan is checked again afterwards and Edit ▸ Undo takes the repair back.</source>
   <translation>Какво да направите: натиснете „Поправка по това правило“; след това планът се проверява отново, а Редактиране ▸ Отмяна връща поправката.</translation>
  </message>
  <message>
   <source>What to do: there is no automatic repair; correct it on the map or in the feature's form.</source>
   <translation>Какво да направите: няма автоматична поправка; коригирайте на картата или във формуляра на обекта.</translation>
  </message>
  <message>
   <source>All rules (%1)</source>
   <translation>Всички правила (%1)</translation>
  </message>
  <message>
   <source>Validation failed: %1</source>
   <translation>Проверката не успя: %1</translation>
  </message>
  <message>
   <source>What to do: export the plan in EPSG:%1 with the button below; the plan file itself stays as it is.</source>
   <translation>Какво да направите: изнесете плана в EPSG:%1 с бутона отдолу; самият файл на плана остава непроменен.</translation>
  </message>
  <message>
   <source>Profile: %1</source>
   <translation>Профил: %1</translation>
  </message>
  <message>
   <source>A check could not run (see the warnings), so the plan is not known to be valid.</source>
   <translation>Проверка не можа да се изпълни (вижте предупрежденията), затова валидността на плана не е установена.</translation>
  </message>
  <message>
   <source>The plan changed since; validate again.</source>
   <translation>Оттогава планът е променен; проверете отново.</translation>
  </message>
  <message>
   <source>Checked again: the repair removed all %1 findings.</source>
   <translation>Проверено отново: поправката отстрани всички забележки (%1).</translation>
  </message>
  <message>
   <source>Export in EPSG:%1…</source>
   <translation>Износ в EPSG:%1…</translation>
  </message>
  <message>
   <source>Feature: %1 (selecting the row shows it on the map)</source>
   <translation>Обект: %1 (изборът на реда го показва на картата)</translation>
  </message>
  <message>
   <source>The repair removed %1 findings; %2 are still there and need a person.</source>
   <translation>Поправката отстрани забележки: %1; остават %2 и те изискват намеса.</translation>
  </message>
  <message>
   <source>Checked at %1: errors: %2, warnings: %3.</source>
   <translation>Проверен в %1: грешки: %2, предупреждения: %3.</translation>
  </message>
  <message>
   <source>%1 before, %2 after</source>
   <translation>%1 преди, %2 след</translation>
  </message>
 </context>
</TS>
