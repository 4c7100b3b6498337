<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bg_BG" sourcelanguage="en_GB">
 <context>
  <name>Attribute</name>
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
   <source>Restrictions</source>
   <translation>Ограничения</translation>
  </message>
  <message>
   <source>Zones and regulations of the plan</source>
   <translation>Зони и регулации на плана</translation>
  </message>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Shape</source>
   <translation>Форма</translation>
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
  <message>
   <source>Close</source>
   <translation>Затваряне</translation>
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
   <source>Add {class_name}</source>
   <translation>Добавяне: {class_name}</translation>
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
   <source>New {class_name}</source>
   <translation>Нов обект: {class_name}</translation>
  </message>
  <message>
   <source>{class_name} attributes</source>
   <translation>Атрибути: {class_name}</translation>
  </message>
  <message>
   <source>{title} (read-only)</source>
   <translation>{title} (само за четене)</translation>
  </message>
  <message>
   <source>Identifier: {local_id} (namespace {namespace}), gml:id {gml_id}</source>
   <translation>Идентификатор: {local_id} (пространство от имена {namespace}), gml:id {gml_id}</translation>
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
   <source>Limits of {zone_type} filled in from the national profile {profile}.</source>
   <translation>Показателите на {zone_type} са попълнени от националния профил {profile}.</translation>
  </message>
  <message>
   <source>No national profile is installed ({reason}), so the limits of {zone_type} are not filled in; enter them from the plan's rules.</source>
   <translation>Не е инсталиран национален профил ({reason}), затова показателите на {zone_type} не са попълнени; въведете ги от правилата на плана.</translation>
  </message>
  <message>
   <source>The national profile gives no limits for {zone_type}.</source>
   <translation>Националният профил не дава показатели за {zone_type}.</translation>
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
   <source>Dimensioning indication “{indication}” has no valid value</source>
   <translation>Показателят „{indication}“ няма валидна стойност</translation>
  </message>
  <message>
   <source>“{field}” needs a value</source>
   <translation>„{field}“ трябва да има стойност</translation>
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
   <source>Errors: {errors}, warnings: {warnings}</source>
   <translation>Грешки: {errors}, предупреждения: {warnings}</translation>
  </message>
  <message>
   <source>Opening {file_name}…</source>
   <translation>Отваряне на {file_name}…</translation>
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
   <source>Saving {file_name}…</source>
   <translation>Записване на {file_name}…</translation>
  </message>
  <message>
   <source>Saved {path}</source>
   <translation>Записан е {path}</translation>
  </message>
  <message>
   <source>Autosave</source>
   <translation>Автоматичен запис</translation>
  </message>
  <message>
   <source>Exporting {file_name}</source>
   <translation>Износ на {file_name}</translation>
  </message>
  <message numerus="yes">
   <source>{n} new parts.</source>
   <translation>
    <numerusform>{n} нова част.</numerusform>
    <numerusform>{n} нови части.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} features reshaped.</source>
   <translation>
    <numerusform>{n} обект с променена форма.</numerusform>
    <numerusform>{n} обекта с променена форма.</numerusform>
   </translation>
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
   <source>Validating {title}</source>
   <translation>Проверка на {title}</translation>
  </message>
  <message>
   <source>Repairing</source>
   <translation>Поправяне</translation>
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
   <source>Unsaved changes</source>
   <translation>Незаписани промени</translation>
  </message>
  <message>
   <source>Saved</source>
   <translation>Записан</translation>
  </message>
  <message>
   <source>“{title}” has changes that are not saved.</source>
   <translation>„{title}“ има незаписани промени.</translation>
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
   <source>Opening {file_name}</source>
   <translation>Отваряне на {file_name}</translation>
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
   <source>Saving {file_name}</source>
   <translation>Записване на {file_name}</translation>
  </message>
  <message>
   <source>Saving cancelled; {path} was not changed.</source>
   <translation>Записването е отменено; {path} не е променен.</translation>
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
   <source>PLU Studio ended before “{title}” was saved.</source>
   <translation>PLU Studio спря, преди „{title}“ да бъде записан.</translation>
  </message>
  <message>
   <source>The state autosaved at {time} can be recovered.</source>
   <translation>Състоянието, автоматично записано в {time}, може да бъде възстановено.</translation>
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
   <source>The plan has errors</source>
   <translation>Планът има грешки</translation>
  </message>
  <message numerus="yes">
   <source>The check found {n} errors in the plan. An INSPIRE portal or the register may refuse the file until they are corrected.</source>
   <translation>
    <numerusform>Проверката намери {n} грешка в плана. Порталът на INSPIRE или регистърът може да откаже файла, докато тя не бъде поправена.</numerusform>
    <numerusform>Проверката намери {n} грешки в плана. Порталът на INSPIRE или регистърът може да откаже файла, докато не бъдат поправени.</numerusform>
   </translation>
  </message>
  <message>
   <source>Show the errors</source>
   <translation>Покажи грешките</translation>
  </message>
  <message>
   <source>Plan boundary drawn.</source>
   <translation>Границата на плана е начертана.</translation>
  </message>
  <message numerus="yes">
   <source>{n} features deleted.</source>
   <translation>
    <numerusform>{n} обект е изтрит.</numerusform>
    <numerusform>{n} обекта са изтрити.</numerusform>
   </translation>
  </message>
  <message>
   <source>This finding has no place on the map.</source>
   <translation>Тази констатация няма място на картата.</translation>
  </message>
  <message>
   <source>Repair</source>
   <translation>Поправка</translation>
  </message>
  <message numerus="yes">
   <source>Repair changed {n} features; Undo takes it back.</source>
   <translation>
    <numerusform>Поправката промени {n} обект; „Отмяна“ я връща.</numerusform>
    <numerusform>Поправката промени {n} обекта; „Отмяна“ я връща.</numerusform>
   </translation>
  </message>
  <message>
   <source>The repair changed nothing; the plan is checked again.</source>
   <translation>Поправката не промени нищо; планът се проверява отново.</translation>
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
   <source>&amp;Undo {action}</source>
   <translation>&amp;Отмяна: {action}</translation>
  </message>
  <message>
   <source>&amp;Redo {action}</source>
   <translation>&amp;Повторение: {action}</translation>
  </message>
  <message>
   <source>{path}: no such file</source>
   <translation>{path}: няма такъв файл</translation>
  </message>
  <message>
   <source>Plans ({patterns})</source>
   <translation>Планове ({patterns})</translation>
  </message>
  <message>
   <source>Save plan</source>
   <translation>Запис на плана</translation>
  </message>
  <message>
   <source>{path} could not be saved: {error}</source>
   <translation>{path} не може да бъде записан: {error}</translation>
  </message>
  <message>
   <source>Exported {path}</source>
   <translation>Изнесен е {path}</translation>
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
   <source>Features merged; the largest one's attributes were kept.</source>
   <translation>Обектите са обединени; запазени са атрибутите на най-големия.</translation>
  </message>
  <message>
   <source>Background layer</source>
   <translation>Подложка</translation>
  </message>
  <message>
   <source>{source} is neither a raster nor a vector file QGIS can open.</source>
   <translation>{source} не е растерен или векторен файл, който QGIS може да отвори.</translation>
  </message>
  <message>
   <source>QGIS cannot use the tile URL {url}.</source>
   <translation>QGIS не може да използва URL адреса на плочките {url}.</translation>
  </message>
  <message>
   <source>The WMS provider of QGIS is not installed.</source>
   <translation>WMS доставчикът на QGIS не е инсталиран.</translation>
  </message>
  <message>
   <source>Open &amp;recent</source>
   <translation>Последно &amp;отваряни</translation>
  </message>
  <message>
   <source>Recovered “{title}”; save it to keep it.</source>
   <translation>„{title}“ е възстановен; запишете го, за да го запазите.</translation>
  </message>
  <message>
   <source>Export anyway</source>
   <translation>Изнеси въпреки това</translation>
  </message>
  <message>
   <source>Edit attributes of {feature}</source>
   <translation>Промяна на атрибутите на {feature}</translation>
  </message>
  <message>
   <source>&amp;Import</source>
   <translation>&amp;Внос</translation>
  </message>
  <message>
   <source>{format}…</source>
   <translation>{format}…</translation>
  </message>
  <message>
   <source>Pa&amp;nels</source>
   <translation>Па&amp;нели</translation>
  </message>
  <message>
   <source>&amp;Language</source>
   <translation>&amp;Език</translation>
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
   <source>Plan properties (read-only)</source>
   <translation>Свойства на плана (само за четене)</translation>
  </message>
  <message>
   <source>Plan properties</source>
   <translation>Свойства на плана</translation>
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
  <name>ReadOnlyBar</name>
  <message>
   <source>Save as…</source>
   <translation>Запис като…</translation>
  </message>
  <message>
   <source>Save a copy of the plan as a file of your own, then work on the copy.</source>
   <translation>Запис на копие на плана като ваш собствен файл, след което работите върху копието.</translation>
  </message>
  <message>
   <source>Saved {path}; the copy is open for you to change.</source>
   <translation>Записан е {path}; копието е отворено и можете да го променяте.</translation>
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
  <message numerus="yes">
   <source>The repair made {n} changes:</source>
   <translation>
    <numerusform>Поправката направи {n} промяна:</numerusform>
    <numerusform>Поправката направи {n} промени:</numerusform>
   </translation>
  </message>
  <message>
   <source>Features changed: {count}.</source>
   <translation>Променени обекти: {count}.</translation>
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
   <source>All rules ({count})</source>
   <translation>Всички правила ({count})</translation>
  </message>
  <message>
   <source>Checking the plan…</source>
   <translation>Проверка на плана…</translation>
  </message>
  <message>
   <source>The plan is open read-only: a repair would change it.</source>
   <translation>Планът е отворен само за четене: поправката би го променила.</translation>
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
   <source>Validation failed: {message}</source>
   <translation>Проверката не успя: {message}</translation>
  </message>
  <message>
   <source>What to do: export the plan in EPSG:{epsg} with the button below; the plan file itself stays as it is.</source>
   <translation>Какво да направите: изнесете плана в EPSG:{epsg} с бутона отдолу; самият файл на плана остава непроменен.</translation>
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
   <source>Profile: {profile}</source>
   <translation>Профил: {profile}</translation>
  </message>
  <message>
   <source>The plan has not been checked yet.</source>
   <translation>Планът още не е проверен.</translation>
  </message>
  <message>
   <source>Checked at {time}: errors: {errors}, warnings: {warnings}.</source>
   <translation>Проверен в {time}: грешки: {errors}, предупреждения: {warnings}.</translation>
  </message>
  <message numerus="yes">
   <source>{n} are still there and need a person.</source>
   <translation>
    <numerusform>{n} остава и изисква намеса.</numerusform>
    <numerusform>{n} остават и изискват намеса.</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>The repair removed {n} findings; {left}</source>
   <translation>
    <numerusform>Поправката отстрани {n} забележка; {left}</numerusform>
    <numerusform>Поправката отстрани {n} забележки; {left}</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>Checked again: the repair removed all {n} findings.</source>
   <translation>
    <numerusform>Проверено отново: поправката отстрани {n} забележка; не остава нито една.</numerusform>
    <numerusform>Проверено отново: поправката отстрани всички {n} забележки.</numerusform>
   </translation>
  </message>
  <message>
   <source>Export in EPSG:{epsg}…</source>
   <translation>Износ в EPSG:{epsg}…</translation>
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
   <source>There is no automatic repair for this rule; fix it on the map or in the form.</source>
   <translation>За това правило няма автоматична поправка; поправете го на картата или във формуляра.</translation>
  </message>
  <message>
   <source>Feature: {feature} (selecting the row shows it on the map)</source>
   <translation>Обект: {feature} (изборът на реда го показва на картата)</translation>
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
   <source>{before} before, {after} after</source>
   <translation>{before} преди, {after} след</translation>
  </message>
 </context>
 <context>
  <name>app.building_check_tool</name>
  <message>
   <source>Zone</source>
   <translation>Зона</translation>
  </message>
  <message>
   <source>Limit of</source>
   <translation>Норматив по</translation>
  </message>
  <message>
   <source>Figure</source>
   <translation>Показател</translation>
  </message>
  <message>
   <source>Building</source>
   <translation>Сграда</translation>
  </message>
  <message>
   <source>Limit</source>
   <translation>Норматив</translation>
  </message>
  <message>
   <source>Verdict</source>
   <translation>Оценка</translation>
  </message>
  <message>
   <source>Article / reason</source>
   <translation>Член / причина</translation>
  </message>
  <message>
   <source>Check a building…</source>
   <translation>Проверка на сграда…</translation>
  </message>
  <message>
   <source>kindergarten plot</source>
   <translation>детско заведение</translation>
  </message>
  <message>
   <source>school plot</source>
   <translation>училище</translation>
  </message>
  <message>
   <source>social-care plot</source>
   <translation>социални услуги</translation>
  </message>
  <message>
   <source>sport ground</source>
   <translation>терен за спорт</translation>
  </message>
  <message>
   <source>Draw on the map</source>
   <translation>Начертаване на картата</translation>
  </message>
  <message>
   <source>The dialog steps aside while you draw: left clicks add corners, a right click closes the polygon and brings the dialog back; Esc gives up.</source>
   <translation>Докато чертаете, прозорецът се отдръпва: с ляв бутон добавяте върхове, с десен затваряте многоъгълника и прозорецът се връща; Esc прекратява чертането.</translation>
  </message>
  <message>
   <source>Import GeoJSON…</source>
   <translation>Внасяне на GeoJSON…</translation>
  </message>
  <message>
   <source>not given</source>
   <translation>не е дадено</translation>
  </message>
  <message>
   <source>GeoJSON polygon</source>
   <translation>Полигон в GeoJSON</translation>
  </message>
  <message>
   <source>Check a building against its zone</source>
   <translation>Проверка на сграда спрямо зоната</translation>
  </message>
  <message>
   <source>Proposed building</source>
   <translation>Предвиждана сграда</translation>
  </message>
  <message>
   <source>Footprint</source>
   <translation>Петно</translation>
  </message>
  <message>
   <source>Plot</source>
   <translation>Имот</translation>
  </message>
  <message>
   <source>Green area (optional)</source>
   <translation>Озеленена площ (по избор)</translation>
  </message>
  <message>
   <source>Height</source>
   <translation>Височина</translation>
  </message>
  <message>
   <source>Floors</source>
   <translation>Етажи</translation>
  </message>
  <message>
   <source>Gross floor area</source>
   <translation>РЗП</translation>
  </message>
  <message>
   <source>Plot purpose</source>
   <translation>Предназначение на имота</translation>
  </message>
  <message>
   <source>Profile</source>
   <translation>Профил</translation>
  </message>
  <message>
   <source>Check</source>
   <translation>Проверка</translation>
  </message>
  <message>
   <source>Save PDF…</source>
   <translation>Запис в PDF…</translation>
  </message>
  <message>
   <source>Left clicks add corners; a right click closes the polygon; Esc gives up.</source>
   <translation>С ляв бутон добавяте върхове; с десен затваряте многоъгълника; Esc прекратява чертането.</translation>
  </message>
  <message numerus="yes">
   <source>{n} limits exceeded</source>
   <translation>
    <numerusform>{n} превишен норматив</numerusform>
    <numerusform>{n} превишени норматива</numerusform>
   </translation>
  </message>
  <message>
   <source>within every known limit</source>
   <translation>в рамките на известните нормативи</translation>
  </message>
  <message>
   <source>Save the check as PDF</source>
   <translation>Запис на проверката в PDF</translation>
  </message>
  <message>
   <source>the drawn polygon is not valid ({polygon}); draw it again</source>
   <translation>начертаният полигон не е валиден ({polygon}); начертайте го отново</translation>
  </message>
  <message>
   <source>Zones</source>
   <translation>Зони</translation>
  </message>
 </context>
 <context>
  <name>app.comments_panel</name>
  <message>
   <source>Comments (areas)</source>
   <translation>Становища (площи)</translation>
  </message>
  <message>
   <source>Comments (lines)</source>
   <translation>Становища (линии)</translation>
  </message>
  <message>
   <source>Comments (points)</source>
   <translation>Становища (точки)</translation>
  </message>
  <message>
   <source>the plan as a whole</source>
   <translation>планът като цяло</translation>
  </message>
  <message numerus="yes">
   <source>{n} already there</source>
   <translation>
    <numerusform>{n} вече е било внесено</numerusform>
    <numerusform>{n} вече са били внесени</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} comments imported, {already}.</source>
   <translation>
    <numerusform>{n} внесено становище, {already}.</numerusform>
    <numerusform>{n} внесени становища, {already}.</numerusform>
   </translation>
  </message>
  <message>
   <source>on paper, reg. no. {registry_number}</source>
   <translation>хартиен носител, вх. № {registry_number}</translation>
  </message>
  <message>
   <source>Answer to comment {number}</source>
   <translation>Отговор по становище {number}</translation>
  </message>
  <message>
   <source>Comments</source>
   <translation>Становища</translation>
  </message>
  <message>
   <source>Consultation comments</source>
   <translation>Становища от общественото обсъждане</translation>
  </message>
  <message>
   <source>Written answer to this comment</source>
   <translation>Писмен отговор по становището</translation>
  </message>
  <message>
   <source>Save answer</source>
   <translation>Запази отговора</translation>
  </message>
  <message>
   <source>Undo</source>
   <translation>Отмени</translation>
  </message>
  <message>
   <source>Redo</source>
   <translation>Върни</translation>
  </message>
  <message>
   <source>Import comments…</source>
   <translation>Внасяне на становища…</translation>
  </message>
  <message>
   <source>Summary…</source>
   <translation>Справка…</translation>
  </message>
  <message>
   <source>Paper objection…</source>
   <translation>Възражение на хартия…</translation>
  </message>
  <message>
   <source>Minutes…</source>
   <translation>Протокол…</translation>
  </message>
  <message>
   <source>Import and reports</source>
   <translation>Внасяне и справки</translation>
  </message>
  <message>
   <source>Acknowledgement…</source>
   <translation>Потвърждение…</translation>
  </message>
  <message>
   <source>The selected comment's reference, for its sender (PDF)</source>
   <translation>Номерът на избраното становище за подателя му (PDF)</translation>
  </message>
  <message>
   <source>Go to: ПУП-2026-0042, 42 or id</source>
   <translation>Към: ПУП-2026-0042, 42 или идентификатор</translation>
  </message>
  <message>
   <source>Decision</source>
   <translation>Решение</translation>
  </message>
  <message>
   <source>Paper objection {reference}</source>
   <translation>Възражение на хартия {reference}</translation>
  </message>
  <message>
   <source>Acknowledgement</source>
   <translation>Потвърждение</translation>
  </message>
  <message>
   <source>Import comments</source>
   <translation>Внасяне на становища</translation>
  </message>
  <message>
   <source>Comments (*.geojson *.json)</source>
   <translation>Становища (*.geojson *.json)</translation>
  </message>
  <message>
   <source>Summary of comments</source>
   <translation>Справка за становищата</translation>
  </message>
  <message>
   <source>No.</source>
   <translation>№</translation>
  </message>
  <message>
   <source>Zones</source>
   <translation>Зони</translation>
  </message>
  <message>
   <source>Item</source>
   <translation>Точка</translation>
  </message>
  <message>
   <source>Comment</source>
   <translation>Становище</translation>
  </message>
  <message>
   <source>Answer</source>
   <translation>Отговор</translation>
  </message>
  <message>
   <source>QGIS cannot open the comments in {path}</source>
   <translation>QGIS не може да отвори становищата в {path}</translation>
  </message>
  <message>
   <source>select a comment first</source>
   <translation>първо изберете становище</translation>
  </message>
  <message>
   <source>Include the authors' names and e-mail addresses? (Not for publication.)</source>
   <translation>Да се включат ли имената и адресите на авторите? (Не за публикуване.)</translation>
  </message>
  <message>
   <source>zones </source>
   <translation>зони </translation>
  </message>
  <message>
   <source>item </source>
   <translation>т. </translation>
  </message>
 </context>
 <context>
  <name>app.consultation_actions</name>
  <message>
   <source>Package for consultation…</source>
   <translation>Пакет за обществено обсъждане…</translation>
  </message>
  <message>
   <source>Import comments…</source>
   <translation>Внасяне на становища…</translation>
  </message>
  <message>
   <source>Comments and answers</source>
   <translation>Становища и отговори</translation>
  </message>
  <message>
   <source>Summary of comments…</source>
   <translation>Справка за становищата…</translation>
  </message>
  <message>
   <source>Objection received on paper…</source>
   <translation>Възражение на хартиен носител…</translation>
  </message>
  <message>
   <source>Minutes of a public meeting…</source>
   <translation>Протокол от обществено обсъждане…</translation>
  </message>
 </context>
 <context>
  <name>app.consultation_paper</name>
  <message>
   <source>Scans (*.pdf *.jpg *.jpeg)</source>
   <translation>Сканирани страници (*.pdf *.jpg *.jpeg)</translation>
  </message>
  <message>
   <source>Objection received on paper</source>
   <translation>Възражение на хартиен носител</translation>
  </message>
  <message>
   <source>The objection's text (or attach the scanned pages)</source>
   <translation>Текстът на възражението (или приложете сканираните страници)</translation>
  </message>
  <message>
   <source>Attach scan…</source>
   <translation>Приложи сканиран файл…</translation>
  </message>
  <message>
   <source>Remove</source>
   <translation>Премахни</translation>
  </message>
  <message>
   <source>— no zone —</source>
   <translation>— без зона —</translation>
  </message>
  <message>
   <source>— no paragraph —</source>
   <translation>— без точка —</translation>
  </message>
  <message>
   <source>no place picked</source>
   <translation>няма посочено място</translation>
  </message>
  <message>
   <source>Pick on the map</source>
   <translation>Посочи на картата</translation>
  </message>
  <message>
   <source>Draw an area</source>
   <translation>Начертай площ</translation>
  </message>
  <message>
   <source>Click the corners, right-click to close</source>
   <translation>Щракнете върховете, десен бутон затваря</translation>
  </message>
  <message>
   <source>Registry number</source>
   <translation>Входящ номер</translation>
  </message>
  <message>
   <source>Received on</source>
   <translation>Дата на получаване</translation>
  </message>
  <message>
   <source>Sender</source>
   <translation>Подател</translation>
  </message>
  <message>
   <source>Sender's address</source>
   <translation>Адрес на подателя</translation>
  </message>
  <message>
   <source>Text</source>
   <translation>Текст</translation>
  </message>
  <message>
   <source>Scanned pages</source>
   <translation>Сканирани страници</translation>
  </message>
  <message>
   <source>Zone</source>
   <translation>Зона</translation>
  </message>
  <message>
   <source>Paragraph</source>
   <translation>Точка от правилата</translation>
  </message>
  <message>
   <source>Place</source>
   <translation>Място</translation>
  </message>
  <message numerus="yes">
   <source>area, {n} corners</source>
   <translation>
    <numerusform>площ с {n} връх</numerusform>
    <numerusform>площ с {n} върха</numerusform>
   </translation>
  </message>
  <message>
   <source>Minutes of a public meeting</source>
   <translation>Протокол от обществено обсъждане</translation>
  </message>
  <message>
   <source>no file</source>
   <translation>няма файл</translation>
  </message>
  <message>
   <source>Choose file…</source>
   <translation>Избери файл…</translation>
  </message>
  <message>
   <source>Title</source>
   <translation>Заглавие</translation>
  </message>
  <message>
   <source>Date of the meeting</source>
   <translation>Дата на обсъждането</translation>
  </message>
  <message>
   <source>File</source>
   <translation>Файл</translation>
  </message>
  <message>
   <source>Choose the minutes file.</source>
   <translation>Изберете файла с протокола.</translation>
  </message>
  <message>
   <source>item</source>
   <translation>т.</translation>
  </message>
 </context>
 <context>
  <name>app.consultation_wizard</name>
  <message>
   <source>Package for public consultation</source>
   <translation>Пакет за обществено обсъждане</translation>
  </message>
  <message>
   <source>Who consults</source>
   <translation>Кой провежда обсъждането</translation>
  </message>
  <message>
   <source>Title</source>
   <translation>Заглавие</translation>
  </message>
  <message>
   <source>Responsible authority</source>
   <translation>Отговорен орган</translation>
  </message>
  <message>
   <source>Contact e-mail</source>
   <translation>E-mail за контакт</translation>
  </message>
  <message>
   <source>Phone</source>
   <translation>Телефон</translation>
  </message>
  <message>
   <source>Address for written comments</source>
   <translation>Адрес за писмени становища</translation>
  </message>
  <message>
   <source>default:</source>
   <translation>основен:</translation>
  </message>
  <message>
   <source>Languages</source>
   <translation>Езици</translation>
  </message>
  <message>
   <source>When</source>
   <translation>Срок</translation>
  </message>
  <message>
   <source>First day for comments</source>
   <translation>Първи ден за становища</translation>
  </message>
  <message>
   <source>Period</source>
   <translation>Срок</translation>
  </message>
  <message>
   <source>Last day for comments</source>
   <translation>Последен ден за становища</translation>
  </message>
  <message>
   <source>Time zone</source>
   <translation>Часова зона</translation>
  </message>
  <message>
   <source>How comments come in</source>
   <translation>Как се подават становища</translation>
  </message>
  <message>
   <source>Comment service address (optional)</source>
   <translation>Адрес на услугата за становища (по желание)</translation>
  </message>
  <message>
   <source>E-mail for comment files</source>
   <translation>E-mail за файловете със становища</translation>
  </message>
  <message>
   <source>Other ways (Bulgarian)</source>
   <translation>Други начини (на български)</translation>
  </message>
  <message>
   <source>Other ways (English)</source>
   <translation>Други начини (на английски)</translation>
  </message>
  <message>
   <source>Background map tiles (optional)</source>
   <translation>Подложка (по желание)</translation>
  </message>
  <message>
   <source>Background map credit</source>
   <translation>Авторство на подложката</translation>
  </message>
  <message>
   <source>The package</source>
   <translation>Пакетът</translation>
  </message>
  <message>
   <source>Browse…</source>
   <translation>Избор…</translation>
  </message>
  <message>
   <source>Folder or .zip</source>
   <translation>Папка или .zip</translation>
  </message>
  <message>
   <source>Plan map</source>
   <translation>Чертеж</translation>
  </message>
  <message>
   <source>draw the plan map PDF with QGIS</source>
   <translation>PDF чертеж с QGIS</translation>
  </message>
  <message>
   <source>Build the package</source>
   <translation>Създай пакета</translation>
  </message>
  <message>
   <source>Stop</source>
   <translation>Спри</translation>
  </message>
  <message>
   <source>set by law</source>
   <translation>определен със закон</translation>
  </message>
  <message>
   <source>a default: check it</source>
   <translation>по подразбиране: проверете го</translation>
  </message>
  <message>
   <source>Folder or ZIP (*)</source>
   <translation>Папка или ZIP (*)</translation>
  </message>
  <message>
   <source>Building…</source>
   <translation>Създаване…</translation>
  </message>
  <message>
   <source>&lt; Back</source>
   <translation>&lt; Назад</translation>
  </message>
  <message>
   <source>Next &gt;</source>
   <translation>Напред &gt;</translation>
  </message>
  <message>
   <source>Finish</source>
   <translation>Готово</translation>
  </message>
  <message>
   <source>Cancel</source>
   <translation>Отказ</translation>
  </message>
  <message>
   <source>Stopped; nothing was written.</source>
   <translation>Спряно; нищо не е записано.</translation>
  </message>
  <message numerus="yes">
   <source>Package written to {path} ({n} files).</source>
   <translation>
    <numerusform>Пакетът е записан в {path} ({n} файл).</numerusform>
    <numerusform>Пакетът е записан в {path} ({n} файла).</numerusform>
   </translation>
  </message>
  <message>
   <source>Build anyway</source>
   <translation>Създай въпреки това</translation>
  </message>
 </context>
 <context>
  <name>app.forms.new_plan</name>
  <message>
   <source>{path}: holds no polygon to use as the plan boundary</source>
   <translation>{path}: не съдържа многоъгълник, който да послужи за граница на плана</translation>
  </message>
  <message>
   <source>{path}: not a vector file GDAL can read ({exc})</source>
   <translation>{path}: не е векторен файл, който GDAL чете ({exc})</translation>
  </message>
 </context>
 <context>
  <name>app.i18n</name>
  <message>
   <source>d MMM yyyy</source>
   <translation>d.MM.yyyy 'г.'</translation>
  </message>
 </context>
 <context>
  <name>app.import_wizard</name>
  <message>
   <source>Zoning element</source>
   <translation>Устройствена зона (ZoningElement)</translation>
  </message>
  <message>
   <source>Supplementary regulation</source>
   <translation>Допълнителна регулация (SupplementaryRegulation)</translation>
  </message>
  <message>
   <source>Spatial plan (boundary)</source>
   <translation>Устройствен план (граница)</translation>
  </message>
  <message>
   <source>Zone type (national list)</source>
   <translation>Устройствена зона (национален списък)</translation>
  </message>
  <message>
   <source>HILUCS land use</source>
   <translation>Земеползване по HILUCS</translation>
  </message>
  <message>
   <source>Regulation nature</source>
   <translation>Вид на регулацията</translation>
  </message>
  <message>
   <source>Regulation type (national list)</source>
   <translation>Вид регулация (национален списък)</translation>
  </message>
  <message>
   <source>INSPIRE regulation type</source>
   <translation>Вид регулация по INSPIRE</translation>
  </message>
  <message>
   <source>Valid from</source>
   <translation>В сила от</translation>
  </message>
  <message>
   <source>Valid to</source>
   <translation>В сила до</translation>
  </message>
  <message>
   <source>Name</source>
   <translation>Наименование</translation>
  </message>
  <message>
   <source>Official title</source>
   <translation>Официално заглавие</translation>
  </message>
  <message>
   <source>Plan type</source>
   <translation>Вид план</translation>
  </message>
  <message>
   <source>Plan level</source>
   <translation>Ниво на плана</translation>
  </message>
  <message>
   <source>Maximum height, m</source>
   <translation>Максимална височина, m</translation>
  </message>
  <message>
   <source>Maximum density, %</source>
   <translation>Максимална плътност, %</translation>
  </message>
  <message>
   <source>Floor-area ratio (Кинт)</source>
   <translation>Кинт</translation>
  </message>
  <message>
   <source>Minimum green share, %</source>
   <translation>Минимално озеленяване, %</translation>
  </message>
  <message>
   <source>Import plan data…</source>
   <translation>Внасяне на данни за план…</translation>
  </message>
  <message>
   <source>Importing plan data</source>
   <translation>Внасяне на данни за план</translation>
  </message>
  <message numerus="yes">
   <source>{n} values map to nothing</source>
   <translation>
    <numerusform>{n} стойност няма съответствие</numerusform>
    <numerusform>{n} стойности нямат съответствие</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} rows would be skipped</source>
   <translation>
    <numerusform>{n} ред ще бъде пропуснат</numerusform>
    <numerusform>{n} реда ще бъдат пропуснати</numerusform>
   </translation>
  </message>
  <message>
   <source>Edit… ({n})</source>
   <translation>Редакция… ({n})</translation>
  </message>
  <message numerus="yes">
   <source>{n} rows shown; {unmapped}; {skipped}.</source>
   <translation>
    <numerusform>Показан е {n} ред; {unmapped}; {skipped}.</numerusform>
    <numerusform>Показани са {n} реда; {unmapped}; {skipped}.</numerusform>
   </translation>
  </message>
  <message>
   <source>The mapping is not complete: </source>
   <translation>Съответствието не е пълно: </translation>
  </message>
  <message>
   <source>Source</source>
   <translation>Източник</translation>
  </message>
  <message>
   <source>Choose what to import: a file, a folder of shapefiles, a database table or PLU GML.</source>
   <translation>Изберете какво да внесете: файл, папка с шейп файлове, таблица от база данни или PLU GML.</translation>
  </message>
  <message>
   <source>(from the file name)</source>
   <translation>(по името на файла)</translation>
  </message>
  <message>
   <source>automatic (UTF-8, else {fallback})</source>
   <translation>автоматично (UTF-8, иначе {fallback})</translation>
  </message>
  <message>
   <source>How the source's text is written. Choose it when the preview shows wrong letters.</source>
   <translation>Как е записан текстът в източника. Изберете кодировката, когато прегледът показва грешни букви.</translation>
  </message>
  <message>
   <source>file, folder or PG:dbname=… tables=…</source>
   <translation>файл, папка или PG:dbname=… tables=…</translation>
  </message>
  <message>
   <source>Browse…</source>
   <translation>Избор…</translation>
  </message>
  <message>
   <source>Folder…</source>
   <translation>Папка…</translation>
  </message>
  <message>
   <source>Load mapping…</source>
   <translation>Зареждане на съответствие…</translation>
  </message>
  <message>
   <source>Format</source>
   <translation>Формат</translation>
  </message>
  <message>
   <source>Text encoding</source>
   <translation>Кодировка на текста</translation>
  </message>
  <message>
   <source>Folder of shapefiles</source>
   <translation>Папка с шейп файлове</translation>
  </message>
  <message>
   <source>Mapping file</source>
   <translation>Файл със съответствия</translation>
  </message>
  <message>
   <source>Layers</source>
   <translation>Слоеве</translation>
  </message>
  <message>
   <source>Which source layer becomes which PLU class. A layer can be used twice with different filters (CAD layers: Layer = 'ZONI').</source>
   <translation>Кой слой от източника в кой клас на PLU влиза. Слой може да се ползва повече от веднъж с различни филтри (слоеве в CAD: Layer = 'ZONI').</translation>
  </message>
  <message>
   <source>Use the selected layer again</source>
   <translation>Още едно ползване на избрания слой</translation>
  </message>
  <message>
   <source>inspireId namespace</source>
   <translation>Пространство на имената (inspireId)</translation>
  </message>
  <message>
   <source>Source CRS (when the source has none)</source>
   <translation>Координатна система на източника (ако няма)</translation>
  </message>
  <message>
   <source>Plan CRS</source>
   <translation>Координатна система на плана</translation>
  </message>
  <message>
   <source>Attributes</source>
   <translation>Атрибути</translation>
  </message>
  <message>
   <source>Fill each attribute from a field or with a constant; translate local codes with a value map.</source>
   <translation>Попълнете всеки атрибут от поле или с константа; преведете местните кодове със съответствие.</translation>
  </message>
  <message>
   <source>Preview</source>
   <translation>Преглед</translation>
  </message>
  <message>
   <source>The first rows as they will be imported. Highlighted cells map to nothing.</source>
   <translation>Първите редове такива, каквито ще бъдат внесени. Оцветените клетки нямат съответствие.</translation>
  </message>
  <message>
   <source>Plan and output</source>
   <translation>План и резултат</translation>
  </message>
  <message>
   <source>— choose —</source>
   <translation>— изберете —</translation>
  </message>
  <message>
   <source>Save as…</source>
   <translation>Запис като…</translation>
  </message>
  <message>
   <source>Save mapping…</source>
   <translation>Запис на съответствието…</translation>
  </message>
  <message>
   <source>Process step</source>
   <translation>Етап</translation>
  </message>
  <message>
   <source>Plan local id</source>
   <translation>Локален идентификатор на плана</translation>
  </message>
  <message>
   <source>Plan file</source>
   <translation>Файл на плана</translation>
  </message>
  <message>
   <source>Save mapping</source>
   <translation>Запис на съответствието</translation>
  </message>
  <message>
   <source>{name} is already there. Replace it with the imported plan?</source>
   <translation>{name} вече съществува. Да бъде ли заменен с внесения план?</translation>
  </message>
  <message>
   <source>Replace</source>
   <translation>Замяна</translation>
  </message>
  <message>
   <source>Keep it</source>
   <translation>Запазване</translation>
  </message>
  <message>
   <source>Import</source>
   <translation>Внасяне</translation>
  </message>
  <message>
   <source>Start</source>
   <translation>Начало</translation>
  </message>
  <message>
   <source>Cancel import</source>
   <translation>Прекъсване</translation>
  </message>
  <message>
   <source>Ready to write {output}.</source>
   <translation>Готово за запис в {output}.</translation>
  </message>
  <message>
   <source>Importing…</source>
   <translation>Внасяне…</translation>
  </message>
  <message>
   <source>Import plan data</source>
   <translation>Внасяне на данни за план</translation>
  </message>
  <message>
   <source>The import was cancelled; nothing was written.</source>
   <translation>Внасянето е прекъснато; нищо не е записано.</translation>
  </message>
  <message>
   <source>Source value</source>
   <translation>Стойност в източника</translation>
  </message>
  <message>
   <source>Count</source>
   <translation>Брой</translation>
  </message>
  <message>
   <source>Code</source>
   <translation>Код</translation>
  </message>
  <message>
   <source>(as in the source)</source>
   <translation>(както е в източника)</translation>
  </message>
  <message>
   <source>Highlighted values map to no code yet.</source>
   <translation>Оцветените стойности още нямат съответен код.</translation>
  </message>
  <message>
   <source>Choose a source first.</source>
   <translation>Първо изберете източник.</translation>
  </message>
  <message>
   <source>Layer</source>
   <translation>Слой</translation>
  </message>
  <message>
   <source>Geometry</source>
   <translation>Геометрия</translation>
  </message>
  <message>
   <source>Features</source>
   <translation>Обекти</translation>
  </message>
  <message>
   <source>CRS</source>
   <translation>Координатна система</translation>
  </message>
  <message>
   <source>PLU class</source>
   <translation>Клас в PLU</translation>
  </message>
  <message>
   <source>Filter (SQL)</source>
   <translation>Филтър (SQL)</translation>
  </message>
  <message>
   <source>Map at least one layer to a PLU class.</source>
   <translation>Свържете поне един слой с клас на PLU.</translation>
  </message>
  <message>
   <source>The namespace is needed for the inspireIds.</source>
   <translation>Пространството на имената е задължително.</translation>
  </message>
  <message>
   <source>Attribute</source>
   <translation>Атрибут</translation>
  </message>
  <message>
   <source>Constant</source>
   <translation>Константа</translation>
  </message>
  <message>
   <source>Value map</source>
   <translation>Съответствие</translation>
  </message>
  <message>
   <source>constant</source>
   <translation>константа</translation>
  </message>
  <message>
   <source>Choose a source field first.</source>
   <translation>Първо изберете поле от източника.</translation>
  </message>
  <message>
   <source>Note</source>
   <translation>Бележка</translation>
  </message>
  <message>
   <source>The text of {fields} is not UTF-8 and was read as {encoding}: if its letters look wrong, go back to Source and choose the text encoding.</source>
   <translation>Текстът в {fields} не е в UTF-8 и е прочетен като {encoding}: ако буквите изглеждат грешно, върнете се на стъпка „Източник“ и изберете кодировката на текста.</translation>
  </message>
  <message>
   <source>PLU GML is read as it is; choose where the plan file goes.</source>
   <translation>PLU GML се чете както е; изберете къде да се запише файлът на плана.</translation>
  </message>
  <message>
   <source>Give the plan file (.gpkg) to write.</source>
   <translation>Посочете файла на плана (.gpkg) за запис.</translation>
  </message>
  <message>
   <source>Choose another plan file: {name} is kept.</source>
   <translation>Изберете друг файл на плана: {name} се запазва.</translation>
  </message>
  <message>
   <source>Imported.</source>
   <translation>Внесено.</translation>
  </message>
  <message>
   <source>Imported, with problems listed below.</source>
   <translation>Внесено, с проблемите по-долу.</translation>
  </message>
  <message>
   <source>Imported plan</source>
   <translation>Внесен план</translation>
  </message>
  <message>
   <source>from the national list</source>
   <translation>от националния списък</translation>
  </message>
  <message>
   <source>The plan needs an official title.</source>
   <translation>Планът трябва да има официално заглавие.</translation>
  </message>
  <message>
   <source>Choose the plan type: the zones do not say whether they are an ОУП or a ПУП.</source>
   <translation>Изберете вида план: от зоните не личи дали са ОУП или ПУП.</translation>
  </message>
  <message>
   <source>field </source>
   <translation>поле </translation>
  </message>
  <message>
   <source>{title}: {key}: field {field!r} is not in the layer</source>
   <translation>{title}: {key}: поле {field!r} няма в слоя</translation>
  </message>
  <message>
   <source>Feature</source>
   <translation>Обект</translation>
  </message>
 </context>
 <context>
  <name>app.import_wizard#attribute</name>
  <message>
   <source>Process step</source>
   <translation>Етап на процедурата</translation>
  </message>
 </context>
 <context>
  <name>app.import_wizard#dialog</name>
  <message>
   <source>Value map</source>
   <translation>Съответствие на стойностите</translation>
  </message>
 </context>
 <context>
  <name>app.menu_registry</name>
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
   <translation>&amp;Помощ</translation>
  </message>
 </context>
 <context>
  <name>app.print_layout</name>
  <message>
   <source>Draft for public consultation</source>
   <translation>Проект за обществено обсъждане</translation>
  </message>
  <message>
   <source>Responsible authority</source>
   <translation>Отговорен орган</translation>
  </message>
  <message>
   <source>Type of plan</source>
   <translation>Вид план</translation>
  </message>
  <message>
   <source>Scale</source>
   <translation>Мащаб</translation>
  </message>
  <message>
   <source>Coordinate reference system</source>
   <translation>Координатна система</translation>
  </message>
  <message>
   <source>Printed</source>
   <translation>Отпечатано</translation>
  </message>
  <message>
   <source>Legend</source>
   <translation>Легенда</translation>
  </message>
  <message>
   <source>Data set</source>
   <translation>Набор от данни</translation>
  </message>
 </context>
 <context>
  <name>app.register_actions</name>
  <message>
   <source>Plan in force from register (context layer)</source>
   <translation>План в сила от регистъра (слой за контекст)</translation>
  </message>
  <message>
   <source>Open from register…</source>
   <translation>Отваряне от регистъра…</translation>
  </message>
  <message>
   <source>Save to register</source>
   <translation>Запис в регистъра</translation>
  </message>
  <message>
   <source>Compare with a register version…</source>
   <translation>Сравнение с версия от регистъра…</translation>
  </message>
  <message>
   <source>Take the saved version of {local_id}</source>
   <translation>Приемане на записания вариант на {local_id}</translation>
  </message>
  <message>
   <source>Compare</source>
   <translation>Сравнение</translation>
  </message>
  <message>
   <source>Reading the register…</source>
   <translation>Четене от регистъра…</translation>
  </message>
  <message>
   <source>Reading {ref} from the register…</source>
   <translation>Четене на {ref} от регистъра…</translation>
  </message>
  <message>
   <source>Saving to the register…</source>
   <translation>Запис в регистъра…</translation>
  </message>
  <message>
   <source>Nothing was lost: your changes stay in the plan.</source>
   <translation>Нищо не е загубено: промените ви остават в плана.</translation>
  </message>
  <message>
   <source>Shape</source>
   <translation>Форма</translation>
  </message>
  <message>
   <source>Feature</source>
   <translation>Обект</translation>
  </message>
  <message>
   <source>In force on {day} (register)</source>
   <translation>В сила към {day} (регистър)</translation>
  </message>
  <message>
   <source>Changes {before_ref} → {after_ref}</source>
   <translation>Промени {before_ref} → {after_ref}</translation>
  </message>
  <message>
   <source>Title</source>
   <translation>Заглавие</translation>
  </message>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Версия</translation>
  </message>
  <message>
   <source>Status</source>
   <translation>Състояние</translation>
  </message>
  <message>
   <source>Date</source>
   <translation>Дата</translation>
  </message>
  <message>
   <source>Authority</source>
   <translation>Орган</translation>
  </message>
  <message>
   <source>Compare with</source>
   <translation>Сравнение с</translation>
  </message>
  <message>
   <source>Earlier version</source>
   <translation>По-ранна версия</translation>
  </message>
  <message>
   <source>Open from register</source>
   <translation>Отваряне от регистъра</translation>
  </message>
  <message>
   <source>This plan was not opened from the register.</source>
   <translation>Този план не е отворен от регистъра.</translation>
  </message>
  <message>
   <source>Conflicts with other planners</source>
   <translation>Конфликти с други проектанти</translation>
  </message>
  <message>
   <source>Keep mine: yours stays in the plan and goes to the register at the next Save to register. Take theirs: the saved version replaces yours in the plan (Undo brings yours back); yours stays in the conflict record.</source>
   <translation>Запазване на моя: вашият вариант остава в плана и отива в регистъра при следващия запис. Приемане на техния: записаният вариант заменя вашия в плана (Отмяна връща вашия); вашият остава в записа за конфликта.</translation>
  </message>
  <message>
   <source>Keep mine</source>
   <translation>Запазване на моя</translation>
  </message>
  <message>
   <source>Take theirs</source>
   <translation>Приемане на техния</translation>
  </message>
  <message>
   <source>Nothing is in force on {day}</source>
   <translation>Нищо не е в сила към {day}</translation>
  </message>
  <message>
   <source>Grey rows open read-only: plans of other authorities, and earlier versions.</source>
   <translation>Сивите редове се отварят само за четене: планове на други органи и по-ранни версии.</translation>
  </message>
  <message>
   <source>postgresql://… (empty: your private register)</source>
   <translation>postgresql://… (празно: вашият личен регистър)</translation>
  </message>
  <message>
   <source>List plans</source>
   <translation>Покажи плановете</translation>
  </message>
  <message>
   <source>Title, plan, status, authority or date</source>
   <translation>Заглавие, план, състояние, орган или дата</translation>
  </message>
  <message>
   <source>Every version</source>
   <translation>Всички версии</translation>
  </message>
  <message>
   <source>List earlier versions too, not only the latest of each plan</source>
   <translation>Показване и на по-ранните версии, не само на последната версия на всеки план</translation>
  </message>
  <message>
   <source>In force from, for a plan in force; else the day the version was made</source>
   <translation>За план в сила — датата на влизане в сила; иначе денят, в който е създадена версията</translation>
  </message>
  <message>
   <source>Reading the register's plans…</source>
   <translation>Четене на плановете от регистъра…</translation>
  </message>
  <message>
   <source>QGIS cannot read {layers} from the register</source>
   <translation>QGIS не може да прочете {layers} от регистъра</translation>
  </message>
  <message>
   <source>Attribute</source>
   <translation>Атрибут</translation>
  </message>
  <message>
   <source>Yours (not in the register)</source>
   <translation>Вашият (не е в регистъра)</translation>
  </message>
  <message>
   <source>Theirs (saved by {who})</source>
   <translation>Техният (записан от {who})</translation>
  </message>
  <message>
   <source>Register:</source>
   <translation>Регистър:</translation>
  </message>
  <message>
   <source>Search:</source>
   <translation>Търсене:</translation>
  </message>
  <message>
   <source>The plan opened from the register is not open, or has no such layer.</source>
   <translation>Планът, отворен от регистъра, не е отворен или няма такъв слой.</translation>
  </message>
  <message>
   <source>yours is kept</source>
   <translation>запазен е вашият</translation>
  </message>
  <message>
   <source>theirs is taken</source>
   <translation>приет е техният</translation>
  </message>
  <message>
   <source>Opened {plan}@{version_no} from the register</source>
   <translation>Отворен {plan}@{version_no} от регистъра</translation>
  </message>
 </context>
 <context>
  <name>app.register_view</name>
  <message>
   <source>Read-only: preparing the plan for editing…</source>
   <translation>Само за четене: планът се подготвя за редактиране…</translation>
  </message>
  <message>
   <source>The plan is drawn from the register. Editing, validation and saving are enabled when its working copy is ready.</source>
   <translation>Планът е изобразен от регистъра. Редактирането, проверката и записът стават достъпни, когато работното му копие е готово.</translation>
  </message>
  <message>
   <source>Preparing the plan for validation and export…</source>
   <translation>Подготовка на плана за проверка и експорт…</translation>
  </message>
  <message>
   <source>The plan is drawn from the register. It opens read-only; validation and export are enabled when its working copy is ready.</source>
   <translation>Планът се изобразява от регистъра. Отваря се само за четене; проверката и експортът стават достъпни, когато работното му копие е готово.</translation>
  </message>
  <message>
   <source>Read-only: the plan could not be prepared for editing</source>
   <translation>Само за четене: планът не можа да бъде подготвен за редактиране</translation>
  </message>
  <message>
   <source>Read-only: preparing the plan for editing was cancelled</source>
   <translation>Само за четене: подготовката на плана за редактиране е прекъсната</translation>
  </message>
  <message>
   <source>{opened}; {saves_to}</source>
   <translation>{opened}; {saves_to}</translation>
  </message>
 </context>
 <context>
  <name>app.style_actions</name>
  <message>
   <source>Map style folder…</source>
   <translation>Папка със стилове на картата…</translation>
  </message>
  <message>
   <source>Built-in map style</source>
   <translation>Вграден стил на картата</translation>
  </message>
 </context>
 <context>
  <name>app.validation_runner</name>
  <message>
   <source>no automatic repair exists for {rules}</source>
   <translation>няма автоматична поправка за {rules}</translation>
  </message>
 </context>
 <context>
  <name>app.zone_profile</name>
  <message>
   <source>no limit known for </source>
   <translation>няма известен норматив за </translation>
  </message>
 </context>
 <context>
  <name>argparse</name>
  <message>
   <source>conflicting option string: %s</source>
   <translation>повторена настройка: %s</translation>
  </message>
  <message>
   <source>conflicting option strings: %s</source>
   <translation>повторени настройки: %s</translation>
  </message>
  <message>
   <source>usage: </source>
   <translation>употреба: </translation>
  </message>
  <message>
   <source>argument %(argument_name)s: %(message)s</source>
   <translation>аргумент %(argument_name)s: %(message)s</translation>
  </message>
  <message>
   <source>.__call__() not defined</source>
   <translation>.__call__() не е дефиниран</translation>
  </message>
  <message>
   <source>'required' is an invalid argument for positionals</source>
   <translation>'required' не е допустим за позиционни аргументи</translation>
  </message>
  <message>
   <source>mutually exclusive arguments must be optional</source>
   <translation>взаимно изключващите се аргументи трябва да са незадължителни</translation>
  </message>
  <message>
   <source>positional arguments</source>
   <translation>позиционни аргументи</translation>
  </message>
  <message>
   <source>options</source>
   <translation>настройки</translation>
  </message>
  <message>
   <source>unrecognized arguments: %s</source>
   <translation>непознати аргументи: %s</translation>
  </message>
  <message>
   <source>ambiguous option: %(option)s could match %(matches)s</source>
   <translation>двусмислена настройка: %(option)s може да е %(matches)s</translation>
  </message>
  <message>
   <source>%r is not callable</source>
   <translation>%r не може да се извика</translation>
  </message>
  <message>
   <source>invalid choice: %(value)r (choose from %(choices)s)</source>
   <translation>невъзможен избор: %(value)r (изберете от %(choices)s)</translation>
  </message>
  <message>
   <source>can't open '%(filename)s': %(error)s</source>
   <translation>„%(filename)s“ не може да се отвори: %(error)s</translation>
  </message>
  <message>
   <source>cannot merge actions - two groups are named %r</source>
   <translation>действията не могат да се слеят: две групи се казват %r</translation>
  </message>
  <message>
   <source>invalid option string %(option)r: must start with a character %(prefix_chars)r</source>
   <translation>невалидна настройка %(option)r: трябва да започва със знак от %(prefix_chars)r</translation>
  </message>
  <message>
   <source>dest= is required for options like %r</source>
   <translation>dest= е задължителен за настройки като %r</translation>
  </message>
  <message>
   <source>invalid conflict_resolution value: %r</source>
   <translation>невалидна стойност на conflict_resolution: %r</translation>
  </message>
  <message>
   <source>cannot have multiple subparser arguments</source>
   <translation>не може да има няколко аргумента за подкоманди</translation>
  </message>
  <message>
   <source>expected one argument</source>
   <translation>очаква се една стойност</translation>
  </message>
  <message>
   <source>expected at most one argument</source>
   <translation>очаква се най-много една стойност</translation>
  </message>
  <message>
   <source>expected at least one argument</source>
   <translation>очаква се поне една стойност</translation>
  </message>
  <message>
   <source>invalid %(type)s value: %(value)r</source>
   <translation>невалидна стойност %(value)r (очаква се %(type)s)</translation>
  </message>
  <message>
   <source>%(prog)s: error: %(message)s
</source>
   <translation>%(prog)s: грешка: %(message)s
</translation>
  </message>
  <message>
   <source>conflicting subparser: %s</source>
   <translation>повторена подкоманда: %s</translation>
  </message>
  <message>
   <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
   <translation>непозната команда %(parser_name)r (възможни: %(choices)s)</translation>
  </message>
  <message>
   <source>show this help message and exit</source>
   <translation>показва тази помощ и излиза</translation>
  </message>
  <message>
   <source>the following arguments are required: %s</source>
   <translation>липсват задължителните аргументи: %s</translation>
  </message>
  <message>
   <source>one of the arguments %s is required</source>
   <translation>задължителен е един от аргументите %s</translation>
  </message>
  <message>
   <source>expected %s argument</source>
   <translation>очаква се %s стойност</translation>
  </message>
  <message>
   <source>expected %s arguments</source>
   <translation>очакват се %s стойности</translation>
  </message>
  <message>
   <source>conflicting subparser alias: %s</source>
   <translation>повторен псевдоним на подкоманда: %s</translation>
  </message>
  <message>
   <source>argument "-" with mode %r</source>
   <translation>аргумент „-“ с режим %r</translation>
  </message>
  <message>
   <source>not allowed with argument %s</source>
   <translation>не може заедно с аргумента %s</translation>
  </message>
  <message>
   <source>unexpected option string: %s</source>
   <translation>неочаквана настройка: %s</translation>
  </message>
  <message>
   <source>ignored explicit argument %r</source>
   <translation>пренебрегната изрична стойност %r</translation>
  </message>
 </context>
 <context>
  <name>exporters.builtin</name>
  <message>
   <source>INSPIRE PLU 4.0 GML (collection as received)</source>
   <translation>INSPIRE PLU 4.0 GML (колекцията, както е получена)</translation>
  </message>
  <message>
   <source>PLU Studio plan file (GeoPackage)</source>
   <translation>Файл на план PLU Studio (GeoPackage)</translation>
  </message>
 </context>
 <context>
  <name>exporters.codelist_registry</name>
  <message>
   <source>{path} exists and differs from what this export writes (edited by hand?); nothing was written (--overwrite replaces it)</source>
   <translation>{path} съществува и се различава от това, което експортът записва (редактиран на ръка?); нищо не е записано (--overwrite го заменя)</translation>
  </message>
 </context>
 <context>
  <name>exporters.collection_wrapper</name>
  <message>
   <source>{key} {value} recomputed as {count}</source>
   <translation>{key} {value} е преизчислен на {count}</translation>
  </message>
 </context>
 <context>
  <name>exporters.geojson_</name>
  <message>
   <source>a geometry cannot be expressed in WGS 84 from EPSG:{src_crs}</source>
   <translation>геометрия не може да бъде изразена в WGS 84 от EPSG:{src_crs}</translation>
  </message>
  <message>
   <source>GeoJSON (RFC 7946) is always in WGS 84 (EPSG:{WGS84}); EPSG:{crs} was asked for</source>
   <translation>GeoJSON (RFC 7946) винаги е в WGS 84 (EPSG:{WGS84}); поискана е EPSG:{crs}</translation>
  </message>
 </context>
 <context>
  <name>exporters.gml_writer</name>
  <message>
   <source>{base}: the geometry has NaN or infinite coordinates; correct them before export</source>
   <translation>{base}: геометрията има координати NaN или безкрайност; поправете ги преди износа</translation>
  </message>
  <message>
   <source>{came_as} written as {name}</source>
   <translation>{came_as} е записан като {name}</translation>
  </message>
  <message>
   <source>{base}: a {geom_type} cannot be written as gml:MultiSurface</source>
   <translation>{base}: {geom_type} не може да се запише като gml:MultiSurface</translation>
  </message>
  <message>
   <source>{cls} {gml_id}: required {xml} has no value</source>
   <translation>{cls} {gml_id}: задължителният {xml} няма стойност</translation>
  </message>
  <message>
   <source>{base}: cannot write a {geom_type}</source>
   <translation>{base}: {geom_type} не може да се запише</translation>
  </message>
  <message>
   <source>no writer for kind {kind}</source>
   <translation>няма модул за запис на вида {kind}</translation>
  </message>
 </context>
 <context>
  <name>exporters.indicator_report</name>
  <message>
   <source>Land-use indicators</source>
   <translation>Показатели на земеползването</translation>
  </message>
  <message>
   <source>Area by HILUCS class</source>
   <translation>Площ по класове на HILUCS</translation>
  </message>
  <message>
   <source>Share of the zoned area by HILUCS class</source>
   <translation>Дял от зонираната площ по класове на HILUCS</translation>
  </message>
  <message>
   <source>Permitted density by zone type</source>
   <translation>Допустима плътност по устройствени зони</translation>
  </message>
  <message>
   <source>hectares</source>
   <translation>хектара</translation>
  </message>
  <message>
   <source>% of the zoned area</source>
   <translation>% от зонираната площ</translation>
  </message>
  <message>
   <source>maximum density, % (area-weighted)</source>
   <translation>максимална плътност, % (претеглена по площ)</translation>
  </message>
  <message>
   <source>floor-area ratio (Кинт)</source>
   <translation>коефициент на интензивност (Кинт)</translation>
  </message>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Class</source>
   <translation>Клас</translation>
  </message>
  <message>
   <source>Zone type</source>
   <translation>Устройствена зона</translation>
  </message>
  <message>
   <source>Zones</source>
   <translation>Зони</translation>
  </message>
  <message>
   <source>Area, ha</source>
   <translation>Площ, ha</translation>
  </message>
  <message>
   <source>Share, %</source>
   <translation>Дял, %</translation>
  </message>
  <message>
   <source>Permitted floor area, m²</source>
   <translation>Допустима РЗП, m²</translation>
  </message>
  <message>
   <source>Built footprint, m²</source>
   <translation>Застроена площ, m²</translation>
  </message>
  <message>
   <source>Minimum green area, m²</source>
   <translation>Минимална озеленена площ, m²</translation>
  </message>
  <message>
   <source>Кинт (mean)</source>
   <translation>Кинт (средно)</translation>
  </message>
  <message>
   <source>Density, % (mean)</source>
   <translation>Плътност, % (средно)</translation>
  </message>
  <message>
   <source>Green, % (mean)</source>
   <translation>Озеленяване, % (средно)</translation>
  </message>
  <message>
   <source>Area with indications, %</source>
   <translation>Площ с показатели, %</translation>
  </message>
  <message>
   <source>By HILUCS class</source>
   <translation>По класове на HILUCS</translation>
  </message>
  <message>
   <source>By zone type</source>
   <translation>По устройствени зони</translation>
  </message>
  <message>
   <source>Plans side by side, by HILUCS class</source>
   <translation>Плановете един до друг, по класове на HILUCS</translation>
  </message>
  <message>
   <source>Per-plan totals</source>
   <translation>Общо за всеки план</translation>
  </message>
  <message>
   <source>Plan area, ha</source>
   <translation>Площ на плана, ha</translation>
  </message>
  <message>
   <source>Zoned area, ha</source>
   <translation>Зонирана площ, ha</translation>
  </message>
  <message>
   <source>Gross floor-area ratio</source>
   <translation>Бруто Кинт</translation>
  </message>
  <message>
   <source>Areas in square metres in the plan's CRS (equal-area EPSG:3035 for geographic CRSs). Capacity figures sum over zones that carry the indication; 'area with indications' shows how much of the class does. A zone with several HILUCS values counts for the first, unless hilucsPresence gives percentages.</source>
   <translation>Площите са в квадратни метри в координатната система на плана (равноплощна EPSG:3035 за географски системи). Капацитетът е сбор по зоните с посочен показател; „площ с показатели“ показва каква част от класа ги има. Зона с няколко стойности по HILUCS се отчита към първата, освен ако hilucsPresence дава проценти.</translation>
  </message>
  <message>
   <source>the {n} largest of {total}; every class is in the tables</source>
   <translation>най-големите {n} от {total}; всички класове са в таблиците</translation>
  </message>
  <message>
   <source>no zones to chart</source>
   <translation>няма зони за диаграмата</translation>
  </message>
  <message>
   <source>{area} m² are covered by two zones or more: the zoned area and the capacity figures count them once for each zone</source>
   <translation>{area} m² са покрити от две или повече зони: зонираната площ и капацитетът ги броят по веднъж за всяка зона</translation>
  </message>
  <message numerus="yes">
   <source>{n} zones have an invalid geometry and were measured as repaired: {ids}</source>
   <translation>
    <numerusform>{n} зона е с невалидна геометрия и е измерена поправена: {ids}</numerusform>
    <numerusform>{n} зони са с невалидна геометрия и са измерени поправени: {ids}</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} dimensioning indications cannot be limits and are left out: {items}</source>
   <translation>
    <numerusform>{n} устройствен показател не може да е норматив и е изпуснат: {items}</numerusform>
    <numerusform>{n} устройствени показателя не могат да са нормативи и са изпуснати: {items}</numerusform>
   </translation>
  </message>
  <message>
   <source>no zone has a density or a Кинт</source>
   <translation>никоя зона няма плътност или Кинт</translation>
  </message>
 </context>
 <context>
  <name>exporters.iso_metadata</name>
  <message>
   <source>no limitations to public access</source>
   <translation>без ограничения на публичния достъп</translation>
  </message>
  <message>
   <source>See the referenced specification</source>
   <translation>Виж цитираната спецификация</translation>
  </message>
 </context>
 <context>
  <name>exporters.kept_source</name>
  <message>
   <source>straight segments</source>
   <translation>прави отсечки</translation>
  </message>
  <message>
   <source>{c} moved to the end of the feature</source>
   <translation>{c} е преместен в края на обекта</translation>
  </message>
  <message>
   <source>changed: {change}</source>
   <translation>променено: {change}</translation>
  </message>
  <message>
   <source>nilReason 'unknown' added</source>
   <translation>добавен е nilReason 'unknown'</translation>
  </message>
  <message>
   <source>gml:{n} written as {encoding}</source>
   <translation>gml:{n} е записан като {encoding}</translation>
  </message>
  <message>
   <source>srsName EPSG:n written as http://www.opengis.net/def/crs/EPSG/0/n</source>
   <translation>srsName EPSG:n е записан като http://www.opengis.net/def/crs/EPSG/0/n</translation>
  </message>
  <message numerus="yes">
   <source>{n} XML comments or processing instructions inside rewritten properties not written</source>
   <translation>
    <numerusform>не е записан {n} XML коментар или инструкция от презаписаните свойства</numerusform>
    <numerusform>не са записани {n} XML коментара или инструкции от презаписаните свойства</numerusform>
   </translation>
  </message>
  <message>
   <source>exterior rings re-oriented counter-clockwise</source>
   <translation>външните контури са обърнати обратно на часовниковата стрелка</translation>
  </message>
  <message>
   <source>the {n_kids} geometries of {tag} written as one</source>
   <translation>{n_kids}-те геометрии на {tag} са записани като една</translation>
  </message>
 </context>
 <context>
  <name>exporters.registry</name>
  <message>
   <source>export</source>
   <translation>за износ</translation>
  </message>
 </context>
 <context>
  <name>main</name>
  <message>
   <source>a .gpkg plan file or a PLU GML file to open</source>
   <translation>файл на план .gpkg или файл PLU GML за отваряне</translation>
  </message>
  <message>
   <source>language of the interface (default: last used, else the system locale)</source>
   <translation>език на интерфейса (по подразбиране: последно избраният, иначе езикът на системата)</translation>
  </message>
  <message>
   <source>validate the plan once it is open</source>
   <translation>проверява плана, щом се отвори</translation>
  </message>
  <message>
   <source>capture the screen once the map has been drawn, save it and quit (for tests and docs)</source>
   <translation>снима екрана, щом картата се начертае, записва снимката и излиза (за тестове и документация)</translation>
  </message>
 </context>
 <context>
  <name>participation.acknowledgement</name>
  <message>
   <source>Acknowledgement of a comment received</source>
   <translation>Потвърждение за получено становище</translation>
  </message>
  <message>
   <source>Reference</source>
   <translation>Номер на становището</translation>
  </message>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Responsible authority</source>
   <translation>Отговорен орган</translation>
  </message>
  <message>
   <source>Received on</source>
   <translation>Получено на</translation>
  </message>
  <message>
   <source>on paper, registry no.</source>
   <translation>на хартиен носител, вх. №</translation>
  </message>
  <message>
   <source>online</source>
   <translation>по електронен път</translation>
  </message>
  <message>
   <source>Sender</source>
   <translation>Подател</translation>
  </message>
  <message>
   <source>Text</source>
   <translation>Текст</translation>
  </message>
  <message>
   <source>Scanned files attached</source>
   <translation>Приложени сканирани файлове</translation>
  </message>
  <message>
   <source>The answer will be published in the summary of comments under reference {ref}. Quote this reference whenever you ask about your comment.</source>
   <translation>Отговорът ще бъде публикуван в справката за постъпилите становища под номер {ref}. Посочвайте този номер, когато питате за становището си.</translation>
  </message>
  <message>
   <source>{dest}: the acknowledgement can be written as .pdf or .html</source>
   <translation>{dest}: потвърждението може да се запише като .pdf или .html</translation>
  </message>
 </context>
 <context>
  <name>participation.attachments</name>
  <message>
   <source>{p}: no such file</source>
   <translation>{p}: няма такъв файл</translation>
  </message>
  <message>
   <source>{p}: {size:.1f} MB is too large to attach; at most {limit} MB per file</source>
   <translation>{p}: {size:.1f} MB е твърде голям за прилагане; най-много {limit} MB на файл</translation>
  </message>
  <message>
   <source>{p}: the file is empty</source>
   <translation>{p}: файлът е празен</translation>
  </message>
  <message>
   <source>{p}: grew while it was read; attach it again</source>
   <translation>{p}: промени се при четенето; приложете го отново</translation>
  </message>
  <message>
   <source>{p}: not a PDF or JPEG file (its content says otherwise, whatever its name)</source>
   <translation>{p}: не е файл PDF или JPEG (съдържанието му е друго, каквото и да е името му)</translation>
  </message>
  <message>
   <source>{p}: cannot be read ({exc})</source>
   <translation>{p}: не може да бъде прочетен ({exc})</translation>
  </message>
 </context>
 <context>
  <name>participation.comment</name>
  <message>
   <source>an object</source>
   <translation>обект</translation>
  </message>
  <message>
   <source>must be the number {supported}, not {kind}</source>
   <translation>трябва да е числото {supported}, а не {kind}</translation>
  </message>
  <message>
   <source>the type must be a Point, LineString or Polygon, not {kind}</source>
   <translation>видът трябва да е точка, линия или площ, а не {kind}</translation>
  </message>
  <message>
   <source>{paragraph} is not a paragraph of this plan</source>
   <translation>{paragraph} не е точка от този план</translation>
  </message>
  <message>
   <source>a yes/no value</source>
   <translation>стойност да/не</translation>
  </message>
  <message>
   <source>an empty value (null)</source>
   <translation>празна стойност (null)</translation>
  </message>
  <message>
   <source>a whole number</source>
   <translation>цяло число</translation>
  </message>
  <message>
   <source>a number with a decimal point or an exponent</source>
   <translation>число с десетична точка или степенен показател</translation>
  </message>
  <message>
   <source>text</source>
   <translation>текст</translation>
  </message>
  <message>
   <source>a list</source>
   <translation>списък</translation>
  </message>
  <message>
   <source>version {version} is not supported; only version {supported} is</source>
   <translation>версия {version} не се поддържа; поддържа се само версия {supported}</translation>
  </message>
  <message>
   <source>a number too large to be a version</source>
   <translation>число, твърде голямо за версия</translation>
  </message>
  <message>
   <source>the type {kind} is not a Point, LineString or Polygon</source>
   <translation>видът {kind} не е точка, линия или площ</translation>
  </message>
  <message>
   <source>zone {z} is not in this plan</source>
   <translation>зона {z} не е от този план</translation>
  </message>
  <message>
   <source>this plan has no paragraphs of rules; a comment cannot cite one</source>
   <translation>този план няма точки от правила; коментар не може да цитира точка</translation>
  </message>
  <message>
   <source>{field}: {problem}</source>
   <translation>{field}: {problem}</translation>
  </message>
  <message>
   <source>must be text</source>
   <translation>трябва да е текст</translation>
  </message>
  <message>
   <source>contains characters that are not valid Unicode text</source>
   <translation>съдържа знаци, които не са валиден текст в Unicode</translation>
  </message>
  <message>
   <source>is empty</source>
   <translation>е празно</translation>
  </message>
  <message>
   <source>is {n_text} characters long; at most {limit} are accepted</source>
   <translation>е дълго {n_text} знака; приемат се най-много {limit}</translation>
  </message>
  <message>
   <source>has a coordinate that is not a finite number</source>
   <translation>съдържа координата, която не е число</translation>
  </message>
  <message>
   <source>has a position that is not [longitude, latitude]</source>
   <translation>съдържа точка, която не е [дължина, ширина]</translation>
  </message>
  <message>
   <source>has a position outside the globe</source>
   <translation>съдържа точка извън земното кълбо</translation>
  </message>
  <message>
   <source>coordinates must be a list</source>
   <translation>координатите трябва да са списък</translation>
  </message>
  <message>
   <source>has {n_value} vertices; at most {vertices} are accepted</source>
   <translation>има {n_value} върха; приемат се най-много {vertices}</translation>
  </message>
  <message>
   <source>needs at least {minimum} positions</source>
   <translation>са нужни поне {minimum} точки</translation>
  </message>
  <message>
   <source>must be a GeoJSON geometry object</source>
   <translation>трябва да е геометрия GeoJSON</translation>
  </message>
  <message>
   <source>this plan has no zones; a comment cannot name one</source>
   <translation>този план няма зони; коментар не може да посочи зона</translation>
  </message>
  <message>
   <source>must be an ISO 8601 date and time</source>
   <translation>трябва да е дата и час по ISO 8601</translation>
  </message>
  <message>
   <source>must be a JSON object</source>
   <translation>трябва да е обект JSON</translation>
  </message>
  <message>
   <source>unknown fields {value}</source>
   <translation>непознати полета {value}</translation>
  </message>
  <message>
   <source>is not {COMMENT_FORMAT}</source>
   <translation>не е {COMMENT_FORMAT}</translation>
  </message>
  <message>
   <source>must be one of {LANGUAGES}</source>
   <translation>трябва да е от {LANGUAGES}</translation>
  </message>
  <message>
   <source>must name zones, a paragraph and/or a geometry</source>
   <translation>трябва да посочва зони, точка от текста и/или геометрия</translation>
  </message>
  <message>
   <source>must be a list of at most {zones} zone ids</source>
   <translation>трябва да е списък от най-много {zones} зони</translation>
  </message>
  <message>
   <source>is not a package id</source>
   <translation>не е идентификатор на пакет</translation>
  </message>
  <message>
   <source>the comment was made on another package</source>
   <translation>становището е към друг пакет</translation>
  </message>
  <message>
   <source>must hold name, email and consent</source>
   <translation>трябва да съдържа име, e-mail и съгласие</translation>
  </message>
  <message>
   <source>must be true or false</source>
   <translation>трябва да е да или не</translation>
  </message>
  <message>
   <source>is not an e-mail address</source>
   <translation>не е адрес на електронна поща</translation>
  </message>
  <message>
   <source>a name or e-mail is kept only with consent to its processing</source>
   <translation>име или e-mail се съхраняват само със съгласие за обработването им</translation>
  </message>
  <message>
   <source>{p}: too large for a comment file</source>
   <translation>{p}: твърде голям за файл със становища</translation>
  </message>
  <message>
   <source>lies outside the plan's area</source>
   <translation>е извън обхвата на плана</translation>
  </message>
  <message>
   <source>is not an ISO 8601 date and time</source>
   <translation>не е дата и час по ISO 8601</translation>
  </message>
  <message>
   <source>holds something that is not a zone id</source>
   <translation>съдържа нещо, което не е идентификатор на зона</translation>
  </message>
  <message>
   <source>is not a paragraph reference such as OD.rules#3</source>
   <translation>не е препратка към точка, напр. OD.rules#3</translation>
  </message>
  <message>
   <source>is missing</source>
   <translation>липсва</translation>
  </message>
  <message>
   <source>{p}: not a comment file (not UTF-8 text)</source>
   <translation>{p}: не е файл със становище (не е текст в UTF-8)</translation>
  </message>
  <message>
   <source>{p}: not a comment file ({problem})</source>
   <translation>{p}: не е файл със становище ({problem})</translation>
  </message>
  <message>
   <source>the line has no length</source>
   <translation>линията няма дължина</translation>
  </message>
  <message>
   <source>the line crosses itself</source>
   <translation>линията се самопресича</translation>
  </message>
  <message>
   <source>is given by the service that receives the comment; send the comment without it</source>
   <translation>се определя от услугата, която приема становището; изпратете становището без това поле</translation>
  </message>
  <message>
   <source>is not a UUID</source>
   <translation>не е UUID</translation>
  </message>
  <message>
   <source>{p}, comment {i}</source>
   <translation>{p}, становище {i}</translation>
  </message>
  <message>
   <source>{where}: {problem}</source>
   <translation>{where}: {problem}</translation>
  </message>
  <message>
   <source>an area must be one ring without holes</source>
   <translation>площта трябва да е един контур без отвори</translation>
  </message>
  <message>
   <source>the area's ring is not closed</source>
   <translation>контурът на площта не е затворен</translation>
  </message>
  <message>
   <source>the area crosses itself or has no surface</source>
   <translation>площта се самопресича или няма повърхнина</translation>
  </message>
 </context>
 <context>
  <name>participation.comment_export</name>
  <message>
   <source>{p}: neither a PLU Studio comment export (GeoJSON) nor a comment file</source>
   <translation>{p}: нито изнесени от PLU Studio становища (GeoJSON), нито файл със становища</translation>
  </message>
  <message>
   <source>is not a GeoJSON Feature with properties</source>
   <translation>не е обект GeoJSON със свойства</translation>
  </message>
  <message>
   <source>is not a reference such as {example}</source>
   <translation>не е номер като {example}</translation>
  </message>
  <message>
   <source>is not an object (zones, paragraph, geometry)</source>
   <translation>не е обект (зони, точка, геометрия)</translation>
  </message>
  <message>
   <source>is {status}; it must be one of {statuses}</source>
   <translation>е {status}, а трябва да е едно от {statuses}</translation>
  </message>
  <message>
   <source>is {value}, not a date and time such as 2026-12-04T09:30:00Z</source>
   <translation>е {value}, а не дата и час като 2026-12-04T09:30:00Z</translation>
  </message>
  <message>
   <source>{p}: no such file</source>
   <translation>{p}: няма такъв файл</translation>
  </message>
  <message>
   <source>{p}: too large to be a comment export</source>
   <translation>{p}: твърде голям, за да е файл с изнесени становища</translation>
  </message>
  <message>
   <source>{p}: not a comment export or comment file (not UTF-8 text)</source>
   <translation>{p}: не е експорт на становища, нито файл със становище (не е текст в UTF-8)</translation>
  </message>
  <message>
   <source>{p}: not a comment export or comment file ({problem})</source>
   <translation>{p}: не е експорт на становища, нито файл със становище ({problem})</translation>
  </message>
  <message>
   <source>{p}: 'features' is not a list of comments</source>
   <translation>{p}: 'features' не е списък от становища</translation>
  </message>
  <message>
   <source>{p}: comment {i} has the id {id} of comment {j} but not the same content; keep the right copy and import again</source>
   <translation>{p}: становище {i} има идентификатора {id} на становище {j}, но не и същото съдържание; оставете вярното копие и внесете отново</translation>
  </message>
  <message>
   <source>{p}: comment {i} ({feature}): {field} {problem}</source>
   <translation>{p}: становище {i} ({feature}): {field} {problem}</translation>
  </message>
 </context>
 <context>
  <name>participation.comments_layer</name>
  <message>
   <source>comment {id} {text}</source>
   <translation>становище {id} {text}</translation>
  </message>
  <message>
   <source>{target}: no such plan file</source>
   <translation>{target}: няма такъв файл на план</translation>
  </message>
  <message>
   <source>decision must be one of {DECISIONS} (or none), not {decision!r}</source>
   <translation>решението трябва да е от {DECISIONS} (или никое), не {decision!r}</translation>
  </message>
  <message>
   <source>{path}: cannot open the plan file for writing ({exc})</source>
   <translation>{path}: файлът на план не може да се отвори за запис ({exc})</translation>
  </message>
  <message>
   <source>came with reference {given}, which this plan already uses or which is not a reference; it is {ref} here</source>
   <translation>дойде с номер {given}, който в плана вече е зает или не е номер; тук е {ref}</translation>
  </message>
  <message>
   <source>was made on package {package_id}, not on one this plan published ({published}): is it another plan's comment?</source>
   <translation>е направено по пакет {package_id}, а не по пакет, публикуван за този план ({published}): дали не е становище по друг план?</translation>
  </message>
  <message>
   <source>names zones the plan does not have (any more): {missing}</source>
   <translation>посочва зони, които ги няма (вече) в плана: {missing}</translation>
  </message>
  <message>
   <source>cites {paragraph}, which the plan's regulation text does not have</source>
   <translation>цитира {paragraph}, каквато точка няма в текста на правилата</translation>
  </message>
  <message>
   <source>was drawn outside the plan's boundary</source>
   <translation>е начертано извън границата на плана</translation>
  </message>
  <message>
   <source>is already in the plan with another text; the plan keeps its own and the copy from {source} was not imported</source>
   <translation>вече е в плана с друг текст; планът запазва своя, а копието от {source} не е внесено</translation>
  </message>
 </context>
 <context>
  <name>participation.manifest</name>
  <message>
   <source>is missing</source>
   <translation>липсва</translation>
  </message>
  <message>
   <source>was changed after packaging</source>
   <translation>е променен след пакетирането</translation>
  </message>
  <message>
   <source>is not in the manifest</source>
   <translation>не е в манифеста</translation>
  </message>
  <message>
   <source>{path}: {problem}</source>
   <translation>{path}: {problem}</translation>
  </message>
  <message>
   <source>{path}: not a PLU Studio package manifest</source>
   <translation>{path}: не е манифест на пакет на PLU Studio</translation>
  </message>
  <message>
   <source>{root}: not a consultation package (no {MANIFEST})</source>
   <translation>{root}: не е пакет за обществено обсъждане (няма {MANIFEST})</translation>
  </message>
  <message>
   <source>{path}: unreadable manifest ({exc})</source>
   <translation>{path}: манифестът не може да бъде прочетен ({exc})</translation>
  </message>
  <message>
   <source>{root}: malformed file entry {entry!r}</source>
   <translation>{root}: неправилен запис за файл {entry!r}</translation>
  </message>
  <message>
   <source>{root}: the path {rel!r} leaves the package</source>
   <translation>{root}: пътят {rel!r} излиза извън пакета</translation>
  </message>
 </context>
 <context>
  <name>participation.package</name>
  <message>
   <source>Draft for public consultation</source>
   <translation>Проект за обществено обсъждане</translation>
  </message>
  <message>
   <source>Comments from {start} to {end}</source>
   <translation>Становища от {start} до {end}</translation>
  </message>
  <message>
   <source>Regulation text</source>
   <translation>Текст на правилата</translation>
  </message>
  <message>
   <source>Plan map (PDF)</source>
   <translation>Чертеж на плана (PDF)</translation>
  </message>
  <message>
   <source>Plan data, INSPIRE GML</source>
   <translation>Данни на плана, INSPIRE GML</translation>
  </message>
  <message>
   <source>Plan data, GeoJSON (WGS 84)</source>
   <translation>Данни на плана, GeoJSON (WGS 84)</translation>
  </message>
  <message>
   <source>Metadata (ISO 19139)</source>
   <translation>Метаданни (ISO 19139)</translation>
  </message>
  <message>
   <source>Regulation paragraphs (JSON)</source>
   <translation>Точки от правилата (JSON)</translation>
  </message>
  <message>
   <source>{title} — draft for consultation</source>
   <translation>{title} — проект за обществено обсъждане</translation>
  </message>
  <message>
   <source>page {page} of {pages}</source>
   <translation>стр. {page} от {pages}</translation>
  </message>
  <message>
   <source>Numbered as in the plan data; comments cite these numbers.</source>
   <translation>Номерацията е тази от данните на плана; становищата цитират тези номера.</translation>
  </message>
  <message>
   <source>{kind}: {title}. Draft for public consultation from {start} to {end}, published by {authority}.</source>
   <translation>{kind}: {title}. Проект за обществено обсъждане от {start} до {end}, публикуван от {authority}.</translation>
  </message>
  <message>
   <source>* Open index.html in a browser to see the plan; nothing else is needed, not even
  a network connection (the map library is in viewer/vendor/).
* To publish it, copy the whole folder to any static web host (a municipal web
  server, object storage, GitHub Pages); keep the folder structure.
* To collect comments online, run the comment service on a server:
      plu consultation serve &lt;this folder or ZIP&gt; --db sqlite:///comments.db
  and let it host the package, or build the package with --service-url pointing
  at it so a copy on another host posts there. Without a service, the viewer gives
  people a comment file to send by e-mail to {address}.
* Check that nothing was changed after packaging:
      sha256sum -c SHA256SUMS        (or: plu consultation verify &lt;folder&gt;)
* An optional background map is configured in consultation.json (tile_url); it is
  off until the user turns it on.</source>
   <translation>* Отворете index.html в браузър, за да видите плана; не е нужно нищо друго, нито
  връзка с интернет (картографската библиотека е в viewer/vendor/).
* За да го публикувате, копирайте цялата папка на произволен статичен уеб сървър,
  като запазите структурата на папките.
* За приемане на становища онлайн стартирайте услугата за становища на сървър:
      plu consultation serve &lt;тази папка или ZIP&gt; --db sqlite:///comments.db
  Без услуга разглеждачът дава на хората файл със становището, който да изпратят
  по e-mail на {address}.
* Проверка, че нищо не е променено след пакетирането:
      sha256sum -c SHA256SUMS        (или: plu consultation verify &lt;папка&gt;)</translation>
  </message>
  <message>
   <source>Files</source>
   <translation>файлове</translation>
  </message>
  <message>
   <source>the plan has no extent, so the package cannot say where it is</source>
   <translation>планът няма обхват, затова пакетът не може да посочи къде се намира</translation>
  </message>
  <message>
   <source>Packaged for public consultation by PLU Studio from the plan data set</source>
   <translation>Пакетирано за обществено обсъждане с PLU Studio от набора от данни на плана</translation>
  </message>
  <message>
   <source>for whoever hosts this package</source>
   <translation>за този, който публикува пакета</translation>
  </message>
  <message>
   <source>{dest}: exists and is not a consultation package; choose an empty or new folder</source>
   <translation>{dest}: съществува и не е пакет за обществено обсъждане; изберете празна или нова папка</translation>
  </message>
  <message>
   <source>{path}: holds no SpatialPlan to consult on</source>
   <translation>{path}: не съдържа SpatialPlan за обществено обсъждане</translation>
  </message>
  <message>
   <source>plan.gml and metadata.xml were not checked against the INSPIRE schemas: {exc}</source>
   <translation>plan.gml и metadata.xml не са проверени спрямо схемите на INSPIRE: {exc}</translation>
  </message>
  <message>
   <source>the plan map renderer finished without writing documents/plan-map.pdf</source>
   <translation>изчертаването на картата на плана завърши, без да запише documents/plan-map.pdf</translation>
  </message>
  <message>
   <source>PLU Studio consultation package</source>
   <translation>Пакет за обществено обсъждане</translation>
  </message>
  <message>
   <source>Package</source>
   <translation>пакет</translation>
  </message>
  <message>
   <source>the plan</source>
   <translation>планът</translation>
  </message>
  <message>
   <source>the plan map could not be drawn: {exc}</source>
   <translation>картата на плана не може да бъде начертана: {exc}</translation>
  </message>
 </context>
 <context>
  <name>participation.package_reader</name>
  <message>
   <source>{p}: no such package</source>
   <translation>{p}: няма такъв пакет</translation>
  </message>
  <message>
   <source>{zip_path}: not a ZIP file ({exc})</source>
   <translation>{zip_path}: не е файл ZIP ({exc})</translation>
  </message>
  <message>
   <source>{p}: a ZIP package needs a folder to unpack into</source>
   <translation>{p}: пакет ZIP изисква папка, в която да се разархивира</translation>
  </message>
  <message>
   <source>{p}: the package does not match its manifest: {problems}</source>
   <translation>{p}: пакетът не съответства на манифеста си: {problems}</translation>
  </message>
  <message>
   <source>{p}: not a complete consultation package ({missing} is missing)</source>
   <translation>{p}: не е пълен пакет за обществено обсъждане (липсва {missing})</translation>
  </message>
  <message>
   <source>{p}: a package file cannot be read ({exc})</source>
   <translation>{p}: файл от пакета не може да бъде прочетен ({exc})</translation>
  </message>
  <message>
   <source>the entry {filename!r} cannot be unpacked ({exc})</source>
   <translation>записът {filename!r} не може да се разархивира ({exc})</translation>
  </message>
  <message>
   <source>the entry {filename!r} cannot be written ({value})</source>
   <translation>записът {filename!r} не може да се запише ({value})</translation>
  </message>
  <message>
   <source>the entry {filename!r} holds more than the archive declares</source>
   <translation>записът {filename!r} съдържа повече, отколкото архивът обявява</translation>
  </message>
  <message>
   <source>; </source>
   <translation>; </translation>
  </message>
 </context>
 <context>
  <name>participation.paper</name>
  <message>
   <source>{raw!r} is not a date such as 04.12.2026 or 2026-12-04</source>
   <translation>{raw!r} не е дата като 04.12.2026 или 2026-12-04</translation>
  </message>
  <message>
   <source>{day:%d.%m.%Y} is in the future or before 1990</source>
   <translation>{day:%d.%m.%Y} е в бъдещето или преди 1990 г.</translation>
  </message>
  <message>
   <source>give the objection's text or attach its scanned pages</source>
   <translation>въведете текста на възражението или приложете сканираните страници</translation>
  </message>
  <message>
   <source>at most {MAX_ATTACHMENTS} files per objection</source>
   <translation>най-много {MAX_ATTACHMENTS} файла към едно възражение</translation>
  </message>
  <message>
   <source>the files add up to {total:.1f} MB; at most {limit} MB per objection</source>
   <translation>файловете са общо {total:.1f} MB; най-много {limit} MB към едно възражение</translation>
  </message>
  <message>
   <source>give one place: a point, an area or a geometry</source>
   <translation>посочете едно място: точка, площ или геометрия</translation>
  </message>
  <message>
   <source>{paragraph} is not a paragraph of this plan</source>
   <translation>{paragraph} не е точка от правилата на този план</translation>
  </message>
  <message>
   <source>{where}: registry number {registry_number} is already entered ({reference})</source>
   <translation>{where}: входящ номер {registry_number} вече е въведен ({reference})</translation>
  </message>
  <message>
   <source>{raw!r} is not a date in the calendar</source>
   <translation>{raw!r} не е календарна дата</translation>
  </message>
  <message>
   <source>an area needs at least three corners</source>
   <translation>площта има нужда от поне три върха</translation>
  </message>
  <message>
   <source>{z} is not a zone of this plan</source>
   <translation>{z} не е зона от този план</translation>
  </message>
  <message>
   <source>lies outside the plan's area</source>
   <translation>е извън обхвата на плана</translation>
  </message>
 </context>
 <context>
  <name>participation.pdf_pages</name>
  <message>
   <source>WeasyPrint is not installed (pip install weasyprint)</source>
   <translation>WeasyPrint не е инсталиран (pip install weasyprint)</translation>
  </message>
 </context>
 <context>
  <name>participation.reference</name>
  <message>
   <source>{lead}{text!r} matches {n_match} comments ({names}); give the full reference</source>
   <translation>{lead}{text!r} отговаря на {n_match} становища ({names}); дайте пълния номер</translation>
  </message>
  <message>
   <source>{lead}name a comment by its reference, number or id</source>
   <translation>{lead}посочете становище с номера, входящия му номер или идентификатора му</translation>
  </message>
  <message>
   <source>{lead}no comment matches {text!r}</source>
   <translation>{lead}никое становище не отговаря на {text!r}</translation>
  </message>
  <message>
   <source>{lead}{text!r} is too short to name a comment by its id; give its reference (such as {DEFAULT_PREFIX}-2026-0042), its number or at least {MIN_ID_PREFIX} characters of the id</source>
   <translation>{lead}{text!r} е твърде кратко, за да посочи становище по идентификатор; дайте номера му (напр. {DEFAULT_PREFIX}-2026-0042), поредния номер или поне {MIN_ID_PREFIX} знака от идентификатора</translation>
  </message>
 </context>
 <context>
  <name>participation.review</name>
  <message>
   <source>Accepted</source>
   <translation>Приема се</translation>
  </message>
  <message>
   <source>Partly accepted</source>
   <translation>Приема се частично</translation>
  </message>
  <message>
   <source>Rejected</source>
   <translation>Не се приема</translation>
  </message>
  <message>
   <source>Not decided</source>
   <translation>Без решение</translation>
  </message>
  <message>
   <source>decision must be one of {DECISIONS}, not {decision!r}</source>
   <translation>решението трябва да е от {DECISIONS}, не {decision!r}</translation>
  </message>
  <message>
   <source>the answer is {n_text} characters long; at most {ANSWER_LIMIT} are kept</source>
   <translation>отговорът е дълъг {n_text} знака; пазят се най-много {ANSWER_LIMIT}</translation>
  </message>
 </context>
 <context>
  <name>participation.service.app</name>
  <message>
   <source>too many requests; try again later</source>
   <translation>твърде много заявки; опитайте по-късно</translation>
  </message>
  <message>
   <source>Too many requests</source>
   <translation>Твърде много заявки</translation>
  </message>
 </context>
 <context>
  <name>participation.service.comments</name>
  <message>
   <source>the consultation opens on {day}</source>
   <translation>обсъждането започва на {day}</translation>
  </message>
  <message>
   <source>the consultation closed on {day}</source>
   <translation>обсъждането приключи на {day}</translation>
  </message>
  <message>
   <source>must be 8 to 100 letters, digits or ._:-</source>
   <translation>трябва да е от 8 до 100 латински букви, цифри или ._:-</translation>
  </message>
  <message>
   <source>comments are not accepted from this site</source>
   <translation>от този сайт не се приемат становища</translation>
  </message>
  <message>
   <source>send the comment as application/json</source>
   <translation>изпратете становището като application/json</translation>
  </message>
  <message>
   <source>the body is not JSON in UTF-8</source>
   <translation>тялото на заявката не е JSON в UTF-8</translation>
  </message>
  <message>
   <source>the body is nested too deeply</source>
   <translation>заявката е вложена твърде дълбоко</translation>
  </message>
  <message>
   <source>this key was already used for a different comment</source>
   <translation>този ключ вече е използван за друго становище</translation>
  </message>
  <message>
   <source>the comment could not be stored; please try again</source>
   <translation>становището не можа да бъде записано; опитайте отново</translation>
  </message>
 </context>
 <context>
  <name>participation.service.moderation</name>
  <message>
   <source>Authentication required</source>
   <translation>Нужна е парола</translation>
  </message>
  <message>
   <source>Moderation is off: start the service with a moderation password.</source>
   <translation>Модерацията е изключена: стартирайте услугата с парола за модериране.</translation>
  </message>
  <message>
   <source>Busy, try again</source>
   <translation>Заето, опитайте отново</translation>
  </message>
  <message>
   <source>Refused: the form was sent from another site</source>
   <translation>Отказано: формулярът е от друг сайт</translation>
  </message>
  <message>
   <source>Bad form token</source>
   <translation>Невалиден формуляр</translation>
  </message>
 </context>
 <context>
  <name>participation.service.ratelimit</name>
  <message>
   <source>{uri}: the rate-limit storage does not answer</source>
   <translation>{uri}: хранилището на ограниченията не отговаря</translation>
  </message>
  <message>
   <source>{uri}: cannot count rate limits there ({exc})</source>
   <translation>{uri}: там не могат да се броят ограниченията на заявките ({exc})</translation>
  </message>
 </context>
 <context>
  <name>participation.service.security</name>
  <message>
   <source>the request is malformed</source>
   <translation>заявката е неправилно съставена</translation>
  </message>
  <message>
   <source>this is not allowed</source>
   <translation>това не е позволено</translation>
  </message>
  <message>
   <source>there is nothing at this address</source>
   <translation>на този адрес няма нищо</translation>
  </message>
  <message>
   <source>this address does not take this kind of request</source>
   <translation>този адрес не приема такъв вид заявка</translation>
  </message>
  <message>
   <source>the service cannot answer in the form asked for</source>
   <translation>услугата не може да отговори във вида, в който е поискано</translation>
  </message>
  <message>
   <source>the request took too long to arrive</source>
   <translation>заявката пристигна твърде бавно</translation>
  </message>
  <message>
   <source>the request does not say how long it is</source>
   <translation>заявката не посочва дължината си</translation>
  </message>
  <message>
   <source>the request's content type is not accepted here</source>
   <translation>видът на съдържанието на заявката не се приема тук</translation>
  </message>
  <message>
   <source>the request is larger than {body_limit} bytes</source>
   <translation>заявката е по-голяма от {body_limit} байта</translation>
  </message>
  <message>
   <source>the request was refused (HTTP {status})</source>
   <translation>заявката е отказана (HTTP {status})</translation>
  </message>
  <message>
   <source>the service failed; your comment was not stored</source>
   <translation>услугата се срина; становището не е записано</translation>
  </message>
  <message>
   <source>the service failed</source>
   <translation>услугата се провали</translation>
  </message>
 </context>
 <context>
  <name>participation.service.storage</name>
  <message>
   <source>{url}: unsupported database (use sqlite:///file.db or postgresql://…)</source>
   <translation>{url}: неподдържана база данни (използвайте sqlite:///файл.db или postgresql://…)</translation>
  </message>
  <message>
   <source>{database}: the comment database (with names and e-mails) must not be inside the package folder {folder}; give --db a path outside it, e.g. sqlite:////var/lib/plu/comments.db</source>
   <translation>{database}: базата със становища (с имена и e-mail адреси) не може да е в папката на пакета {folder}; задайте --db извън нея, напр. sqlite:////var/lib/plu/comments.db</translation>
  </message>
  <message>
   <source>{path}: no such comment database</source>
   <translation>{path}: няма такава база данни със становища</translation>
  </message>
  <message>
   <source>{personal_schema!r} is not a schema name</source>
   <translation>{personal_schema!r} не е име на схема на базата данни</translation>
  </message>
  <message>
   <source>{url}: no database file in the URL (sqlite:///path/comments.db)</source>
   <translation>{url}: адресът не посочва файл на база данни (sqlite:///път/comments.db)</translation>
  </message>
  <message>
   <source>PostgreSQL needs the psycopg2 module (Debian: python3-psycopg2)</source>
   <translation>PostgreSQL изисква модула psycopg2 (Debian: python3-psycopg2)</translation>
  </message>
  <message>
   <source>cannot connect to PostgreSQL: {exc}</source>
   <translation>няма връзка с PostgreSQL: {exc}</translation>
  </message>
 </context>
 <context>
  <name>participation.settings</name>
  <message>
   <source>Public consultation: {title}</source>
   <translation>Обществено обсъждане: {title}</translation>
  </message>
  <message>
   <source>ZUT art. 128(2) and (5): one month from the notice in the State Gazette</source>
   <translation>чл. 128, ал. 2 и 5 ЗУТ: едномесечен срок от обнародването в „Държавен вестник“</translation>
  </message>
  <message>
   <source>ZUT art. 128(3) and (5): 14 days from the notice to the interested parties</source>
   <translation>чл. 128, ал. 3 и 5 ЗУТ: 14-дневен срок от съобщението до заинтересуваните лица</translation>
  </message>
  <message>
   <source>ZUT art. 127(1) sets no length; PLU Studio's default of 30 days, to be checked by the authority</source>
   <translation>чл. 127, ал. 1 ЗУТ не определя срок; 30 дни по подразбиране в PLU Studio, проверете и коригирайте</translation>
  </message>
  <message>
   <source>PLU Studio's default of 30 days; set the period your planning law prescribes</source>
   <translation>30 дни по подразбиране в PLU Studio; задайте срока, който изисква приложимото право</translation>
  </message>
  <message>
   <source>Public consultation: </source>
   <translation>Обществено обсъждане: </translation>
  </message>
  <message>
   <source>{source}: the setting '{key}' (a date such as 04.12.2026) is missing</source>
   <translation>{source}: липсва настройката „{key}“ (дата, напр. 04.12.2026)</translation>
  </message>
  <message>
   <source>{p}: not a JSON object</source>
   <translation>{p}: не е обект JSON</translation>
  </message>
  <message>
   <source>languages must be among {LANGUAGES}, not {text!r}</source>
   <translation>езиците трябва да са от {LANGUAGES}, не {text!r}</translation>
  </message>
  <message>
   <source>the consultation needs a title</source>
   <translation>обсъждането няма заглавие</translation>
  </message>
  <message>
   <source>name the responsible authority</source>
   <translation>посочете отговорния орган</translation>
  </message>
  <message>
   <source>contact e-mail {contact_email!r} is not an e-mail address</source>
   <translation>адресът за контакт {contact_email!r} не е адрес на електронна поща</translation>
  </message>
  <message>
   <source>comment e-mail {comment_email!r} is not an e-mail address</source>
   <translation>адресът за становища {comment_email!r} не е адрес на електронна поща</translation>
  </message>
  <message>
   <source>the consultation ends ({end}) before it starts ({start})</source>
   <translation>обсъждането приключва ({end}) преди да започне ({start})</translation>
  </message>
  <message>
   <source>languages must be among {LANGUAGES}</source>
   <translation>езиците трябва да са от {LANGUAGES}</translation>
  </message>
  <message>
   <source>the reference prefix {reference_prefix!r} must be 1 to 12 letters or digits</source>
   <translation>представката на номерата {reference_prefix!r} трябва да е от 1 до 12 букви или цифри</translation>
  </message>
  <message>
   <source>the tile URL needs {z}, {x} and {y} placeholders</source>
   <translation>адресът на подложката трябва да съдържа {z}, {x} и {y}</translation>
  </message>
  <message>
   <source>consultation settings: {problems}</source>
   <translation>настройки на обсъждането: {problems}</translation>
  </message>
  <message>
   <source>{source}: unknown settings {unknown}</source>
   <translation>{source}: непознати настройки {unknown}</translation>
  </message>
  <message>
   <source>{source}: {key}: {exc}</source>
   <translation>{source}: {key}: {exc}</translation>
  </message>
  <message>
   <source>{p}: no such file</source>
   <translation>{p}: няма такъв файл</translation>
  </message>
  <message>
   <source>{p}: not a JSON settings file ({exc})</source>
   <translation>{p}: не е файл с настройки в JSON ({exc})</translation>
  </message>
  <message>
   <source>unknown time zone {timezone!r}</source>
   <translation>непозната часова зона {timezone!r}</translation>
  </message>
  <message>
   <source>{name} must be an http(s) address</source>
   <translation>{name} трябва да е адрес http(s)</translation>
  </message>
  <message>
   <source>{source}: consultation settings cannot be read: {exc}</source>
   <translation>{source}: настройките на обсъждането не могат да бъдат прочетени: {exc}</translation>
  </message>
  <message>
   <source>; </source>
   <translation>; </translation>
  </message>
 </context>
 <context>
  <name>participation.strict_json</name>
  <message>
   <source>not valid JSON</source>
   <translation>не е валиден JSON</translation>
  </message>
  <message>
   <source>the key "{key}" appears twice in one object</source>
   <translation>ключът "{key}" се среща два пъти в един обект</translation>
  </message>
  <message>
   <source>{word} is not a number JSON allows</source>
   <translation>{word} не е число, което JSON допуска</translation>
  </message>
  <message>
   <source>not valid JSON at line {line}, column {column}</source>
   <translation>невалиден JSON на ред {line}, колона {column}</translation>
  </message>
  <message>
   <source>the text starting at line {line}, column {column} does not end (the file may be cut short)</source>
   <translation>текстът, започващ на ред {line}, колона {column}, не завършва (файлът може да е отрязан)</translation>
  </message>
  <message>
   <source>the JSON ends early, at line {line}, column {column} (the file may be cut short)</source>
   <translation>JSON-ът свършва преждевременно, на ред {line}, колона {column} (файлът може да е отрязан)</translation>
  </message>
 </context>
 <context>
  <name>participation.summary</name>
  <message>
   <source>Summary of the comments received and the answers to them</source>
   <translation>Справка за постъпилите становища и отговорите по тях</translation>
  </message>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Responsible authority</source>
   <translation>Отговорен орган</translation>
  </message>
  <message>
   <source>Public consultation</source>
   <translation>Обществено обсъждане</translation>
  </message>
  <message>
   <source>Prepared on</source>
   <translation>Изготвена на</translation>
  </message>
  <message>
   <source>Overview</source>
   <translation>Обобщение</translation>
  </message>
  <message>
   <source>Comments received</source>
   <translation>Постъпили становища</translation>
  </message>
  <message>
   <source>Hidden by moderation (not listed)</source>
   <translation>Скрити при модериране (не са включени)</translation>
  </message>
  <message>
   <source>Comments by zone</source>
   <translation>Становища по устройствени зони</translation>
  </message>
  <message>
   <source>Comments by paragraph of the regulation</source>
   <translation>Становища по точки от правилата</translation>
  </message>
  <message>
   <source>Comments on the plan as a whole</source>
   <translation>Становища по плана като цяло</translation>
  </message>
  <message>
   <source>None.</source>
   <translation>Няма.</translation>
  </message>
  <message>
   <source>No.</source>
   <translation>№</translation>
  </message>
  <message>
   <source>Received</source>
   <translation>Получено</translation>
  </message>
  <message>
   <source>Comment</source>
   <translation>Становище</translation>
  </message>
  <message>
   <source>Decision</source>
   <translation>Решение</translation>
  </message>
  <message>
   <source>Answer</source>
   <translation>Отговор</translation>
  </message>
  <message>
   <source>Author</source>
   <translation>Автор</translation>
  </message>
  <message>
   <source>see also</source>
   <translation>вж. също</translation>
  </message>
  <message>
   <source>Zone</source>
   <translation>Зона</translation>
  </message>
  <message>
   <source>item</source>
   <translation>т.</translation>
  </message>
  <message>
   <source>A comment that concerns several zones or paragraphs is listed under each of them with the same number.</source>
   <translation>Становище, което засяга няколко зони или точки, е посочено при всяка от тях със същия номер.</translation>
  </message>
  <message>
   <source>This summary contains personal data (names and addresses) and is not meant for publication.</source>
   <translation>Справката съдържа лични данни (имена и адреси) и не е предназначена за публикуване.</translation>
  </message>
  <message>
   <source>Authors' names and addresses are not included.</source>
   <translation>Имената и адресите на авторите не са включени.</translation>
  </message>
  <message>
   <source>on paper</source>
   <translation>хартиен носител</translation>
  </message>
  <message>
   <source>reg. no.</source>
   <translation>вх. №</translation>
  </message>
  <message>
   <source>Of these, received on paper</source>
   <translation>От тях на хартиен носител</translation>
  </message>
  <message>
   <source>Minutes of public meetings</source>
   <translation>Протоколи от обществено обсъждане</translation>
  </message>
  <message>
   <source>of</source>
   <translation>от</translation>
  </message>
  <message>
   <source>file</source>
   <translation>файл</translation>
  </message>
  <message numerus="yes">
   <source>[scanned pages: {n} files]</source>
   <translation>
    <numerusform>[сканирани страници: {n} файл]</numerusform>
    <numerusform>[сканирани страници: {n} файла]</numerusform>
   </translation>
  </message>
  <message>
   <source>{dest}: the summary can be written as .html, .odt, .pdf or .csv</source>
   <translation>{dest}: справката може да се запише като .html, .odt, .pdf или .csv</translation>
  </message>
  <message>
   <source>{plan}: the plan has no comments yet; import them first</source>
   <translation>{plan}: планът все още няма становища; първо ги внесете</translation>
  </message>
 </context>
 <context>
  <name>participation.viewer</name>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Regulation</source>
   <translation>Правила</translation>
  </message>
  <message>
   <source>Comment</source>
   <translation>Становище</translation>
  </message>
  <message>
   <source>Info</source>
   <translation>Информация</translation>
  </message>
  <message>
   <source>Pick zones</source>
   <translation>Избор на зони</translation>
  </message>
  <message>
   <source>Point</source>
   <translation>Точка</translation>
  </message>
  <message>
   <source>Line</source>
   <translation>Линия</translation>
  </message>
  <message>
   <source>Area</source>
   <translation>Площ</translation>
  </message>
  <message>
   <source>Clear</source>
   <translation>Изчисти</translation>
  </message>
  <message>
   <source>Background map</source>
   <translation>Подложка</translation>
  </message>
  <message>
   <source>Click zones to add them to your comment, or to remove them.</source>
   <translation>Щракнете върху зони, за да ги добавите към становището или да ги премахнете.</translation>
  </message>
  <message>
   <source>Click the map to place a point.</source>
   <translation>Щракнете на картата, за да поставите точка.</translation>
  </message>
  <message>
   <source>Click each vertex; double-click to finish the line.</source>
   <translation>Щракнете за всеки връх; двойно щракване завършва линията.</translation>
  </message>
  <message>
   <source>Click each vertex; click the first vertex or double-click to close the area.</source>
   <translation>Щракнете за всеки връх; щракнете първия връх или щракнете двойно, за да затворите площта.</translation>
  </message>
  <message>
   <source>The consultation opens on {start}.</source>
   <translation>Обсъждането започва на {start}.</translation>
  </message>
  <message>
   <source>Today is the last day for comments ({end}).</source>
   <translation>Днес е последният ден за становища ({end}).</translation>
  </message>
  <message>
   <source>The consultation closed on {end}.</source>
   <translation>Обсъждането приключи на {end}.</translation>
  </message>
  <message>
   <source>The consultation</source>
   <translation>Обсъждането</translation>
  </message>
  <message>
   <source>Comment period</source>
   <translation>Срок за становища</translation>
  </message>
  <message>
   <source>Responsible authority</source>
   <translation>Отговорен орган</translation>
  </message>
  <message>
   <source>Contact</source>
   <translation>Контакт</translation>
  </message>
  <message>
   <source>Type of plan</source>
   <translation>Вид план</translation>
  </message>
  <message>
   <source>Basis of the period</source>
   <translation>Основание за срока</translation>
  </message>
  <message>
   <source>How to comment</source>
   <translation>Как да подадете становище</translation>
  </message>
  <message>
   <source>Fill in the “Comment” form; it goes straight to {authority}.</source>
   <translation>Попълнете формуляра „Становище“ — то се изпраща направо до {authority}.</translation>
  </message>
  <message>
   <source>Fill in the “Comment” form: you get a file to send by e-mail to {email}.</source>
   <translation>Попълнете формуляра „Становище“: ще получите файл, който да изпратите по e-mail до {email}.</translation>
  </message>
  <message>
   <source>Search by zone code</source>
   <translation>Търсене по код на зона</translation>
  </message>
  <message>
   <source>e.g. Жс, Смф, zhs-01</source>
   <translation>напр. Жс, Смф, zhs-01</translation>
  </message>
  <message>
   <source>No such zone.</source>
   <translation>Няма такава зона.</translation>
  </message>
  <message>
   <source>Legend</source>
   <translation>Легенда</translation>
  </message>
  <message>
   <source>Supplementary regulations</source>
   <translation>Допълнителни регулации</translation>
  </message>
  <message>
   <source>Plan boundary</source>
   <translation>Граница на плана</translation>
  </message>
  <message>
   <source>Documents and data</source>
   <translation>Документи и данни</translation>
  </message>
  <message>
   <source>Note</source>
   <translation>Внимание</translation>
  </message>
  <message>
   <source>Limits</source>
   <translation>Пределни показатели</translation>
  </message>
  <message>
   <source>Documents</source>
   <translation>Документи</translation>
  </message>
  <message>
   <source>Legal effect</source>
   <translation>Правно действие</translation>
  </message>
  <message>
   <source>Land use (HILUCS)</source>
   <translation>Земеползване (HILUCS)</translation>
  </message>
  <message>
   <source>Comment on this zone</source>
   <translation>Становище за тази зона</translation>
  </message>
  <message>
   <source>Also applies here</source>
   <translation>Тук действат и</translation>
  </message>
  <message>
   <source>Zone</source>
   <translation>Зона</translation>
  </message>
  <message>
   <source>Paragraphs of the regulation</source>
   <translation>Точки от правилата</translation>
  </message>
  <message>
   <source>Comment on item {n}</source>
   <translation>Становище по т. {n}</translation>
  </message>
  <message>
   <source>The plan has no regulation text.</source>
   <translation>Планът няма текст на правила.</translation>
  </message>
  <message>
   <source>Your comment</source>
   <translation>Вашето становище</translation>
  </message>
  <message>
   <source>What your comment is about</source>
   <translation>Предмет на становището</translation>
  </message>
  <message>
   <source>The plan as a whole</source>
   <translation>Планът като цяло</translation>
  </message>
  <message>
   <source>Zones</source>
   <translation>Зони</translation>
  </message>
  <message>
   <source>Item</source>
   <translation>Точка</translation>
  </message>
  <message>
   <source>Drawn</source>
   <translation>Начертано</translation>
  </message>
  <message>
   <source>point</source>
   <translation>точка</translation>
  </message>
  <message>
   <source>line</source>
   <translation>линия</translation>
  </message>
  <message>
   <source>area</source>
   <translation>площ</translation>
  </message>
  <message>
   <source>remove</source>
   <translation>премахни</translation>
  </message>
  <message>
   <source>Pick zones, draw a point, line or area on the map, or choose an item of the regulation.</source>
   <translation>Изберете зони, начертайте точка, линия или площ на картата или изберете точка от правилата.</translation>
  </message>
  <message>
   <source>Text</source>
   <translation>Текст</translation>
  </message>
  <message>
   <source>Name (optional)</source>
   <translation>Име (по желание)</translation>
  </message>
  <message>
   <source>E-mail (optional)</source>
   <translation>E-mail (по желание)</translation>
  </message>
  <message>
   <source>I agree that {authority} processes my name and e-mail address only for this consultation.</source>
   <translation>Съгласен/съгласна съм {authority} да обработва името и e-mail адреса ми само за целите на това обсъждане.</translation>
  </message>
  <message>
   <source>We can keep a name or e-mail only with your consent.</source>
   <translation>За да запазим име или e-mail, е нужно съгласието Ви.</translation>
  </message>
  <message>
   <source>Send comment</source>
   <translation>Изпрати становището</translation>
  </message>
  <message>
   <source>Create comment file</source>
   <translation>Създай файл със становището</translation>
  </message>
  <message>
   <source>Sending…</source>
   <translation>Изпращане…</translation>
  </message>
  <message>
   <source>Your comment was received. Reference: {id}</source>
   <translation>Становището е прието. Номер: {id}</translation>
  </message>
  <message>
   <source>Please write your comment.</source>
   <translation>Напишете становището си.</translation>
  </message>
  <message>
   <source>The file {name} was downloaded. Send it as an attachment by e-mail to {email}.</source>
   <translation>Файлът {name} е изтеглен. Изпратете го като прикачен файл по e-mail до {email}.</translation>
  </message>
  <message>
   <source>Open an e-mail to {email}</source>
   <translation>Отвори писмо до {email}</translation>
  </message>
  <message>
   <source>If the file was not downloaded, copy the text below into the e-mail:</source>
   <translation>Ако файлът не се изтегли, копирайте текста по-долу в писмото:</translation>
  </message>
  <message>
   <source>The consultation is not open; comments are not accepted.</source>
   <translation>Обсъждането не е открито и становища не се приемат.</translation>
  </message>
  <message>
   <source>The comment service did not answer. Try again or send your comment by e-mail to {email}.</source>
   <translation>Услугата за становища не отговори. Опитайте отново или изпратете становището по e-mail до {email}.</translation>
  </message>
  <message>
   <source>Too many requests. Please try again in a moment.</source>
   <translation>Твърде много заявки. Опитайте отново след малко.</translation>
  </message>
  <message>
   <source>Comment on {title}</source>
   <translation>Становище по {title}</translation>
  </message>
  <message>
   <source>The plan data is missing or damaged (data/plan-data.js).</source>
   <translation>Данните на плана липсват или са повредени (data/plan-data.js).</translation>
  </message>
  <message>
   <source>{n} / {max} characters</source>
   <translation>{n} / {max} знака</translation>
  </message>
  <message numerus="yes">
   <source>Comments are accepted until {end} inclusive — day {day} of {days}, {n} days left.</source>
   <translation>
    <numerusform>Становища се приемат до {end} включително — ден {day} от {days}, остава {n} ден.</numerusform>
    <numerusform>Становища се приемат до {end} включително — ден {day} от {days}, остават {n} дни.</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>participation.web_data</name>
  <message>
   <source>Maximum height</source>
   <translation>Максимална височина</translation>
  </message>
  <message>
   <source>Maximum building density</source>
   <translation>Максимална плътност на застрояване</translation>
  </message>
  <message>
   <source>Maximum floor-area ratio</source>
   <translation>Максимален коефициент на интензивност (Кинт)</translation>
  </message>
  <message>
   <source>Minimum green share</source>
   <translation>Минимална озеленена площ</translation>
  </message>
  <message>
   <source>Minimum height</source>
   <translation>Минимална височина</translation>
  </message>
  <message>
   <source>Maximum number of floors</source>
   <translation>Максимален брой етажи</translation>
  </message>
 </context>
 <context>
  <name>participation.zip_limits</name>
  <message>
   <source>{zip_path}: refused: {why}</source>
   <translation>{zip_path}: отказан: {why}</translation>
  </message>
  <message>
   <source>has an empty or unreadable name</source>
   <translation>има празно или нечетимо име</translation>
  </message>
  <message>
   <source>would leave the package folder (absolute path or drive)</source>
   <translation>би излязъл от папката на пакета (абсолютен път или устройство)</translation>
  </message>
  <message>
   <source>would leave the package folder (..)</source>
   <translation>би излязъл от папката на пакета (..)</translation>
  </message>
  <message>
   <source>is a symbolic link</source>
   <translation>е символна връзка</translation>
  </message>
  <message>
   <source>{n_members} entries (at most {max_entries})</source>
   <translation>{n_members} записа (най-много {max_entries})</translation>
  </message>
  <message>
   <source>the entry {filename!r} {problem}</source>
   <translation>записът {filename!r} {problem}</translation>
  </message>
  <message>
   <source>the entry {filename!r} repeats {seen!r}</source>
   <translation>записът {filename!r} повтаря {seen!r}</translation>
  </message>
  <message>
   <source>it would unpack to more than {max_total_bytes} bytes</source>
   <translation>би се разархивирал до повече от {max_total_bytes} байта</translation>
  </message>
  <message>
   <source>the entry {filename!r} is compressed {ratio:.0f} to 1 (a zip bomb?)</source>
   <translation>записът {filename!r} е компресиран {ratio:.0f} към 1 (zip бомба?)</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.check_building</name>
  <message>
   <source>check a proposed building (footprint, plot, height, floors) against the limits of its zone</source>
   <translation>проверява предвиждана сграда (петно, имот, височина, етажи) спрямо нормативите на зоната ѝ</translation>
  </message>
  <message>
   <source>the plan (.gml or .gpkg)</source>
   <translation>планът (.gml или .gpkg)</translation>
  </message>
  <message>
   <source>the building's footprint (GeoJSON polygon, any CRS)</source>
   <translation>петното на сградата (GeoJSON)</translation>
  </message>
  <message>
   <source>height in metres</source>
   <translation>височина в метри</translation>
  </message>
  <message>
   <source>above-ground floors</source>
   <translation>надземни етажи</translation>
  </message>
  <message>
   <source>gross floor area in m² (default: footprint × floors)</source>
   <translation>РЗП в m² (по подразбиране: петно × етажи)</translation>
  </message>
  <message>
   <source>the plot (GeoJSON polygon)</source>
   <translation>имотът (GeoJSON)</translation>
  </message>
  <message>
   <source>the green area of the plot (GeoJSON); without it the green share is an upper bound</source>
   <translation>озеленената площ в имота (GeoJSON); без нея озеленяването е горна граница</translation>
  </message>
  <message>
   <source>the plot's purpose, when the law sets limits for it (school, kindergarten…)</source>
   <translation>предназначение на имота, когато законът дава нормативи за него (училище, детско заведение…)</translation>
  </message>
  <message>
   <source>bg (national, default), bg-sofia or a profile file</source>
   <translation>bg (национален, по подразбиране), bg-sofia или файл</translation>
  </message>
  <message>
   <source>output format (default text)</source>
   <translation>формат на изхода (по подразбиране text)</translation>
  </message>
  <message>
   <source>write to FILE (pdf needs one)</source>
   <translation>записва във FILE (за pdf е задължително)</translation>
  </message>
  <message>
   <source>--format pdf needs --out FILE.pdf</source>
   <translation>--format pdf изисква --out ФАЙЛ.pdf</translation>
  </message>
  <message>
   <source>wrote {out}</source>
   <translation>записан е {out}</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.codelist</name>
  <message>
   <source>list, show and publish code lists (Re3gistry XML, SKOS RDF)</source>
   <translation>показва и публикува кодови списъци (Re3gistry XML, SKOS RDF)</translation>
  </message>
  <message>
   <source>the lists and how many values each has</source>
   <translation>списъците и броя на стойностите им</translation>
  </message>
  <message>
   <source>the values of one list</source>
   <translation>стойностите на един списък</translation>
  </message>
  <message>
   <source>e.g. bg/ZoneTypeValue or HILUCSValue</source>
   <translation>напр. bg/ZoneTypeValue или HILUCSValue</translation>
  </message>
  <message>
   <source>write a list as Re3gistry XML and/or SKOS RDF</source>
   <translation>записва списък като Re3gistry XML и/или SKOS RDF</translation>
  </message>
  <message>
   <source>e.g. bg/ZoneTypeValue</source>
   <translation>напр. bg/ZoneTypeValue</translation>
  </message>
  <message>
   <source>Re3gistry XML, SKOS RDF/XML or both</source>
   <translation>Re3gistry XML, SKOS RDF/XML или двете</translation>
  </message>
  <message>
   <source>label language(s); the registry layout has one file per language</source>
   <translation>език на наименованията; в регистъра всеки език е отделен файл</translation>
  </message>
  <message>
   <source>publish the values under &lt;URI&gt;/&lt;List&gt;/&lt;code&gt; instead of the w3id.org URIs</source>
   <translation>публикува стойностите като &lt;URI&gt;/&lt;Списък&gt;/&lt;код&gt; вместо адресите в w3id.org</translation>
  </message>
  <message>
   <source>replace files that differ from what the export writes (edited by hand); without it nothing is written then</source>
   <translation>заменя файлове, които се различават от това, което експортът записва (редактирани на ръка); без него тогава нищо не се записва</translation>
  </message>
  <message>
   <source>one file (one format)</source>
   <translation>един файл (един формат)</translation>
  </message>
  <message>
   <source>the registry's file set: DIR/&lt;List&gt;/&lt;List&gt;.&lt;lang&gt;.xml|rdf</source>
   <translation>наборът файлове на регистъра: DIR/&lt;Списък&gt;/&lt;Списък&gt;.&lt;език&gt;.xml|rdf</translation>
  </message>
  <message>
   <source>{name} is an INSPIRE list; the INSPIRE registry publishes it already</source>
   <translation>{name} е списък на INSPIRE; регистърът на INSPIRE вече го публикува</translation>
  </message>
  <message>
   <source>--out writes one format: add --format xml or --format rdf</source>
   <translation>--out записва един формат: добавете --format xml или --format rdf</translation>
  </message>
  <message>
   <source>--base-uri {base}: an http(s) URI is needed</source>
   <translation>--base-uri {base}: нужен е http(s) адрес</translation>
  </message>
  <message>
   <source>wrote {p}</source>
   <translation>записан е {p}</translation>
  </message>
  <message>
   <source>{list_name} has no value {code}; did you mean {near}?</source>
   <translation>{list_name} няма стойност {code}; може би {near}?</translation>
  </message>
  <message>
   <source>{list_name} has no value {code}</source>
   <translation>{list_name} няма стойност {code}</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.consultation</name>
  <message>
   <source>public consultation: comment service, import of comments, answers and summary</source>
   <translation>обществено обсъждане: услуга за становища, внасяне на становищата, отговори и справка</translation>
  </message>
  <message>
   <source>the comment's reference ({example}), its number (42) or id</source>
   <translation>номерът на становището ({example}), поредният му номер (42) или идентификаторът му</translation>
  </message>
  <message numerus="yes">
   <source>{n} were there already</source>
   <translation>
    <numerusform>{n} вече е било внесено</numerusform>
    <numerusform>{n} вече са били внесени</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>wrote {n} comments to {out}</source>
   <translation>
    <numerusform>записано е {n} становище в {out}</numerusform>
    <numerusform>записани са {n} становища в {out}</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} comments imported into {plan}; {already}</source>
   <translation>
    <numerusform>{n} становище е внесено в {plan}; {already}</numerusform>
    <numerusform>{n} становища са внесени в {plan}; {already}</numerusform>
   </translation>
  </message>
  <message>
   <source>comment {reference}: {decision}</source>
   <translation>становище {reference}: {decision}</translation>
  </message>
  <message numerus="yes">
   <source>objection {registry_number} entered as {reference} ({n} files attached)</source>
   <translation>
    <numerusform>възражение с вх. № {registry_number} е въведено като {reference} ({n} приложен файл)</numerusform>
    <numerusform>възражение с вх. № {registry_number} е въведено като {reference} ({n} приложени файла)</numerusform>
   </translation>
  </message>
  <message>
   <source>wrote {written} ({reference})</source>
   <translation>записано е {written} ({reference})</translation>
  </message>
  <message>
   <source>minutes of {day:%d.%m.%Y} attached to {plan} (document {number})</source>
   <translation>протоколът от {day:%d.%m.%Y} е приложен към {plan} (документ {number})</translation>
  </message>
  <message numerus="yes">
   <source>wrote {out} ({n} comments)</source>
   <translation>
    <numerusform>записана е {out} ({n} становище)</numerusform>
    <numerusform>записана е {out} ({n} становища)</numerusform>
   </translation>
  </message>
  <message>
   <source>host a package and accept comments on it</source>
   <translation>публикува пакет и приема становища по него</translation>
  </message>
  <message>
   <source>package folder or .zip</source>
   <translation>папка или .zip на пакета</translation>
  </message>
  <message>
   <source>database: sqlite:///file.db (default comments.db) or postgresql://…</source>
   <translation>база данни: sqlite:///файл.db (по подразбиране comments.db) или postgresql://…</translation>
  </message>
  <message>
   <source>file with the moderation password (else ${PASSWORD_ENV}, else asked)</source>
   <translation>файл с паролата за модериране (иначе ${PASSWORD_ENV}, иначе се пита)</translation>
  </message>
  <message>
   <source>run without the moderation pages</source>
   <translation>без страниците за модериране</translation>
  </message>
  <message>
   <source>a web origin allowed to post comments (default: any)</source>
   <translation>уеб произход, от който се приемат становища (по подразбиране: всеки)</translation>
  </message>
  <message>
   <source>trust X-Forwarded-For from one reverse proxy (see --trusted-proxy)</source>
   <translation>доверява X-Forwarded-For от един обратен прокси сървър (вж. --trusted-proxy)</translation>
  </message>
  <message>
   <source>the proxy's address whose X-Forwarded-For is believed (default 127.0.0.1)</source>
   <translation>адресът на прокси сървъра, на чийто X-Forwarded-For се вярва (по подразбиране 127.0.0.1)</translation>
  </message>
  <message>
   <source>where rate limits are counted: memory:// (one process), plu-sqlite:///file.db or redis://… (shared by several processes)</source>
   <translation>къде се броят ограниченията: memory:// (един процес), plu-sqlite:///файл.db или redis://… (общи за няколко процеса)</translation>
  </message>
  <message>
   <source>where a .zip package is unpacked</source>
   <translation>къде се разархивира пакет .zip</translation>
  </message>
  <message>
   <source>export comments from the service's database</source>
   <translation>изнася становищата от базата на услугата</translation>
  </message>
  <message>
   <source>.geojson or .csv</source>
   <translation>.geojson или .csv</translation>
  </message>
  <message>
   <source>include names and e-mails</source>
   <translation>с имена и e-mail адреси</translation>
  </message>
  <message>
   <source>import comments into a plan file</source>
   <translation>внася становища във файл на план</translation>
  </message>
  <message>
   <source>the plan file (.gpkg)</source>
   <translation>файлът на плана (.gpkg)</translation>
  </message>
  <message>
   <source>service exports (.geojson) or comment files (.json)</source>
   <translation>изнесени становища (.geojson) или файлове със становища (.json)</translation>
  </message>
  <message>
   <source>the consultation package the comments were made on</source>
   <translation>пакетът, по който са дадени становищата</translation>
  </message>
  <message>
   <source>list a plan's comments and answers</source>
   <translation>изброява становищата и отговорите</translation>
  </message>
  <message>
   <source>show one comment with its answer</source>
   <translation>показва едно становище с отговора</translation>
  </message>
  <message>
   <source>set the decision and answer of a comment</source>
   <translation>задава решение и отговор по становище</translation>
  </message>
  <message>
   <source>the written answer</source>
   <translation>писменият отговор</translation>
  </message>
  <message>
   <source>write the summary of comments and answers</source>
   <translation>изготвя справката за становищата и отговорите</translation>
  </message>
  <message>
   <source>.html, .odt, .pdf or .csv</source>
   <translation>.html, .odt, .pdf или .csv</translation>
  </message>
  <message>
   <source>include authors' names and e-mails</source>
   <translation>с имената и адресите на авторите</translation>
  </message>
  <message>
   <source>list comments hidden by moderation too</source>
   <translation>включва и скритите при модериране</translation>
  </message>
  <message>
   <source>write the acknowledgement of a comment (its reference) for its sender</source>
   <translation>изготвя потвърждение за становище (с номера му) за подателя</translation>
  </message>
  <message>
   <source>.pdf or .html</source>
   <translation>.pdf или .html</translation>
  </message>
  <message>
   <source>check a package against its manifest</source>
   <translation>проверява пакет спрямо манифеста му</translation>
  </message>
  <message>
   <source>enter an objection received on paper or in person</source>
   <translation>въвежда възражение, получено на хартиен носител или лично</translation>
  </message>
  <message>
   <source>registry number</source>
   <translation>входящ номер</translation>
  </message>
  <message>
   <source>date received: 04.12.2026 or 2026-12-04</source>
   <translation>дата на получаване: 04.12.2026 или 2026-12-04</translation>
  </message>
  <message>
   <source>who sent it</source>
   <translation>подател</translation>
  </message>
  <message>
   <source>the sender's address</source>
   <translation>адрес на подателя</translation>
  </message>
  <message>
   <source>also write the sender's acknowledgement (.pdf or .html)</source>
   <translation>записва и потвърждение за подателя (.pdf или .html)</translation>
  </message>
  <message>
   <source>the objection's text</source>
   <translation>текстът на възражението</translation>
  </message>
  <message>
   <source>a UTF-8 text file with the objection</source>
   <translation>текстов файл (UTF-8) с възражението</translation>
  </message>
  <message>
   <source>scanned pages (.pdf or .jpg), may repeat</source>
   <translation>сканирани страници (.pdf или .jpg), може няколко</translation>
  </message>
  <message>
   <source>zone it concerns</source>
   <translation>зона, за която се отнася</translation>
  </message>
  <message>
   <source>paragraph it cites (OD.rules#4)</source>
   <translation>точка от правилата (OD.rules#4)</translation>
  </message>
  <message>
   <source>a place in the plan's coordinates</source>
   <translation>място в координатите на плана</translation>
  </message>
  <message>
   <source>a GeoJSON geometry in WGS 84</source>
   <translation>геометрия GeoJSON в WGS 84</translation>
  </message>
  <message>
   <source>attach the minutes of a public meeting</source>
   <translation>прилага протокол от обществено обсъждане</translation>
  </message>
  <message>
   <source>the minutes (.pdf or .jpg)</source>
   <translation>протоколът (.pdf или .jpg)</translation>
  </message>
  <message>
   <source>date of the meeting</source>
   <translation>дата на обсъждането</translation>
  </message>
  <message>
   <source>title of the minutes</source>
   <translation>заглавие на протокола</translation>
  </message>
  <message>
   <source>{path}: comments go into a plan file (.gpkg); convert it first with '{command}'</source>
   <translation>{path}: становищата се записват във файл на план (.gpkg); първо го преобразувайте с '{command}'</translation>
  </message>
  <message>
   <source>the moderation password needs at least 10 characters</source>
   <translation>паролата за модериране трябва да е поне 10 знака</translation>
  </message>
  <message>
   <source>on</source>
   <translation>да</translation>
  </message>
  <message>
   <source>off</source>
   <translation>не</translation>
  </message>
  <message numerus="yes">
   <source>serving {root} on http://{host}:{port}/ (consultation {state}; {n} comments stored; moderation {moderation})</source>
   <translation>
    <numerusform>пакетът {root} е на http://{host}:{port}/ (обсъждане: {state}; {n} записано становище; модериране: {moderation})</numerusform>
    <numerusform>пакетът {root} е на http://{host}:{port}/ (обсъждане: {state}; {n} записани становища; модериране: {moderation})</numerusform>
   </translation>
  </message>
  <message>
   <source>{acknowledgement}: the acknowledgement can be written as .pdf or .html</source>
   <translation>{acknowledgement}: потвърждението може да се запише като .pdf или .html</translation>
  </message>
  <message>
   <source>acknowledgement: {written}</source>
   <translation>потвърждение: {written}</translation>
  </message>
  <message>
   <source>{path}: intact</source>
   <translation>{path}: непроменен</translation>
  </message>
  <message>
   <source>plu: the service stopped</source>
   <translation>plu: услугата е спряна</translation>
  </message>
  <message>
   <source>{out}: export to .geojson or .csv</source>
   <translation>{out}: изнасяйте в .geojson или .csv</translation>
  </message>
  <message>
   <source>about</source>
   <translation>относно</translation>
  </message>
  <message>
   <source>decision</source>
   <translation>решение</translation>
  </message>
  <message>
   <source>{password_file}: cannot read the password file ({exc})</source>
   <translation>{password_file}: файлът с паролата не може да бъде прочетен ({exc})</translation>
  </message>
  <message>
   <source>moderation password: </source>
   <translation>парола за модериране: </translation>
  </message>
  <message>
   <source>give a moderation password (--password-file or ${PASSWORD_ENV}) or --no-moderation</source>
   <translation>задайте парола за модериране (--password-file или ${PASSWORD_ENV}) или --no-moderation</translation>
  </message>
  <message>
   <source>paper</source>
   <translation>хартиен носител</translation>
  </message>
  <message>
   <source>reg. no.</source>
   <translation>вх. №</translation>
  </message>
  <message>
   <source>received</source>
   <translation>получено</translation>
  </message>
  <message>
   <source>author</source>
   <translation>автор</translation>
  </message>
  <message>
   <source>{text_file}: cannot be read as UTF-8 text ({exc})</source>
   <translation>{text_file}: не може да се прочете като текст UTF-8 ({exc})</translation>
  </message>
  <message>
   <source>--geometry: not JSON ({exc})</source>
   <translation>--geometry: не е JSON ({exc})</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.convert</name>
  <message>
   <source>convert a plan between INSPIRE GML and the GeoPackage plan file</source>
   <translation>преобразува план между INSPIRE GML и файл на план (GeoPackage)</translation>
  </message>
  <message>
   <source>wrote {output}</source>
   <translation>записан е {output}</translation>
  </message>
  <message>
   <source>source plan (.gml or .gpkg)</source>
   <translation>изходен план (.gml или .gpkg)</translation>
  </message>
  <message>
   <source>file to write; the extension picks the format</source>
   <translation>файл за запис; разширението избира формата</translation>
  </message>
  <message>
   <source>reproject to this EPSG code</source>
   <translation>преизчислява в тази EPSG система</translation>
  </message>
  <message>
   <source>output format (default: from the extension)</source>
   <translation>формат на изхода (по подразбиране: по разширението)</translation>
  </message>
  <message>
   <source>list on stdout which features were kept as read and what was normalised in the others</source>
   <translation>извежда кои обекти са запазени както са прочетени и какво е нормализирано в останалите</translation>
  </message>
  <message>
   <source>write every feature from the model (URI srsName, gml:Polygon, counter-clockwise rings, nilReason), not as it was read</source>
   <translation>записва всеки обект от модела (srsName като URI, gml:Polygon, контури обратно на часовника, nilReason), а не както е прочетен</translation>
  </message>
  <message>
   <source>collection element of a GML output: the one the plan came in (default; base:SpatialDataSet with --normalise), base:SpatialDataSet, gml:FeatureCollection or wfs:FeatureCollection</source>
   <translation>обхващащ елемент на изходния GML: този, с който е получен планът (по подразбиране; base:SpatialDataSet с --normalise), base:SpatialDataSet, gml:FeatureCollection или wfs:FeatureCollection</translation>
  </message>
  <message numerus="yes">
   <source>carried {n} consultation comments with their answers</source>
   <translation>
    <numerusform>пренесено е {n} становище от общественото обсъждане с отговора му</numerusform>
    <numerusform>пренесени са {n} становища от общественото обсъждане с отговорите им</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>note: the {n} consultation comments have no place in {format_name}; they stay in {source}</source>
   <translation>
    <numerusform>бележка: {n} становище от общественото обсъждане няма място във формата {format_name}; остава в {source}</numerusform>
    <numerusform>бележка: {n} становища от общественото обсъждане нямат място във формата {format_name}; остават в {source}</numerusform>
   </translation>
  </message>
  <message>
   <source>features written</source>
   <translation>записани обекти</translation>
  </message>
  <message numerus="yes">
   <source>{n} features keep the XML they were read from; each is written back as read until it is edited. Written from the model (--normalise, or after an edit) they would change:</source>
   <translation>
    <numerusform>{n} обект пази XML, от който е прочетен; записва се обратно непроменен, докато не бъде редактиран. Записан от модела (--normalise или след редакция) би се променил:</numerusform>
    <numerusform>{n} обекта пазят XML, от който са прочетени; всеки се записва обратно непроменен, докато не бъде редактиран. Записани от модела (--normalise или след редакция) биха се променили:</numerusform>
   </translation>
  </message>
  <message>
   <source>collection written as {wrapper}</source>
   <translation>колекцията е записана като {wrapper}</translation>
  </message>
  <message numerus="yes">
   <source>{n} features written as they were read, {total} from the model, with these normalisations:</source>
   <translation>
    <numerusform>{n} обект е записан както е прочетен, {total} от модела, със следните нормализации:</numerusform>
    <numerusform>{n} обекта са записани както са прочетени, {total} от модела, със следните нормализации:</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.diff</name>
  <message>
   <source>compare two GML deliveries feature by feature; exit 1 when B lost or changed anything A held</source>
   <translation>сравнява две GML доставки обект по обект; изход 1, ако B е загубил или променил нещо от A</translation>
  </message>
  <message numerus="yes">
   <source>{n} losses or changes</source>
   <translation>
    <numerusform>{n} загуба или промяна</numerusform>
    <numerusform>{n} загуби или промени</numerusform>
   </translation>
  </message>
  <message>
   <source>the original delivery (.gml)</source>
   <translation>изходната доставка (.gml)</translation>
  </message>
  <message>
   <source>the delivery to check against it (.gml)</source>
   <translation>доставката, която се проверява (.gml)</translation>
  </message>
  <message>
   <source>how far a position may move, in the CRS's unit (default 0.001 m or 1e-8 degrees)</source>
   <translation>с колко може да се премести точка, в единицата на системата (по подразбиране 0,001 m или 1e-8°)</translation>
  </message>
  <message>
   <source>machine-readable output</source>
   <translation>изход като JSON</translation>
  </message>
  <message numerus="yes">
   <source>{n} features in A, {matched} found in B, {losses} (tolerance {tolerance:g})</source>
   <translation>
    <numerusform>{n} обект в A, открити в B: {matched}, {losses} (допуск {tolerance:g})</numerusform>
    <numerusform>{n} обекта в A, открити в B: {matched}, {losses} (допуск {tolerance:g})</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.fix</name>
  <message>
   <source>repair a plan automatically (ring orientation, nil reasons, extent, gaps, slivers…) and list the changes</source>
   <translation>поправя план автоматично (посока на контурите, причини за празни стойности, обхват, празнини…) и изброява промените</translation>
  </message>
  <message numerus="yes">
   <source>{n} changes; errors {errors_before} → {errors_after}; written to {output}</source>
   <translation>
    <numerusform>{n} промяна; грешки {errors_before} → {errors_after}; записано в {output}</numerusform>
    <numerusform>{n} промени; грешки {errors_before} → {errors_after}; записано в {output}</numerusform>
   </translation>
  </message>
  <message>
   <source>the plan to repair (.gml or .gpkg)</source>
   <translation>планът за поправяне (.gml или .gpkg)</translation>
  </message>
  <message>
   <source>where to write the repaired plan; the extension picks the format</source>
   <translation>къде да се запише поправеният план; разширението избира формата</translation>
  </message>
  <message>
   <source>repair step to run, repeatable (default: all of {STEPS})</source>
   <translation>стъпка на поправката, може многократно (по подразбиране всички: {STEPS})</translation>
  </message>
  <message>
   <source>snapping and gap tolerance in metres (default 0.002)</source>
   <translation>допуск за прилепване и празнини в метри (по подразбиране 0.002)</translation>
  </message>
  <message>
   <source>validation profile for the check after the repair</source>
   <translation>профил за проверката след поправката</translation>
  </message>
  <message>
   <source>write the result in this CRS</source>
   <translation>записва в тази система</translation>
  </message>
  <message>
   <source>also write the list of changes as JSON</source>
   <translation>записва и списъка с промени като JSON</translation>
  </message>
  <message>
   <source>{source}: no such file</source>
   <translation>{source}: няма такъв файл</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.import_</name>
  <message>
   <source>import a shapefile, drawing, database table or foreign PLU GML into a plan file</source>
   <translation>внася шейп файл, чертеж, таблица от база данни или чужд PLU GML във файл на план</translation>
  </message>
  <message>
   <source>file, folder or connection string (PG:dbname=… tables=…); '-' takes source.path of the mapping</source>
   <translation>файл, папка или низ за връзка (PG:dbname=… tables=…); '-' взема source.path от съответствието</translation>
  </message>
  <message>
   <source>mapping file (YAML or JSON; not needed for PLU GML)</source>
   <translation>файл със съответствия (YAML или JSON; не е нужен за PLU GML)</translation>
  </message>
  <message>
   <source>plan file to write</source>
   <translation>файл на план за запис</translation>
  </message>
  <message>
   <source>source format (default: from the extension): {formats}</source>
   <translation>формат на източника (по подразбиране: по разширението): {formats}</translation>
  </message>
  <message>
   <source>EPSG code of the plan (default: the mapping's, else the source's)</source>
   <translation>EPSG код на плана (по подразбиране: от съответствието, иначе от източника)</translation>
  </message>
  <message>
   <source>also write the import report as JSON</source>
   <translation>записва и отчета от импорта като JSON</translation>
  </message>
  <message>
   <source>list the source's layers, fields and most frequent values instead of importing</source>
   <translation>показва слоевете, полетата и най-честите стойности на източника, без да внася</translation>
  </message>
  <message>
   <source>--out PLAN.gpkg is needed (or --inspect)</source>
   <translation>нужен е --out ПЛАН.gpkg (или --inspect)</translation>
  </message>
  <message>
   <source>{out}: the plan file must end in .gpkg</source>
   <translation>{out}: файлът на плана трябва да завършва на .gpkg</translation>
  </message>
  <message>
   <source>a CRS that cannot be read ({error})</source>
   <translation>координатна система, която не може да се прочете ({error})</translation>
  </message>
  <message>
   <source>no CRS</source>
   <translation>без координатна система</translation>
  </message>
  <message>
   <source>features</source>
   <translation>обекта</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.indicators</name>
  <message>
   <source>area, share and planned capacity per HILUCS class and zone type, for one or several plans</source>
   <translation>площ, дял и капацитет по класове на HILUCS и устройствени зони, за един или няколко плана</translation>
  </message>
  <message>
   <source>.gml or .gpkg plans</source>
   <translation>планове .gml или .gpkg</translation>
  </message>
  <message>
   <source>output format (default csv)</source>
   <translation>формат на изхода (по подразбиране csv)</translation>
  </message>
  <message>
   <source>write to FILE (default: the terminal; html needs a file)</source>
   <translation>записва във FILE (по подразбиране: на екрана; html изисква файл)</translation>
  </message>
  <message>
   <source>roll HILUCS values up to this level, to compare plans classified in different detail</source>
   <translation>обобщава стойностите по HILUCS до това ниво, за сравнение на планове с различна подробност</translation>
  </message>
  <message>
   <source>a name per plan for the tables (default: the plan's title)</source>
   <translation>име на всеки план в таблиците (по подразбиране: заглавието му)</translation>
  </message>
  <message>
   <source>give --name once per plan</source>
   <translation>посочете --name по веднъж за всеки план</translation>
  </message>
  <message>
   <source>wrote {out}</source>
   <translation>записан е {out}</translation>
  </message>
  <message>
   <source>--format html needs --out FILE.html</source>
   <translation>--format html изисква --out ФАЙЛ.html</translation>
  </message>
  <message>
   <source>{path}: {text}</source>
   <translation>{path}: {text}</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.info</name>
  <message>
   <source>show a plan's title, CRS and feature counts</source>
   <translation>показва заглавие, координатна система и брой обекти на план</translation>
  </message>
  <message>
   <source>a .gml or .gpkg plan</source>
   <translation>план .gml или .gpkg</translation>
  </message>
  <message>
   <source>machine-readable output</source>
   <translation>изход като JSON</translation>
  </message>
  <message>
   <source>CRS</source>
   <translation>Координатна система</translation>
  </message>
  <message>
   <source>Title</source>
   <translation>Заглавие</translation>
  </message>
  <message>
   <source>Plan type</source>
   <translation>Вид план</translation>
  </message>
  <message>
   <source>level</source>
   <translation>ниво</translation>
  </message>
  <message>
   <source>Extent</source>
   <translation>Обхват</translation>
  </message>
  <message>
   <source>Note</source>
   <translation>Бележка</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.package</name>
  <message>
   <source>package a plan for public consultation: web viewer, GML, GeoJSON, PDFs, metadata, checksums</source>
   <translation>пакетира план за обществено обсъждане: уеб разглеждане, GML, GeoJSON, PDF, метаданни, контролни суми</translation>
  </message>
  <message>
   <source>{path}: holds no SpatialPlan</source>
   <translation>{path}: не съдържа SpatialPlan</translation>
  </message>
  <message>
   <source>consultation {start} – {end} ({basis})</source>
   <translation>обсъждане {start:%d.%m.%Y} – {end:%d.%m.%Y} ({basis})</translation>
  </message>
  <message numerus="yes">
   <source>wrote {path} ({n} files, package {package_id})</source>
   <translation>
    <numerusform>записан е {path} ({n} файл, пакет {package_id})</numerusform>
    <numerusform>записан е {path} ({n} файла, пакет {package_id})</numerusform>
   </translation>
  </message>
  <message>
   <source>the plan (.gpkg or .gml)</source>
   <translation>планът (.gpkg или .gml)</translation>
  </message>
  <message>
   <source>folder to create, or a .zip file</source>
   <translation>папка за създаване или файл .zip</translation>
  </message>
  <message>
   <source>consultation.json to start from</source>
   <translation>consultation.json като основа</translation>
  </message>
  <message>
   <source>title of the consultation</source>
   <translation>заглавие на обсъждането</translation>
  </message>
  <message>
   <source>the responsible authority</source>
   <translation>отговорният орган</translation>
  </message>
  <message>
   <source>contact e-mail of the authority</source>
   <translation>e-mail за контакт с органа</translation>
  </message>
  <message>
   <source>contact phone</source>
   <translation>телефон за контакт</translation>
  </message>
  <message>
   <source>where written comments can be handed in</source>
   <translation>къде се подават писмени становища</translation>
  </message>
  <message>
   <source>where comment files go (default: --email)</source>
   <translation>къде се изпращат файловете със становища (по подразбиране: --email)</translation>
  </message>
  <message>
   <source>first day of comments, 04.12.2026 or 2026-12-04 (default: today)</source>
   <translation>първи ден за становища, 04.12.2026 или 2026-12-04 (по подразбиране: днес)</translation>
  </message>
  <message>
   <source>last day of comments (default: by plan type)</source>
   <translation>последен ден за становища (по подразбиране: според вида план)</translation>
  </message>
  <message>
   <source>how to compute the default end (see docs/participation.md)</source>
   <translation>как се изчислява крайната дата (виж docs/participation.md)</translation>
  </message>
  <message>
   <source>viewer languages, first is the default (bg,en)</source>
   <translation>езици на разглеждането, първият е по подразбиране (bg,en)</translation>
  </message>
  <message>
   <source>time zone of the dates (default Europe/Sofia)</source>
   <translation>часова зона на датите (по подразбиране Europe/Sofia)</translation>
  </message>
  <message>
   <source>address of the comment service</source>
   <translation>адрес на услугата за становища</translation>
  </message>
  <message>
   <source>other ways to comment, per language (bg:…, en:…)</source>
   <translation>други начини за становища, по език (bg:…, en:…)</translation>
  </message>
  <message>
   <source>background tiles, e.g. https://…/{z}/{x}/{y}.png (off by default in the viewer)</source>
   <translation>подложка, напр. https://…/{z}/{x}/{y}.png (изключена по подразбиране)</translation>
  </message>
  <message>
   <source>credit line of the background tiles</source>
   <translation>авторство на подложката</translation>
  </message>
  <message>
   <source>do not draw the plan map PDF (no QGIS needed)</source>
   <translation>без PDF чертеж (не изисква QGIS)</translation>
  </message>
  <message>
   <source>skip the XSD check of plan.gml and metadata.xml</source>
   <translation>без XSD проверка на plan.gml и metadata.xml</translation>
  </message>
  <message>
   <source>set with --end</source>
   <translation>зададен с --end</translation>
  </message>
  <message>
   <source>no plan map: --no-map</source>
   <translation>без чертеж: --no-map</translation>
  </message>
  <message>
   <source>period rule {period_rule!r} does not apply to this plan type; use one of {keys}</source>
   <translation>правилото за срок {period_rule!r} не се прилага за този вид план; използвайте едно от {keys}</translation>
  </message>
  <message>
   <source>from the settings file</source>
   <translation>от файла с настройки</translation>
  </message>
  <message>
   <source>--how-to {item!r}: write it as bg:TEXT or en:TEXT</source>
   <translation>--how-to {item!r}: пишете го като bg:ТЕКСТ или en:ТЕКСТ</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.register</name>
  <message>
   <source>the plan register in PostGIS: plans, versions, lifecycle, what applies where</source>
   <translation>регистърът на плановете в PostGIS: планове, версии, етапи, какво важи къде</translation>
  </message>
  <message>
   <source>the plan's localId, or NAMESPACE:LOCALID when two namespaces share it; @N picks a version</source>
   <translation>локалният идентификатор на плана или ПРОСТРАНСТВО:ЛОКАЛЕН_ИД, ако две пространства го споделят; @N избира версия</translation>
  </message>
  <message numerus="yes">
   <source>; {n} errors kept (--force)</source>
   <translation>
    <numerusform>; запазена е {n} грешка (--force)</numerusform>
    <numerusform>; запазени са {n} грешки (--force)</numerusform>
   </translation>
  </message>
  <message>
   <source>({x}, {y}) EPSG:{crs} {date}</source>
   <translation>({x}; {y}) EPSG:{crs} {date}</translation>
  </message>
  <message>
   <source>create the register (a private cluster without --db) or bring it up to date</source>
   <translation>създава регистъра (личен клъстер без --db) или го обновява</translation>
  </message>
  <message>
   <source>stop your private register's server</source>
   <translation>спира сървъра на личния регистър</translation>
  </message>
  <message>
   <source>validate a plan and store it as a new version</source>
   <translation>проверява план и го записва като нова версия</translation>
  </message>
  <message>
   <source>the plans with their latest version</source>
   <translation>плановете с последната им версия</translation>
  </message>
  <message>
   <source>move a version to a process step (publishing records its SHA-256)</source>
   <translation>премества версия в етап (публикуването записва SHA-256)</translation>
  </message>
  <message>
   <source>write a version as .gpkg or .gml</source>
   <translation>записва версия като .gpkg или .gml</translation>
  </message>
  <message>
   <source>which zoning applies at a point on a date</source>
   <translation>какво устройство важи в точка към дата</translation>
  </message>
  <message>
   <source>write the consolidated zoning in force on a date</source>
   <translation>записва консолидираното устройство</translation>
  </message>
  <message>
   <source>what changed between two versions or plans</source>
   <translation>какво се е променило между две версии</translation>
  </message>
  <message>
   <source>give a user a role (reader, planner, publisher, administrator) for an authority</source>
   <translation>дава роля на потребител за орган</translation>
  </message>
  <message>
   <source>check the SHA-256 and signature of a version's publications</source>
   <translation>проверява SHA-256 и подписа на публикациите на версия</translation>
  </message>
  <message>
   <source>who changed what and when</source>
   <translation>кой какво и кога е променил</translation>
  </message>
  <message numerus="yes">
   <source>; {n} features given the register's versionId and beginLifespanVersion in place of the file's</source>
   <translation>
    <numerusform>; {n} обект получи versionId и beginLifespanVersion на регистъра вместо тези от файла</numerusform>
    <numerusform>; {n} обекта получиха versionId и beginLifespanVersion на регистъра вместо тези от файла</numerusform>
   </translation>
  </message>
  <message>
   <source>the register holds no plan of authority {authority}</source>
   <translation>регистърът няма планове на орган {authority}</translation>
  </message>
  <message>
   <source>the register is empty</source>
   <translation>регистърът е празен</translation>
  </message>
  <message>
   <source>written {out}</source>
   <translation>записан {out}</translation>
  </message>
  <message>
   <source>applies</source>
   <translation>важи</translation>
  </message>
  <message>
   <source>also covers (overridden)</source>
   <translation>също покрива (с по-нисък приоритет)</translation>
  </message>
  <message numerus="yes">
   <source>written {out}: {n} zoning elements in force on {date}</source>
   <translation>
    <numerusform>записан {out}: {n} устройствена зона в сила към {date}</numerusform>
    <numerusform>записан {out}: {n} устройствени зони в сила към {date}</numerusform>
   </translation>
  </message>
  <message>
   <source>{user} is {role} for {authority}</source>
   <translation>{user} е {role} за {authority}</translation>
  </message>
  <message>
   <source>{user} is {role}</source>
   <translation>{user} е {role}</translation>
  </message>
  <message>
   <source>unsigned</source>
   <translation>без подпис</translation>
  </message>
  <message>
   <source>PostgreSQL DSN or URI (default: your private register)</source>
   <translation>DSN или URI на PostgreSQL (по подразбиране: вашият личен регистър)</translation>
  </message>
  <message>
   <source>machine-readable output</source>
   <translation>изход като JSON</translation>
  </message>
  <message>
   <source>folder of the private cluster</source>
   <translation>папка на личния клъстер</translation>
  </message>
  <message>
   <source>a .gml or .gpkg plan</source>
   <translation>план .gml или .gpkg</translation>
  </message>
  <message>
   <source>authority code (e.g. sofia)</source>
   <translation>код на органа (напр. sofia)</translation>
  </message>
  <message>
   <source>a plan this one amends within its extent (LOCALID or NAMESPACE:LOCALID)</source>
   <translation>план, който този изменя в обхвата си (ЛОКАЛЕН_ИД или ПРОСТРАНСТВО:ЛОКАЛЕН_ИД)</translation>
  </message>
  <message>
   <source>store even with errors</source>
   <translation>записва и при грешки</translation>
  </message>
  <message>
   <source>validation profile (default bg)</source>
   <translation>профил на проверката (по подразбиране bg)</translation>
  </message>
  <message>
   <source>only this authority's plans</source>
   <translation>само плановете на този орган</translation>
  </message>
  <message>
   <source>one version</source>
   <translation>една версия</translation>
  </message>
  <message>
   <source>every version of a plan</source>
   <translation>всички версии на план</translation>
  </message>
  <message>
   <source>the process step: {steps}</source>
   <translation>етапът: {steps}</translation>
  </message>
  <message>
   <source>validFrom (legalForce) or validTo (obsolete)</source>
   <translation>първият ден в сила (legalForce) или денят на отмяна (obsolete): 04.12.2026 или 2026-12-04</translation>
  </message>
  <message>
   <source>PEM private key to sign the publication</source>
   <translation>частен ключ PEM за подпис</translation>
  </message>
  <message>
   <source>PEM certificate of that key</source>
   <translation>сертификат PEM на ключа</translation>
  </message>
  <message>
   <source>the GML exactly as last published, with its signature as OUT.sig.xml</source>
   <translation>GML точно както е публикуван последно, с подписа като OUT.sig.xml</translation>
  </message>
  <message>
   <source>east or longitude</source>
   <translation>изток или дължина</translation>
  </message>
  <message>
   <source>north or latitude</source>
   <translation>север или ширина</translation>
  </message>
  <message>
   <source>the day (default today)</source>
   <translation>денят (по подразбиране днес)</translation>
  </message>
  <message>
   <source>CRS of X Y (default 4326: longitude, latitude)</source>
   <translation>координатна система на X Y (по подразбиране 4326)</translation>
  </message>
  <message>
   <source>only zones in this box (in the output CRS); also as one word MINX,MINY,MAXX,MAXY</source>
   <translation>само зоните в този правоъгълник (в координатната система на резултата); може и като една дума MINX,MINY,MAXX,MAXY</translation>
  </message>
  <message>
   <source>output CRS (default: the first plan's)</source>
   <translation>координатна система на изхода</translation>
  </message>
  <message>
   <source>write an HTML report with a map</source>
   <translation>записва HTML отчет с карта</translation>
  </message>
  <message>
   <source>PostgreSQL login (created if new)</source>
   <translation>потребител в PostgreSQL (създава се)</translation>
  </message>
  <message>
   <source>the role: {roles}</source>
   <translation>ролята: {roles}</translation>
  </message>
  <message>
   <source>authority code (created if new)</source>
   <translation>код на органа (създава се)</translation>
  </message>
  <message>
   <source>the authority's name</source>
   <translation>името на органа</translation>
  </message>
  <message>
   <source>take the password from this environment variable</source>
   <translation>паролата от тази променлива на средата</translation>
  </message>
  <message>
   <source>trusted PEM certificate</source>
   <translation>доверен сертификат PEM</translation>
  </message>
  <message>
   <source>register ready: {dsn} (migrations applied: {applied})</source>
   <translation>регистърът е готов: {dsn} (приложени миграции: {applied})</translation>
  </message>
  <message>
   <source>{plan}: is a folder; give a .gml or .gpkg plan file</source>
   <translation>{plan}: е папка; посочете файл с план .gml или .gpkg</translation>
  </message>
  <message>
   <source>{plan}: no such file</source>
   <translation>{plan}: няма такъв файл</translation>
  </message>
  <message numerus="yes">
   <source>not stored: {n} errors (fix them, or --force)</source>
   <translation>
    <numerusform>не е записан заради {n} грешка; поправете я или --force</numerusform>
    <numerusform>не е записан заради {n} грешки; поправете ги или --force</numerusform>
   </translation>
  </message>
  <message>
   <source>--key and --cert go together</source>
   <translation>--key и --cert се дават заедно</translation>
  </message>
  <message>
   <source>written {out} (sha256 {pub})</source>
   <translation>записан {out} (sha256 {pub})</translation>
  </message>
  <message>
   <source>in force since</source>
   <translation>в сила от</translation>
  </message>
  <message>
   <source>zone type</source>
   <translation>вид зона</translation>
  </message>
  <message>
   <source>limits</source>
   <translation>показатели</translation>
  </message>
  <message>
   <source>documents</source>
   <translation>документи</translation>
  </message>
  <message>
   <source>no zoning in force at {where}</source>
   <translation>няма устройство в сила в {where}</translation>
  </message>
  <message>
   <source>the environment variable {var} is not set or empty; nothing was granted</source>
   <translation>променливата на средата {var} не е зададена или е празна; нищо не е предоставено</translation>
  </message>
  <message>
   <source>signature</source>
   <translation>подпис</translation>
  </message>
  <message>
   <source>{id} has not been published</source>
   <translation>{id} не е публикувана</translation>
  </message>
  <message>
   <source>'{text}' is not a number: write the decimal point as '.' ({fixed})</source>
   <translation>„{text}“ не е число: пишете десетичната точка като „.“ ({fixed})</translation>
  </message>
  <message>
   <source>'{text}' is not a number</source>
   <translation>„{text}“ не е число</translation>
  </message>
  <message>
   <source>the other commands find it with PLU_REGISTER_HOME={home} or --db "{dsn}"</source>
   <translation>другите команди го намират с PLU_REGISTER_HOME={home} или --db "{dsn}"</translation>
  </message>
  <message>
   <source>; the same plan as {ref}: nothing in it changed</source>
   <translation>; същият план като {ref}: нищо в него не е променено</translation>
  </message>
  <message>
   <source>no zoning in force on {date} inside the box {bbox} in EPSG:{crs} (is the box in that CRS?)</source>
   <translation>няма действащо зониране на {date} в правоъгълника {bbox} в EPSG:{crs} (в тази координатна система ли е правоъгълникът?)</translation>
  </message>
  <message>
   <source>no zoning in force on {date}</source>
   <translation>няма устройство в сила към {date}</translation>
  </message>
  <message>
   <source>not checked (no --cert)</source>
   <translation>непроверен (няма --cert)</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>валиден</translation>
  </message>
  <message>
   <source>INVALID</source>
   <translation>НЕВАЛИДЕН</translation>
  </message>
  <message>
   <source>four numbers are needed, MINX MINY MAXX MAXY or MINX,MINY,MAXX,MAXY; given: {given} (write a decimal point as '.')</source>
   <translation>нужни са четири числа, MINX MINY MAXX MAXY или MINX,MINY,MAXX,MAXY; зададено: {given} (пишете десетичната точка като „.“)</translation>
  </message>
  <message>
   <source>four numbers are needed, MINX MINY MAXX MAXY or MINX,MINY,MAXX,MAXY; given: {given}</source>
   <translation>нужни са четири числа, MINX MINY MAXX MAXY или MINX,MINY,MAXX,MAXY; зададено: {given}</translation>
  </message>
  <message>
   <source>stored {ref} ({status}) for {authority}: {counts}</source>
   <translation>записан {ref} ({status}) за {authority}: {counts}</translation>
  </message>
  <message>
   <source>none</source>
   <translation>няма</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.schemas</name>
  <message>
   <source>fetch the INSPIRE XML schemas once, or show where they are</source>
   <translation>изтегля веднъж XML схемите на INSPIRE или показва къде са</translation>
  </message>
  <message numerus="yes">
   <source>{n} schema files in {folder}</source>
   <translation>
    <numerusform>{n} файл със схема в {folder}</numerusform>
    <numerusform>{n} файла със схеми в {folder}</numerusform>
   </translation>
  </message>
  <message>
   <source>folder to fetch into (default: the user cache)</source>
   <translation>папка за изтегляне (по подразбиране: потребителския кеш)</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.serve</name>
  <message>
   <source>publish the plan register as WMS, OGC API – Features and ATOM services</source>
   <translation>публикува регистъра на плановете като услуги WMS, OGC API – Features и ATOM</translation>
  </message>
  <message>
   <source>the register (libpq DSN or URI; default: your private register)</source>
   <translation>регистърът (DSN или URI на libpq; по подразбиране: личният ви регистър)</translation>
  </message>
  <message>
   <source>address to listen on</source>
   <translation>адрес, на който да слуша</translation>
  </message>
  <message>
   <source>port to listen on</source>
   <translation>порт, на който да слуша</translation>
  </message>
  <message>
   <source>the address clients use (default http://HOST:PORT)</source>
   <translation>адресът, който ползват клиентите (по подразбиране http://HOST:PORT)</translation>
  </message>
  <message>
   <source>also route /consultation/ to a consultation service started with --behind-proxy</source>
   <translation>пренасочва и /consultation/ към услуга за обществено обсъждане, пусната с --behind-proxy</translation>
  </message>
  <message>
   <source>the services' contact e-mail for their metadata (not set: the records say it is missing)</source>
   <translation>имейл за контакт в метаданните на услугите (ако не е зададен, записите казват, че липсва)</translation>
  </message>
  <message>
   <source>only write the configuration (nginx, QGIS project, pygeoapi, ATOM files) to DIR</source>
   <translation>само записва конфигурацията (nginx, проект на QGIS, pygeoapi, файлове ATOM) в DIR</translation>
  </message>
  <message>
   <source>configuration written to {folder}</source>
   <translation>конфигурацията е записана в {folder}</translation>
  </message>
  <message>
   <source>serving {base}/wms, {base}/ogcapi/ and {base}/atom/ (Ctrl+C stops)</source>
   <translation>услугите са на {base}/wms, {base}/ogcapi/ и {base}/atom/ (Ctrl+C спира)</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.validate</name>
  <message>
   <source>check a plan: INSPIRE tests, schema, geometry, topology, references, national rules (offline)</source>
   <translation>проверява план: тестове INSPIRE, схема, геометрия, топология, препратки, национални правила (без мрежа)</translation>
  </message>
  <message>
   <source>{source}: {verdict} — {fatal}, {errors}, {warnings}, {notes} ({rules}, profile {profile})</source>
   <translation>{source}: {verdict} — {fatal}, {errors}, {warnings}, {notes} ({rules}, профил {profile})</translation>
  </message>
  <message>
   <source>a .gml file or a .gpkg plan file; several, or folders (searched for *.gml and *.gpkg), check each</source>
   <translation>файл .gml или файл на план .gpkg; няколко или папки (търсят се *.gml и *.gpkg) — проверява всеки</translation>
  </message>
  <message>
   <source>national profile ({value}) or a profile file</source>
   <translation>национален профил ({value}) или файл с профил</translation>
  </message>
  <message>
   <source>report format (default: text on the terminal)</source>
   <translation>формат на доклада (по подразбиране: текст)</translation>
  </message>
  <message>
   <source>write the report here (several plans: a folder, one report per plan)</source>
   <translation>записва доклада тук (няколко плана: папка, по един доклад за план)</translation>
  </message>
  <message>
   <source>plans checked at once (default: the number of cores)</source>
   <translation>брой планове, проверявани едновременно (по подразбиране: броят ядра)</translation>
  </message>
  <message>
   <source>topology tolerance in metres (default 0.002)</source>
   <translation>допуск за топологията в метри (по подразбиране 0.002)</translation>
  </message>
  <message>
   <source>smallest zone part that is not a sliver, m² (default 1)</source>
   <translation>най-малка част от зона, която не е остатък, m²</translation>
  </message>
  <message>
   <source>rule, rule prefix (TOPO.) or family (topology) not to check; repeatable</source>
   <translation>правило, начало на код (TOPO.) или група (topology), които да не се проверяват; може многократно</translation>
  </message>
  <message>
   <source>list every finding, fold none</source>
   <translation>изброява всички, без сгъване</translation>
  </message>
  <message>
   <source>list the rules and exit</source>
   <translation>изброява правилата и излиза</translation>
  </message>
  <message>
   <source>{text!r} is not a whole number of 1 or more</source>
   <translation>{text!r} не е цяло число, 1 или повече</translation>
  </message>
  <message>
   <source>several plans give several {format} reports: name a folder for them with -o DIR</source>
   <translation>няколко плана дават няколко доклада {format}: посочете папка за тях с -o ПАПКА</translation>
  </message>
  <message>
   <source>{out_dir} is a file; several plans need a folder for their reports</source>
   <translation>{out_dir} е файл; за докладите на няколко плана е нужна папка</translation>
  </message>
  <message>
   <source>report written to {out}</source>
   <translation>докладът е записан в {out}</translation>
  </message>
  <message>
   <source>valid</source>
   <translation>валиден</translation>
  </message>
  <message>
   <source>not valid</source>
   <translation>невалиден</translation>
  </message>
  <message>
   <source>incomplete — a check could not run, so not known to be valid</source>
   <translation>непълна проверка — проверка не можа да се изпълни, валидността не е установена</translation>
  </message>
  <message>
   <source>could not be checked</source>
   <translation>не може да се провери</translation>
  </message>
  <message>
   <source>error</source>
   <translation>грешка</translation>
  </message>
  <message numerus="yes">
   <source>{n} fatal</source>
   <translation>
    <numerusform>{n} фатална</numerusform>
    <numerusform>{n} фатални</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} errors</source>
   <translation>
    <numerusform>{n} грешка</numerusform>
    <numerusform>{n} грешки</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} warnings</source>
   <translation>
    <numerusform>{n} предупреждение</numerusform>
    <numerusform>{n} предупреждения</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} notes</source>
   <translation>
    <numerusform>{n} бележка</numerusform>
    <numerusform>{n} бележки</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} rules</source>
   <translation>
    <numerusform>{n} правило</numerusform>
    <numerusform>{n} правила</numerusform>
   </translation>
  </message>
  <message>
   <source>features checked</source>
   <translation>проверени обекти</translation>
  </message>
  <message>
   <source>give the file to validate</source>
   <translation>посочете файла за проверка</translation>
  </message>
  <message>
   <source>plans checked</source>
   <translation>проверени планове</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.commands.verify</name>
  <message>
   <source>check a published plan's SHA-256 and XML signature (and the register's record of it)</source>
   <translation>проверява SHA-256 и XML подписа на публикуван план (и записа в регистъра)</translation>
  </message>
  <message>
   <source>the published .gml</source>
   <translation>публикуваният .gml</translation>
  </message>
  <message>
   <source>detached signature (default FILE.sig.xml when it exists)</source>
   <translation>отделен подпис (по подразбиране FILE.sig.xml, ако има)</translation>
  </message>
  <message>
   <source>trusted PEM certificate of the publisher</source>
   <translation>доверен сертификат PEM на издателя</translation>
  </message>
  <message>
   <source>also look the hash up in this register</source>
   <translation>търси хеша и в този регистър</translation>
  </message>
  <message>
   <source>machine-readable output</source>
   <translation>изход като JSON</translation>
  </message>
  <message>
   <source>no signature given</source>
   <translation>не е даден подпис</translation>
  </message>
  <message>
   <source>valid</source>
   <translation>валиден</translation>
  </message>
  <message>
   <source>INVALID</source>
   <translation>НЕВАЛИДЕН</translation>
  </message>
  <message>
   <source>not checked: give --cert</source>
   <translation>непроверен: дайте --cert</translation>
  </message>
  <message>
   <source>the register has no publication with this hash</source>
   <translation>регистърът няма публикация с този хеш</translation>
  </message>
  <message>
   <source>the hash matches</source>
   <translation>хешът съвпада</translation>
  </message>
  <message>
   <source>the file is NOT the signed one</source>
   <translation>файлът НЕ е подписаният</translation>
  </message>
  <message>
   <source>signature</source>
   <translation>подпис</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.main</name>
  <message>
   <source>PLU Studio: INSPIRE Planned Land Use plans, headless.</source>
   <translation>PLU Studio: устройствени планове по INSPIRE (Planned Land Use) от командния ред.</translation>
  </message>
  <message>
   <source>message language</source>
   <translation>език на съобщенията</translation>
  </message>
  <message>
   <source>show tracebacks</source>
   <translation>показва пълната грешка</translation>
  </message>
  <message>
   <source>plu: cancelled</source>
   <translation>plu: прекъснато</translation>
  </message>
  <message>
   <source>plu: interrupted</source>
   <translation>plu: прекъснато</translation>
  </message>
  <message>
   <source>error</source>
   <translation>грешка</translation>
  </message>
 </context>
 <context>
  <name>plu_cli.map_pdf</name>
  <message>
   <source>QGIS did not finish the plan map within {timeout:.0f} s</source>
   <translation>QGIS не завърши картата на плана за {timeout:.0f} s</translation>
  </message>
  <message>
   <source>cannot start QGIS for the plan map: {exc}</source>
   <translation>QGIS не може да се стартира за картата на плана: {exc}</translation>
  </message>
  <message>
   <source>app.print_layout exited with status {status}</source>
   <translation>app.print_layout завърши с код {status}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.class_names</name>
  <message>
   <source>SpatialPlan</source>
   <translation>устройствени планове</translation>
  </message>
  <message>
   <source>ZoningElement</source>
   <translation>устройствени зони</translation>
  </message>
  <message>
   <source>SupplementaryRegulation</source>
   <translation>допълнителни регулации</translation>
  </message>
  <message>
   <source>OfficialDocumentation</source>
   <translation>официални документи</translation>
  </message>
  <message>
   <source>{n} {name}</source>
   <translation>{name}: {n}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.class_names#one</name>
  <message>
   <source>SpatialPlan</source>
   <translation>устройствен план</translation>
  </message>
  <message>
   <source>ZoningElement</source>
   <translation>устройствена зона</translation>
  </message>
  <message>
   <source>SupplementaryRegulation</source>
   <translation>допълнителна регулация</translation>
  </message>
  <message>
   <source>OfficialDocumentation</source>
   <translation>официален документ</translation>
  </message>
 </context>
 <context>
  <name>plu_model.codelist_file</name>
  <message>
   <source>{path}:{line}: not a usable code list: {problem}</source>
   <translation>{path}:{line}: не е използваем кодов списък: {problem}</translation>
  </message>
  <message>
   <source>a value must be a JSON object</source>
   <translation>всяка стойност трябва да е JSON обект</translation>
  </message>
  <message>
   <source>"code" {code!r} must be a text without spaces, '/', '#' or '?'</source>
   <translation>"code" {code!r} трябва да е текст без интервали, '/', '#' и '?'</translation>
  </message>
  <message>
   <source>the code {code} appears twice</source>
   <translation>кодът {code} се среща два пъти</translation>
  </message>
  <message>
   <source>the value {code} has no "uri"</source>
   <translation>стойността {code} няма "uri"</translation>
  </message>
  <message>
   <source>the "label" of {code} must map languages to texts</source>
   <translation>"label" на {code} трябва да съпоставя езици с текстове</translation>
  </message>
  <message>
   <source>the file must hold one JSON object</source>
   <translation>файлът трябва да съдържа един JSON обект</translation>
  </message>
  <message>
   <source>"values" is missing or not a list</source>
   <translation>"values" липсва или не е списък</translation>
  </message>
  <message>
   <source>the "{key}" of {code} must be a text</source>
   <translation>"{key}" на {code} трябва да е текст</translation>
  </message>
  <message>
   <source>not UTF-8 text ({reason})</source>
   <translation>не е текст в UTF-8 ({reason})</translation>
  </message>
  <message>
   <source>not JSON: {msg} (column {col})</source>
   <translation>не е JSON: {msg} (колона {col})</translation>
  </message>
  <message>
   <source>"{key}" is missing or not a text</source>
   <translation>"{key}" липсва или не е текст</translation>
  </message>
 </context>
 <context>
  <name>plu_model.codelists</name>
  <message>
   <source>no code list {name!r} in {resources_dir}</source>
   <translation>няма кодов списък {name!r} в {resources_dir}</translation>
  </message>
  <message>
   <source>no code list {name!r}; did you mean {near}?</source>
   <translation>няма кодов списък {name!r}; може би {near}?</translation>
  </message>
 </context>
 <context>
  <name>plu_model.crs</name>
  <message>
   <source>unsupported srsName {text!r} (expected http://www.opengis.net/def/crs/EPSG/0/&lt;code&gt;)</source>
   <translation>неподдържано srsName {text!r} (очаква се http://www.opengis.net/def/crs/EPSG/0/&lt;код&gt;)</translation>
  </message>
  <message>
   <source>EPSG:{epsg} is not a coordinate reference system PROJ knows</source>
   <translation>EPSG:{epsg} не е координатна система, която PROJ познава</translation>
  </message>
  <message>
   <source>coordinates between ({x0:.3f}, {y0:.3f}) and ({x1:.3f}, {y1:.3f}) cannot be transformed from EPSG:{src} to EPSG:{dst} ({exc})</source>
   <translation>координатите между ({x0:.3f}, {y0:.3f}) и ({x1:.3f}, {y1:.3f}) не могат да се трансформират от EPSG:{src} в EPSG:{dst} ({exc})</translation>
  </message>
 </context>
 <context>
  <name>plu_model.dates</name>
  <message>
   <source>'{value}' is not a date; write it as 04.12.2026 or 2026-12-04</source>
   <translation>„{value}“ не е дата; пишете я като 04.12.2026 или 2026-12-04</translation>
  </message>
  <message>
   <source>'{value}' is not a day of the calendar; write a date as 04.12.2026 or 2026-12-04</source>
   <translation>„{value}“ не е ден от календара; пишете датата като 04.12.2026 или 2026-12-04</translation>
  </message>
 </context>
 <context>
  <name>plu_model.errors</name>
  <message>
   <source>{path}: {reason}</source>
   <translation>{path}: {reason}</translation>
  </message>
  <message>
   <source>no such file or folder</source>
   <translation>няма такъв файл или папка</translation>
  </message>
  <message>
   <source>permission denied</source>
   <translation>нямате права за достъп</translation>
  </message>
  <message>
   <source>the file system is read-only</source>
   <translation>файловата система е само за четене</translation>
  </message>
  <message>
   <source>no space left on the disk</source>
   <translation>няма свободно място на диска</translation>
  </message>
  <message>
   <source>it is a folder</source>
   <translation>това е папка</translation>
  </message>
  <message>
   <source>a part of the path is not a folder</source>
   <translation>част от пътя не е папка</translation>
  </message>
  <message>
   <source>{reason}</source>
   <translation>{reason}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.findings</name>
  <message>
   <source>info</source>
   <translation>бележка</translation>
  </message>
  <message>
   <source>warning</source>
   <translation>предупреждение</translation>
  </message>
  <message>
   <source>error</source>
   <translation>грешка</translation>
  </message>
  <message>
   <source>fatal</source>
   <translation>фатална</translation>
  </message>
 </context>
 <context>
  <name>plu_model.geojson_polygon</name>
  <message>
   <source>{path}: {text}</source>
   <translation>{path}: {text}</translation>
  </message>
  <message>
   <source>the crs member {value} names no known EPSG system</source>
   <translation>членът crs {value} не назовава позната система по EPSG</translation>
  </message>
  <message>
   <source>{place}: the coordinates ({corner} …) are not longitude and latitude, yet the crs member names the geographic system EPSG:{epsg}; name the system the coordinates are in</source>
   <translation>{place}: координатите ({corner} …) не са географска дължина и ширина, а членът crs назовава географската система EPSG:{epsg}; посочете системата, в която са координатите</translation>
  </message>
  <message>
   <source>is {size:.0f} MB; a footprint or plot file is expected to be far smaller</source>
   <translation>е {size:.0f} MB; файл с петно или имот се очаква да е много по-малък</translation>
  </message>
  <message>
   <source>is JSON but not GeoJSON (no "type" member at the top)</source>
   <translation>е JSON, но не е GeoJSON (липсва член "type" на най-горно ниво)</translation>
  </message>
  <message>
   <source>geometry</source>
   <translation>геометрията</translation>
  </message>
  <message>
   <source>{place}: has no geometry</source>
   <translation>{place}: няма геометрия</translation>
  </message>
  <message>
   <source>{place}: is a {type}; a Polygon or MultiPolygon is needed</source>
   <translation>{place}: е {type}; нужен е Polygon или MultiPolygon</translation>
  </message>
  <message>
   <source>{place}: the polygon is empty</source>
   <translation>{place}: полигонът е празен</translation>
  </message>
  <message>
   <source>{place}: a coordinate is not a finite number</source>
   <translation>{place}: координата не е крайно число</translation>
  </message>
  <message>
   <source>{place}: a coordinate is {value}, farther than any place on Earth in degrees or metres</source>
   <translation>{place}: една координата е {value}, по-далеч от всяко място на Земята в градуси или метри</translation>
  </message>
  <message>
   <source>{place}: the polygon is not valid: {reason}</source>
   <translation>{place}: полигонът не е валиден: {reason}</translation>
  </message>
  <message>
   <source>{place}: the polygon has no area</source>
   <translation>{place}: полигонът няма площ</translation>
  </message>
  <message>
   <source>{place}: the coordinates ({corner} …) are not longitude and latitude, which is what GeoJSON without a crs member holds (RFC 7946); save the file in WGS 84, or add a crs member naming its system (e.g. "urn:ogc:def:crs:EPSG::3046")</source>
   <translation>{place}: координатите ({corner} …) не са географска дължина и ширина, а такива съдържа GeoJSON без член crs (RFC 7946); запишете файла в WGS 84 или добавете член crs, който назовава системата му (напр. "urn:ogc:def:crs:EPSG::3046")</translation>
  </message>
  <message>
   <source>cannot be read ({strerror})</source>
   <translation>не може да бъде прочетен ({strerror})</translation>
  </message>
  <message>
   <source>holds {value}, which is not a number in JSON; every coordinate must be a finite number</source>
   <translation>съдържа {value}, което не е число в JSON; всяка координата трябва да е крайно число</translation>
  </message>
  <message>
   <source>is not UTF-8 text (byte {start})</source>
   <translation>не е текст в UTF-8 (байт {start})</translation>
  </message>
  <message>
   <source>line {lineno}, column {colno}: not valid JSON ({msg})</source>
   <translation>ред {lineno}, колона {colno}: невалиден JSON ({msg})</translation>
  </message>
  <message>
   <source>is nested too deeply to be GeoJSON</source>
   <translation>е твърде дълбоко вложен, за да е GeoJSON</translation>
  </message>
  <message>
   <source>the FeatureCollection holds no features</source>
   <translation>колекцията FeatureCollection няма обекти</translation>
  </message>
  <message>
   <source>feature {n}</source>
   <translation>обект {n}</translation>
  </message>
  <message>
   <source>{place}: the coordinates are malformed ({exc})</source>
   <translation>{place}: координатите са сгрешени ({exc})</translation>
  </message>
 </context>
 <context>
  <name>plu_model.geopackage</name>
  <message>
   <source>{path}: {LAYER_NAMES} row {fid} ({get}) cannot be read: {exc}</source>
   <translation>{path}: {LAYER_NAMES} ред {fid} ({get}) не може да бъде прочетен: {exc}</translation>
  </message>
  <message>
   <source>{path}: no such file</source>
   <translation>{path}: няма такъв файл</translation>
  </message>
  <message>
   <source>{path}: not a GeoPackage</source>
   <translation>{path}: не е GeoPackage</translation>
  </message>
  <message>
   <source>{path}: a GeoPackage, but not a PLU Studio plan file (no {META_TABLE} table); bring it in with 'plu import'</source>
   <translation>{path}: GeoPackage, но не файл на план на PLU Studio (няма таблица {META_TABLE}); внесете го с 'plu import'</translation>
  </message>
  <message>
   <source>{path}: written by a newer PLU Studio (plan-file layout {version}, this one reads {SCHEMA_VERSION}); update PLU Studio</source>
   <translation>{path}: записан от по-нова версия на PLU Studio (структура на файла на план {version}, тази чете {SCHEMA_VERSION}); обновете PLU Studio</translation>
  </message>
  <message>
   <source>{path}: the table {LAYER_NAMES} is missing</source>
   <translation>{path}: липсва таблицата {LAYER_NAMES}</translation>
  </message>
  <message>
   <source>{class_name} {gml_id}: the geometry has NaN or infinite coordinates; a plan file cannot hold them, correct the source first</source>
   <translation>{class_name} {gml_id}: геометрията има координати NaN или безкрайност; файлът на план не може да ги съдържа, поправете първо източника</translation>
  </message>
  <message>
   <source>{path}: not a GeoPackage ({exc})</source>
   <translation>{path}: не е GeoPackage ({exc})</translation>
  </message>
  <message>
   <source>{path}: the plan file does not say its CRS</source>
   <translation>{path}: файлът на план не посочва координатната си система</translation>
  </message>
  <message>
   <source>{path}: {LAYER_NAMES}: a row cannot be read ({exc})</source>
   <translation>{path}: {LAYER_NAMES}: ред не може да бъде прочетен ({exc})</translation>
  </message>
 </context>
 <context>
  <name>plu_model.gml_diff</name>
  <message>
   <source>a position moved by {worst:.6g} (tolerance {tol:g})</source>
   <translation>точка е преместена с {worst:.6g} (допуск {tol:g})</translation>
  </message>
  <message numerus="yes">
   <source>{n} positions became {n_b}</source>
   <translation>
    <numerusform>{n} точка стана {n_b}</numerusform>
    <numerusform>{n} точки станаха {n_b}</numerusform>
   </translation>
  </message>
  <message>
   <source>the coordinate dimension changed</source>
   <translation>броят на координатите в точка се промени</translation>
  </message>
  <message numerus="yes">
   <source>{n} positions moved</source>
   <translation>
    <numerusform>{n} точка е преместена</numerusform>
    <numerusform>{n} точки са преместени</numerusform>
   </translation>
  </message>
  <message>
   <source>{path}: no such file</source>
   <translation>{path}: няма такъв файл</translation>
  </message>
  <message>
   <source>{path}: holds no PLU 4.0 feature; is it a PLU GML delivery?</source>
   <translation>{path}: не съдържа обект по PLU 4.0; доставка в PLU GML ли е?</translation>
  </message>
  <message>
   <source>the tolerance must be a finite number of 0 or more, not {tolerance:g}</source>
   <translation>допускът трябва да е крайно число, 0 или повече, а не {tolerance:g}</translation>
  </message>
  <message>
   <source>{path} is a plan file, not GML: write it as GML with plu convert, then compare</source>
   <translation>{path} е файл на план, а не GML: запишете го като GML с plu convert и тогава сравнете</translation>
  </message>
  <message>
   <source>{path}:{line}: not well-formed XML: {msg}</source>
   <translation>{path}:{line}: XML документът не е добре оформен: {msg}</translation>
  </message>
  <message>
   <source>{path}: cannot be read: {exc}</source>
   <translation>{path}: не може да бъде прочетен: {exc}</translation>
  </message>
  <message>
   <source>{leaf} became {new!r} in B</source>
   <translation>{leaf} е станало {new!r} в B</translation>
  </message>
  <message>
   <source>{leaf} is not in B</source>
   <translation>{leaf} липсва в B</translation>
  </message>
  <message>
   <source>{tag}: EPSG {crs_a} became {crs_b}</source>
   <translation>{tag}: EPSG {crs_a} стана {crs_b}</translation>
  </message>
  <message>
   <source>{tag}: {why}</source>
   <translation>{tag}: {why}</translation>
  </message>
  <message>
   <source>{cls} {gml_id}: {text}</source>
   <translation>{cls} {gml_id}: {text}</translation>
  </message>
  <message>
   <source>missing in B</source>
   <translation>липсва в B</translation>
  </message>
  <message>
   <source>{tag} is missing in B</source>
   <translation>{tag} липсва в B</translation>
  </message>
  <message>
   <source>gml:id became {gml_id}</source>
   <translation>gml:id е станал {gml_id}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.gml_geometry</name>
  <message>
   <source>a surface member is a {geom_type}, not a surface</source>
   <translation>член на повърхнина е {geom_type}, а не повърхнина</translation>
  </message>
  <message>
   <source>geometry has no srsName; assumed the plan's EPSG:{target_epsg}</source>
   <translation>геометрията няма srsName; приета е EPSG:{target_epsg} на плана</translation>
  </message>
  <message>
   <source>coordinates contain NaN or infinity</source>
   <translation>координатите съдържат NaN или безкрайност</translation>
  </message>
  <message>
   <source>{tag} is not a GML geometry</source>
   <translation>{tag} не е геометрия на GML</translation>
  </message>
  <message>
   <source>gml:{name} geometries are not supported</source>
   <translation>геометрии gml:{name} не се поддържат</translation>
  </message>
  <message>
   <source>a line needs at least two positions</source>
   <translation>линията изисква поне две точки</translation>
  </message>
  <message>
   <source>gml:Curve without gml:segments</source>
   <translation>gml:Curve без gml:segments</translation>
  </message>
  <message>
   <source>a gml:CircleByCenterPoint needs one centre position and a gml:radius</source>
   <translation>gml:CircleByCenterPoint изисква една позиция на центъра и gml:radius</translation>
  </message>
  <message>
   <source>the radius of a gml:CircleByCenterPoint is read in metres of a projected CRS only (uom '{uom}', {crs})</source>
   <translation>радиусът на gml:CircleByCenterPoint се чете само в метри на проекционна координатна система (uom '{uom}', {crs})</translation>
  </message>
  <message>
   <source>a circle's radius must be a positive number, not {r}</source>
   <translation>радиусът на окръжност трябва да е положително число, а не {r}</translation>
  </message>
  <message>
   <source>gml:OrientableCurve without an inline baseCurve</source>
   <translation>gml:OrientableCurve без вграден baseCurve</translation>
  </message>
  <message>
   <source>gml:{tag} holds no ring</source>
   <translation>gml:{tag} не съдържа контур</translation>
  </message>
  <message>
   <source>a ring's first and last positions differ (the ring is not closed)</source>
   <translation>първата и последната точка на контура се различават (контурът не е затворен)</translation>
  </message>
  <message numerus="yes">
   <source>a ring has {n} positions; at least 4 are needed — the ring was left out</source>
   <translation>
    <numerusform>контурът има {n} точка, а са нужни поне 4 — контурът е пропуснат</numerusform>
    <numerusform>контурът има {n} точки, а са нужни поне 4 — контурът е пропуснат</numerusform>
   </translation>
  </message>
  <message>
   <source>polygon without gml:exterior</source>
   <translation>многоъгълник без gml:exterior</translation>
  </message>
  <message>
   <source>gml:Surface without gml:patches</source>
   <translation>gml:Surface без gml:patches</translation>
  </message>
  <message>
   <source>gml:OrientableSurface without an inline baseSurface</source>
   <translation>gml:OrientableSurface без вграден baseSurface</translation>
  </message>
  <message>
   <source>an arc string needs 2n+1 positions</source>
   <translation>дъговата линия изисква 2n+1 точки</translation>
  </message>
  <message>
   <source>the geometry has no srsName and no CRS is known for the plan</source>
   <translation>геометрията няма srsName и координатната система на плана не е известна</translation>
  </message>
  <message>
   <source>the geometry cannot be built ({exc})</source>
   <translation>геометрията не може да бъде построена ({exc})</translation>
  </message>
  <message>
   <source>a coordinate is not a number ({exc})</source>
   <translation>координата не е число ({exc})</translation>
  </message>
  <message>
   <source>gml:{kind} is not a ring</source>
   <translation>gml:{kind} не е контур</translation>
  </message>
  <message numerus="yes">
   <source>posList has {n} numbers, not a multiple of srsDimension {dim}</source>
   <translation>
    <numerusform>posList съдържа {n} число, а броят трябва да е кратен на srsDimension {dim}</numerusform>
    <numerusform>posList съдържа {n} числа — броят им не е кратен на srsDimension {dim}</numerusform>
   </translation>
  </message>
  <message>
   <source>gml:{tag} has no coordinates</source>
   <translation>gml:{tag} няма координати</translation>
  </message>
  <message>
   <source>positions of mixed or unsupported dimension</source>
   <translation>точки със смесен или неподдържан брой измерения</translation>
  </message>
  <message>
   <source>gml:{singular} by reference (xlink:href) is not supported</source>
   <translation>gml:{singular} чрез препратка (xlink:href) не се поддържа</translation>
  </message>
  <message>
   <source>gml:Ring without curve members</source>
   <translation>gml:Ring без членове криви</translation>
  </message>
  <message>
   <source>a gml:Circle needs 3 positions, not {n}</source>
   <translation>gml:Circle изисква 3 позиции, а не {n}</translation>
  </message>
  <message>
   <source>curve segment gml:{kind} is not supported</source>
   <translation>сегментът от крива gml:{kind} не се поддържа</translation>
  </message>
  <message>
   <source>pointProperty by reference is not supported</source>
   <translation>pointProperty чрез препратка не се поддържа</translation>
  </message>
 </context>
 <context>
  <name>plu_model.gml_reader</name>
  <message>
   <source>{what} outside the features is not kept: '{short}'</source>
   <translation>{what} извън обектите не се запазва: '{short}'</translation>
  </message>
  <message>
   <source>{name} of {class_name} has no place in the PLU model; it is kept verbatim and written back as long as the feature is not edited</source>
   <translation>{name} на {class_name} няма място в модела PLU; запазен е дословно и се записва обратно, докато обектът не бъде редактиран</translation>
  </message>
  <message>
   <source>{name} of {class_name} has no place in the PLU model and was not kept</source>
   <translation>{name} на {class_name} няма място в модела PLU и не е запазен</translation>
  </message>
  <message>
   <source>{xml} mixes values and nil elements; the nil elements were dropped</source>
   <translation>{xml} смесва стойности и празни (nil) елементи; празните са пропуснати</translation>
  </message>
  <message>
   <source>{tag} holds {n_kids} geometries ({names}); the schema allows one. All are kept (as one multi-geometry in the model, verbatim in the export)</source>
   <translation>{tag} съдържа {n_kids} геометрии ({names}); схемата допуска една. Запазени са всички (като една съставна геометрия в модела, дословно при износа)</translation>
  </message>
  <message>
   <source>{path}: no such file</source>
   <translation>{path}: няма такъв файл</translation>
  </message>
  <message>
   <source>{path}: the file is empty (0 bytes); was it copied or downloaded completely?</source>
   <translation>{path}: файлът е празен (0 байта); копиран или изтеглен ли е изцяло?</translation>
  </message>
  <message>
   <source>{path}:{line}: no geometry with a usable CRS was found (the first, in {gml_id}: {why})</source>
   <translation>{path}:{line}: не е открита геометрия с използваема координатна система (първата, в {gml_id}: {why})</translation>
  </message>
  <message>
   <source>{path}:{line}: feature {gml_id}: srsName '{written}' names EPSG:{epsg}, a CRS PROJ does not know; the plan can be neither stored nor reprojected in it</source>
   <translation>{path}:{line}: обект {gml_id}: srsName '{written}' сочи EPSG:{epsg}, координатна система, която PROJ не познава; планът не може нито да се съхрани, нито да се трансформира в нея</translation>
  </message>
  <message>
   <source>the document declares a DTD; nothing was fetched and only its internal entities were expanded</source>
   <translation>документът декларира DTD; нищо не е изтеглено и са разгърнати само вътрешните ѝ ентитита</translation>
  </message>
  <message>
   <source>{path}: this is {old} GML; PLU Studio reads PLU 4.0 (namespace {PLU})</source>
   <translation>{path}: това е GML по {old}; PLU Studio чете PLU 4.0 (пространство от имена {PLU})</translation>
  </message>
  <message>
   <source>XML comment</source>
   <translation>XML коментар</translation>
  </message>
  <message>
   <source>processing instruction</source>
   <translation>инструкция за обработка</translation>
  </message>
  <message>
   <source>{tag} groups members of its own; the PLU features among them were read, the grouping itself is not kept</source>
   <translation>{tag} групира свои собствени членове; обектите по PLU сред тях са прочетени, самото групиране не се запазва</translation>
  </message>
  <message>
   <source>{tag} is not a PLU 4.0 feature and was not read</source>
   <translation>{tag} не е обект от PLU 4.0 и не е прочетен</translation>
  </message>
  <message>
   <source>member {href} is a reference to another resource; it was not fetched</source>
   <translation>членът {href} е препратка към друг ресурс; той не е изтеглен</translation>
  </message>
  <message>
   <source>the file declares encoding="{declared}" but its bytes are UTF-8, so its text is read garbled ('{as_read}' where '{as_meant}' was meant); correct the declaration to UTF-8 and read it again</source>
   <translation>файлът обявява encoding="{declared}", но байтовете му са UTF-8, затова текстът му се чете изкривен ('{as_read}' вместо '{as_meant}'); поправете обявеното кодиране на UTF-8 и го прочетете отново</translation>
  </message>
  <message>
   <source>{path}:{line}: {class_name} {gml_id} is written in GML 3.1 (namespace {old}); PLU 4.0 is GML 3.2 ({new}), so its identifiers, geometries and links cannot be read</source>
   <translation>{path}:{line}: {class_name} {gml_id} е записан на GML 3.1 (пространство от имена {old}); PLU 4.0 е на GML 3.2 ({new}), затова идентификаторите, геометриите и връзките му не могат да се прочетат</translation>
  </message>
  <message>
   <source>{class_name} lacks the required {xml}</source>
   <translation>{class_name} няма задължителния атрибут {xml}</translation>
  </message>
  <message>
   <source>{class_name} lacks {missing_voidable} (voidable, but the element must be present, if need be with xsi:nil and a nilReason); read as nil 'unknown'</source>
   <translation>{class_name} няма {missing_voidable} (може да е празен, но елементът трябва да присъства с xsi:nil и nilReason); прочетено като nil 'unknown'</translation>
  </message>
  <message>
   <source>{xml} has a nilReason but no xsi:nil="true"; read as nil</source>
   <translation>{xml} има nilReason, но няма xsi:nil="true"; прочетено като празна стойност</translation>
  </message>
  <message>
   <source>{tag} is nil without a nilReason; 'unknown' was assumed</source>
   <translation>{tag} е празен без nilReason; прието е 'unknown'</translation>
  </message>
  <message>
   <source>the geometry property is empty</source>
   <translation>свойството за геометрия е празно</translation>
  </message>
  <message>
   <source>{path}: this is a folder, not a GML file</source>
   <translation>{path}: това е папка, а не GML файл</translation>
  </message>
  <message>
   <source>{path}:{line}: not well-formed XML: {msg}</source>
   <translation>{path}:{line}: XML документът не е добре оформен: {msg}</translation>
  </message>
  <message>
   <source>{path}: no geometry with a usable CRS was found; not a PLU plan</source>
   <translation>{path}: не е открита геометрия с използваема координатна система; това не е план по PLU</translation>
  </message>
  <message>
   <source>gml:id {gml_id} is used twice</source>
   <translation>gml:id {gml_id} е използван два пъти</translation>
  </message>
  <message>
   <source>{xml} is nil but the attribute is not voidable</source>
   <translation>{xml} е nil, а атрибутът не допуска празна стойност</translation>
  </message>
  <message>
   <source>nilReason {reason!r} is not a GML nil reason; kept as other:{reason}</source>
   <translation>nilReason {reason!r} не е допустима причина; запазена като other:{reason}</translation>
  </message>
  <message>
   <source>{href} is titled both {known!r} and {title!r}; the first was kept</source>
   <translation>{href} е озаглавен и {known!r}, и {title!r}; запазено е първото</translation>
  </message>
  <message>
   <source>geometry by reference (xlink:href) is not supported</source>
   <translation>геометрия чрез препратка (xlink:href) не се поддържа</translation>
  </message>
  <message>
   <source>backgroudMapURI is the misspelt name of PLU 4.0.0; read as backgroundMapURI (4.0.1)</source>
   <translation>backgroudMapURI е сгрешеното име от PLU 4.0.0; прочетено като backgroundMapURI (4.0.1)</translation>
  </message>
  <message>
   <source>member {href} refers to an object that is not in the file</source>
   <translation>членът {href} сочи обект, който не е във файла</translation>
  </message>
  <message>
   <source>{class_name}.{xml} could not be read: {exc}</source>
   <translation>{class_name}.{xml} не може да бъде прочетен: {exc}</translation>
  </message>
  <message>
   <source>{class_name}.{xml} appears more than once; the first was kept</source>
   <translation>{class_name}.{xml} се среща повече от веднъж; запазено е първото</translation>
  </message>
  <message>
   <source>the data set identifier could not be read: {exc}</source>
   <translation>идентификаторът на набора от данни не може да бъде прочетен: {exc}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.importing.formats</name>
  <message>
   <source>ESRI Shapefile</source>
   <translation>Шейп файл (ESRI Shapefile)</translation>
  </message>
  <message>
   <source>GeoPackage (other than a plan file)</source>
   <translation>GeoPackage (друг, не файл на план)</translation>
  </message>
  <message>
   <source>AutoCAD DXF drawing</source>
   <translation>Чертеж AutoCAD DXF</translation>
  </message>
  <message>
   <source>AutoCAD DWG drawing (R2000, through GDAL's CAD driver)</source>
   <translation>Чертеж AutoCAD DWG (R2000, чрез драйвера CAD на GDAL)</translation>
  </message>
  <message>
   <source>CSV with WKT geometry</source>
   <translation>CSV с геометрия като WKT</translation>
  </message>
  <message>
   <source>PostGIS table (connection string PG:… or postgresql://…)</source>
   <translation>Таблица в PostGIS (връзка PG:… или postgresql://…)</translation>
  </message>
  <message>
   <source>Other OGR vector source</source>
   <translation>Друг векторен източник (OGR)</translation>
  </message>
  <message>
   <source>{path} ({fmt}) needs a mapping file that says which layer becomes which PLU class (plu import {path} --mapping MAP.yaml --out PLAN.gpkg); see docs/importing.md</source>
   <translation>{path} ({fmt}) изисква файл със съответствие, който казва кой слой в кой клас на PLU става (plu import {path} --mapping MAP.yaml --out PLAN.gpkg); вижте docs/importing.md</translation>
  </message>
 </context>
 <context>
  <name>plu_model.importing.geojson_checks</name>
  <message>
   <source>the file is empty</source>
   <translation>файлът е празен</translation>
  </message>
  <message numerus="yes">
   <source>the JSON is well-formed, but one value has {n} characters, more than the reader takes; shorten it or leave it out</source>
   <translation>
    <numerusform>JSON е правилно оформен, но една стойност има {n} знак, повече отколкото четецът приема; съкратете я или я премахнете</numerusform>
    <numerusform>JSON е правилно оформен, но една стойност има {n} знака, повече отколкото четецът приема; съкратете я или я премахнете</numerusform>
   </translation>
  </message>
  <message>
   <source>GeoJSON must be UTF-8 text ({reason} at byte {start})</source>
   <translation>GeoJSON трябва да е текст в UTF-8 ({reason} при байт {start})</translation>
  </message>
  <message>
   <source>line {line}, column {column}: not valid JSON ({problem})</source>
   <translation>ред {line}, колона {column}: невалиден JSON ({problem})</translation>
  </message>
  <message>
   <source>objects are nested too deeply to be read</source>
   <translation>обектите са вложени твърде дълбоко, за да бъдат прочетени</translation>
  </message>
 </context>
 <context>
  <name>plu_model.importing.importer</name>
  <message numerus="yes">
   <source>curves were linearised with a tolerance of {n:g} CRS units</source>
   <translation>
    <numerusform>кривите са апроксимирани с отсечки с допуск {n:g} единица на координатната система</numerusform>
    <numerusform>кривите са апроксимирани с отсечки с допуск {n:g} единици на координатната система</numerusform>
   </translation>
  </message>
  <message>
   <source>the format {chosen} was asked for, but the file's extension says {found}: leave out --format (or source.format) or name {found_name}</source>
   <translation>поискан е форматът {chosen}, но разширението на файла сочи {found}: махнете --format (или source.format) или посочете {found_name}</translation>
  </message>
  <message>
   <source>no matching code for</source>
   <translation>няма съответен код за</translation>
  </message>
  <message>
   <source>no value for</source>
   <translation>липсва стойност за</translation>
  </message>
  <message>
   <source>the value cannot be read of</source>
   <translation>не може да бъде прочетена стойността на</translation>
  </message>
  <message>
   <source>Z coordinates were dropped (zoning is two-dimensional)</source>
   <translation>Z координатите са премахнати (зонирането е двумерно)</translation>
  </message>
  <message>
   <source>closed lines were taken as the boundaries of areas</source>
   <translation>затворени линии са приети за граници на площи</translation>
  </message>
  <message>
   <source>multipart geometries were split into one feature per part</source>
   <translation>многочастни геометрии са разделени на отделни обекти</translation>
  </message>
  <message>
   <source>parts that are not areas were left out: {d}</source>
   <translation>части, които не са площи, са пропуснати: {d}</translation>
  </message>
  <message>
   <source>invalid geometry repaired: {d}</source>
   <translation>невалидна геометрия е поправена: {d}</translation>
  </message>
  <message>
   <source>invalid geometry kept as it is: {d}</source>
   <translation>невалидна геометрия е запазена както е: {d}</translation>
  </message>
  <message>
   <source>invalid geometry, feature skipped: {d}</source>
   <translation>невалидна геометрия, обектът е пропуснат: {d}</translation>
  </message>
  <message>
   <source>M values (measures) were dropped</source>
   <translation>M стойностите (мерки) бяха премахнати</translation>
  </message>
  <message>
   <source>a ring did not end where it began; it was closed</source>
   <translation>контур не завършваше там, където започва; той беше затворен</translation>
  </message>
  <message>
   <source>the geometry cannot be read, feature skipped: {d}</source>
   <translation>геометрията не може да се прочете, обектът е пропуснат: {d}</translation>
  </message>
  <message>
   <source>a coordinate lies far outside the area its CRS is used for, feature skipped: {d}</source>
   <translation>координата лежи далеч извън областта, за която е координатната ѝ система, обектът е пропуснат: {d}</translation>
  </message>
  <message>
   <source>{source}: {fmt} is not read through a mapping</source>
   <translation>{source}: {fmt} не се чете чрез съответствие</translation>
  </message>
  <message>
   <source>has a CRS that has no EPSG code</source>
   <translation>има координатна система без EPSG код</translation>
  </message>
  <message>
   <source>has no CRS</source>
   <translation>няма координатна система</translation>
  </message>
  <message>
   <source>declares a CRS that cannot be read ({error})</source>
   <translation>посочва координатна система, която не може да се прочете ({error})</translation>
  </message>
  <message>
   <source>{source}: layer {title} {what}; give it in the mapping (crs: {{source: 7801}} for BGS2005 / CCS2005, for example)</source>
   <translation>{source}: слой {title} {what}; посочете я в съответствието (например crs: {{source: 7801}} за BGS2005 / CCS2005)</translation>
  </message>
  <message>
   <source>; the shapefile has no .dbf, so no attributes: copy the .dbf from where the data came from</source>
   <translation>; шейп файлът няма .dbf, затова няма атрибути: копирайте .dbf оттам, откъдето са дошли данните</translation>
  </message>
  <message>
   <source>; the layer holds no features</source>
   <translation>; слоят не съдържа обекти</translation>
  </message>
  <message>
   <source>; a shapefile cuts field names to 10 characters and numbers those that then clash: use the name the source has ({names})</source>
   <translation>; шейп файлът съкращава имената на полетата до 10 знака и номерира съвпадналите: използвайте името в източника ({names})</translation>
  </message>
  <message numerus="yes">
   <source>layer {title}: {n} areas were built from {lines}</source>
   <translation>
    <numerusform>слой {title}: от {lines} е образувана {n} площ</numerusform>
    <numerusform>слой {title}: от {lines} са образувани {n} площи</numerusform>
   </translation>
  </message>
  <message>
   <source>: {raw!r}</source>
   <translation>: {raw!r}</translation>
  </message>
  <message>
   <source>{what} {attribute}</source>
   <translation>{what} {attribute}</translation>
  </message>
  <message>
   <source>{source}: nothing was imported, so there is no plan to write: {summary}</source>
   <translation>{source}: нищо не беше внесено, затова няма план за записване: {summary}</translation>
  </message>
  <message>
   <source>{mapping}: plan: {problem}</source>
   <translation>{mapping}: план: {problem}</translation>
  </message>
  <message>
   <source>{name}: no PLU feature with a geometry was found; is it a PLU 4.0 file?</source>
   <translation>{name}: не е открит обект на PLU с геометрия; файл по PLU 4.0 ли е?</translation>
  </message>
  <message>
   <source>{name}: the file holds no plu:SpatialPlan; a plan file needs one</source>
   <translation>{name}: файлът не съдържа plu:SpatialPlan, а файлът на план изисква такъв</translation>
  </message>
  <message>
   <source>{error}; {hint}</source>
   <translation>{error}; {hint}</translation>
  </message>
  <message>
   <source>{mapping_name}: crs.source EPSG:{given} is not a CRS PROJ knows</source>
   <translation>{mapping_name}: crs.source EPSG:{given} не е координатна система, която PROJ познава</translation>
  </message>
  <message>
   <source>the CRS layer {title} declares cannot be read ({error}); EPSG:{given} from the mapping was used</source>
   <translation>координатната система, посочена от слой {title}, не може да се прочете ({error}); използвана е EPSG:{given} от съответствието</translation>
  </message>
  <message>
   <source>layer {title}: the file's crs member names {name}, which the reader could not use; the coordinates were read as EPSG:{declared} (if that is wrong, give crs.source and crs.override: true)</source>
   <translation>слой {title}: членът crs на файла посочва {name}, която четецът не можа да използва; координатите са прочетени като EPSG:{declared} (ако това е грешно, посочете crs.source и crs.override: true)</translation>
  </message>
  <message>
   <source>{mapping_name}: layer {title}: labels.field {field!r} is not a field of layer {name} (fields: {field_names})</source>
   <translation>{mapping_name}: слой {title}: labels.field {field!r} не е поле на слой {name} (полета: {field_names})</translation>
  </message>
  <message>
   <source>layer {layer}: the code {detail} (the registry's identifier)</source>
   <translation>слой {layer}: кодът {detail} (идентификаторът от регистъра)</translation>
  </message>
  <message>
   <source>layer {layer}: {note}</source>
   <translation>слой {layer}: {note}</translation>
  </message>
  <message>
   <source>; the feature was skipped</source>
   <translation>; обектът е пропуснат</translation>
  </message>
  <message>
   <source>; left empty (nil)</source>
   <translation>; оставено празно (nil)</translation>
  </message>
  <message>
   <source>layer {layer}: {problem}{tail} (first: feature {example})</source>
   <translation>слой {layer}: {problem}{tail} (първи: обект {example})</translation>
  </message>
  <message>
   <source>layer {layer}: </source>
   <translation>слой {layer}: </translation>
  </message>
  <message>
   <source>{where}the reader (GDAL) said: {said}</source>
   <translation>{where}четецът (GDAL) съобщи: {said}</translation>
  </message>
  <message>
   <source>layer {layer}: the numeric field {fieldname} holds text ({text!r} in feature #{fid}); the text was read, not the number the reader made of it</source>
   <translation>слой {layer}: числовото поле {fieldname} съдържа текст ({text!r} в обект #{fid}); прочетен е текстът, а не числото, което четецът направи от него</translation>
  </message>
  <message numerus="yes">
   <source>feature {feature}: property {key!r} is given {n} times ({values}); the reader kept the last</source>
   <translation>
    <numerusform>обект {feature}: свойството {key!r} е дадено {n} път ({values}); четецът запази последното</numerusform>
    <numerusform>обект {feature}: свойството {key!r} е дадено {n} пъти ({values}); четецът запази последното</numerusform>
   </translation>
  </message>
  <message>
   <source>layer {layer}: text of field {fieldname} is not UTF-8; it was read as {FALLBACK_ENCODING} (choose the text encoding in the import wizard or set source.encoding in the mapping to confirm or correct)</source>
   <translation>слой {layer}: текстът в поле {fieldname} не е UTF-8; прочетен е като {FALLBACK_ENCODING} (изберете кодировката на текста в съветника за внасяне или посочете source.encoding в съответствието, за да я потвърдите или поправите)</translation>
  </message>
  <message>
   <source>layer {layer}: {read} read, all skipped: {reasons}</source>
   <translation>слой {layer}: прочетени {read}, всички пропуснати: {reasons}</translation>
  </message>
  <message>
   <source>nothing was imported, so the plan has no extent</source>
   <translation>нищо не е внесено, затова планът няма обхват</translation>
  </message>
  <message>
   <source>EPSG:{target} is not a CRS PROJ knows</source>
   <translation>EPSG:{target} не е координатна система, която PROJ познава</translation>
  </message>
  <message>
   <source>{old} was written as the registry identifier {new}</source>
   <translation>{old} е записан като идентификатора от регистъра {new}</translation>
  </message>
  <message numerus="yes">
   <source>{n} features had no gml:id and were given one from their class and localId (e.g. {example}); nothing could refer to them before</source>
   <translation>
    <numerusform>{n} обект нямаше gml:id и получи такъв от класа и localId си (напр. {example}); преди това нищо не можеше да го сочи</numerusform>
    <numerusform>{n} обекта нямаха gml:id и получиха такъв от класа и localId си (напр. {example}); преди това нищо не можеше да ги сочи</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} gml:id values were not XML names and were renamed (e.g. {next} → {next2}); references follow</source>
   <translation>
    <numerusform>{n} стойност на gml:id не е XML име и е преименувана ({next} → {next2}); препратките са обновени</numerusform>
    <numerusform>{n} стойности на gml:id не са XML имена и са преименувани (напр. {next} → {next2}); препратките са обновени</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} references to objects of this file by full URI became same-file references (#gml:id)</source>
   <translation>
    <numerusform>{n} препратка към обект от файла чрез пълен URI стана вътрешна препратка (#gml:id)</numerusform>
    <numerusform>{n} препратки към обекти от файла чрез пълен URI станаха вътрешни препратки (#gml:id)</numerusform>
   </translation>
  </message>
  <message>
   <source>{name}: {fmt} is already a plan file; open it or convert it instead</source>
   <translation>{name}: {fmt} вече е файл на план; отворете го или го преобразувайте</translation>
  </message>
  <message>
   <source>layer {title} declares EPSG:{declared}, the mapping says EPSG:{given}; the source's CRS was used (set crs.override: true to use the mapping's)</source>
   <translation>слой {title} декларира EPSG:{declared}, а съответствието EPSG:{given}; използвана е системата на източника (crs.override: true избира тази от съответствието)</translation>
  </message>
  <message>
   <source>the CRS of layer {title} has no EPSG code; EPSG:{given} from the mapping was used</source>
   <translation>координатната система на слой {title} няма EPSG код; използвана е EPSG:{given} от съответствието</translation>
  </message>
  <message>
   <source>{mapping}: layer {title}: {key} reads field {field!r}, which layer {layer} does not have (fields: {fields}){hint}</source>
   <translation>{mapping}: слой {title}: {key} чете полето {field!r}, което слой {layer} няма (полета: {fields}){hint}</translation>
  </message>
  <message numerus="yes">
   <source>{n} lines</source>
   <translation>
    <numerusform>{n} линия</numerusform>
    <numerusform>{n} линии</numerusform>
   </translation>
  </message>
  <message>
   <source>layer {title}: area {fid} has no label inside; it was not imported</source>
   <translation>слой {title}: площ {fid} няма надпис; не е внесена</translation>
  </message>
  <message>
   <source>layer {title}, feature {fid}: several labels inside ({detail})</source>
   <translation>слой {title}, обект {fid}: няколко надписа в площта ({detail})</translation>
  </message>
  <message>
   <source>layer {title}, feature {fid}: {note}</source>
   <translation>слой {title}, обект {fid}: {note}</translation>
  </message>
  <message>
   <source>layer {layer} has no features (after its filter)</source>
   <translation>слой {layer} няма обекти (след филтъра си)</translation>
  </message>
  <message numerus="yes">
   <source>{n} features named no plan of this file; they were linked to the only plan</source>
   <translation>
    <numerusform>{n} обект не сочи план от файла; свързан е с единствения план</numerusform>
    <numerusform>{n} обекта не сочат план от файла; свързани са с единствения план</numerusform>
   </translation>
  </message>
  <message>
   <source>{name} ({fmt}) needs a mapping file that says which layer becomes which PLU class (plu import {name} --mapping MAP.yaml); see docs/importing.md</source>
   <translation>{name} ({fmt}) изисква файл със съответствие, който казва кой слой в кой клас на PLU става (plu import {name} --mapping MAP.yaml); вижте docs/importing.md</translation>
  </message>
  <message>
   <source>layer {title}: local id {lid!r} is used twice; the second became {lid}_{n}</source>
   <translation>слой {title}: локалният идентификатор {lid!r} се повтаря; вторият стана {lid}_{n}</translation>
  </message>
  <message>
   <source>none</source>
   <translation>няма</translation>
  </message>
 </context>
 <context>
  <name>plu_model.importing.mapping</name>
  <message>
   <source>{name}: {where}: {message}</source>
   <translation>{name}: {where}: {message}</translation>
  </message>
  <message>
   <source>{where}: a rule takes its value either from a field or by 'derive', not both</source>
   <translation>{where}: правилото взема стойността си или от поле, или чрез 'derive', не и от двете</translation>
  </message>
  <message>
   <source>{where}: {target} needs {name!r}; map it from a field or give a constant (for example {name}: {name2})</source>
   <translation>{where}: {target} изисква {name!r}; съпоставете го с поле или задайте константа (например {name}: {name2})</translation>
  </message>
  <message>
   <source>{name}: documents: local_id values must be unique</source>
   <translation>{name}: documents: стойностите на local_id трябва да са уникални</translation>
  </message>
  <message>
   <source>{name}: crs.override needs crs.source</source>
   <translation>{name}: crs.override изисква crs.source</translation>
  </message>
  <message>
   <source>{p}: no such mapping file</source>
   <translation>{p}: няма такъв файл със съответствие</translation>
  </message>
  <message>
   <source>{p}: the mapping file is empty; see docs/importing.md for what it holds</source>
   <translation>{p}: файлът със съответствия е празен; какво съдържа вижте в docs/importing.md</translation>
  </message>
  <message>
   <source>{where}: no value map named {raw_map!r} (value_maps has: {known})</source>
   <translation>{where}: няма таблица на стойностите {raw_map!r} (value_maps съдържа: {known})</translation>
  </message>
  <message>
   <source>it is filled automatically</source>
   <translation>попълва се автоматично</translation>
  </message>
  <message>
   <source>known: {names}</source>
   <translation>познати: {names}</translation>
  </message>
  <message>
   <source>{where}: {class_name} has no attribute {name!r} to map ({hint})</source>
   <translation>{where}: {class_name} няма атрибут {name!r} за съпоставяне ({hint})</translation>
  </message>
  <message>
   <source>{where}: {ld} has no dimensioning indications</source>
   <translation>{where}: {ld} няма показатели за застрояване (dimensioning indications)</translation>
  </message>
  <message>
   <source>{where}: give dimensioning indications under 'dimensioning' only</source>
   <translation>{where}: задавайте показателите за застрояване само под 'dimensioning'</translation>
  </message>
  <message>
   <source>{name}: plan: without a SpatialPlan layer the plan needs {missing} as constants</source>
   <translation>{name}: plan: без слой SpatialPlan планът изисква {missing} като константи</translation>
  </message>
  <message>
   <source>{p}: a mapping file must be UTF-8 text ({reason} at byte {start})</source>
   <translation>{p}: файлът със съответствие трябва да е текст в UTF-8 ({reason} при байт {start})</translation>
  </message>
  <message>
   <source>{p}{line}: not a valid {kind} document: {problem}</source>
   <translation>{p}{line}: не е валиден документ {kind}: {problem}</translation>
  </message>
  <message>
   <source>{where}: pattern {pattern!r} is not a regular expression: {error}</source>
   <translation>{where}: шаблонът {pattern!r} не е регулярен израз: {error}</translation>
  </message>
  <message>
   <source>{where}: {exc}</source>
   <translation>{where}: {exc}</translation>
  </message>
  <message>
   <source>{where}.{name}: default {value!r} is not a value of {lists}</source>
   <translation>{where}.{name}: стойността по подразбиране {value!r} не е стойност от {lists}</translation>
  </message>
  <message>
   <source>{where}.attributes.{key}: 'derive: {derive}' fills {DERIVABLE}</source>
   <translation>{where}.attributes.{key}: 'derive: {derive}' попълва {DERIVABLE}</translation>
  </message>
  <message>
   <source>{where}.{name}: {value!r} is not a value of {lists}</source>
   <translation>{where}.{name}: {value!r} не е стойност от {lists}</translation>
  </message>
  <message>
   <source>{where}.{name}: the value map{map_name} maps {source!r} to {value!r}, which is not a value of {lists}</source>
   <translation>{where}.{name}: таблицата за съответствие{map_name} свързва {source!r} с {value!r}, което не е стойност от {lists}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.importing.ogr_source</name>
  <message>
   <source>a vector source</source>
   <translation>векторен източник</translation>
  </message>
  <message>
   <source>{source}: cannot be opened as {drivers}: {error}</source>
   <translation>{source}: не може да се отвори като {drivers}: {error}</translation>
  </message>
  <message>
   <source>unknown text encoding {encoding!r} (for Bulgarian data: cp1251)</source>
   <translation>непознато кодиране на текста {encoding!r} (за български данни: cp1251)</translation>
  </message>
  <message>
   <source>{shp}: the index file {shx} is missing; a shapefile is read from its .shp, .shx and .dbf side by side: copy the .shx from where the data came from</source>
   <translation>{shp}: индексният файл {shx} липсва; шейп файлът се чете от своите .shp, .shx и .dbf в една папка: копирайте .shx оттам, откъдето са дошли данните</translation>
  </message>
  <message>
   <source>{source}: not a vector source OGR can read</source>
   <translation>{source}: не е векторен източник, който OGR чете</translation>
  </message>
  <message>
   <source>{source}: the folder holds nothing that can be imported (shapefiles, GeoPackages, GeoJSON, DXF, CSV …); it has: {files}</source>
   <translation>{source}: папката не съдържа нищо, което може да се внесе (шейп файлове, GeoPackage, GeoJSON, DXF, CSV …); в нея има: {files}</translation>
  </message>
  <message>
   <source>{name}: no layer {name2!r} (layers: {value})</source>
   <translation>{name}: няма слой {name2!r} (слоеве: {value})</translation>
  </message>
  <message>
   <source>{source}: no such file</source>
   <translation>{source}: няма такъв файл</translation>
  </message>
  <message>
   <source>{name}: holds {GetLayerCount} layers ({value}); name one in the mapping (layers[].name)</source>
   <translation>{name}: съдържа {GetLayerCount} слоя ({value}); посочете един в съответствието (layers[].name)</translation>
  </message>
  <message>
   <source>{name}: layer {GetName}: the filter {where!r} is not valid: {exc}</source>
   <translation>{name}: слой {GetName}: филтърът {where!r} не е валиден: {exc}</translation>
  </message>
  <message>
   <source>the database</source>
   <translation>базата данни</translation>
  </message>
  <message>
   <source>no files</source>
   <translation>няма файлове</translation>
  </message>
  <message numerus="yes">
   <source>{name}: layer {GetName}: reading stopped after {n} features: {exc}</source>
   <translation>
    <numerusform>{name}: слой {GetName}: четенето спря след {n} обект: {exc}</numerusform>
    <numerusform>{name}: слой {GetName}: четенето спря след {n} обекта: {exc}</numerusform>
   </translation>
  </message>
  <message>
   <source>the next record cannot be read: the file is damaged or cut short</source>
   <translation>следващият запис не може да се прочете: файлът е повреден или непълен</translation>
  </message>
 </context>
 <context>
  <name>plu_model.importing.report</name>
  <message>
   <source>the feature has no geometry</source>
   <translation>обектът няма геометрия</translation>
  </message>
  <message>
   <source>the geometry is empty</source>
   <translation>геометрията е празна</translation>
  </message>
  <message>
   <source>the geometry cannot be read</source>
   <translation>геометрията не може да бъде прочетена</translation>
  </message>
  <message>
   <source>a coordinate lies far outside the area its CRS is used for</source>
   <translation>координата лежи далеч извън областта, за която е координатната ѝ система</translation>
  </message>
  <message>
   <source>an area is needed but the geometry is a point or an open line</source>
   <translation>нужна е площ, а геометрията е точка или отворена линия</translation>
  </message>
  <message>
   <source>the geometry is invalid and the mapping says to skip such features</source>
   <translation>геометрията е невалидна и съответствието казва такива обекти да се пропускат</translation>
  </message>
  <message>
   <source>a required attribute's value maps to no code</source>
   <translation>стойност на задължителен атрибут не съответства на код</translation>
  </message>
  <message>
   <source>a required attribute is empty</source>
   <translation>задължителен атрибут е празен</translation>
  </message>
  <message>
   <source>a required attribute's value cannot be read</source>
   <translation>стойност на задължителен атрибут не може да бъде прочетена</translation>
  </message>
  <message>
   <source>no label text lies inside the area</source>
   <translation>в площта няма текст (надпис)</translation>
  </message>
  <message>
   <source>the feature lies in no plan's extent</source>
   <translation>обектът не попада в обхвата на нито един план</translation>
  </message>
  <message>
   <source>Total: read {read}, written {written}, skipped {skipped}</source>
   <translation>Общо: прочетени {read}, записани {written}, пропуснати {skipped}</translation>
  </message>
  <message>
   <source>  {layer} → {target}: read {read}, written {written}, skipped {skipped_total}</source>
   <translation>  {layer} → {target}: прочетени {read}, записани {written}, пропуснати {skipped_total}</translation>
  </message>
  <message>
   <source>Curve tolerance: arcs are linearised to within {curve_tolerance:g} m of the true curve</source>
   <translation>Допуск за криви: дъгите се апроксимират с отсечки на не повече от {curve_tolerance:g} m от истинската крива</translation>
  </message>
  <message>
   <source>Import from </source>
   <translation>Импорт от </translation>
  </message>
  <message>
   <source>In the plan: </source>
   <translation>В плана: </translation>
  </message>
 </context>
 <context>
  <name>plu_model.indicators</name>
  <message>
   <source>All zones</source>
   <translation>Всички зони</translation>
  </message>
  <message>
   <source>(no HILUCS value)</source>
   <translation>(без стойност по HILUCS)</translation>
  </message>
  <message>
   <source>(no zone type)</source>
   <translation>(без устройствена зона)</translation>
  </message>
 </context>
 <context>
  <name>plu_model.portrayal</name>
  <message>
   <source>No national zone type</source>
   <translation>Без национален вид зона</translation>
  </message>
  <message>
   <source>No HILUCS value</source>
   <translation>Без стойност по HILUCS</translation>
  </message>
 </context>
 <context>
  <name>plu_model.progress</name>
  <message>
   <source>cancelled by the user</source>
   <translation>прекъснато от потребителя</translation>
  </message>
 </context>
 <context>
  <name>plu_model.readers</name>
  <message>
   <source>reader</source>
   <translation>за четене</translation>
  </message>
  <message>
   <source>PLU Studio plan file</source>
   <translation>Файл на план (PLU Studio)</translation>
  </message>
  <message>
   <source>{p}: no such file</source>
   <translation>{p}: няма такъв файл</translation>
  </message>
  <message>
   <source>{path}: no PLU feature with a geometry was found; is it a PLU 4.0 file?</source>
   <translation>{path}: не е открит обект на PLU с геометрия; файл по PLU 4.0 ли е?</translation>
  </message>
 </context>
 <context>
  <name>plu_model.registry</name>
  <message>
   <source>{path}: no {kind} format for this extension (known: {known})</source>
   <translation>{path}: няма формат {kind} за това разширение (познати: {known})</translation>
  </message>
  <message>
   <source>no {kind} format {name!r}; known: {known}</source>
   <translation>няма формат {kind} {name!r}; познати: {known}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.user_numbers</name>
  <message>
   <source>“{entry}” is not a scale: type 1: and a whole number, e.g. {example}, or the number alone</source>
   <translation>„{entry}“ не е мащаб: въведете 1: и цяло число, напр. {example}, или само числото</translation>
  </message>
  <message>
   <source>{text!r} is not a number (write 12.5 or 12,5)</source>
   <translation>{text!r} не е число (пишете 12,5 или 12.5)</translation>
  </message>
  <message>
   <source>{text!r} is ambiguous: is the comma a decimal or a thousands separator? Write it without the comma or with a decimal point</source>
   <translation>{text!r} е двусмислено: запетаята десетична ли е, или разделя хилядите? Пишете числото без запетая или с десетична точка</translation>
  </message>
  <message>
   <source>{text!r} is too large a number</source>
   <translation>{text!r} е твърде голямо число</translation>
  </message>
  <message>
   <source>{text!r} is not a whole number</source>
   <translation>{text!r} не е цяло число</translation>
  </message>
  <message>
   <source>“{entry}” is not a scale: a scale has no decimals; type 1: and a whole number, e.g. {example}</source>
   <translation>„{entry}“ не е мащаб: мащабът няма дробна част; въведете 1: и цяло число, напр. {example}</translation>
  </message>
 </context>
 <context>
  <name>plu_model.xml_encoding</name>
  <message>
   <source>no encoding</source>
   <translation>никакво кодиране</translation>
  </message>
  <message>
   <source>{msg} — the file is read as UTF-8 (it declares {declared}) and its bytes there are not UTF-8; if it was saved as windows-1251, declare that: &lt;?xml version="1.0" encoding="windows-1251"?&gt;</source>
   <translation>{msg} — файлът се чете като UTF-8 (обявява {declared}), а байтовете му там не са UTF-8; ако е записан в windows-1251, обявете това: &lt;?xml version="1.0" encoding="windows-1251"?&gt;</translation>
  </message>
  <message>
   <source>{msg} — the bytes there are not {declared}, the encoding the file declares; save it again in {declared}, or declare the encoding it was saved in</source>
   <translation>{msg} — байтовете там не са в {declared}, кодирането, което файлът обявява; запишете го отново в {declared} или обявете кодирането, в което е записан</translation>
  </message>
 </context>
 <context>
  <name>plu_model.xml_parsing</name>
  <message>
   <source>the DOCTYPE {what}; the file was not read (external DTDs and entities are never fetched, internal entities are expanded only within limits)</source>
   <translation>DOCTYPE {what}; файлът не е прочетен (външни DTD и ентитита никога не се изтеглят, вътрешните ентитита се разгръщат само в граници)</translation>
  </message>
  <message>
   <source>{path}:{line}: {reason}</source>
   <translation>{path}:{line}: {reason}</translation>
  </message>
  <message>
   <source>{path}: this is a {kind} archive, not a plan; unpack it and give the .gml or .gpkg inside</source>
   <translation>{path}: това е архив {kind}, а не план; разархивирайте го и подайте .gml или .gpkg файла от него</translation>
  </message>
  <message>
   <source>elements nest more than {depth} levels deep, the most the parser allows (a plan nests about 15)</source>
   <translation>елементите са вложени на повече от {depth} нива, колкото най-много парсерът допуска (планът е вложен на около 15)</translation>
  </message>
  <message>
   <source>is not closed</source>
   <translation>не е затворен</translation>
  </message>
  <message>
   <source>declares a parameter entity</source>
   <translation>декларира параметрично ентити</translation>
  </message>
  <message>
   <source>declares the external entity '{name}'</source>
   <translation>декларира външното ентити '{name}'</translation>
  </message>
  <message>
   <source>has an unreadable entity '{name}'</source>
   <translation>съдържа нечетимо ентити '{name}'</translation>
  </message>
  <message>
   <source>declares more than {MAX_ENTITIES} entities</source>
   <translation>декларира повече от {MAX_ENTITIES} ентитита</translation>
  </message>
  <message>
   <source>an XML fragment declares a DTD; it was not read</source>
   <translation>XML фрагмент декларира DTD; не е прочетен</translation>
  </message>
  <message>
   <source>has a declaration it cannot read</source>
   <translation>съдържа нечетима декларация</translation>
  </message>
  <message>
   <source>has an unclosed quoted value</source>
   <translation>съдържа незатворена стойност</translation>
  </message>
  <message>
   <source>has a declaration without a name</source>
   <translation>съдържа декларация без име</translation>
  </message>
  <message>
   <source>declares the entity '{name}', which expands to more than {MAX_ENTITY_BYTES} bytes</source>
   <translation>декларира ентитито '{name}', което се разгръща до повече от {MAX_ENTITY_BYTES} байта</translation>
  </message>
  <message>
   <source>is not closed within the first megabyte</source>
   <translation>не е затворен в първия мегабайт</translation>
  </message>
  <message>
   <source>declares entities in a UTF-16 document</source>
   <translation>декларира ентитита в документ в UTF-16</translation>
  </message>
  <message>
   <source>{path}: a document with a DOCTYPE is not checked against the schema while it is read</source>
   <translation>{path}: документ с DOCTYPE не се проверява по схемата докато се чете</translation>
  </message>
  <message>
   <source>uses a parameter entity in '{name}'</source>
   <translation>използва параметрично ентити в '{name}'</translation>
  </message>
  <message>
   <source>uses the undeclared entity '{ref}' in '{name}'</source>
   <translation>използва недекларираното ентити '{ref}' в '{name}'</translation>
  </message>
  <message>
   <source>declares the entity '{name}' in terms of itself</source>
   <translation>декларира ентитито '{name}' чрез самото него</translation>
  </message>
  <message>
   <source>does not declare the entity '{shown}' the document uses</source>
   <translation>не декларира ентитито '{shown}', което документът използва</translation>
  </message>
  <message>
   <source>declares entities whose uses expand to more than {MAX_EXPANSION_BYTES} bytes</source>
   <translation>декларира ентитита, чиито употреби се разгръщат до повече от {MAX_EXPANSION_BYTES} байта</translation>
  </message>
  <message>
   <source>cannot be found: the prolog is longer than {MAX_PROLOG_BYTES} bytes</source>
   <translation>не може да бъде намерен: прологът е по-дълъг от {MAX_PROLOG_BYTES} байта</translation>
  </message>
  <message>
   <source>uses a parameter entity</source>
   <translation>използва параметрично ентити</translation>
  </message>
  <message>
   <source>has text it cannot read</source>
   <translation>съдържа нечетим текст</translation>
  </message>
 </context>
 <context>
  <name>register.access</name>
  <message>
   <source>'{user}' is not a valid user name (lower-case letters, digits, _; up to 63)</source>
   <translation>'{user}' не е валидно потребителско име (малки латински букви, цифри, _; до 63)</translation>
  </message>
  <message>
   <source>'{authority}' is not an authority code (Latin letters, digits, '.', '_', '-', e.g. sofia); the name in full goes in --authority-name</source>
   <translation>„{authority}“ не е код на орган (латински букви, цифри, „.“, „_“, „-“, напр. sofia); пълното име се дава с --authority-name</translation>
  </message>
  <message>
   <source>unknown role '{role}'; one of {ROLES}</source>
   <translation>непозната роля '{role}'; една от {ROLES}</translation>
  </message>
 </context>
 <context>
  <name>register.adding</name>
  <message>
   <source>{path}: the file holds no SpatialPlan, only features of one; a register version is a whole plan: add the file that holds its SpatialPlan</source>
   <translation>{path}: файлът не съдържа SpatialPlan, а само обекти на план; версия в регистъра е цял план: добавете файла, който съдържа неговия SpatialPlan</translation>
  </message>
  <message>
   <source>{path}: a register version holds exactly one SpatialPlan; the file has {n_spatial_plans}; add each plan from a file of its own</source>
   <translation>{path}: версия в регистъра съдържа точно един SpatialPlan; файлът има {n_spatial_plans}; добавете всеки план от отделен файл</translation>
  </message>
  <message>
   <source>{path}: {finding}</source>
   <translation>{path}: {finding}</translation>
  </message>
  <message>
   <source>{path}: the file holds no PLU feature</source>
   <translation>{path}: файлът не съдържа обект на PLU</translation>
  </message>
 </context>
 <context>
  <name>register.audit_text</name>
  <message>
   <source>process step</source>
   <translation>стъпка</translation>
  </message>
  <message>
   <source>in force from</source>
   <translation>в сила от</translation>
  </message>
  <message>
   <source>in force until</source>
   <translation>в сила до</translation>
  </message>
  <message>
   <source>version</source>
   <translation>версия</translation>
  </message>
  <message>
   <source>plan no. in the register</source>
   <translation>план № в регистъра</translation>
  </message>
  <message>
   <source>version no. in the register</source>
   <translation>версия № в регистъра</translation>
  </message>
  <message>
   <source>local identifier</source>
   <translation>локален идентификатор</translation>
  </message>
  <message>
   <source>edit no.</source>
   <translation>редакция №</translation>
  </message>
  <message>
   <source>title</source>
   <translation>заглавие</translation>
  </message>
  <message>
   <source>features</source>
   <translation>обекти</translation>
  </message>
  <message>
   <source>feature</source>
   <translation>обект</translation>
  </message>
  <message>
   <source>row no. {key} in the register</source>
   <translation>ред № {key} в регистъра</translation>
  </message>
  <message>
   <source>{subject} ({detail})</source>
   <translation>{subject} ({detail})</translation>
  </message>
  <message>
   <source>{name}: {value}</source>
   <translation>{name}: {value}</translation>
  </message>
  <message>
   <source>{feature} in {version}</source>
   <translation>{feature} в {version}</translation>
  </message>
 </context>
 <context>
  <name>register.cluster</name>
  <message>
   <source>PostgreSQL's {name} was not found; install postgresql-15 and postgresql-15-postgis-3</source>
   <translation>Програмата {name} на PostgreSQL не е намерена; инсталирайте postgresql-15 и postgresql-15-postgis-3</translation>
  </message>
  <message>
   <source>The register's server of {path} runs on from {where}, where its folder was moved (process {pid}), and could not be stopped</source>
   <translation>Сървърът на регистъра в {path} продължава да работи от {where}, където е преместена папката му (процес {pid}), и не можа да бъде спрян</translation>
  </message>
  <message>
   <source>The register's server of {path} still runs from {where}, where its folder was moved (process {pid}): move the folder back (its configuration names this place), or stop that server with 'plu register stop'</source>
   <translation>Сървърът на регистъра в {path} все още работи от {where}, където е преместена папката му (процес {pid}): върнете папката обратно (настройките ѝ сочат това място) или спрете този сървър с 'plu register stop'</translation>
  </message>
  <message>
   <source>The register's folder {path} was deleted while its server ran (process {pid}), which could not be stopped</source>
   <translation>Папката на регистъра {path} беше изтрита, докато сървърът му работеше (процес {pid}), и той не можа да бъде спрян</translation>
  </message>
  <message>
   <source>The register's server of {path} ran on from {where}, where its folder was moved (process {pid}); it was stopped</source>
   <translation>Сървърът на регистъра в {path} продължаваше да работи от {where}, където е преместена папката му (процес {pid}); сървърът беше спрян</translation>
  </message>
  <message>
   <source>{name} failed for the register in {path}: {detail}</source>
   <translation>{name} се провали за регистъра в {path}: {detail}</translation>
  </message>
  <message>
   <source>{path}: the folder path is too long for the register's socket; choose a shorter one (PLU_REGISTER_HOME or --home)</source>
   <translation>{path}: пътят на папката е твърде дълъг за сокета на регистъра; изберете по-кратък (PLU_REGISTER_HOME или --home)</translation>
  </message>
  <message>
   <source>no register in {path}; create it with 'plu register init'</source>
   <translation>няма регистър в {path}; създайте го с 'plu register init'</translation>
  </message>
  <message>
   <source>The register's folder {path} was deleted while its server ran (process {pid}); that server was stopped</source>
   <translation>Папката на регистъра {path} беше изтрита, докато сървърът му работеше (процес {pid}); сървърът беше спрян</translation>
  </message>
  <message>
   <source>no register in {path}; create it with 'plu register init'. {notes}</source>
   <translation>няма регистър в {path}; създайте го с 'plu register init'. {notes}</translation>
  </message>
  <message>
   <source>. </source>
   <translation>. </translation>
  </message>
 </context>
 <context>
  <name>register.conflict_view</name>
  <message>
   <source>{local}: {who} saved this feature on {when}, after you opened the plan. Nothing is lost: your version is kept as conflict {conflict_id}.</source>
   <translation>{local}: {who} е записал този обект на {when}, след като сте отворили плана. Нищо не е загубено: вашият вариант е запазен като конфликт {conflict_id}.</translation>
  </message>
  <message>
   <source>shape differs</source>
   <translation>формата е различна</translation>
  </message>
  <message>
   <source>deleted by you</source>
   <translation>изтрит от вас</translation>
  </message>
  <message>
   <source>changed, still in the register</source>
   <translation>променен, остава в регистъра</translation>
  </message>
 </context>
 <context>
  <name>register.diff_report</name>
  <message>
   <source>({area} {before} → {after} m², {changed} m² {changed_word})</source>
   <translation>({area} {before} → {after} m², {changed} m² {changed_word})</translation>
  </message>
  <message>
   <source>area</source>
   <translation>площ</translation>
  </message>
  <message>
   <source>changed</source>
   <translation>променени</translation>
  </message>
  <message>
   <source>no differences</source>
   <translation>няма разлики</translation>
  </message>
  <message>
   <source>Differences</source>
   <translation>Разлики</translation>
  </message>
  <message>
   <source>Differences between versions</source>
   <translation>Разлики между версии</translation>
  </message>
  <message>
   <source>map of the differences</source>
   <translation>карта на разликите</translation>
  </message>
  <message>
   <source>class</source>
   <translation>клас</translation>
  </message>
  <message>
   <source>what</source>
   <translation>какво</translation>
  </message>
 </context>
 <context>
  <name>register.diff_report#counts</name>
  <message>
   <source>added</source>
   <translation>Добавени</translation>
  </message>
  <message>
   <source>removed</source>
   <translation>Премахнати</translation>
  </message>
  <message>
   <source>changed</source>
   <translation>Променени</translation>
  </message>
 </context>
 <context>
  <name>register.diff_report#map</name>
  <message>
   <source>added</source>
   <translation>добавена</translation>
  </message>
  <message>
   <source>removed</source>
   <translation>премахната</translation>
  </message>
  <message>
   <source>changed</source>
   <translation>променена</translation>
  </message>
  <message>
   <source>unchanged</source>
   <translation>без промяна</translation>
  </message>
  <message>
   <source>before the change</source>
   <translation>преди промяната</translation>
  </message>
 </context>
 <context>
  <name>register.edit_rights</name>
  <message>
   <source>read-only</source>
   <translation>само за четене</translation>
  </message>
  <message>
   <source>Plan of {authority}: read-only — you may view, validate, export, compare</source>
   <translation>План на {authority}: само за четене — можете да го разглеждате, проверявате, експортирате и сравнявате</translation>
  </message>
  <message>
   <source>“{title}” is a plan of {authority} and is open read-only: you may view, validate, export and compare it, not change it.</source>
   <translation>„{title}“ е план на {authority} и е отворен само за четене: можете да го разглеждате, проверявате, експортирате и сравнявате, но не и да го променяте.</translation>
  </message>
  <message>
   <source>Version {version_no} is an earlier version (the latest is {latest_no}): read-only — you may view, validate, export, compare</source>
   <translation>Версия {version_no} е по-ранна версия (последната е {latest_no}): само за четене — можете да я разглеждате, проверявате, експортирате и сравнявате</translation>
  </message>
  <message>
   <source>“{title}”, version {version_no}, is an earlier version and is open read-only: to change the plan, open its latest version ({latest_no}).</source>
   <translation>„{title}“, версия {version_no}, е по-ранна версия и е отворена само за четене: за да промените плана, отворете последната му версия ({latest_no}).</translation>
  </message>
  <message>
   <source>version {version_no} is published; Save to register makes version {next_no}, a draft</source>
   <translation>версия {version_no} е публикувана; „Запис в регистъра“ създава версия {next_no} — чернова</translation>
  </message>
 </context>
 <context>
  <name>register.editing</name>
  <message>
   <source>{local}: {who} saved this feature at {when:%Y-%m-%d %H:%M:%S}, after you opened it; nothing is lost: your version is kept as conflict {conflict_id}</source>
   <translation>{local}: {who} е записал обекта в {when:%Y-%m-%d %H:%M:%S}, след като сте го отворили; нищо не е загубено: вашият вариант е запазен като конфликт {conflict_id}</translation>
  </message>
  <message>
   <source>{local}: {who} changed this feature after you opened it, so it was not deleted; nothing is lost: your deletion is kept as conflict {conflict_id}</source>
   <translation>{local}: {who} е променил обекта, след като сте го отворили, затова не е изтрит; нищо не е загубено: вашето изтриване е запазено като конфликт {conflict_id}</translation>
  </message>
  <message>
   <source>feature {feature_id} is not in the register</source>
   <translation>обект {feature_id} не е в регистъра</translation>
  </message>
  <message>
   <source>{ref} is published; edit a draft (a new version)</source>
   <translation>{ref} е публикувана; редактирайте чернова (нова версия)</translation>
  </message>
  <message>
   <source>version {version_no} is published; edit a draft (a new version)</source>
   <translation>версия {version_no} е публикувана; редактирайте чернова (нова версия)</translation>
  </message>
 </context>
 <context>
  <name>register.exporting</name>
  <message>
   <source>{out}: write .gpkg or .gml</source>
   <translation>{out}: запишете .gpkg или .gml</translation>
  </message>
 </context>
 <context>
  <name>register.in_force</name>
  <message>
   <source>Zoning in force on {day} (consolidated)</source>
   <translation>Устройство в сила към {day} (консолидирано)</translation>
  </message>
 </context>
 <context>
  <name>register.lifecycle</name>
  <message>
   <source>the step {step} needs a date (--date YYYY-MM-DD)</source>
   <translation>етапът {step} изисква дата (--date ДД.ММ.ГГГГ или ГГГГ-ММ-ДД)</translation>
  </message>
  <message>
   <source>{ref} is already in {step}</source>
   <translation>{ref} вече е в етап {step}</translation>
  </message>
  <message>
   <source>{step} takes no date: --date is the first day of legalForce or the end of obsolete</source>
   <translation>етапът {step} не приема дата: --date е първият ден на „В сила“ (legalForce) или краят при „Отменен“ (obsolete)</translation>
  </message>
  <message>
   <source>{ref} is in {status} and cannot go back to {step}: the steps only go forward ({order}); a change makes a new version</source>
   <translation>{ref} е в етап {status} и не може да се върне към {step}: етапите вървят само напред ({order}); промяна създава нова версия</translation>
  </message>
  <message>
   <source>{ref}: validTo {end} must be after validFrom {valid_from}</source>
   <translation>{ref}: validTo {end} трябва да е след validFrom {valid_from}</translation>
  </message>
 </context>
 <context>
  <name>register.migrate</name>
  <message>
   <source>the register was created by a newer PLU Studio (migration {done}, this one knows {LATEST}); update PLU Studio</source>
   <translation>регистърът е създаден от по-нова версия на PLU Studio (миграция {done}, тази познава {LATEST}); обновете PLU Studio</translation>
  </message>
  <message>
   <source>this database is not a PLU register yet; run 'plu register init --db …' first</source>
   <translation>тази база данни още не е регистър на PLU; изпълнете първо 'plu register init --db …'</translation>
  </message>
  <message>
   <source>the register needs migrations {done}…{LATEST}; run 'plu register init' to apply them</source>
   <translation>регистърът има нужда от миграции {done}…{LATEST}; изпълнете 'plu register init'</translation>
  </message>
 </context>
 <context>
  <name>register.plan_lock</name>
  <message>
   <source>plan {plan} is held by {who}{since} in a transaction not yet ended; try again when it has ended</source>
   <translation>план {plan} е зает от {who}{since} в транзакция, която още не е приключила; опитайте отново, когато приключи</translation>
  </message>
  <message>
   <source>plan {plan} is being added or changed by another session; try again when it has finished</source>
   <translation>план {plan} се добавя или променя от друга сесия; опитайте отново, когато тя приключи</translation>
  </message>
  <message>
   <source>{user} (with {program})</source>
   <translation>{user} (с {program})</translation>
  </message>
  <message>
   <source>, since {moment}</source>
   <translation>, от {moment}</translation>
  </message>
  <message>
   <source>plan {plan} is being stored as a new version by {who}{since}; try again when it has finished</source>
   <translation>план {plan} се записва като нова версия от {who}{since}; опитайте отново, когато записът приключи</translation>
  </message>
  <message>
   <source>a draft of plan {plan} is being made by {who}{since}; try again when it has finished</source>
   <translation>чернова на план {plan} се създава от {who}{since}; опитайте отново, когато приключи</translation>
  </message>
 </context>
 <context>
  <name>register.provider</name>
  <message>
   <source>the register refused the request: {text}</source>
   <translation>регистърът отказа заявката: {text}</translation>
  </message>
  <message>
   <source>'{ref}' is not PLAN or PLAN@VERSION</source>
   <translation>'{ref}' не е ПЛАН или ПЛАН@ВЕРСИЯ</translation>
  </message>
  <message>
   <source>--db is empty; give the register's connection string, or leave --db out for your private register</source>
   <translation>--db е празно; посочете низа за връзка с регистъра или пропуснете --db за личния си регистър</translation>
  </message>
  <message>
   <source>the connection to the register was lost (is it still running?): {text}; what was not committed is not stored</source>
   <translation>връзката с регистъра прекъсна (работи ли още?): {text}; незаписаното окончателно не е съхранено</translation>
  </message>
  <message>
   <source>{message}</source>
   <translation>{message}</translation>
  </message>
  <message>
   <source>not allowed: {text}</source>
   <translation>не е разрешено: {text}</translation>
  </message>
  <message>
   <source>the box ({bbox}) is not a place: give four numbers</source>
   <translation>правоъгълникът ({bbox}) не е място: посочете четири числа</translation>
  </message>
  <message>
   <source>the box ({bbox}) is inside out: give MINX MINY MAXX MAXY, the smaller of each pair first</source>
   <translation>правоъгълникът ({bbox}) е обърнат: посочете MINX MINY MAXX MAXY, по-малкото от всяка двойка първо</translation>
  </message>
  <message>
   <source>plan {local} has no version {number} (it has {value})</source>
   <translation>план {local} няма версия {number} (има {value})</translation>
  </message>
  <message>
   <source>--db is not a PostgreSQL connection string: write 'host=… dbname=… user=…' or 'postgresql://user@host/dbname'</source>
   <translation>--db не е низ за връзка с PostgreSQL: напишете 'host=… dbname=… user=…' или 'postgresql://user@host/dbname'</translation>
  </message>
  <message>
   <source>cannot connect to the register (is it running, and is its address right?): {text}</source>
   <translation>няма връзка с регистъра (работи ли и верен ли е адресът му?): {text}</translation>
  </message>
  <message>
   <source>plan {name} is not in the register</source>
   <translation>план {name} не е в регистъра</translation>
  </message>
  <message>
   <source>plan {name} is in more than one namespace; name it as NAMESPACE:LOCALID, one of {listed}</source>
   <translation>план {name} е в повече от едно пространство от имена; посочете го като ПРОСТРАНСТВО:ЛОКАЛЕН_ИД, едно от {listed}</translation>
  </message>
  <message>
   <source>authority {authority} is not in the register; an administrator adds it with 'plu register grant USER ROLE --authority {authority}'</source>
   <translation>органът {authority} не е в регистъра; администратор го добавя с 'plu register grant USER ROLE --authority {authority}'</translation>
  </message>
  <message>
   <source>unknown step '{step}'; one of {STEPS}</source>
   <translation>непозната стъпка '{step}'; една от {STEPS}</translation>
  </message>
  <message>
   <source>{ref} has not been published</source>
   <translation>{ref} не е публикувана</translation>
  </message>
  <message>
   <source>the point ({x}, {y}) is not a place</source>
   <translation>точката ({x}; {y}) не е място</translation>
  </message>
  <message>
   <source>EPSG:{crs} is not a known coordinate reference system</source>
   <translation>EPSG:{crs} не е известна координатна система</translation>
  </message>
  <message>
   <source>({x}, {y}) is not a longitude, latitude in EPSG:{crs} (X east, Y north)</source>
   <translation>({x}; {y}) не е дължина, ширина в EPSG:{crs} (X изток, Y север)</translation>
  </message>
  <message>
   <source>the version is published and does not change; a change makes a new version</source>
   <translation>версията е публикувана и не се променя; промяната създава нова версия</translation>
  </message>
  <message>
   <source>the steps of the process only go forward: {text}</source>
   <translation>стъпките на процеса вървят само напред: {text}</translation>
  </message>
 </context>
 <context>
  <name>register.service_query</name>
  <message>
   <source>plan localId</source>
   <translation>локален идентификатор на плана</translation>
  </message>
  <message>
   <source>plan version</source>
   <translation>версия на плана</translation>
  </message>
  <message>
   <source>processStepGeneral</source>
   <translation>етап на процеса</translation>
  </message>
  <message>
   <source>HILUCS land use</source>
   <translation>HILUCS предназначение</translation>
  </message>
  <message>
   <source>national zone type</source>
   <translation>вид устройствена зона</translation>
  </message>
  <message>
   <source>levelOfSpatialPlan</source>
   <translation>ниво на плана</translation>
  </message>
  <message>
   <source>inspireId localId</source>
   <translation>локален идентификатор</translation>
  </message>
 </context>
 <context>
  <name>register.signing</name>
  <message>
   <source>private key</source>
   <translation>частният ключ</translation>
  </message>
  <message>
   <source>certificate</source>
   <translation>сертификатът</translation>
  </message>
  <message>
   <source>{path}: not a PEM {what}</source>
   <translation>{path}: не е {what} във формат PEM</translation>
  </message>
  <message>
   <source>{cert_path} is not the certificate of the key {key_path}; nothing was published</source>
   <translation>{cert_path} не е сертификатът на ключа {key_path}; нищо не е публикувано</translation>
  </message>
  <message>
   <source>{signature}: not the signature of a published plan (the .sig.xml that 'plu register export --published' writes)</source>
   <translation>{signature}: не е подпис на публикуван план (файлът .sig.xml, който записва 'plu register export --published')</translation>
  </message>
  <message>
   <source>{path}: the {what} cannot be read ({error})</source>
   <translation>{path}: {what} не може да бъде прочетен ({error})</translation>
  </message>
  <message>
   <source>{key_path}: cannot sign with this key and certificate ({exc})</source>
   <translation>{key_path}: не може да се подпише с този ключ и сертификат ({exc})</translation>
  </message>
  <message>
   <source>{path}: cannot be read ({strerror})</source>
   <translation>{path}: не може да бъде прочетен ({strerror})</translation>
  </message>
  <message>
   <source>{signature}: cannot be read ({strerror})</source>
   <translation>{signature}: не може да бъде прочетен ({strerror})</translation>
  </message>
  <message>
   <source>{signature}: not an XML signature manifest ({exc})</source>
   <translation>{signature}: не е XML манифест с подпис ({exc})</translation>
  </message>
 </context>
 <context>
  <name>register.store</name>
  <message>
   <source>plan {local_id} belongs to authority {found}, not {authority}</source>
   <translation>план {local_id} принадлежи на орган {found}, не на {authority}</translation>
  </message>
  <message>
   <source>a register version holds exactly one SpatialPlan; this data set has {n_spatial_plans}</source>
   <translation>версия в регистъра съдържа точно един SpatialPlan; този набор има {n_spatial_plans}</translation>
  </message>
  <message>
   <source>version {ref} is not in the register</source>
   <translation>версия {ref} не е в регистъра</translation>
  </message>
 </context>
 <context>
  <name>register.store_worker</name>
  <message>
   <source>storing the plan failed: {text}</source>
   <translation>съхраняването на плана се провали: {text}</translation>
  </message>
  <message>
   <source>the process storing {path} was stopped (signal {signal}); nothing of the plan was stored</source>
   <translation>процесът, който записваше {path}, беше спрян (сигнал {signal}); нищо от плана не е записано</translation>
  </message>
 </context>
 <context>
  <name>register.sync</name>
  <message>
   <source>Saved to {version_ref}: {changed}, {added}, {deleted}</source>
   <translation>Записано в {version_ref}: {changed}, {added}, {deleted}</translation>
  </message>
  <message numerus="yes">
   <source>{done}; {n} not saved: another planner changed them meanwhile</source>
   <translation>
    <numerusform>{done}; {n} обект не е записан, защото друг проектант го е променил междувременно</numerusform>
    <numerusform>{done}; {n} обекта не са записани, защото друг проектант ги е променил междувременно</numerusform>
   </translation>
  </message>
  <message>
   <source>Nothing to save: the plan is as in the register ({version_ref})</source>
   <translation>Няма нищо за записване: планът е същият като в регистъра ({version_ref})</translation>
  </message>
  <message>
   <source>{title} belongs to {authority}: you may read it but not change it in the register. Your changes stay in the plan; Save as… keeps them in a plan file.</source>
   <translation>{title} е на {authority}: можете да го четете, но не и да го променяте в регистъра. Промените ви остават в плана; „Запис като…“ ги запазва във файл на плана.</translation>
  </message>
  <message numerus="yes">
   <source>{n} changed</source>
   <translation>
    <numerusform>{n} променен</numerusform>
    <numerusform>{n} променени</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} added</source>
   <translation>
    <numerusform>{n} добавен</numerusform>
    <numerusform>{n} добавени</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} deleted</source>
   <translation>
    <numerusform>{n} изтрит</numerusform>
    <numerusform>{n} изтрити</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>register.version_text</name>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Namespace</source>
   <translation>Пространство от имена</translation>
  </message>
  <message>
   <source>Title</source>
   <translation>Заглавие</translation>
  </message>
  <message>
   <source>Authority</source>
   <translation>Орган</translation>
  </message>
  <message>
   <source>Version</source>
   <translation>Версия</translation>
  </message>
  <message>
   <source>Process step</source>
   <translation>Етап</translation>
  </message>
  <message>
   <source>In force from</source>
   <translation>В сила от</translation>
  </message>
  <message>
   <source>In force until</source>
   <translation>В сила до</translation>
  </message>
  <message>
   <source>Coordinate reference system</source>
   <translation>Координатна система</translation>
  </message>
  <message>
   <source>Amends</source>
   <translation>Изменя</translation>
  </message>
  <message>
   <source>Features</source>
   <translation>Обекти</translation>
  </message>
  <message>
   <source>SHA-256 of the publication</source>
   <translation>SHA-256 на публикацията</translation>
  </message>
  <message>
   <source>Signed</source>
   <translation>Подписана</translation>
  </message>
  <message>
   <source>Stored by</source>
   <translation>Записана от</translation>
  </message>
  <message>
   <source>Stored on</source>
   <translation>Записана на</translation>
  </message>
  <message>
   <source>yes</source>
   <translation>да</translation>
  </message>
  <message>
   <source>no</source>
   <translation>не</translation>
  </message>
 </context>
 <context>
  <name>register.wording</name>
  <message>
   <source>reader</source>
   <translation>читател</translation>
  </message>
  <message>
   <source>planner</source>
   <translation>проектант</translation>
  </message>
  <message>
   <source>publisher</source>
   <translation>публикуващ</translation>
  </message>
  <message>
   <source>administrator</source>
   <translation>администратор</translation>
  </message>
  <message>
   <source>INSERT</source>
   <translation>добавяне</translation>
  </message>
  <message>
   <source>UPDATE</source>
   <translation>промяна</translation>
  </message>
  <message>
   <source>DELETE</source>
   <translation>изтриване</translation>
  </message>
  <message>
   <source>plan</source>
   <translation>план</translation>
  </message>
  <message>
   <source>plan_version</source>
   <translation>версия на план</translation>
  </message>
  <message>
   <source>feature</source>
   <translation>обекти</translation>
  </message>
  <message>
   <source>OK</source>
   <translation>съвпада</translation>
  </message>
  <message>
   <source>MISMATCH</source>
   <translation>РАЗЛИКА</translation>
  </message>
 </context>
 <context>
  <name>services.atom_routes</name>
  <message>
   <source>not found</source>
   <translation>не е намерено</translation>
  </message>
 </context>
 <context>
  <name>services.ogcapi_app</name>
  <message>
   <source>f=gml needs plan=&lt;plan localId&gt; (a whole plan is one GML data set)</source>
   <translation>f=gml изисква plan=&lt;локален идентификатор на плана&gt; (цял план е един GML набор)</translation>
  </message>
  <message>
   <source>version {version!r} is not a number</source>
   <translation>версия {version!r} не е число</translation>
  </message>
  <message>
   <source>plan {plan} has no published version {version}</source>
   <translation>план {plan} няма публикувана версия {version}</translation>
  </message>
 </context>
 <context>
  <name>services.ogcapi_provider</name>
  <message>
   <source>datetime: give one day, not an interval</source>
   <translation>datetime: задайте един ден, не интервал</translation>
  </message>
  <message>
   <source>no feature {identifier}</source>
   <translation>няма обект {identifier}</translation>
  </message>
  <message>
   <source>is not a date</source>
   <translation>не е дата</translation>
  </message>
  <message>
   <source>bad query value</source>
   <translation>неправилна стойност</translation>
  </message>
 </context>
 <context>
  <name>services.service_metadata</name>
  <message>
   <source>Land use</source>
   <translation>Земеползване</translation>
  </message>
 </context>
 <context>
  <name>services.serving</name>
  <message>
   <source>cannot listen on '{listen}': give HOST and a PORT from 1 to 65535</source>
   <translation>не може да се слуша на '{listen}': дайте адрес и порт от 1 до 65535</translation>
  </message>
  <message>
   <source>a server stopped (exit {returncode}): {args}</source>
   <translation>сървър спря (код {returncode}): {args}</translation>
  </message>
 </context>
 <context>
  <name>services.stack</name>
  <message>
   <source>{name} did not start within {timeout:.0f} s</source>
   <translation>{name} не стартира за {timeout:.0f} s</translation>
  </message>
  <message>
   <source>nginx did not answer on {host}:{port}</source>
   <translation>nginx не отговори на {host}:{port}</translation>
  </message>
  <message>
   <source>{name} stopped at start (exit {returncode}); see the logs folder</source>
   <translation>{name} спря при стартиране (код {returncode}); вижте папката logs</translation>
  </message>
  <message>
   <source>nginx stopped at start (exit {returncode}); see logs/error.log</source>
   <translation>nginx спря при стартиране (код {returncode}); вижте logs/error.log</translation>
  </message>
  <message>
   <source>the services need the Debian packages {missing} (scripts/setup.sh)</source>
   <translation>услугите изискват пакетите на Debian {missing} (scripts/setup.sh)</translation>
  </message>
 </context>
 <context>
  <name>services.texts</name>
  <message>
   <source>Planned land use — view service (INSPIRE)</source>
   <translation>Устройствени планове — услуга за разглеждане (INSPIRE)</translation>
  </message>
  <message>
   <source>The municipality's plans in force from its plan register: zones, plans and supplementary regulations, drawn as in PLU Studio.</source>
   <translation>Действащите устройствени планове от регистъра на общината: зони, планове и допълнителни режими, оцветени както в PLU Studio.</translation>
  </message>
  <message>
   <source>spatial planning</source>
   <translation>устройствено планиране</translation>
  </message>
  <message>
   <source>no fees</source>
   <translation>без такса</translation>
  </message>
  <message>
   <source>no limitations on public access</source>
   <translation>няма ограничения за публичен достъп</translation>
  </message>
  <message>
   <source>Municipality</source>
   <translation>Община</translation>
  </message>
  <message>
   <source>not known: the register has no published plan</source>
   <translation>не е известна: в регистъра няма публикуван план</translation>
  </message>
  <message>
   <source>not configured (plu serve --contact-email)</source>
   <translation>не е зададен (plu serve --contact-email)</translation>
  </message>
  <message>
   <source>Spatial plans</source>
   <translation>Устройствени планове</translation>
  </message>
  <message>
   <source>Zoning elements</source>
   <translation>Устройствени зони</translation>
  </message>
  <message>
   <source>Supplementary regulations</source>
   <translation>Допълнителни режими</translation>
  </message>
  <message>
   <source>in force today</source>
   <translation>в сила днес</translation>
  </message>
  <message>
   <source>Per plan</source>
   <translation>По планове</translation>
  </message>
  <message>
   <source>version</source>
   <translation>версия</translation>
  </message>
  <message>
   <source>The extents of the plans in force.</source>
   <translation>Границите на действащите планове.</translation>
  </message>
  <message>
   <source>Zones by national zone type or HILUCS.</source>
   <translation>Устройствените зони по национален вид или HILUCS.</translation>
  </message>
  <message>
   <source>Regulations laid over the zones.</source>
   <translation>Режими, наложени върху зоните.</translation>
  </message>
  <message>
   <source>Planned land use — download service (OGC API – Features)</source>
   <translation>Устройствени планове — услуга за изтегляне (OGC API – Features)</translation>
  </message>
  <message>
   <source>The features of the published plans in the plan register.</source>
   <translation>Обектите на публикуваните устройствени планове от регистъра.</translation>
  </message>
  <message>
   <source>Planned land use — pre-defined datasets (INSPIRE)</source>
   <translation>Устройствени планове — предварително определени набори от данни (INSPIRE)</translation>
  </message>
  <message>
   <source>Every published plan as INSPIRE PLU GML with its metadata.</source>
   <translation>Всеки публикуван устройствен план като INSPIRE PLU GML с метаданни.</translation>
  </message>
  <message>
   <source>Plan</source>
   <translation>План</translation>
  </message>
  <message>
   <source>Dataset metadata (ISO 19139)</source>
   <translation>Метаданни на набора от данни (ISO 19139)</translation>
  </message>
  <message>
   <source>Dataset search</source>
   <translation>Търсене на набори от данни</translation>
  </message>
 </context>
 <context>
  <name>validators.attributes</name>
  <message>
   <source>{class_name} has an inspireId without {missing}</source>
   <translation>{class_name} има inspireId без {missing}</translation>
  </message>
  <message>
   <source>the document has none of legislationCitation, regulationText and planDocument with a value (nil or empty ones do not count)</source>
   <translation>документът няма нито един от legislationCitation, regulationText и planDocument със стойност (празните и nil не се броят)</translation>
  </message>
  <message>
   <source>in the future</source>
   <translation>в бъдещето</translation>
  </message>
  <message>
   <source>before 1800</source>
   <translation>преди 1800 г.</translation>
  </message>
  <message>
   <source>{class_name} lacks the required {xml}</source>
   <translation>{class_name} няма задължителния атрибут {xml}</translation>
  </message>
  <message>
   <source>endLifespanVersion {isoformat} is before beginLifespanVersion {isoformat2}</source>
   <translation>endLifespanVersion {isoformat} е преди beginLifespanVersion {isoformat2}</translation>
  </message>
  <message>
   <source>validTo {isoformat} is before validFrom {isoformat2}</source>
   <translation>validTo {isoformat} е преди validFrom {isoformat2}</translation>
  </message>
  <message>
   <source>{xml} {value} is {why}; is the date right?</source>
   <translation>{xml} {value} е {why}; вярна ли е датата?</translation>
  </message>
  <message>
   <source>{class_name}.{xml} is empty; give it a value{nil}</source>
   <translation>{class_name}.{xml} е празен; дайте стойност{nil}</translation>
  </message>
  <message>
   <source>{class_name}.{xml}: {name} is empty; give it a value</source>
   <translation>{class_name}.{xml}: {name} е празен; дайте стойност</translation>
  </message>
  <message>
   <source>{class_name}.{xml} is nil with reason "{reason}", which the INSPIRE validator rejects; use "{better}"</source>
   <translation>{class_name}.{xml} е празен с причина "{reason}", която валидаторът на INSPIRE отхвърля; използвайте "{better}"</translation>
  </message>
  <message>
   <source> and </source>
   <translation> и </translation>
  </message>
  <message>
   <source> or make it nil with a reason</source>
   <translation> или го отбележете като празен с причина</translation>
  </message>
 </context>
 <context>
  <name>validators.batch</name>
  <message>
   <source>valid</source>
   <translation>валиден</translation>
  </message>
  <message>
   <source>not valid</source>
   <translation>невалиден</translation>
  </message>
  <message>
   <source>incomplete</source>
   <translation>непълна проверка</translation>
  </message>
  <message>
   <source>unusable</source>
   <translation>неизползваем</translation>
  </message>
  <message>
   <source>plan</source>
   <translation>план</translation>
  </message>
  <message>
   <source>verdict</source>
   <translation>резултат</translation>
  </message>
  <message>
   <source>errors</source>
   <translation>грешки</translation>
  </message>
  <message>
   <source>warnings</source>
   <translation>предупреждения</translation>
  </message>
  <message>
   <source>exit status {exitcode}</source>
   <translation>код на изход {exitcode}</translation>
  </message>
  <message>
   <source>{filename}: the folder cannot be read ({strerror})</source>
   <translation>{filename}: папката не може да бъде прочетена ({strerror})</translation>
  </message>
  <message>
   <source>plans: {n} — {counts}</source>
   <translation>планове: {n} — {counts}</translation>
  </message>
  <message>
   <source>signal {name}</source>
   <translation>сигнал {name}</translation>
  </message>
  <message>
   <source>the check of this plan stopped unexpectedly ({how}); the other plans were checked</source>
   <translation>проверката на този план спря неочаквано ({how}); останалите планове са проверени</translation>
  </message>
  <message>
   <source>{root}: no .gml or .gpkg plan in this folder or below it</source>
   <translation>{root}: в тази папка и подпапките ѝ няма план .gml или .gpkg</translation>
  </message>
  <message>
   <source>{kind}: {exc}</source>
   <translation>{kind}: {exc}</translation>
  </message>
  <message>
   <source>the report could not be sent: {exc}</source>
   <translation>докладът не можа да бъде изпратен: {exc}</translation>
  </message>
 </context>
 <context>
  <name>validators.building_check</name>
  <message>
   <source> (which cover {x0:.2f}, {y0:.2f} – {x1:.2f}, {y1:.2f})</source>
   <translation> (които обхващат {x0:.2f}, {y0:.2f} – {x1:.2f}, {y1:.2f})</translation>
  </message>
  <message>
   <source>the height</source>
   <translation>височината</translation>
  </message>
  <message>
   <source>the number of floors</source>
   <translation>броят етажи</translation>
  </message>
  <message>
   <source>the gross floor area</source>
   <translation>РЗП</translation>
  </message>
  <message>
   <source>gross floor area as given ÷ plot area</source>
   <translation>РЗП, както е дадена ÷ площ на имота</translation>
  </message>
  <message numerus="yes">
   <source>footprint × {n} floors ÷ plot area</source>
   <translation>
    <numerusform>петно × {n} етаж ÷ площ на имота</numerusform>
    <numerusform>петно × {n} етажа ÷ площ на имота</numerusform>
   </translation>
  </message>
  <message>
   <source>as given</source>
   <translation>както е дадена</translation>
  </message>
  <message>
   <source>upper bound: (plot − footprint) ÷ plot; paths and paving are not green</source>
   <translation>горна граница: (имот − петно) ÷ имот; алеите и настилките не са озеленяване</translation>
  </message>
  <message>
   <source>the footprint (bounds {bounds}, EPSG:{crs}) lies outside every zone of the plan{extent}; check the footprint's CRS</source>
   <translation>петното на сградата (обхват {bounds}, EPSG:{crs}) е извън всички зони на плана{extent}; проверете координатната система на петното</translation>
  </message>
  <message>
   <source> (the plan has no zones)</source>
   <translation> (планът няма зони)</translation>
  </message>
  <message>
   <source>{name} must be above {low:g} and at most {high:g}; {value:g} was given</source>
   <translation>{name} трябва да е над {low:g} и най-много {high:g}; дадено е {value:g}</translation>
  </message>
  <message>
   <source>footprint area ÷ plot area</source>
   <translation>площ на петното ÷ площ на имота</translation>
  </message>
  <message>
   <source>no plot given</source>
   <translation>не е даден имот</translation>
  </message>
  <message>
   <source>neither gross floor area nor floors given</source>
   <translation>не са дадени нито РЗП, нито етажи</translation>
  </message>
  <message>
   <source>green area within the plot, off the footprint ÷ plot area</source>
   <translation>озеленена площ в имота извън петното ÷ площ на имота</translation>
  </message>
  <message>
   <source>no figure for this zone type was found</source>
   <translation>не е намерена стойност за този вид зона</translation>
  </message>
  <message>
   <source>the zone has no national zone type</source>
   <translation>зоната няма национален вид устройствена зона</translation>
  </message>
  <message>
   <source>the footprint (bounds {bounds}, EPSG:{crs}) lies outside every zone of the plan{extent}; with its two coordinates swapped it would lie in zone {zone}: the file has them in the wrong order (latitude before longitude, or northing before easting)</source>
   <translation>петното на сградата (обхват {bounds}, EPSG:{crs}) е извън всички зони на плана{extent}; с разменени координати би било в зона {zone}: във файла те са в обратен ред (ширина преди дължина или север преди изток)</translation>
  </message>
  <message>
   <source>the footprint (bounds {bounds}, EPSG:{crs}) lies outside every zone of the plan{extent}; its coordinates look like longitude and latitude: the file's crs member names a system in metres, and without one GeoJSON is read as longitude and latitude</source>
   <translation>петното на сградата (обхват {bounds}, EPSG:{crs}) е извън всички зони на плана{extent}; координатите му изглеждат като географска дължина и ширина: членът crs на файла назовава система в метри, а без него GeoJSON се чете като дължина и ширина</translation>
  </message>
  <message>
   <source>the footprint crosses a zone boundary: each zone's limits are checked</source>
   <translation>петното пресича граница на зони: проверени са нормативите на всяка зона</translation>
  </message>
  <message>
   <source>{value:.1f} % of the footprint lies outside the plan's zones</source>
   <translation>{value:.1f} % от петното е извън зоните на плана</translation>
  </message>
  <message>
   <source>the gross floor area given is used for Кинт; the floors are not</source>
   <translation>за Кинт е използвана дадената РЗП, а не етажите</translation>
  </message>
  <message>
   <source>give the green area to check it</source>
   <translation>дайте озеленената площ, за да се провери</translation>
  </message>
  <message>
   <source>the profile has no limits for this zone type</source>
   <translation>профилът няма нормативи за този вид зона</translation>
  </message>
  <message>
   <source>{beyond:.1f} m² of the footprint lies outside the plot</source>
   <translation>{beyond:.1f} m² от петното са извън имота</translation>
  </message>
  <message>
   <source>{lost:.1f} m² of the green area lies outside the plot or under the footprint and is not counted</source>
   <translation>{lost:.1f} m² от озеленената площ са извън имота или под петното и не се отчитат</translation>
  </message>
 </context>
 <context>
  <name>validators.building_pdf</name>
  <message>
   <source>Zone</source>
   <translation>Зона</translation>
  </message>
  <message>
   <source>Limit of</source>
   <translation>Норматив по</translation>
  </message>
  <message>
   <source>Figure</source>
   <translation>Показател</translation>
  </message>
  <message>
   <source>Building</source>
   <translation>Сграда</translation>
  </message>
  <message>
   <source>Limit</source>
   <translation>Норматив</translation>
  </message>
  <message>
   <source>Verdict</source>
   <translation>Оценка</translation>
  </message>
  <message>
   <source>Article / reason</source>
   <translation>Член / причина</translation>
  </message>
  <message>
   <source>building footprint (red), plot (blue dashed), zone boundaries (brown)</source>
   <translation>петно на сградата (червено), имот (синя прекъсната), граници на зони (кафяво)</translation>
  </message>
  <message numerus="yes">
   <source>… {n} more rows in the text or JSON report</source>
   <translation>
    <numerusform>… още {n} ред в текстовия или JSON отчета</numerusform>
    <numerusform>… още {n} реда в текстовия или JSON отчета</numerusform>
   </translation>
  </message>
 </context>
 <context>
  <name>validators.building_report</name>
  <message>
   <source>BELOW MINIMUM</source>
   <translation>ПОД МИНИМУМА</translation>
  </message>
  <message>
   <source>build-up density</source>
   <translation>плътност на застрояване</translation>
  </message>
  <message>
   <source>floor-area ratio (Кинт)</source>
   <translation>Кинт</translation>
  </message>
  <message>
   <source>green share</source>
   <translation>озеленяване</translation>
  </message>
  <message>
   <source>height</source>
   <translation>височина</translation>
  </message>
  <message>
   <source>within</source>
   <translation>в норма</translation>
  </message>
  <message>
   <source>EXCEEDS</source>
   <translation>ПРЕВИШАВА</translation>
  </message>
  <message>
   <source>no limit known</source>
   <translation>няма известен норматив</translation>
  </message>
  <message>
   <source>not computed</source>
   <translation>не е изчислено</translation>
  </message>
  <message>
   <source>cannot tell</source>
   <translation>не може да се прецени</translation>
  </message>
  <message>
   <source>law: kindergarten plot</source>
   <translation>закон: детско заведение</translation>
  </message>
  <message>
   <source>law: school plot</source>
   <translation>закон: училище</translation>
  </message>
  <message>
   <source>law: social-care plot</source>
   <translation>закон: социални услуги</translation>
  </message>
  <message>
   <source>law: sport ground</source>
   <translation>закон: терен за спорт</translation>
  </message>
  <message>
   <source>Result: within every known limit</source>
   <translation>Резултат: в рамките на известните нормативи</translation>
  </message>
  <message>
   <source>plan</source>
   <translation>план</translation>
  </message>
  <message>
   <source>law</source>
   <translation>закон</translation>
  </message>
  <message>
   <source>min</source>
   <translation>мин.</translation>
  </message>
  <message>
   <source>max</source>
   <translation>макс.</translation>
  </message>
  <message numerus="yes">
   <source>Result: {n} limits exceeded</source>
   <translation>
    <numerusform>Резултат: {n} превишен норматив</numerusform>
    <numerusform>Резултат: {n} превишени норматива</numerusform>
   </translation>
  </message>
  <message>
   <source> ({unknown} with no limit known)</source>
   <translation> ({unknown} без известен норматив)</translation>
  </message>
  <message>
   <source>not given</source>
   <translation>не е даден</translation>
  </message>
  <message>
   <source>The building's figures:</source>
   <translation>Показатели на сградата:</translation>
  </message>
  <message>
   <source>Against the limits:</source>
   <translation>Спрямо нормативите:</translation>
  </message>
  <message>
   <source>Building check against the zone</source>
   <translation>Проверка на сграда спрямо устройствената зона</translation>
  </message>
  <message>
   <source>the plan's own figure for zone </source>
   <translation>собствен показател на зона </translation>
  </message>
  <message>
   <source>Footprint</source>
   <translation>Петно</translation>
  </message>
  <message>
   <source>plot</source>
   <translation>имот</translation>
  </message>
  <message>
   <source>Note: </source>
   <translation>Бележка: </translation>
  </message>
  <message>
   <source>profile</source>
   <translation>профил</translation>
  </message>
  <message>
   <source>Zone</source>
   <translation>Зона</translation>
  </message>
  <message>
   <source>of the footprint</source>
   <translation>от петното</translation>
  </message>
 </context>
 <context>
  <name>validators.codes</name>
  <message>
   <source>; did you mean {hint}?</source>
   <translation>; може би {hint}?</translation>
  </message>
  <message>
   <source>{xml} {value} is in no code list PLU Studio carries; the INSPIRE validator will try to fetch it over HTTP, so publish the list or use a value of a known list</source>
   <translation>{xml} {value} не е в кодов списък, известен на PLU Studio; валидаторът на INSPIRE ще се опита да го изтегли по HTTP, затова публикувайте списъка или използвайте стойност от известен списък</translation>
  </message>
  <message>
   <source>{xml} {value} is not a value of the INSPIRE code list {listname}{suggestion}</source>
   <translation>{xml} {value} не е стойност от кодовия списък на INSPIRE {listname}{suggestion}</translation>
  </message>
  <message>
   <source>{xml} {value} uses https://; the INSPIRE register and validator use {fixed}</source>
   <translation>{xml} {value} използва https://; регистърът и валидаторът на INSPIRE използват {fixed}</translation>
  </message>
  <message>
   <source>{xml} {value} is not a value of {listname}, which profile {name} requires</source>
   <translation>{xml} {value} не е стойност от {listname}, който профилът {name} изисква</translation>
  </message>
  <message>
   <source>the zoning element has no hilucsLandUse value</source>
   <translation>зоната няма стойност hilucsLandUse</translation>
  </message>
  <message>
   <source>the zoning element has no zone type from {zone_type_list} in specificLandUse; its national limits cannot be checked</source>
   <translation>зоната няма вид устройствена зона от {zone_type_list} в specificLandUse; националните нормативи за нея не могат да се проверят</translation>
  </message>
 </context>
 <context>
  <name>validators.crs_checks</name>
  <message>
   <source>the file writes them east/north (long/lat) where the EPSG order is north/east (lat/long)</source>
   <translation>файлът ги записва изток/север (дължина/ширина), а редът по EPSG е север/изток (ширина/дължина)</translation>
  </message>
  <message>
   <source>the plan holds north (latitude) as x and east (longitude) as y</source>
   <translation>планът съхранява север (ширина) като x и изток (дължина) като y</translation>
  </message>
  <message>
   <source> or </source>
   <translation> или </translation>
  </message>
  <message>
   <source>EPSG:{epsg} ({name}) is not a CRS the INSPIRE validator accepts; export in {codes}</source>
   <translation>EPSG:{epsg} ({name}) не е система, която валидаторът на INSPIRE приема; изнесете в {codes}</translation>
  </message>
  <message>
   <source>the plan is in EPSG:{epsg} ({name}), which the INSPIRE validator rejects; export INSPIRE deliveries in {codes}</source>
   <translation>планът е в EPSG:{epsg} ({name}), която валидаторът на INSPIRE отхвърля; изнасяйте за INSPIRE в {codes}</translation>
  </message>
  <message>
   <source>the coordinates lie outside the area of use of EPSG:{epsg} ({name}); is the CRS right?</source>
   <translation>координатите са извън областта на използване на EPSG:{epsg} ({name}); вярна ли е системата?</translation>
  </message>
  <message>
   <source>srsName {srs_name!r} names an accepted CRS in a form the INSPIRE validator does not match; write {uri}</source>
   <translation>srsName {srs_name!r} е приемана система, но в запис, който валидаторът на INSPIRE не разпознава; пишете {uri}</translation>
  </message>
  <message>
   <source>EPSG:{epsg} ({name}) is the national CRS of profile {profile_name}, right for national exchange; the INSPIRE validator rejects it (rs.a.1), so export INSPIRE deliveries in {codes}</source>
   <translation>EPSG:{epsg} ({name}) е националната система на профила {profile_name}, подходяща за национален обмен; валидаторът на INSPIRE я отхвърля (rs.a.1), затова изнасяйте за INSPIRE в {codes}</translation>
  </message>
  <message>
   <source>the coordinates fall outside the area of EPSG:{epsg} ({name}) but inside it with the axes swapped: {how}</source>
   <translation>координатите са извън областта на EPSG:{epsg} ({name}), а с разменени оси са в нея: {how}</translation>
  </message>
  <message>
   <source>srsName {srs_name!r} is not an EPSG CRS URI; the INSPIRE validator accepts only http://www.opengis.net/def/crs/EPSG/0/&lt;code&gt; of an INSPIRE CRS</source>
   <translation>srsName {srs_name!r} не е URI на EPSG система; валидаторът на INSPIRE приема само http://www.opengis.net/def/crs/EPSG/0/&lt;код&gt; на система по INSPIRE</translation>
  </message>
  <message>
   <source>the coordinates could not be transformed from EPSG:{epsg} to check its area of use and axis order ({exc}); those checks did not run</source>
   <translation>координатите не можаха да се преобразуват от EPSG:{epsg}, за да се проверят областта на използване и редът на осите ({exc}); тези проверки не са изпълнени</translation>
  </message>
 </context>
 <context>
  <name>validators.dimensioning</name>
  <message>
   <source>{indication} = {value}{unit}</source>
   <translation>{indication} = {value}{unit}</translation>
  </message>
  <message>
   <source>{low}–{high}</source>
   <translation>{low}–{high}</translation>
  </message>
  <message>
   <source>{name} is a {kind} value; PLU Studio writes it as a {type} value</source>
   <translation>{name} е стойност от тип {kind}; PLU Studio го записва като {type}</translation>
  </message>
  <message>
   <source>{name} = {value} is outside the plausible range {span}</source>
   <translation>{name} = {value} е извън правдоподобния диапазон {span}</translation>
  </message>
  <message>
   <source>{shown} exceeds the maximum of {limit}{unit} for zone type {zone} ({citation})</source>
   <translation>{shown} надвишава максимума от {limit}{unit} за вида зона {zone} ({citation})</translation>
  </message>
  <message>
   <source>{shown} is below the minimum of {limit}{unit} for zone type {zone} ({citation})</source>
   <translation>{shown} е под минимума от {limit}{unit} за вида зона {zone} ({citation})</translation>
  </message>
  <message>
   <source>zone type {label} usually maps to HILUCS {value}, which is neither among the zone's hilucsLandUse values nor related to them</source>
   <translation>видът зона {label} обикновено съответства на HILUCS {value}, която не е сред стойностите hilucsLandUse на зоната и не е свързана с тях</translation>
  </message>
  <message>
   <source>{name} is a {kind} value; a {type} value is expected, so it cannot be checked</source>
   <translation>{name} е стойност от тип {kind}; очаква се {type}, затова не може да се провери</translation>
  </message>
  <message>
   <source>dimensioning indication {name} is given more than once</source>
   <translation>показателят {name} е посочен повече от веднъж</translation>
  </message>
  <message>
   <source>{name} is given in {shown}; it must be in {units}</source>
   <translation>{name} е в {shown}; трябва да е в {units}</translation>
  </message>
  <message>
   <source>zone type {zone} limits {indication} ({source}), but the zone does not state it</source>
   <translation>видът зона {zone} ограничава {indication} ({source}), но зоната не го посочва</translation>
  </message>
  <message>
   <source>no unit</source>
   <translation>без мерна единица</translation>
  </message>
  <message>
   <source> or </source>
   <translation> или </translation>
  </message>
 </context>
 <context>
  <name>validators.engine</name>
  <message>
   <source>{message}</source>
   <translation>{message}</translation>
  </message>
  <message>
   <source>not well-formed XML: {detail}; nothing after this line was checked</source>
   <translation>XML документът не е добре оформен: {detail}; нищо след този ред не е проверено</translation>
  </message>
  <message>
   <source>the file does not exist</source>
   <translation>файлът не съществува</translation>
  </message>
  <message>
   <source>the file holds no PLU feature (SpatialPlan, ZoningElement, SupplementaryRegulation, OfficialDocumentation); is it a PLU 4.0 file?</source>
   <translation>файлът не съдържа обект PLU (SpatialPlan, ZoningElement, SupplementaryRegulation, OfficialDocumentation); файл по PLU 4.0 ли е?</translation>
  </message>
  <message numerus="yes">
   <source>{finding} (and {n} more like this, not listed one by one)</source>
   <translation>
    <numerusform>{finding} (и още {n} като тази, която не е изброена отделно)</numerusform>
    <numerusform>{finding} (и още {n} като тази, които не са изброени поотделно)</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} more findings of rule {rule_code} were not listed (limit {max_per_rule} per rule)</source>
   <translation>
    <numerusform>още {n} констатация по правилото {rule_code} не е изброена (ограничение {max_per_rule} на правило)</numerusform>
    <numerusform>още {n} констатации по правилото {rule_code} не са изброени (ограничение {max_per_rule} на правило)</numerusform>
   </translation>
  </message>
  <message>
   <source>the plan declares no CRS: its area of use and axis order were not checked</source>
   <translation>планът не декларира координатна система: областта на използване и редът на осите не са проверени</translation>
  </message>
  <message>
   <source>the XML schema check of a plan file needs the GML writer; run 'plu validate' or validate from the application to include it</source>
   <translation>проверката по XML схема на файл на план изисква модула за запис на GML; използвайте 'plu validate' или проверката в приложението</translation>
  </message>
  <message>
   <source>the plan cannot be written as GML: {exc}</source>
   <translation>планът не може да се запише като GML: {exc}</translation>
  </message>
  <message>
   <source>{cls} lacks the required {name} (the element is empty)</source>
   <translation>{cls} няма задължителния атрибут {name} (елементът е празен)</translation>
  </message>
 </context>
 <context>
  <name>validators.geometry</name>
  <message>
   <source>{class_name}.{attr} is invalid: {reason}</source>
   <translation>{class_name}.{attr} е невалидна: {reason}</translation>
  </message>
  <message>
   <source>Self-intersection</source>
   <translation>самопресичане</translation>
  </message>
  <message>
   <source>Ring Self-intersection</source>
   <translation>самопресичане на контур</translation>
  </message>
  <message>
   <source>Hole lies outside shell</source>
   <translation>отвор извън външния контур</translation>
  </message>
  <message>
   <source>Holes are nested</source>
   <translation>вложени отвори</translation>
  </message>
  <message>
   <source>Interior is disconnected</source>
   <translation>вътрешността е разделена</translation>
  </message>
  <message>
   <source>Nested shells</source>
   <translation>вложени или застъпени многоъгълници</translation>
  </message>
  <message>
   <source>Too few points in geometry component</source>
   <translation>твърде малко точки в част от геометрията</translation>
  </message>
  <message>
   <source>Duplicate Rings</source>
   <translation>повтарящи се контури</translation>
  </message>
  <message>
   <source>Ring is not closed</source>
   <translation>незатворен контур</translation>
  </message>
  <message>
   <source>{class_name}.{attr} is invalid: {reason} at ({x:.3f}, {y:.3f})</source>
   <translation>{class_name}.{attr} е невалидна: {reason} в ({x:.3f}; {y:.3f})</translation>
  </message>
  <message>
   <source> (and {n} more)</source>
   <translation> (и още {n})</translation>
  </message>
  <message>
   <source>{class_name}.{attr} repeats a vertex at ({x:.3f}, {y:.3f}){more}</source>
   <translation>{class_name}.{attr} повтаря точка в ({x:.3f}; {y:.3f}){more}</translation>
  </message>
  <message numerus="yes">
   <source>{n} exterior rings run clockwise</source>
   <translation>
    <numerusform>{n} външен контур е по часовниковата стрелка</numerusform>
    <numerusform>{n} външни контура са по часовниковата стрелка</numerusform>
   </translation>
  </message>
  <message numerus="yes">
   <source>{n} interior rings run anticlockwise</source>
   <translation>
    <numerusform>{n} вътрешен контур е обратно на часовниковата стрелка</numerusform>
    <numerusform>{n} вътрешни контура са обратно на часовниковата стрелка</numerusform>
   </translation>
  </message>
  <message>
   <source>{class_name}.{attr}: {parts} (seen from above, east to the right); the INSPIRE validator rejects this</source>
   <translation>{class_name}.{attr}: {parts} (погледнато отгоре, изток вдясно); валидаторът на INSPIRE отхвърля това</translation>
  </message>
  <message>
   <source>{class_name}.{attr} is empty</source>
   <translation>{class_name}.{attr} е празна</translation>
  </message>
  <message>
   <source>{class_name}.{attr} is a {geom_type}; it must be a surface (gml:MultiSurface)</source>
   <translation>{class_name}.{attr} е {geom_type}; трябва да е повърхнина (gml:MultiSurface)</translation>
  </message>
  <message>
   <source>{class_name}.{attr} has NaN or infinite coordinates</source>
   <translation>{class_name}.{attr} има координати NaN или безкрайност</translation>
  </message>
  <message>
   <source> and </source>
   <translation> и </translation>
  </message>
 </context>
 <context>
  <name>validators.map_svg</name>
  <message>
   <source>no geometry to show</source>
   <translation>няма геометрия за показване</translation>
  </message>
 </context>
 <context>
  <name>validators.options</name>
  <message>
   <source>the tolerance must be 0 or more metres, not {tolerance}</source>
   <translation>допустимото отклонение трябва да е 0 или повече метра, а не {tolerance}</translation>
  </message>
  <message>
   <source>the sliver area must be 0 or more square metres, not {sliver_area}</source>
   <translation>площта на тесните ивици трябва да е 0 или повече квадратни метра, а не {sliver_area}</translation>
  </message>
 </context>
 <context>
  <name>validators.profile_shape</name>
  <message>
   <source>a JSON object</source>
   <translation>обект на JSON</translation>
  </message>
  <message>
   <source>a JSON list</source>
   <translation>списък на JSON</translation>
  </message>
  <message>
   <source>a text in quotes</source>
   <translation>текст в кавички</translation>
  </message>
  <message>
   <source>{path}: {where} must be {kind}</source>
   <translation>{path}: {where} трябва да е {kind}</translation>
  </message>
  <message>
   <source>{path}: {where} must be a finite number, not {value}</source>
   <translation>{path}: {where} трябва да е крайно число, а не {value}</translation>
  </message>
  <message>
   <source>{path}: {where}.epsg must be an EPSG code (a whole number)</source>
   <translation>{path}: {where}.epsg трябва да е код по EPSG (цяло число)</translation>
  </message>
 </context>
 <context>
  <name>validators.profiles</name>
  <message>
   <source>{path}: a profile must be a JSON object</source>
   <translation>{path}: профилът трябва да е обект JSON</translation>
  </message>
  <message>
   <source>no validation profile {name_or_path!r}; available: {value} (or give the path of a profile file)</source>
   <translation>няма профил за проверка {name_or_path!r}; налични: {value} (или посочете пътя на файл с профил)</translation>
  </message>
  <message>
   <source>{path}: the profile is not UTF-8 text (byte {start})</source>
   <translation>{path}: профилът не е текст в UTF-8 (байт {start})</translation>
  </message>
  <message>
   <source>{path}: the profile cannot be read: {exc}</source>
   <translation>{path}: профилът не може да бъде прочетен: {exc}</translation>
  </message>
  <message>
   <source>{candidate}: no such profile file</source>
   <translation>{candidate}: няма такъв файл с профил</translation>
  </message>
  <message>
   <source>{path}: the profiles extend each other in a loop</source>
   <translation>{path}: профилите се разширяват един друг в кръг</translation>
  </message>
  <message>
   <source>{path}: zone_type_list {name!r} names no code list</source>
   <translation>{path}: zone_type_list {name!r} не назовава кодов списък</translation>
  </message>
 </context>
 <context>
  <name>validators.references</name>
  <message>
   <source>the data set holds zoning elements or supplementary regulations but no SpatialPlan</source>
   <translation>наборът съдържа зони или допълнителни регулации, но няма SpatialPlan</translation>
  </message>
  <message>
   <source>inspireId {namespace}:{local_id}{version} is also used by {first}</source>
   <translation>inspireId {namespace}:{local_id}{version} се използва и от {first}</translation>
  </message>
  <message>
   <source>the plan lists {href} as {attr}, but that feature's {back} is not this plan</source>
   <translation>планът посочва {href} като {attr}, но {back} на този обект не е този план</translation>
  </message>
  <message>
   <source>no plan or feature refers to this document (officialDocument)</source>
   <translation>нито планът, нито обект сочи този документ (officialDocument)</translation>
  </message>
  <message>
   <source>{cls}.{xml} links to {href} outside the file; it is not checked offline (the INSPIRE validator will fetch it)</source>
   <translation>{cls}.{xml} сочи {href} извън файла; това не се проверява без мрежа (валидаторът на INSPIRE ще го изтегли)</translation>
  </message>
  <message>
   <source>{cls}.{xml} {href} points to nothing in the file</source>
   <translation>{cls}.{xml} {href} не сочи нищо във файла</translation>
  </message>
  <message>
   <source>{cls}.{xml} {href} points to a {class_name}; a {target} is expected</source>
   <translation>{cls}.{xml} {href} сочи {class_name}; очаква се {target}</translation>
  </message>
  <message>
   <source>the feature belongs to plan {href}, which does not list it as {role}</source>
   <translation>обектът принадлежи на плана {href}, който не го посочва като {role}</translation>
  </message>
  <message>
   <source> version {version}</source>
   <translation> версия {version}</translation>
  </message>
 </context>
 <context>
  <name>validators.repaired_plan</name>
  <message>
   <source>{finding} — not in the repaired plan</source>
   <translation>{finding} — не е в поправения план</translation>
  </message>
 </context>
 <context>
  <name>validators.repairs</name>
  <message>
   <source>{finding} — fixed by writing the plan again</source>
   <translation>{finding} — поправено при записа на плана</translation>
  </message>
  <message numerus="yes">
   <source>{n} repeated vertices removed</source>
   <translation>
    <numerusform>{n} повтаряща се точка е премахната</numerusform>
    <numerusform>{n} повтарящи се точки са премахнати</numerusform>
   </translation>
  </message>
  <message>
   <source>boundary snapped to its neighbours within {tolerance:g} mm</source>
   <translation>границата е прилепена към съседите в рамките на {tolerance:g} mm</translation>
  </message>
  <message numerus="yes">
   <source>extent set to the union of its {n} zoning elements (area {a0:.1f} m² → {a1:.1f} m²)</source>
   <translation>
    <numerusform>обхватът е зададен по границата на {n} зона (площ {a0:.1f} m² → {a1:.1f} m²)</numerusform>
    <numerusform>обхватът е обединението на {n} зони (площ {a0:.1f} m² → {a1:.1f} m²)</numerusform>
   </translation>
  </message>
  <message>
   <source>repeated vertices kept: removing them breaks the shape</source>
   <translation>повтарящите се точки са запазени: премахването им разваля формата</translation>
  </message>
  <message>
   <source>rings re-oriented (exterior anticlockwise, holes clockwise)</source>
   <translation>контурите са преориентирани (външни обратно на часовниковата стрелка, отвори по нея)</translation>
  </message>
  <message>
   <source>gaps not filled: the geometry of {gml_id} is invalid; repair it first</source>
   <translation>празнините не са запълнени: геометрията на {gml_id} е невалидна; първо я поправете</translation>
  </message>
  <message>
   <source>new zoning element for an unzoned gap of {area:.1f} m² (HILUCS 6_6_NotKnownUse, non-binding); classify it</source>
   <translation>нова зона за незонирана празнина от {area:.1f} m² (HILUCS 6_6_NotKnownUse, необвързваща); класифицирайте я</translation>
  </message>
  <message>
   <source>extent kept: the geometry of {gml_id} is invalid; repair it first</source>
   <translation>обхватът е запазен: геометрията на {gml_id} е невалидна; първо я поправете</translation>
  </message>
  <message>
   <source>none</source>
   <translation>няма</translation>
  </message>
  <message>
   <source>{xml}: nil reason "{reason}" → "{better}"</source>
   <translation>{xml}: причина "{reason}" → "{better}"</translation>
  </message>
  <message>
   <source>{role}: added {added}; removed {dropped}</source>
   <translation>{role}: добавени {added}; премахнати {dropped}</translation>
  </message>
  <message>
   <source>{xml}: empty value → nil (reason "unknown")</source>
   <translation>{xml}: празна стойност → nil (причина "unknown")</translation>
  </message>
  <message>
   <source>{xml}: https:// → http:// (the register's form)</source>
   <translation>{xml}: https:// → http:// (както е в регистъра)</translation>
  </message>
  <message>
   <source>{xml}: missing → nil (reason "unknown")</source>
   <translation>{xml}: липсва → nil (причина "unknown")</translation>
  </message>
 </context>
 <context>
  <name>validators.report_html</name>
  <message>
   <source>Unusable</source>
   <translation>Неизползваем</translation>
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
   <source>Notes</source>
   <translation>Бележки</translation>
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
   <source>note</source>
   <translation>бележка</translation>
  </message>
  <message>
   <source>Too many zoning elements to draw; the plan extent is shown</source>
   <translation>Зоните са твърде много за изобразяване; показан е обхватът на плана</translation>
  </message>
  <message>
   <source>Valid: nothing worse than a warning</source>
   <translation>Валиден: няма нищо по-сериозно от предупреждение</translation>
  </message>
  <message>
   <source>Not valid: the plan has errors</source>
   <translation>Невалиден: планът има грешки</translation>
  </message>
  <message>
   <source>Incomplete: no error found, but a check could not run</source>
   <translation>Непълна проверка: няма открити грешки, но проверка не можа да се изпълни</translation>
  </message>
  <message>
   <source>Not checked: the input could not be used</source>
   <translation>Непроверен: входът не може да се използва</translation>
  </message>
  <message numerus="yes">
   <source>{n} more findings are in the JSON report</source>
   <translation>
    <numerusform>още {n} констатация има в доклада JSON</numerusform>
    <numerusform>още {n} констатации има в доклада JSON</numerusform>
   </translation>
  </message>
  <message>
   <source>validation report</source>
   <translation>Доклад от проверка</translation>
  </message>
  <message>
   <source>Validation report</source>
   <translation>Доклад от проверка</translation>
  </message>
  <message>
   <source>Checked</source>
   <translation>Проверен</translation>
  </message>
  <message>
   <source>profile</source>
   <translation>профил</translation>
  </message>
  <message>
   <source>tolerance</source>
   <translation>допуск</translation>
  </message>
  <message>
   <source>sliver area</source>
   <translation>праг за остатъци</translation>
  </message>
  <message>
   <source>Features</source>
   <translation>Обекти</translation>
  </message>
  <message>
   <source>Where the findings are</source>
   <translation>Къде са констатациите</translation>
  </message>
  <message>
   <source>Summary by rule</source>
   <translation>Обобщение по правила</translation>
  </message>
  <message>
   <source>Rule</source>
   <translation>Правило</translation>
  </message>
  <message>
   <source>Family</source>
   <translation>Група</translation>
  </message>
  <message>
   <source>Severity</source>
   <translation>Тежест</translation>
  </message>
  <message>
   <source>Count</source>
   <translation>Брой</translation>
  </message>
  <message>
   <source>What the rule checks</source>
   <translation>Какво проверява правилото</translation>
  </message>
  <message>
   <source>INSPIRE test</source>
   <translation>Тест INSPIRE</translation>
  </message>
  <message>
   <source>Findings</source>
   <translation>Констатации</translation>
  </message>
  <message>
   <source>Where</source>
   <translation>Къде</translation>
  </message>
  <message>
   <source>Message</source>
   <translation>Съобщение</translation>
  </message>
  <message>
   <source>rules checked</source>
   <translation>проверени правила</translation>
  </message>
  <message>
   <source>fix</source>
   <translation>поправка</translation>
  </message>
  <message>
   <source>line</source>
   <translation>ред</translation>
  </message>
  <message>
   <source>No rule fired.</source>
   <translation>Нито едно правило не е нарушено.</translation>
  </message>
  <message>
   <source>Nothing found.</source>
   <translation>Нищо не е открито.</translation>
  </message>
 </context>
 <context>
  <name>validators.rules</name>
  <message>
   <source>The file exists</source>
   <translation>Файлът съществува</translation>
  </message>
  <message>
   <source>The file is well-formed XML</source>
   <translation>Файлът е добре оформен XML</translation>
  </message>
  <message>
   <source>The DOCTYPE asks for nothing unsafe (no external entity or DTD, bounded internal entities)</source>
   <translation>DOCTYPE не изисква нищо опасно (без външни ентитита и DTD, ограничени вътрешни ентитита)</translation>
  </message>
  <message>
   <source>The file validates against the official INSPIRE XML schemas</source>
   <translation>Файлът съответства на официалните XML схеми на INSPIRE</translation>
  </message>
  <message>
   <source>The collection element could be checked against a schema</source>
   <translation>Обхващащият елемент може да се провери по схема</translation>
  </message>
  <message>
   <source>The XML schema check was run on the plan file's GML encoding</source>
   <translation>Проверката по XML схема е изпълнена върху GML кодирането на файла на плана</translation>
  </message>
  <message>
   <source>The official XML schemas are available offline</source>
   <translation>Официалните XML схеми са налични без мрежа</translation>
  </message>
  <message>
   <source>The file is a PLU 4.0 plan PLU Studio can read</source>
   <translation>Файлът е план PLU 4.0, който PLU Studio може да прочете</translation>
  </message>
  <message>
   <source>The encoding the XML declaration names is the one the bytes are in</source>
   <translation>Кодирането, посочено в XML декларацията, е това, в което са байтовете</translation>
  </message>
  <message>
   <source>The document declares no DTD</source>
   <translation>Документът не декларира DTD</translation>
  </message>
  <message>
   <source>Every member of the collection is a PLU feature</source>
   <translation>Всеки член на колекцията е обект PLU</translation>
  </message>
  <message>
   <source>Every collection member reference points into the file</source>
   <translation>Всяка препратка към член на колекцията сочи във файла</translation>
  </message>
  <message>
   <source>Collection members are in the file, not elsewhere</source>
   <translation>Членовете на колекцията са във файла, не другаде</translation>
  </message>
  <message>
   <source>gml:id values are unique (reported as XSD when the schema check runs)</source>
   <translation>Стойностите на gml:id са уникални (отчитат се като XSD, когато схемата се проверява)</translation>
  </message>
  <message>
   <source>A nilReason comes with xsi:nil (reported as gmlas.c.2 when that test runs)</source>
   <translation>nilReason е придружен от xsi:nil (отчита се като gmlas.c.2, когато този тест се изпълнява)</translation>
  </message>
  <message>
   <source>No misspelt backgroudMapURI (reported as PITFALL.BACKGROUDMAPURI when that runs)</source>
   <translation>Няма сгрешено backgroudMapURI (отчита се като PITFALL.BACKGROUDMAPURI, когато тази проверка се изпълнява)</translation>
  </message>
  <message>
   <source>Every element of a feature belongs to PLU 4.0</source>
   <translation>Всеки елемент на обект принадлежи на PLU 4.0</translation>
  </message>
  <message>
   <source>A comment outside the features is kept (an import keeps none)</source>
   <translation>Коментар извън обектите се запазва (импортът не запазва нито един)</translation>
  </message>
  <message>
   <source>Every value can be read</source>
   <translation>Всяка стойност може да бъде прочетена</translation>
  </message>
  <message>
   <source>Single-valued attributes appear once</source>
   <translation>Еднозначните атрибути се срещат веднъж</translation>
  </message>
  <message>
   <source>A geometry property holds one geometry (all are kept when it holds more)</source>
   <translation>Свойство за геометрия съдържа една геометрия (запазват се всички, ако съдържа повече)</translation>
  </message>
  <message>
   <source>Multi-valued attributes do not mix values and nil</source>
   <translation>Многозначните атрибути не смесват стойности и nil</translation>
  </message>
  <message>
   <source>Required attributes are present</source>
   <translation>Задължителните атрибути присъстват</translation>
  </message>
  <message>
   <source>Voidable attributes are present (with xsi:nil if empty)</source>
   <translation>Атрибутите, допускащи празна стойност, присъстват (с xsi:nil, ако са празни)</translation>
  </message>
  <message>
   <source>Only voidable attributes are nil</source>
   <translation>Само атрибути, допускащи празна стойност, са nil</translation>
  </message>
  <message>
   <source>Nil elements carry a nilReason</source>
   <translation>Празните елементи имат nilReason</translation>
  </message>
  <message>
   <source>nilReason values are GML nil reasons</source>
   <translation>Стойностите на nilReason са причини по GML</translation>
  </message>
  <message>
   <source>A link has one xlink:title wherever it appears</source>
   <translation>Една препратка има едно и също xlink:title навсякъде</translation>
  </message>
  <message>
   <source>Every geometry declares its CRS (srsName)</source>
   <translation>Всяка геометрия декларира координатната си система (srsName)</translation>
  </message>
  <message>
   <source>The document root is a feature collection or a feature</source>
   <translation>Коренът на документа е колекция от обекти или обект</translation>
  </message>
  <message>
   <source>The root element carries xsi:schemaLocation</source>
   <translation>Коренният елемент има xsi:schemaLocation</translation>
  </message>
  <message>
   <source>No property is empty: each has a value, a link, content or xsi:nil</source>
   <translation>Няма празен атрибут: всеки има стойност, препратка, съдържание или xsi:nil</translation>
  </message>
  <message>
   <source>A nilReason appears only with xsi:nil="true"</source>
   <translation>nilReason се използва само с xsi:nil="true"</translation>
  </message>
  <message>
   <source>nilReason values are those the INSPIRE validator accepts</source>
   <translation>Стойностите на nilReason са приеманите от валидатора на INSPIRE</translation>
  </message>
  <message>
   <source>No GML topology objects</source>
   <translation>Няма топологични обекти на GML</translation>
  </message>
  <message>
   <source>Curves use linear interpolation only (no arcs)</source>
   <translation>Кривите използват само линейна интерполация (без дъги)</translation>
  </message>
  <message>
   <source>Surfaces are gml:Polygon or gml:Surface only</source>
   <translation>Повърхнините са само gml:Polygon или gml:Surface</translation>
  </message>
  <message>
   <source>Surface patches are planar (gml:PolygonPatch)</source>
   <translation>Частите на повърхнините са равнинни (gml:PolygonPatch)</translation>
  </message>
  <message>
   <source>Only simple-feature geometry types are used</source>
   <translation>Използват се само геометрии от типа Simple Features</translation>
  </message>
  <message>
   <source>Point coordinates are in gml:pos</source>
   <translation>Координатите на точките са в gml:pos</translation>
  </message>
  <message>
   <source>Curve and ring coordinates are in gml:posList</source>
   <translation>Координатите на линиите и контурите са в gml:posList</translation>
  </message>
  <message>
   <source>Geometry aggregates use single member properties, not arrays</source>
   <translation>Съставните геометрии използват отделни членове, не масиви</translation>
  </message>
  <message>
   <source>Coordinates have at most 3 dimensions</source>
   <translation>Координатите са най-много тримерни</translation>
  </message>
  <message>
   <source>Geometries use a CRS the INSPIRE validator accepts, as an http URI</source>
   <translation>Геометриите са в координатна система, приемана от валидатора на INSPIRE, с http URI</translation>
  </message>
  <message>
   <source>The collection's boundedBy uses an accepted CRS</source>
   <translation>boundedBy на колекцията е в приемана координатна система</translation>
  </message>
  <message>
   <source>Temporal positions use the ISO 8601 frame</source>
   <translation>Времевите позиции използват системата ISO 8601</translation>
  </message>
  <message>
   <source>endLifespanVersion is not before beginLifespanVersion</source>
   <translation>endLifespanVersion не е преди beginLifespanVersion</translation>
  </message>
  <message>
   <source>validTo is not before validFrom</source>
   <translation>validTo не е преди validFrom</translation>
  </message>
  <message>
   <source>The file holds at least one Land Use feature</source>
   <translation>Файлът съдържа поне един обект за земеползване</translation>
  </message>
  <message>
   <source>Every zoning element has hilucsLandUse values from the HILUCS register</source>
   <translation>Всяка зона има стойности hilucsLandUse от регистъра HILUCS</translation>
  </message>
  <message>
   <source>Every plan has exactly one levelOfSpatialPlan from the register</source>
   <translation>Всеки план има точно едно levelOfSpatialPlan от регистъра</translation>
  </message>
  <message>
   <source>Every plan has exactly one processStepGeneral from the register</source>
   <translation>Всеки план има точно едно processStepGeneral от регистъра</translation>
  </message>
  <message>
   <source>Every zoning element has exactly one regulationNature from the register</source>
   <translation>Всяка зона има точно едно regulationNature от регистъра</translation>
  </message>
  <message>
   <source>Every official document has a legislation citation, regulation text or plan document (OneMustBeFilled)</source>
   <translation>Всеки официален документ има цитиран нормативен акт, текст или документ на плана (OneMustBeFilled)</translation>
  </message>
  <message>
   <source>specificPresence ordered-list values are known code values</source>
   <translation>Стойностите в подредения списък на specificPresence са известни кодови стойности</translation>
  </message>
  <message>
   <source>specificPresence percentage values are known code values</source>
   <translation>Стойностите с процент в specificPresence са известни кодови стойности</translation>
  </message>
  <message>
   <source>specificLandUse values are known code values</source>
   <translation>Стойностите на specificLandUse са известни кодови стойности</translation>
  </message>
  <message>
   <source>planTypeName is a known code value</source>
   <translation>planTypeName е известна кодова стойност</translation>
  </message>
  <message>
   <source>specificSupplementaryRegulation values are known code values</source>
   <translation>Стойностите на specificSupplementaryRegulation са известни кодови стойности</translation>
  </message>
  <message>
   <source>supplementaryRegulation values are from the register or a known extension</source>
   <translation>Стойностите на supplementaryRegulation са от регистъра или от известно разширение</translation>
  </message>
  <message>
   <source>SpatialPlan.member links point to zoning elements in the file</source>
   <translation>Връзките SpatialPlan.member сочат зони във файла</translation>
  </message>
  <message>
   <source>SpatialPlan.officialDocument links point to documents in the file</source>
   <translation>Връзките SpatialPlan.officialDocument сочат документи във файла</translation>
  </message>
  <message>
   <source>SpatialPlan.restriction links point to supplementary regulations in the file</source>
   <translation>Връзките SpatialPlan.restriction сочат допълнителни регулации във файла</translation>
  </message>
  <message>
   <source>ZoningElement.plan points to a plan in the file</source>
   <translation>ZoningElement.plan сочи план във файла</translation>
  </message>
  <message>
   <source>ZoningElement.officialDocument links point to documents in the file</source>
   <translation>Връзките ZoningElement.officialDocument сочат документи във файла</translation>
  </message>
  <message>
   <source>SupplementaryRegulation.plan points to a plan in the file</source>
   <translation>SupplementaryRegulation.plan сочи план във файла</translation>
  </message>
  <message>
   <source>SupplementaryRegulation.officialDocument links point to documents in the file</source>
   <translation>Връзките SupplementaryRegulation.officialDocument сочат документи във файла</translation>
  </message>
  <message>
   <source>Values of closed INSPIRE code lists come from the register</source>
   <translation>Стойностите на затворените кодови списъци на INSPIRE са от регистъра</translation>
  </message>
  <message>
   <source>INSPIRE code-list values are written with http://, as in the register</source>
   <translation>Стойностите от кодовите списъци на INSPIRE са с http://, както в регистъра</translation>
  </message>
  <message>
   <source>No pre-4.0.1 element name backgroudMapURI</source>
   <translation>Няма остарялото име на елемент backgroudMapURI (преди 4.0.1)</translation>
  </message>
  <message>
   <source>Coordinates follow the CRS's axis order (lat/long for EPSG:4258)</source>
   <translation>Координатите следват реда на осите на системата (ширина/дължина за EPSG:4258)</translation>
  </message>
  <message>
   <source>Exterior rings run anticlockwise, interior rings clockwise</source>
   <translation>Външните контури са обратно на часовниковата стрелка, вътрешните — по нея</translation>
  </message>
  <message>
   <source>A national CRS of the profile: fine for national exchange, not for INSPIRE</source>
   <translation>Национална координатна система от профила: допустима за национален обмен, не и за INSPIRE</translation>
  </message>
  <message>
   <source>The plan's CRS must be changed on export for INSPIRE</source>
   <translation>Координатната система на плана трябва да се смени при износ за INSPIRE</translation>
  </message>
  <message>
   <source>Coordinates lie inside the CRS's area of use</source>
   <translation>Координатите са в областта на използване на координатната система</translation>
  </message>
  <message>
   <source>The coordinates could be transformed to check the CRS's area and axis order</source>
   <translation>Координатите могат да се преобразуват, за да се провери областта и редът на осите на системата</translation>
  </message>
  <message>
   <source>Rings are closed</source>
   <translation>Контурите са затворени</translation>
  </message>
  <message>
   <source>Rings have at least 4 positions</source>
   <translation>Контурите имат поне 4 точки</translation>
  </message>
  <message>
   <source>Coordinates are finite numbers</source>
   <translation>Координатите са крайни числа</translation>
  </message>
  <message>
   <source>Geometries are not empty</source>
   <translation>Геометриите не са празни</translation>
  </message>
  <message>
   <source>Zoning elements and plan extents are surfaces</source>
   <translation>Зоните и обхватът на плана са повърхнини</translation>
  </message>
  <message>
   <source>Rings do not cross themselves or each other</source>
   <translation>Контурите не се пресичат сами или помежду си</translation>
  </message>
  <message>
   <source>Holes lie inside their shell</source>
   <translation>Отворите са вътре във външния контур</translation>
  </message>
  <message>
   <source>Holes are not nested</source>
   <translation>Отворите не са вложени един в друг</translation>
  </message>
  <message>
   <source>Holes do not cut a polygon apart</source>
   <translation>Отворите не разделят многоъгълника</translation>
  </message>
  <message>
   <source>The polygons of a multi-surface do not overlap</source>
   <translation>Многоъгълниците на съставна повърхнина не се застъпват</translation>
  </message>
  <message>
   <source>Geometries are valid (OGC simple features)</source>
   <translation>Геометриите са валидни (OGC Simple Features)</translation>
  </message>
  <message>
   <source>No two consecutive vertices are equal</source>
   <translation>Няма две поредни еднакви точки</translation>
  </message>
  <message>
   <source>Zoning elements do not overlap</source>
   <translation>Зоните не се застъпват</translation>
  </message>
  <message>
   <source>No gaps between zoning elements inside the plan</source>
   <translation>Няма празнини между зоните в обхвата на плана</translation>
  </message>
  <message>
   <source>The plan extent is the union of its zoning elements</source>
   <translation>Обхватът на плана е обединението на зоните му</translation>
  </message>
  <message>
   <source>Zoning elements and supplementary regulations lie inside the plan extent</source>
   <translation>Зоните и допълнителните регулации са в обхвата на плана</translation>
  </message>
  <message>
   <source>No sliver polygons below the area threshold</source>
   <translation>Няма тесни остатъчни многоъгълници под праговата площ</translation>
  </message>
  <message>
   <source>The topology of every plan could be computed</source>
   <translation>Топологията на всеки план може да бъде изчислена</translation>
  </message>
  <message>
   <source>Shared boundaries of neighbouring zones have the same vertices</source>
   <translation>Общите граници на съседните зони имат едни и същи точки</translation>
  </message>
  <message>
   <source>The data set holds the spatial plan its features belong to</source>
   <translation>Наборът съдържа устройствения план, към който принадлежат обектите</translation>
  </message>
  <message>
   <source>Plan membership is recorded on both sides (member/restriction and plan)</source>
   <translation>Принадлежността към плана е записана от двете страни (member/restriction и plan)</translation>
  </message>
  <message>
   <source>Links point to a feature of the right type</source>
   <translation>Препратките сочат обект от правилния тип</translation>
  </message>
  <message>
   <source>Links to other resources (not checked offline)</source>
   <translation>Препратки към други ресурси (не се проверяват без мрежа)</translation>
  </message>
  <message>
   <source>Every official document is referenced by the plan or a feature</source>
   <translation>Всеки официален документ е посочен от плана или от обект</translation>
  </message>
  <message>
   <source>inspireId (namespace, localId, versionId) is unique</source>
   <translation>inspireId (namespace, localId, versionId) е уникален</translation>
  </message>
  <message>
   <source>inspireId has a namespace and a localId</source>
   <translation>inspireId има namespace и localId</translation>
  </message>
  <message>
   <source>Lifespan and validity dates are plausible (not in the future, not before 1800)</source>
   <translation>Датите на версия и валидност са правдоподобни (не в бъдещето, не преди 1800 г.)</translation>
  </message>
  <message>
   <source>Dimensioning indications use the unit their name implies</source>
   <translation>Показателите използват мерната единица, която името им предполага</translation>
  </message>
  <message>
   <source>Dimensioning indications have the value type their name implies</source>
   <translation>Показателите имат типа стойност, който името им предполага</translation>
  </message>
  <message>
   <source>Dimensioning values are plausible (e.g. 0–100 %)</source>
   <translation>Стойностите на показателите са правдоподобни (напр. 0–100 %)</translation>
  </message>
  <message>
   <source>Each dimensioning indication appears once per feature</source>
   <translation>Всеки показател се среща веднъж за обект</translation>
  </message>
  <message>
   <source>A zone's figures respect its zone type's legal limits</source>
   <translation>Показателите на зоната спазват нормативите за вида зона</translation>
  </message>
  <message>
   <source>A zone's figures respect limits on record whose legal text is not verified</source>
   <translation>Показателите на зоната спазват записани нормативи, чийто текст не е проверен</translation>
  </message>
  <message>
   <source>A zone states the figures its zone type limits</source>
   <translation>Зоната посочва показателите, които видът зона ограничава</translation>
  </message>
  <message>
   <source>Every zoning element has a national zone type</source>
   <translation>Всяка зона има национален вид устройствена зона</translation>
  </message>
  <message>
   <source>Values come from the national code lists the profile requires</source>
   <translation>Стойностите са от националните кодови списъци, изисквани от профила</translation>
  </message>
  <message>
   <source>The HILUCS value fits the national zone type</source>
   <translation>Стойността по HILUCS съответства на националния вид зона</translation>
  </message>
  <message>
   <source>unknown rule or family: {names}</source>
   <translation>няма такова правило или група правила: {names}</translation>
  </message>
  <message>
   <source>XML and schema</source>
   <translation>XML и схема</translation>
  </message>
  <message>
   <source>Reading the plan</source>
   <translation>Четене на плана</translation>
  </message>
  <message>
   <source>INSPIRE conformance tests</source>
   <translation>Тестове за съответствие с INSPIRE</translation>
  </message>
  <message>
   <source>Known pitfalls</source>
   <translation>Известни капани</translation>
  </message>
  <message>
   <source>Geometry validity</source>
   <translation>Валидност на геометрията</translation>
  </message>
  <message>
   <source>Topology of the plan</source>
   <translation>Топология на плана</translation>
  </message>
  <message>
   <source>References and identifiers</source>
   <translation>Препратки и идентификатори</translation>
  </message>
  <message>
   <source>Values and dimensioning</source>
   <translation>Стойности и показатели</translation>
  </message>
  <message>
   <source>National profile</source>
   <translation>Национален профил</translation>
  </message>
 </context>
 <context>
  <name>validators.schema_folder</name>
  <message>
   <source>The INSPIRE XML schemas are not on this machine. Run 'plu schemas fetch' once while online (they go to {folder}), or set PLU_SCHEMA_DIR to a folder that holds them.</source>
   <translation>XML схемите на INSPIRE не са на този компютър. Изпълнете веднъж 'plu schemas fetch' при връзка с мрежата (записват се в {folder}) или задайте PLU_SCHEMA_DIR на папка, която ги съдържа.</translation>
  </message>
  <message>
   <source>PLU_SCHEMA_DIR={env} does not hold the INSPIRE schemas (looked for {folder}). Point it at a folder laid out by published address, or unset it and run 'plu schemas fetch'.</source>
   <translation>PLU_SCHEMA_DIR={env} не съдържа схемите на INSPIRE (търсен е {folder}). Посочете папка, подредена по публикувания адрес, или премахнете променливата и изпълнете 'plu schemas fetch'.</translation>
  </message>
  <message>
   <source>could not download {url} ({exc}); the XML schema check needs the INSPIRE schemas: run 'plu schemas fetch' again when this machine can reach {host}, or copy a schema folder (laid out by published address) and set PLU_SCHEMA_DIR to it</source>
   <translation>{url} не може да бъде изтеглен ({exc}); проверката по XML схема изисква схемите на INSPIRE: изпълнете 'plu schemas fetch' отново, когато компютърът достига {host}, или копирайте папка със схемите (подредена по публикувания адрес) и задайте PLU_SCHEMA_DIR към нея</translation>
  </message>
 </context>
 <context>
  <name>validators.topology</name>
  <message>
   <source>zoning element</source>
   <translation>зоната</translation>
  </message>
  <message>
   <source>supplementary regulation</source>
   <translation>допълнителната регулация</translation>
  </message>
  <message>
   <source>{kind} {gml_id} covers {area} m² outside the plan extent, up to {far:.2f} m beyond it</source>
   <translation>{kind} {gml_id} покрива {area} m² извън обхвата на плана, до {far:.2f} m отвъд него</translation>
  </message>
  <message>
   <source>{kind} {gml_id} reaches {far:.2f} m outside the plan extent</source>
   <translation>{kind} {gml_id} излиза на {far:.2f} m извън обхвата на плана</translation>
  </message>
  <message>
   <source>the unit of EPSG:{crs} is unknown ({problem}): the tolerance ({tol} m) and the sliver area were applied as if the coordinates were metres, so the topology was not truly checked</source>
   <translation>мерната единица на EPSG:{crs} е неизвестна ({problem}): допустимото отклонение ({tol} m) и праговата площ са приложени, сякаш координатите са в метри, така че топологията не е проверена реално</translation>
  </message>
  <message>
   <source>a gap of {area} m² between zoning elements is not zoned; zone it, or give it HILUCS 6_6_NotKnownUse</source>
   <translation>празнина от {area} m² между зоните не е зонирана; зонирайте я или ѝ дайте HILUCS 6_6_NotKnownUse</translation>
  </message>
  <message>
   <source>zoning element {gml_id} has a sliver of {m2} m² (under {sliver:g} m²)</source>
   <translation>зоната {gml_id} има тесен остатък от {m2} m² (под {sliver:g} m²)</translation>
  </message>
  <message>
   <source>part of the topology check of plan {plan_id} could not be computed ({exc}); fix the geometry findings and validate again</source>
   <translation>част от топологичната проверка на плана {plan_id} не можа да се изчисли ({exc}); поправете констатациите за геометрията и проверете отново</translation>
  </message>
  <message>
   <source>zoning element {gml_id} does not share its boundary exactly with its neighbours (vertices differ, or gaps or overlaps narrower than {tol:g} mm)</source>
   <translation>зоната {gml_id} не споделя точно границата си със съседите (различни точки или празнини и застъпвания, по-тесни от {tol:g} mm)</translation>
  </message>
  <message numerus="yes">
   <source>{area} m² of the plan extent at its edge is covered by no zoning element ({n} areas); the extent should be the union of the zoning elements</source>
   <translation>
    <numerusform>{area} m² от обхвата на плана по края му не са покрити от зона ({n} участък); обхватът трябва да е обединението на зоните</numerusform>
    <numerusform>{area} m² от обхвата на плана по края му не са покрити от зона ({n} участъка); обхватът трябва да е обединението на зоните</numerusform>
   </translation>
  </message>
  <message>
   <source>zoning elements {gml_id} and {gml_id2} overlap by {area} m²</source>
   <translation>зоните {gml_id} и {gml_id2} се застъпват с {area} m²</translation>
  </message>
  <message>
   <source>(none)</source>
   <translation>(няма)</translation>
  </message>
 </context>
 <context>
  <name>validators.xml_checks</name>
  <message>
   <source>{cls}: {tag} is empty; give it a value or xsi:nil="true" with a nilReason</source>
   <translation>{cls}: {tag} е празен; дайте стойност или xsi:nil="true" с nilReason</translation>
  </message>
  <message>
   <source>the root element {root_tag} is neither a feature collection (base:SpatialDataSet, wfs:FeatureCollection) nor a PLU feature</source>
   <translation>коренният елемент {root_tag} не е нито колекция от обекти (base:SpatialDataSet, wfs:FeatureCollection), нито обект PLU</translation>
  </message>
  <message>
   <source>the root element has no xsi:schemaLocation</source>
   <translation>коренният елемент няма xsi:schemaLocation</translation>
  </message>
  <message>
   <source>{cls}.{name} has nilReason="{reason}" but no xsi:nil="true"</source>
   <translation>{cls}.{name} има nilReason="{reason}", но няма xsi:nil="true"</translation>
  </message>
  <message>
   <source>{cls} has {n} {name} elements; the INSPIRE validator requires exactly one</source>
   <translation>{cls} има {n} елемента {name}; валидаторът на INSPIRE изисква точно един</translation>
  </message>
  <message>
   <source>OfficialDocumentation has {n} {name} elements; at most one is allowed</source>
   <translation>OfficialDocumentation има {n} елемента {name}; допуска се най-много един</translation>
  </message>
  <message>
   <source>gml:{name} is a topology object; INSPIRE allows none</source>
   <translation>gml:{name} е топологичен обект; INSPIRE не ги допуска</translation>
  </message>
  <message>
   <source>{cls}.{name} has nilReason="{reason}", which the INSPIRE validator rejects; use "{better}"</source>
   <translation>{cls}.{name} има nilReason="{reason}", която валидаторът на INSPIRE отхвърля; използвайте "{better}"</translation>
  </message>
  <message>
   <source>srsDimension="{dim}": INSPIRE allows at most 3 coordinate dimensions</source>
   <translation>srsDimension="{dim}": INSPIRE допуска най-много 3 измерения на координатите</translation>
  </message>
  <message>
   <source>backgroudMapURI is the misspelt element name of PLU 4.0.0; PLU 4.0.1 and the INSPIRE validator expect backgroundMapURI</source>
   <translation>backgroudMapURI е сгрешеното име на елемента от PLU 4.0.0; PLU 4.0.1 и валидаторът на INSPIRE очакват backgroundMapURI</translation>
  </message>
  <message>
   <source>gml:{name} is not allowed; use gml:Polygon or gml:Surface</source>
   <translation>gml:{name} не се допуска; използвайте gml:Polygon или gml:Surface</translation>
  </message>
  <message>
   <source>temporal frame {frame!r} is not http://www.opengis.net/def/trs/ISO-8601</source>
   <translation>времевата система {frame!r} не е http://www.opengis.net/def/trs/ISO-8601</translation>
  </message>
  <message>
   <source>gml:{name} is not a simple-feature geometry INSPIRE allows</source>
   <translation>gml:{name} не е геометрия от Simple Features, допусната от INSPIRE</translation>
  </message>
  <message>
   <source>the collection's boundedBy uses srsName {srs!r}, which the INSPIRE validator rejects</source>
   <translation>boundedBy на колекцията използва srsName {srs!r}, която валидаторът на INSPIRE отхвърля</translation>
  </message>
  <message>
   <source>{tag} is a non-linear curve segment; INSPIRE allows only gml:LineStringSegment (densify the arc)</source>
   <translation>{tag} е нелинеен сегмент; INSPIRE допуска само gml:LineStringSegment (заменете дъгата с отсечки)</translation>
  </message>
  <message>
   <source>{tag} is not planar; INSPIRE allows only gml:PolygonPatch</source>
   <translation>{tag} не е равнинна част; INSPIRE допуска само gml:PolygonPatch</translation>
  </message>
  <message>
   <source>gml:Point coordinates must be in gml:pos</source>
   <translation>координатите на gml:Point трябва да са в gml:pos</translation>
  </message>
  <message>
   <source>gml:{name} coordinates must be in one gml:posList</source>
   <translation>координатите на gml:{name} трябва да са в един gml:posList</translation>
  </message>
  <message>
   <source>gml:{name} is an array property; use gml:{member}</source>
   <translation>gml:{name} е масив; използвайте отделни gml:{member}</translation>
  </message>
 </context>
 <context>
  <name>validators.xsd</name>
  <message>
   <source>{folder} holds no {local_path}</source>
   <translation>{folder} не съдържа {local_path}</translation>
  </message>
  <message>
   <source>the schema {url} is not in {folder}; run 'plu schemas fetch' or complete the folder</source>
   <translation>схемата {url} не е в {folder}; изпълнете 'plu schemas fetch' или допълнете папката</translation>
  </message>
  <message>
   <source>the schemas in {folder} do not compile: {exc}</source>
   <translation>схемите в {folder} не могат да се компилират: {exc}</translation>
  </message>
  <message>
   <source>{name}: no such file</source>
   <translation>{name}: няма такъв файл</translation>
  </message>
  <message>
   <source>XML schema: gml:id '{gid}' is not unique (first used on line {first})</source>
   <translation>XML схема: gml:id '{gid}' не е уникален (използван е на ред {first})</translation>
  </message>
  <message>
   <source>XML schema: the check of this element failed ({failure})</source>
   <translation>XML схема: проверката на елемента не можа да завърши ({failure})</translation>
  </message>
  <message>
   <source>not well-formed XML: {msg}</source>
   <translation>XML документът не е добре оформен: {msg}</translation>
  </message>
  <message>
   <source>the collection element {tag} was not checked (its schema is not in the offline set), so the verdict is incomplete; every PLU feature in it was checked</source>
   <translation>обхващащият елемент {tag} не е проверен (схемата му не е в локалния набор), затова проверката е непълна; всички обекти PLU в него са проверени</translation>
  </message>
 </context>
 <context>
  <name>validators.xsd_messages</name>
  <message>
   <source>XML schema: {message}</source>
   <translation>XML схема: {message}</translation>
  </message>
  <message>
   <source>element {e} is not expected here; one of these is expected in its place: {x}</source>
   <translation>елементът {e} не се очаква тук; на това място се очаква един от: {x}</translation>
  </message>
  <message>
   <source>element {e} is not expected here; {x} is expected in its place</source>
   <translation>елементът {e} не се очаква тук; на това място се очаква {x}</translation>
  </message>
  <message>
   <source>element {e} is not expected here</source>
   <translation>елементът {e} не се очаква тук</translation>
  </message>
  <message>
   <source>element {e} lacks a required child element, one of: {x}</source>
   <translation>в елемента {e} липсва задължителен вложен елемент, един от: {x}</translation>
  </message>
  <message>
   <source>element {e} lacks the required child element {x}</source>
   <translation>в елемента {e} липсва задължителният вложен елемент {x}</translation>
  </message>
  <message>
   <source>element {e}: “{v}” is not a valid value of the type {t}</source>
   <translation>елементът {e}: „{v}“ не е допустима стойност от типа {t}</translation>
  </message>
  <message>
   <source>attribute {a} is not allowed in element {e}</source>
   <translation>атрибутът {a} не е позволен в елемента {e}</translation>
  </message>
  <message>
   <source>element {e} lacks the required attribute {a}</source>
   <translation>в елемента {e} липсва задължителният атрибут {a}</translation>
  </message>
  <message>
   <source>element {e}: “{v}” is not one of the allowed values {{{x}}}</source>
   <translation>елементът {e}: „{v}“ не е от допустимите стойности {{{x}}}</translation>
  </message>
  <message>
   <source>element {e} holds text, but it may hold only child elements</source>
   <translation>елементът {e} съдържа текст, а може да съдържа само вложени елементи</translation>
  </message>
  <message>
   <source>element {e} may not hold child elements</source>
   <translation>елементът {e} не може да съдържа вложени елементи</translation>
  </message>
 </context>
 <context>
  <name>validators.zone_limits</name>
  <message>
   <source>{where}: zone type {code!r} is not a value of {zone_list}</source>
   <translation>{where}: видът зона {code!r} не е стойност от {zone_list}</translation>
  </message>
  <message>
   <source>{path}: the range of limit {where} must be two numbers [low, high]</source>
   <translation>{path}: диапазонът на норматива {where} трябва да е две числа [от, до]</translation>
  </message>
  <message>
   <source>{path}: limit {where} has neither min nor max</source>
   <translation>{path}: нормативът {where} няма нито min, нито max</translation>
  </message>
  <message>
   <source>{path}: limit {where} does not cite its legal source</source>
   <translation>{path}: нормативът {where} не посочва нормативния си източник</translation>
  </message>
  <message>
   <source>range in the law {span}</source>
   <translation>диапазон по закона {span}</translation>
  </message>
  <message>
   <source>replaces {replaces}</source>
   <translation>заменя {replaces}</translation>
  </message>
  <message>
   <source>the source could not be checked against the legal text</source>
   <translation>източникът не е сверен с нормативния текст</translation>
  </message>
 </context>
</TS>
