-- PLU Studio register: read-only views for the web services (issue 12, docs/services.md).
-- QGIS Server (the WMS) reads them directly; pygeoapi reads them through register/services_query.py.
-- Only published versions are shown: a draft in elaboration is nobody's business yet.

CREATE FUNCTION plu_level_rank(level text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
    SELECT coalesce(array_position(ARRAY['infraLocal', 'local', 'supraLocal', 'regional', 'supraRegional',
                                         'national', 'other'], regexp_replace(coalesce(level, ''), '^.*/', '')) - 1, 7)
$$;

-- a plan-file list value (a JSON array, the JSON text of one as the plan file stores it, or one string);
-- plain SQL so PostgreSQL inlines it (the plan file's JSON text is written by json.dumps, so it parses)
CREATE FUNCTION plu_text_array(j jsonb) RETURNS text[] LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN jsonb_typeof(j) = 'array' THEN ARRAY(SELECT jsonb_array_elements_text(j))
        WHEN jsonb_typeof(j) = 'string' AND (j #>> '{}') ~ '^\s*\[.*\]\s*$'
            THEN ARRAY(SELECT jsonb_array_elements_text((j #>> '{}')::jsonb))
        WHEN jsonb_typeof(j) = 'string' THEN ARRAY[j #>> '{}'] END
$$;

-- the last path segment of a code-list URI ('…/HILUCSValue/5_1_PermanentResidentialUse' → '5_1_…')
CREATE FUNCTION plu_code(uri text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT nullif(regexp_replace(coalesce(uri, ''), '^.*/', ''), '')
$$;

CREATE VIEW service_feature AS
SELECT f.id, f.class, f.gml_id, f.local_id, p.local_id AS plan, p.namespace, p.title AS plan_title,
       plu_code(p.level) AS plan_level, plu_level_rank(p.level) AS level_rank, v.id AS version_pk,
       v.version_no AS version, v.status, v.valid_from, v.valid_to, v.authority, v.amends,
       plu_text_array(f.row_data -> 'hilucs_land_use') AS hilucs_land_use,
       plu_text_array(f.row_data -> 'specific_land_use') AS specific_land_use,
       plu_code((plu_text_array(f.row_data -> 'hilucs_land_use'))[1]) AS hilucs,
       plu_code((plu_text_array(f.row_data -> 'specific_land_use'))[1]) AS zone_type,
       plu_text_array(f.row_data -> 'supplementary_regulation') AS supplementary_regulation,
       f.row_data ->> 'official_title' AS official_title,
       f.row_data, f.geom_ll AS geom
FROM feature f JOIN plan_version v ON v.id = f.version_pk JOIN plan p ON p.id = v.plan_id
WHERE v.status <> 'elaboration' AND f.class <> 'OfficialDocumentation';

-- what is in force on a day (register/applies.py's rule), an amended plan cut away inside its amendment;
-- general plans first and the most detailed last, so that a map draws the one that applies on top
CREATE FUNCTION plu_in_force(day date) RETURNS SETOF service_feature LANGUAGE sql STABLE AS $$
    WITH live AS (
        SELECT * FROM service_feature s
        WHERE s.status IN ('legalForce', 'obsolete') AND s.valid_from IS NOT NULL AND s.valid_from <= day
          AND (s.valid_to IS NULL OR s.valid_to > day)),
    cut AS (
        SELECT l.id, ST_Union(v.extent_ll) AS area
        FROM live l JOIN plan_version v ON l.plan = ANY (v.amends) AND v.id <> l.version_pk
        WHERE v.status IN ('legalForce', 'obsolete') AND v.valid_from <= day
          AND (v.valid_to IS NULL OR v.valid_to > day)
        GROUP BY l.id)
    SELECT l.id, l.class, l.gml_id, l.local_id, l.plan, l.namespace, l.plan_title, l.plan_level, l.level_rank,
           l.version_pk, l.version, l.status, l.valid_from, l.valid_to, l.authority, l.amends, l.hilucs_land_use,
           l.specific_land_use, l.hilucs, l.zone_type, l.supplementary_regulation, l.official_title, l.row_data,
           CASE WHEN c.area IS NULL THEN l.geom
                ELSE ST_Multi(ST_CollectionExtract(ST_Difference(l.geom, c.area), ST_Dimension(l.geom) + 1)) END
    FROM live l LEFT JOIN cut c ON c.id = l.id
    WHERE c.area IS NULL OR NOT ST_Covers(c.area, l.geom)
    ORDER BY l.level_rank DESC, l.valid_from, l.id
$$;

CREATE VIEW service_in_force AS SELECT * FROM plu_in_force(current_date);

GRANT SELECT ON service_feature, service_in_force TO plu_reader;
GRANT EXECUTE ON FUNCTION plu_in_force(date), plu_level_rank(text), plu_text_array(jsonb), plu_code(text)
    TO plu_reader;
