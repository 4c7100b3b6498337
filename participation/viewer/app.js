/*
 * PLU Studio consultation viewer.
 *
 * Reads the plan from window.PLU_DATA (data/plan-data.js) and the comment service address from
 * window.PLU_SERVICE (data/service.js), so it works opened from disk (file://), from any static
 * host and from the comment service.  Every text that comes from data is put on the page with
 * textContent, never as HTML.
 *
 * Geometries arrive in the compact encoding of participation/compact_geometry.py (WGS 84 in
 * 1e-7 degree integers, delta and zigzag coded varints, base64) and zone properties as columns;
 * they are decoded straight into OpenLayers geometries (zones into read-only RenderFeatures, drawn
 * as one image).  The GeoJSON download is built from the same data when asked for, so the package
 * holds the geometries once.
 */
(function () {
  'use strict';

  var DATA = window.PLU_DATA;
  var SERVICE = window.PLU_SERVICE || null;

  // the texts come with the plan data (participation/viewer_texts.py, said from the product's catalogue);
  // without the data only the one saying so is needed
  var T = (DATA && DATA.texts) || {
    bg: { fatal: 'Данните на плана липсват или са повредени (data/plan-data.js).' },
    en: { fatal: 'The plan data is missing or damaged (data/plan-data.js).' }
  };
  var MAX_TEXT = 5000;

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (m, k) { return values && values[k] !== undefined ? String(values[k]) : m; });
  }

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (k) {
        var v = attrs[k];
        if (v === null || v === undefined || v === false) return;
        if (k === 'text') node.textContent = v;
        else if (k === 'onclick') node.addEventListener('click', v);
        else if (k === 'oninput') node.addEventListener('input', v);
        else if (k === 'style') node.style.cssText = v;  // CSSOM, allowed by a strict Content-Security-Policy
        else node.setAttribute(k, v === true ? '' : v);
      });
    }
    (children || []).forEach(function (c) {
      if (c === null || c === undefined) return;
      node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); return node; }

  if (!DATA || DATA.format !== 'plu-studio-viewer' || DATA.version !== 2 || typeof ol === 'undefined') {
    var lang0 = (document.documentElement.lang === 'en') ? 'en' : 'bg';
    document.body.appendChild(el('p', { 'class': 'fatal', text: T[lang0].fatal }));
    return;
  }

  var settings = DATA.settings;
  var languages = (settings.languages && settings.languages.length) ? settings.languages : ['bg', 'en'];
  var params = new URLSearchParams(window.location.search);
  var state = {
    lang: languages.indexOf(params.get('lang')) >= 0 ? params.get('lang') : languages[0],
    mode: 'info',
    zones: [],
    paragraph: null,
    geometry: null,
    popupZone: null,
    tab: 'plan',
    lastResult: null
  };

  // a counting text comes as its plural forms (participation/viewer_texts.py); English and Bulgarian
  // say "one" for a count of exactly 1 and "other" for every other whole number
  function t(key, values) {
    var template = (T[state.lang] || T.en)[key] || key;
    if (typeof template === 'object') template = (values && values.n === 1) ? template.one : template.other;
    return fmt(template, values);
  }
  function L(obj) {
    if (obj === null || obj === undefined) return '';
    if (typeof obj === 'string') return obj;
    return obj[state.lang] || obj.en || obj.bg || '';
  }

  // ---------------------------------------------------------------- dates
  function todayIn(tz) {
    try {
      return new Intl.DateTimeFormat('en-CA', { timeZone: tz, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    } catch (e) {
      return new Date().toISOString().slice(0, 10);
    }
  }
  function dayNumber(iso) { var p = iso.split('-'); return Date.UTC(+p[0], +p[1] - 1, +p[2]) / 86400000; }
  function showDate(iso) {
    var p = iso.split('-');
    return state.lang === 'bg' ? p[2] + '.' + p[1] + '.' + p[0] + ' г.' : iso;
  }
  function consultationState() {
    var today = todayIn(settings.timezone || 'UTC');
    var start = dayNumber(settings.start), end = dayNumber(settings.end), now = dayNumber(today);
    var days = end - start + 1;
    if (now < start) return { state: 'before', share: 0, day: 0, days: days, left: days };
    if (now > end) return { state: 'closed', share: 1, day: days, days: days, left: 0 };
    var day = now - start + 1;
    return { state: 'open', share: day / days, day: day, days: days, left: end - now };
  }

  // ---------------------------------------------------------------- map
  var geojson = new ol.format.GeoJSON({ dataProjection: 'EPSG:4326', featureProjection: 'EPSG:3857' });
  var SCALE = DATA.geometry_encoding.scale;
  var EARTH = 6378137, HALF_WORLD = Math.PI * EARTH;  // EPSG:3857 as ol.proj does it, inlined for speed
  var GEOMETRY_TYPES = [null, 'Point', 'LineString', 'Polygon', 'MultiPoint', 'MultiLineString', 'MultiPolygon', 'GeometryCollection'];
  var DEPTH = [0, 0, 1, 2, 1, 2, 3];

  // Reads the numbers of one encoded string; x and y carry over from feature to feature (deltas).
  function Reader(b64) {
    var text = atob(b64 || ''), n = text.length, bytes = new Uint8Array(n);
    for (var i = 0; i < n; i++) bytes[i] = text.charCodeAt(i);
    this.b = bytes; this.i = 0; this.x = 0; this.y = 0;
  }
  Reader.prototype.uint = function () {
    var b = this.b, value = 0, scale = 1, byte;
    do { byte = b[this.i++]; value += (byte & 0x7f) * scale; scale *= 128; } while (byte & 0x80);
    return value;  // arithmetic, not bit operations: values may pass 2^31
  };
  Reader.prototype.delta = function () { var v = this.uint(); return v % 2 ? -(v + 1) / 2 : v / 2; };
  Reader.prototype.next = function () { this.x += this.delta(); this.y += this.delta(); };

  // count positions onto flat, in the map's projection (EPSG:3857)
  function readRun(r, flat, count) {
    for (var k = 0; k < count; k++) {
      r.next();
      var y = EARTH * Math.log(Math.tan(Math.PI * (r.y / SCALE + 90) / 360));
      flat.push(EARTH * Math.PI * (r.x / SCALE) / 180, y > HALF_WORLD ? HALF_WORLD : (y < -HALF_WORLD ? -HALF_WORLD : y));
    }
  }
  function readRings(r, flat) {
    var ends = [];
    for (var n = r.uint(); n > 0; n--) { readRun(r, flat, r.uint()); ends.push(flat.length); }
    return ends;
  }
  // One geometry as an OpenLayers geometry in the map's projection (null: none).
  function readOl(r) { return readTyped(r, r.uint()); }
  function readTyped(r, type) {
    if (type === 0) return null;
    if (type === 7) {
      var parts = [];
      for (var g = r.uint(); g > 0; g--) parts.push(readOl(r));
      return new ol.geom.GeometryCollection(parts.filter(Boolean));
    }
    var flat = [], ends = null;
    if (type === 1) readRun(r, flat, 1);
    else if (type === 2 || type === 4) readRun(r, flat, r.uint());
    else if (type === 3 || type === 5) ends = readRings(r, flat);
    else if (type === 6) { ends = []; for (var p = r.uint(); p > 0; p--) ends.push(readRings(r, flat)); }
    else throw new Error('unknown geometry type ' + type);
    if (type === 1) return new ol.geom.Point(flat);
    if (type === 2) return new ol.geom.LineString(flat, 'XY');
    if (type === 3) return new ol.geom.Polygon(flat, 'XY', ends);
    if (type === 4) return new ol.geom.MultiPoint(flat, 'XY');
    if (type === 5) return new ol.geom.MultiLineString(flat, 'XY', ends);
    return new ol.geom.MultiPolygon(flat, 'XY', ends);
  }
  // One geometry as a GeoJSON geometry object in WGS 84 (7 decimals, as the encoding holds them).
  function readGeoJSON(r) {
    var type = r.uint();
    if (type === 0) return null;
    if (type === 7) {
      var parts = [];
      for (var g = r.uint(); g > 0; g--) parts.push(readGeoJSON(r));
      return { type: 'GeometryCollection', geometries: parts };
    }
    function nested(depth) {
      if (depth === 0) { r.next(); return [r.x / SCALE, r.y / SCALE]; }
      var out = [];
      for (var n = r.uint(); n > 0; n--) out.push(nested(depth - 1));
      return out;
    }
    return { type: GEOMETRY_TYPES[type], coordinates: nested(DEPTH[type]) };
  }
  function decodeAll(b64, count, read) {
    var r = new Reader(b64), out = new Array(count);
    for (var i = 0; i < count; i++) out[i] = read(r);
    return out;
  }

  // Zones: properties stay in DATA.zones' columns; a feature is only its geometry, known by its index
  // (no properties or id set on 100 000 features: each costs events and time).
  var Z = DATA.zones;
  // A (multi)polygon zone becomes OpenLayers' light, read-only RenderFeature (no events): its rings
  // are grouped into polygons by orientation, as written (RFC 7946: exterior counter-clockwise).
  function readZone(r) {
    var type = r.uint();
    if (type !== 3 && type !== 6) return new ol.Feature(readTyped(r, type));
    var flat = [], ends = [];
    for (var parts = type === 6 ? r.uint() : 1; parts > 0; parts--) {
      for (var n = r.uint(); n > 0; n--) { readRun(r, flat, r.uint()); ends.push(flat.length); }
    }
    return new ol.render.Feature('Polygon', flat, ends, 2, {});
  }
  var zoneIndexById = {}, zoneIndex = new Map(), zoneRecords = [];
  var zoneFeatures = decodeAll(Z.geometry, Z.count, readZone);
  zoneFeatures.forEach(function (f, i) { zoneIndex.set(f, i); zoneIndexById[Z.id[i]] = i; });
  function zoneById(id) { return id in zoneIndexById ? zoneFeatures[zoneIndexById[id]] : null; }
  function zoneId(feature) { return Z.id[zoneIndex.get(feature)]; }
  function zoneRecord(i) {
    if (!zoneRecords[i]) {
      var tables = Z.tables, kind = tables.kinds[Z.kind[i]];
      zoneRecords[i] = {
        id: Z.id[i], local_id: Z.local_id[i], code: kind.code, notation: kind.notation, type: kind.type,
        hilucs: kind.hilucs, colour: kind.colour, nature: tables.natures[Z.nature[i]],
        limits: tables.limits[Z.limits[i]], documents: tables.documents[Z.documents[i]], area_m2: Z.area_m2[i]
      };
    }
    return zoneRecords[i];
  }
  function zoneProps(feature) { return zoneRecord(zoneIndex.get(feature)); }
  var zoneSource = new ol.source.Vector({ features: zoneFeatures });
  var O = DATA.overlays;
  var overlaySource = new ol.source.Vector({
    features: decodeAll(O.geometry, O.properties.length, readOl).map(function (geometry, i) {
      var f = new ol.Feature(O.properties[i]);
      f.setGeometry(geometry);
      f.setId(O.properties[i].id);
      return f;
    })
  });
  var boundarySource = new ol.source.Vector();
  var boundary = decodeAll(DATA.boundary, 1, readOl)[0];
  if (boundary) boundarySource.addFeature(new ol.Feature(boundary));
  var drawSource = new ol.source.Vector();

  // The plan as GeoJSON (WGS 84) for the download link, from the same encoded data.
  function planGeoJSON() {
    var features = [];
    var outline = decodeAll(DATA.boundary, 1, readGeoJSON)[0];
    if (outline) features.push({ type: 'Feature', id: DATA.plan.id, geometry: outline, properties: { featureType: 'SpatialPlan', id: DATA.plan.id, title: DATA.plan.title } });
    decodeAll(Z.geometry, Z.count, readGeoJSON).forEach(function (geometry, i) {
      var p = zoneRecord(i);
      features.push({ type: 'Feature', id: p.id, geometry: geometry, properties: Object.assign({ featureType: 'ZoningElement' }, p) });
    });
    decodeAll(O.geometry, O.properties.length, readGeoJSON).forEach(function (geometry, i) {
      var p = O.properties[i];
      features.push({ type: 'Feature', id: p.id, geometry: geometry, properties: Object.assign({ featureType: 'SupplementaryRegulation' }, p) });
    });
    return { type: 'FeatureCollection', name: DATA.plan.title, features: features };
  }
  function downloadFile(name, text, type) {
    var link = el('a', { href: URL.createObjectURL(new Blob([text], { type: type })), download: name });
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
  }

  function hexAlpha(hex, alpha) {
    var h = /^#?([0-9a-f]{6})$/i.exec(hex || '') ? hex.replace('#', '') : 'ffffff';
    return 'rgba(' + parseInt(h.slice(0, 2), 16) + ',' + parseInt(h.slice(2, 4), 16) + ',' + parseInt(h.slice(4, 6), 16) + ',' + alpha + ')';
  }
  var styleCache = {};
  function makeZoneStyle(colour, picked, shown, outline) {
    var key = colour + '|' + picked + '|' + shown + '|' + outline;
    if (!styleCache[key]) {
      styleCache[key] = new ol.style.Style({
        zIndex: picked ? 2 : (shown ? 1 : 0),
        fill: new ol.style.Fill({ color: hexAlpha(colour, picked ? 0.95 : 0.85) }),
        stroke: outline ? new ol.style.Stroke({ color: picked ? '#1f5fbf' : (shown ? '#000000' : '#3a3a3a'), width: picked ? 3.5 : (shown ? 2.5 : 0.8) }) : undefined
      });
    }
    return styleCache[key];
  }
  // the style of a zone neither picked nor shown, by zone type: [without outline, with outline]
  var plainStyles = Z.tables.kinds.map(function (k) { return [makeZoneStyle(k.colour, false, false, false), makeZoneStyle(k.colour, false, false, true)]; });
  function zoneStyle(feature, resolution) {
    var i = zoneIndex.get(feature), kind = Z.kind[i];
    // a zone a few pixels wide (a general plan seen whole) is its colour only: outlines would hide it
    var e = feature.getGeometry().getExtent();
    var outline = Math.min(e[2] - e[0], e[3] - e[1]) >= 6 * resolution;
    if (state.zones.length || state.popupZone) {
      var id = Z.id[i], picked = state.zones.indexOf(id) >= 0, shown = state.popupZone === id;
      if (picked || shown) return makeZoneStyle(Z.tables.kinds[kind].colour, picked, shown, true);
    }
    return plainStyles[kind][outline ? 1 : 0];
  }
  var labelCache = {};
  function labelStyle(feature) {
    var notation = Z.tables.kinds[Z.kind[zoneIndex.get(feature)]].notation || '';
    if (!labelCache[notation]) {
      labelCache[notation] = new ol.style.Style({
        text: new ol.style.Text({
          text: notation, font: '12px "DejaVu Sans", sans-serif', overflow: false,
          fill: new ol.style.Fill({ color: '#111' }), stroke: new ol.style.Stroke({ color: 'rgba(255,255,255,.8)', width: 3 })
        })
      });
    }
    return labelCache[notation];
  }
  var overlayStyles = {
    Polygon: new ol.style.Style({
      fill: new ol.style.Fill({ color: 'rgba(192,57,43,0.14)' }),
      stroke: new ol.style.Stroke({ color: '#c0392b', width: 2, lineDash: [8, 5] })
    }),
    LineString: new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#1f4fd1', width: 3 }) }),
    Point: new ol.style.Style({
      image: new ol.style.Circle({ radius: 5, fill: new ol.style.Fill({ color: '#1f4fd1' }), stroke: new ol.style.Stroke({ color: '#fff', width: 1.5 }) })
    })
  };
  function overlayStyle(feature) {
    var type = feature.getGeometry().getType().replace('Multi', '');
    return overlayStyles[type] || overlayStyles.Polygon;
  }
  var drawStyle = new ol.style.Style({
    fill: new ol.style.Fill({ color: 'rgba(230,126,34,0.28)' }),
    stroke: new ol.style.Stroke({ color: '#e67e22', width: 3 }),
    image: new ol.style.Circle({ radius: 7, fill: new ol.style.Fill({ color: '#e67e22' }), stroke: new ol.style.Stroke({ color: '#fff', width: 2 }) })
  });

  var background = null;
  if (settings.tile_url) {
    background = new ol.layer.Tile({
      visible: false,
      source: new ol.source.XYZ({ url: settings.tile_url, attributions: settings.tile_attribution || undefined, crossOrigin: 'anonymous' })
    });
  }
  // drawn once into an image and moved with the view: a general plan has 100 000 zones
  var zoneLayer = new ol.layer.VectorImage({ source: zoneSource, style: zoneStyle, properties: { name: 'zones' } });
  // zone codes, decluttered, only when zoomed in (decluttering a whole city's zones costs seconds)
  var labelLayer = new ol.layer.Vector({ source: zoneSource, style: labelStyle, declutter: true, maxResolution: 6, properties: { name: 'labels' } });
  var overlayLayer = new ol.layer.Vector({ source: overlaySource, style: overlayStyle, properties: { name: 'overlays' } });
  var boundaryLayer = new ol.layer.Vector({
    source: boundarySource,
    style: new ol.style.Style({ stroke: new ol.style.Stroke({ color: '#000', width: 2.5 }) })
  });
  var drawLayer = new ol.layer.Vector({ source: drawSource, style: drawStyle });
  var layers = [zoneLayer, labelLayer, overlayLayer, boundaryLayer, drawLayer];
  if (background) layers.unshift(background);

  var popupNode = document.getElementById('popup');
  var popup = new ol.Overlay({ element: popupNode, autoPan: { animation: { duration: 200 } }, stopEvent: true });
  var map = new ol.Map({
    target: 'map',
    layers: layers,
    overlays: [popup],
    view: new ol.View({ center: [0, 0], zoom: 2, maxZoom: 21 }),
    controls: ol.control.defaults.defaults({ attributionOptions: { collapsible: true } }).extend([new ol.control.ScaleLine()])
  });
  var fullExtent = boundarySource.getFeatures().length ? boundarySource.getExtent() : zoneSource.getExtent();
  map.getView().fit(fullExtent, { padding: [40, 40, 40, 40] });

  var draw = null;
  function setMode(mode) {
    if (draw) { map.removeInteraction(draw); draw = null; }
    state.mode = mode;
    var type = { point: 'Point', line: 'LineString', area: 'Polygon' }[mode];
    if (type) {
      if (!isOpen()) { state.mode = 'info'; renderToolbar(); showTab('comment'); return; }
      draw = new ol.interaction.Draw({ source: drawSource, type: type, style: drawStyle });
      draw.on('drawstart', function () { drawSource.clear(); });
      draw.on('drawend', function (ev) {
        state.geometry = ev.feature.getGeometry().clone();
        setTimeout(function () { setMode('info'); showTab('comment'); }, 0);
      });
      map.addInteraction(draw);
    }
    renderToolbar();
    map.getTargetElement().style.cursor = mode === 'info' ? '' : 'crosshair';
  }

  map.on('singleclick', function (ev) {
    if (draw) return;
    var zone = null, overlays = [];
    map.forEachFeatureAtPixel(ev.pixel, function (feature, layer) {
      if (layer === zoneLayer && !zone) zone = feature;
      if (layer === overlayLayer) overlays.push(feature);
    }, { hitTolerance: 3, layerFilter: function (layer) { return layer !== labelLayer; } });
    if (state.mode === 'pick') {
      if (zone) toggleZone(zoneId(zone));
      return;
    }
    if (zone) showPopup(zone, overlays, ev.coordinate);
    else closePopup();
  });

  function toggleZone(id) {
    var i = state.zones.indexOf(id);
    if (i >= 0) state.zones.splice(i, 1);
    else state.zones.push(id);
    zoneLayer.changed();
    renderComment();
  }

  // ---------------------------------------------------------------- popup
  function documentById(id) {
    for (var i = 0; i < DATA.documents.length; i++) if (DATA.documents[i].id === id) return DATA.documents[i];
    return null;
  }
  function documentLinks(doc) {
    var items = [];
    (doc.files || []).forEach(function (f) { items.push(el('a', { href: f.href, target: '_blank', rel: 'noopener', text: L(f.label) })); });
    (doc.links || []).forEach(function (href) {
      if (/^https?:\/\//.test(href)) items.push(el('a', { href: href, target: '_blank', rel: 'noopener noreferrer', text: href }));
    });
    return items;
  }
  function limitsTable(limits) {
    if (!limits || !limits.length) return null;
    return el('table', { 'class': 'limits' }, [el('tbody', null, limits.map(function (l) {
      var value = typeof l.value === 'number' ? l.value.toLocaleString(state.lang === 'bg' ? 'bg-BG' : 'en-GB') : String(l.value === null ? '' : l.value);
      return el('tr', null, [el('td', { text: L(l.label) }), el('td', { text: value + (l.uom ? ' ' + l.uom : '') })]);
    }))]);
  }
  function showPopup(zone, overlays, coordinate) {
    state.popupZone = zoneId(zone);
    zoneLayer.changed();
    renderPopup(zone, overlays || []);
    popup.setPosition(coordinate || ol.extent.getCenter(zone.getGeometry().getExtent()));
    popupNode.hidden = false;
  }
  function renderPopup(zone, overlays) {
    var p = zoneProps(zone);
    var body = clear(document.getElementById('popup-body'));
    body.appendChild(el('h3', null, [el('span', { 'class': 'swatch', style: 'background:' + (/^#[0-9a-f]{6}$/i.test(p.colour) ? p.colour : '#fff') }), (p.notation ? p.notation + ' — ' : '') + L(p.type)]));
    body.appendChild(el('div', { 'class': 'muted', text: t('zone') + ' ' + p.local_id }));
    body.appendChild(el('div', null, [el('strong', { text: t('landUse') + ': ' }), (p.hilucs.notation ? p.hilucs.notation + ' ' : '') + L(p.hilucs.label)]));
    body.appendChild(el('div', null, [el('strong', { text: t('nature') + ': ' }), L(p.nature)]));
    if (p.area_m2) body.appendChild(el('div', null, [el('strong', { text: t('areaM2') + ': ' }), p.area_m2.toLocaleString(state.lang === 'bg' ? 'bg-BG' : 'en-GB') + ' m²']));
    var table = limitsTable(p.limits);
    if (table) { body.appendChild(el('div', { 'class': 'popup-section' }, [el('strong', { text: t('limits') })])); body.appendChild(table); }
    var docs = (p.documents || []).map(documentById).filter(Boolean);
    if (docs.length) {
      body.appendChild(el('strong', { text: t('documents') }));
      body.appendChild(el('ul', { 'class': 'downloads' }, docs.map(function (d) {
        return el('li', null, [el('div', { text: d.title })].concat(documentLinks(d).map(function (a) { return el('div', null, [a]); })));
      })));
    }
    if (overlays.length) {
      body.appendChild(el('div', null, [el('strong', { text: t('alsoHere') + ': ' }), overlays.map(function (o) {
        var q = o.getProperties(); return q.name || L(q.specific) || L(q.kind);
      }).join('; ')]));
    }
    body.appendChild(el('button', {
      type: 'button', 'class': 'btn btn-primary', id: 'popup-comment', text: t('commentZone'),
      disabled: !isOpen(),
      onclick: function () { if (state.zones.indexOf(p.id) < 0) state.zones.push(p.id); zoneLayer.changed(); closePopup(); showTab('comment'); }
    }));
  }
  function closePopup() {
    popupNode.hidden = true;
    popup.setPosition(undefined);
    state.popupZone = null;
    zoneLayer.changed();
  }
  document.getElementById('popup-close').addEventListener('click', closePopup);

  // ---------------------------------------------------------------- header, toolbar, tabs
  function isOpen() { return consultationState().state === 'open'; }

  function renderHeader() {
    document.documentElement.lang = state.lang;
    var plan = DATA.plan;
    document.getElementById('plan-title').textContent = settings.title || plan.title;
    document.title = settings.title || plan.title;
    document.getElementById('plan-subtitle').textContent = L(plan.plan_type) + ' · ' + settings.authority;
    var s = consultationState();
    var status = document.getElementById('status');
    status.className = 'top-status status-' + s.state;
    var text = s.state === 'before' ? t('before', { start: showDate(settings.start) })
      : s.state === 'closed' ? t('closed', { end: showDate(settings.end) })
        : (s.left === 0 ? t('openLast', { end: showDate(settings.end) })
          : t('open', { end: showDate(settings.end), day: s.day, days: s.days, n: s.left }));
    document.getElementById('status-text').textContent = text;
    document.getElementById('status-bar').style.width = Math.round(s.share * 100) + '%';
    var sw = clear(document.getElementById('lang-switch'));
    languages.forEach(function (lang) {
      sw.appendChild(el('button', {
        type: 'button', 'aria-pressed': String(lang === state.lang), lang: lang, text: lang === 'bg' ? 'БГ' : 'EN',
        onclick: function () { setLanguage(lang); }
      }));
    });
  }

  function renderToolbar() {
    var bar = clear(document.getElementById('toolbar'));
    [['info', 'info'], ['pick', 'pick'], ['point', 'point'], ['line', 'line'], ['area', 'area']].forEach(function (m) {
      bar.appendChild(el('button', {
        type: 'button', 'data-mode': m[0], 'aria-pressed': String(state.mode === m[0]), text: t(m[1]),
        disabled: m[0] !== 'info' && !isOpen(),
        onclick: function () { setMode(state.mode === m[0] ? 'info' : m[0]); }
      }));
    });
    bar.appendChild(el('button', {
      type: 'button', 'data-mode': 'clear', text: t('clear'),
      onclick: function () { drawSource.clear(); state.geometry = null; state.zones = []; state.paragraph = null; zoneLayer.changed(); renderComment(); renderRules(); }
    }));
    if (background) {
      var box = el('input', { type: 'checkbox', id: 'background-toggle' });
      box.checked = background.getVisible();
      box.addEventListener('change', function () { background.setVisible(box.checked); });
      bar.appendChild(el('label', { 'class': 'btn' }, [box, ' ' + t('background')]));
    }
    var hint = { pick: 'hintPick', point: 'hintPoint', line: 'hintLine', area: 'hintArea' }[state.mode];
    document.getElementById('mode-hint').textContent = hint ? t(hint) : '';
  }

  function showTab(tab) {
    state.tab = tab;
    ['plan', 'rules', 'comment'].forEach(function (name) {
      document.getElementById('panel-' + name).hidden = name !== tab;
    });
    renderTabs();
    if (tab === 'comment') renderComment();
  }
  function renderTabs() {
    var tabs = clear(document.getElementById('tabs'));
    [['plan', 'tabPlan'], ['rules', 'tabRules'], ['comment', 'tabComment']].forEach(function (x) {
      tabs.appendChild(el('button', {
        type: 'button', role: 'tab', id: 'tab-' + x[0], 'aria-selected': String(state.tab === x[0]), text: t(x[1]),
        onclick: function () { showTab(x[0]); }
      }));
    });
  }

  // ---------------------------------------------------------------- plan panel
  function zoneMatches(query) {
    var q = query.trim().toLowerCase();
    if (!q) return [];
    var kinds = Z.tables.kinds.map(function (k) {
      return [k.notation, k.code, L(k.type)].some(function (v) { return v && String(v).toLowerCase().indexOf(q) >= 0; });
    });
    var found = [];
    for (var i = 0; i < Z.count; i++) {
      if (kinds[Z.kind[i]] || String(Z.local_id[i]).toLowerCase().indexOf(q) >= 0 || String(Z.id[i]).toLowerCase().indexOf(q) >= 0) found.push(i);
    }
    return found.sort(function (a, b) { return String(Z.local_id[a]).localeCompare(String(Z.local_id[b])); })
      .map(function (i) { return zoneFeatures[i]; });
  }
  function renderPlan() {
    var panel = clear(document.getElementById('panel-plan'));
    if (DATA.plan.content_note) panel.appendChild(el('div', { 'class': 'message info', text: t('sample') + ': ' + DATA.plan.content_note }));
    panel.appendChild(el('h2', { text: t('search') }));
    var input = el('input', { type: 'search', id: 'zone-search', placeholder: t('searchHint'), 'aria-label': t('search') });
    var results = el('ul', { 'class': 'results', id: 'search-results' });
    input.addEventListener('input', function () {
      clear(results);
      var found = zoneMatches(input.value);
      if (input.value.trim() && !found.length) results.appendChild(el('li', { 'class': 'muted', text: t('noResults') }));
      found.slice(0, 50).forEach(function (f) {
        var p = zoneProps(f);
        results.appendChild(el('li', null, [el('button', {
          type: 'button', 'data-zone': p.id,
          onclick: function () {
            map.getView().fit(f.getGeometry().getExtent(), { padding: [80, 80, 80, 80], maxZoom: 18, duration: 250 });
            showPopup(f, [], ol.extent.getCenter(f.getGeometry().getExtent()));
          }
        }, [el('span', { 'class': 'swatch', style: 'background:' + (/^#[0-9a-f]{6}$/i.test(p.colour) ? p.colour : '#fff') }), (p.notation || p.code) + ' · ' + p.local_id + ' — ' + L(p.type)])]));
      });
    });
    panel.appendChild(el('div', { 'class': 'search' }, [input]));
    panel.appendChild(results);

    panel.appendChild(el('h2', { text: t('legend') }));
    var legend = el('ul', { 'class': 'legend', id: 'legend' });
    DATA.legend.forEach(function (item) {
      legend.appendChild(el('li', null, [el('span', { 'class': 'swatch', style: 'background:' + item.colour }), L(item.label) + ' (' + item.count + ')']));
    });
    legend.appendChild(el('li', null, [el('span', { 'class': 'swatch', style: 'background:rgba(192,57,43,0.14);border:2px dashed #c0392b' }), t('overlays')]));
    legend.appendChild(el('li', null, [el('span', { 'class': 'swatch', style: 'background:#fff;border:2.5px solid #000' }), t('boundary')]));
    panel.appendChild(legend);

    panel.appendChild(el('h2', { text: t('consultation') }));
    var dl = el('dl', { 'class': 'facts' });
    function row(label, value) { if (value) { dl.appendChild(el('dt', { text: label })); dl.appendChild(el('dd', { text: value })); } }
    row(t('period'), showDate(settings.start) + ' – ' + showDate(settings.end));
    row(t('planType'), L(DATA.plan.plan_type));
    row(t('authority'), settings.authority);
    row(t('contact'), [settings.contact_email, settings.contact_phone, settings.contact_address].filter(Boolean).join(' · '));
    panel.appendChild(dl);
    panel.appendChild(el('h2', { text: t('howTo') }));
    panel.appendChild(el('p', { text: SERVICE && SERVICE.url ? t('howToService', { authority: settings.authority }) : t('howToFile', { email: settings.comment_email || settings.contact_email }) }));
    var extra = settings.how_to_comment && (settings.how_to_comment[state.lang] || settings.how_to_comment.bg || settings.how_to_comment.en);
    if (extra) panel.appendChild(el('p', { text: extra }));

    panel.appendChild(el('h2', { text: t('downloads') }));
    panel.appendChild(el('ul', { 'class': 'downloads' }, DATA.downloads.map(function (d) {
      if (d.build === 'geojson') {
        return el('li', null, [el('a', { href: '#', id: 'download-geojson', text: L(d.label), onclick: function (ev) {
          ev.preventDefault();
          downloadFile(d.file, JSON.stringify(planGeoJSON()), 'application/geo+json');
        } })]);
      }
      return el('li', null, [el('a', { href: d.href, target: '_blank', rel: 'noopener', text: L(d.label) })]);
    })));
  }

  // ---------------------------------------------------------------- regulation panel
  function renderRules() {
    var panel = clear(document.getElementById('panel-rules'));
    panel.appendChild(el('h2', { text: t('rulesTitle') }));
    if (!DATA.paragraphs.length) { panel.appendChild(el('p', { text: t('noRules') })); return; }
    var lastDoc = null;
    var list = el('ol', { 'class': 'paragraphs' });
    DATA.paragraphs.forEach(function (p) {
      if (p.document !== lastDoc && DATA.paragraphs.some(function (x) { return x.document !== p.document; })) {
        var doc = documentById(p.document);
        list.appendChild(el('li', { 'class': 'doc-title' }, [el('strong', { text: doc ? doc.title : p.document })]));
      }
      lastDoc = p.document;
      list.appendChild(el('li', { 'data-ref': p.ref, 'class': state.paragraph === p.ref ? 'cited' : null }, [
        el('span', { 'class': 'num', text: p.number + '.' }), p.text, el('br'),
        el('button', {
          type: 'button', 'class': 'btn', 'data-paragraph': p.ref, text: t('commentParagraph', { n: p.number }), disabled: !isOpen(),
          onclick: function () { state.paragraph = p.ref; renderRules(); showTab('comment'); }
        })
      ]));
    });
    panel.appendChild(list);
  }

  // ---------------------------------------------------------------- comment panel
  var draft = { text: '', name: '', email: '', consent: false };
  function paragraphByRef(ref) {
    for (var i = 0; i < DATA.paragraphs.length; i++) if (DATA.paragraphs[i].ref === ref) return DATA.paragraphs[i];
    return null;
  }
  function chip(label, onRemove) {
    return el('span', { 'class': 'chip' }, [label, el('button', { type: 'button', 'aria-label': t('remove'), title: t('remove'), text: '×', onclick: onRemove })]);
  }
  function renderTarget() {
    var box = el('div', { 'class': 'target', id: 'comment-target' });
    var any = false;
    if (state.zones.length) {
      any = true;
      box.appendChild(el('div', null, [t('zones') + ': '].concat(state.zones.map(function (id) {
        var f = zoneById(id);
        var z = f ? zoneProps(f) : null;
        var label = z ? (z.notation || z.code) + ' · ' + z.local_id : id;
        return chip(label, function () { toggleZone(id); });
      }))));
    }
    if (state.paragraph) {
      any = true;
      var p = paragraphByRef(state.paragraph);
      box.appendChild(el('div', null, [t('paragraph') + ': ', chip((p ? p.number : state.paragraph) + '. ' + (p ? p.text.slice(0, 60) + (p.text.length > 60 ? '…' : '') : ''),
        function () { state.paragraph = null; renderComment(); renderRules(); })]));
    }
    if (state.geometry) {
      any = true;
      box.appendChild(el('div', null, [t('drawn') + ': ', chip(t('kind' + state.geometry.getType()), function () {
        drawSource.clear(); state.geometry = null; renderComment();
      })]));
    }
    if (!any) {
      box.appendChild(el('div', { text: t('wholePlan') }));
      box.appendChild(el('div', { 'class': 'muted', text: t('targetHelp') }));
    }
    return box;
  }
  function renderComment() {
    var panel = clear(document.getElementById('panel-comment'));
    panel.appendChild(el('h2', { text: t('commentTitle') }));
    if (!isOpen()) {
      panel.appendChild(el('div', { 'class': 'message error', id: 'comment-closed', text: t('notOpen') }));
    }
    panel.appendChild(el('h2', { text: t('target') }));
    panel.appendChild(renderTarget());
    var form = el('form', { 'class': 'comment', id: 'comment-form', novalidate: true });
    var counter = el('span', { 'class': 'counter', text: t('chars', { n: draft.text.length, max: MAX_TEXT }) });
    var text = el('textarea', { id: 'comment-text', name: 'text', maxlength: String(MAX_TEXT), required: true });
    text.value = draft.text;
    text.addEventListener('input', function () { draft.text = text.value; counter.textContent = t('chars', { n: text.value.length, max: MAX_TEXT }); });
    var name = el('input', { type: 'text', id: 'comment-name', name: 'name', maxlength: '120', autocomplete: 'name' });
    name.value = draft.name;
    name.addEventListener('input', function () { draft.name = name.value; });
    var email = el('input', { type: 'email', id: 'comment-email', name: 'email', maxlength: '254', autocomplete: 'email' });
    email.value = draft.email;
    email.addEventListener('input', function () { draft.email = email.value; });
    var consent = el('input', { type: 'checkbox', id: 'comment-consent', name: 'consent' });
    consent.checked = draft.consent;
    consent.addEventListener('change', function () { draft.consent = consent.checked; });
    var useService = !!(SERVICE && SERVICE.url);
    var submit = el('button', { type: 'submit', 'class': 'btn btn-primary', id: 'comment-submit', text: useService ? t('send') : t('makeFile'), disabled: !isOpen() });
    var messages = el('div', { id: 'comment-messages', 'aria-live': 'polite' });
    form.appendChild(el('label', { 'for': 'comment-text' }, [t('text'), counter]));
    form.appendChild(text);
    form.appendChild(el('label', { 'for': 'comment-name', text: t('name') }));
    form.appendChild(name);
    form.appendChild(el('label', { 'for': 'comment-email', text: t('email') }));
    form.appendChild(email);
    form.appendChild(el('label', { 'class': 'consent', 'for': 'comment-consent' }, [consent, el('span', { text: t('consent', { authority: settings.authority }) })]));
    form.appendChild(el('p', null, [submit]));
    form.appendChild(messages);
    if (state.lastResult) messages.appendChild(state.lastResult);
    form.addEventListener('submit', function (ev) {
      ev.preventDefault();
      submitComment(submit, messages);
    });
    panel.appendChild(form);
  }

  function uuid4() {
    if (window.crypto && typeof window.crypto.randomUUID === 'function') return window.crypto.randomUUID();
    var b = new Uint8Array(16);
    window.crypto.getRandomValues(b);
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function buildComment() {
    var geometry = state.geometry ? geojson.writeGeometryObject(state.geometry, { decimals: 7 }) : null;
    var comment = {
      format: 'plu-studio-comment', version: 1,
      language: state.lang, package_id: DATA.package_id,
      text: draft.text.trim(),
      target: { zones: state.zones.slice(), paragraph: state.paragraph, geometry: geometry }
    };
    if (draft.name.trim() || draft.email.trim()) comment.author = { name: draft.name.trim(), email: draft.email.trim(), consent: !!draft.consent };
    return comment;
  }

  function showMessage(node, kind, text, extra) {
    clear(node);
    var box = el('div', { 'class': 'message ' + kind, id: 'comment-result', 'data-kind': kind }, [el('div', { text: text })].concat(extra || []));
    node.appendChild(box);
    state.lastResult = kind === 'ok' ? box : null;
  }

  function resetDraft() {
    draft = { text: '', name: '', email: '', consent: false };
    state.zones = []; state.paragraph = null; state.geometry = null; drawSource.clear(); zoneLayer.changed();
  }

  function submitComment(button, messages) {
    if (!isOpen()) { showMessage(messages, 'error', t('notOpen')); return; }
    if (!draft.text.trim()) { showMessage(messages, 'error', t('emptyText')); return; }
    if ((draft.name.trim() || draft.email.trim()) && !draft.consent) { showMessage(messages, 'error', t('consentNeeded')); return; }
    var comment = buildComment();
    var mailTo = settings.comment_email || settings.contact_email;
    if (SERVICE && SERVICE.url) {
      button.disabled = true;
      button.textContent = t('sending');
      var controller = typeof AbortController !== 'undefined' ? new AbortController() : null;
      var timer = controller ? setTimeout(function () { controller.abort(); }, 20000) : null;
      // one key per comment as written: sending it again after a timeout gets the first receipt, not a duplicate;
      // any change to the comment makes a new key
      var body = JSON.stringify(comment);
      if (!draft.key || draft.keyFor !== body) { draft.key = uuid4(); draft.keyFor = body; }
      fetch(new URL(SERVICE.url, document.baseURI).toString(), {
        method: 'POST', headers: { 'Content-Type': 'application/json', 'Idempotency-Key': draft.key }, body: body,
        signal: controller ? controller.signal : undefined, credentials: 'omit'
      }).then(function (response) {
        return response.json().catch(function () { return {}; }).then(function (body) { return { status: response.status, body: body }; });
      }).then(function (r) {
        if (timer) clearTimeout(timer);
        button.disabled = false; button.textContent = t('send');
        if ((r.status === 201 || r.status === 200) && r.body && r.body.id) {
          resetDraft();
          renderComment(); renderRules();
          showMessage(document.getElementById('comment-messages'), 'ok', t('sent', { id: r.body.reference || r.body.id }));
        } else if (r.status === 429) {
          showMessage(messages, 'error', t('tooMany'));
        } else {
          var err = r.body && r.body.error;
          showMessage(messages, 'error', err ? (err[state.lang] || err.en) : t('netError', { email: mailTo }));
        }
      }).catch(function () {
        if (timer) clearTimeout(timer);
        button.disabled = false; button.textContent = t('send');
        showMessage(messages, 'error', t('netError', { email: mailTo }));
      });
      return;
    }
    comment.id = uuid4();
    comment.submitted_at = new Date().toISOString();
    var json = JSON.stringify(comment, null, 1);
    var fileName = 'comment-' + comment.submitted_at.slice(0, 10) + '-' + comment.id.slice(0, 8) + '.json';
    downloadFile(fileName, json, 'application/json');
    var subject = t('mailSubject', { title: settings.title });
    var mail = el('a', { href: 'mailto:' + encodeURIComponent(mailTo) + '?subject=' + encodeURIComponent(subject), text: t('openMail', { email: mailTo }) });
    var copy = el('textarea', { 'class': 'comment-file', readonly: true, id: 'comment-file-text' });
    copy.value = json;
    resetDraft();
    renderComment(); renderRules();
    showMessage(document.getElementById('comment-messages'), 'ok', t('fileMade', { name: fileName, email: mailTo }),
      [el('p', null, [mail]), el('div', { 'class': 'muted', text: t('copyHint') }), copy]);
  }

  // ---------------------------------------------------------------- language
  function setLanguage(lang) {
    state.lang = lang;
    state.lastResult = null;
    renderAll();
    if (!popupNode.hidden && state.popupZone && zoneById(state.popupZone)) renderPopup(zoneById(state.popupZone), []);
  }
  function renderAll() {
    renderHeader(); renderToolbar(); renderTabs(); renderPlan(); renderRules(); renderComment();
  }

  renderAll();
  showTab('plan');
  // Status changes at midnight; refresh it now and then for pages left open.
  setInterval(renderHeader, 60000);

  window.pluViewer = {
    map: map, state: state, zoneLayer: zoneLayer, overlayLayer: overlayLayer, planGeoJSON: planGeoJSON, zoneId: zoneId,
    setLanguage: setLanguage, setMode: setMode, showTab: showTab,
    pixelOf: function (lonLat) { return map.getPixelFromCoordinate(ol.proj.fromLonLat(lonLat)); },
    rendered: false
  };
  map.once('rendercomplete', function () { window.pluViewer.rendered = true; });
})();
