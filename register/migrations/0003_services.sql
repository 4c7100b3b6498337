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
-- no ORDER BY: PostgreSQL inlines the function into the caller's query (only the columns asked for are
-- computed); the map draws smaller zones over larger ones by its style (resources/styles/*.qml)
CREATE FUNCTION plu_in_force(day date) RETURNS SETOF service_feature LANGUAGE sql STABLE AS $$
    WITH live AS (  -- versions in force on the day (few rows: the cut is worked out per version, not per feature)
        SELECT v.id, p.local_id AS plan FROM plan_version v JOIN plan p ON p.id = v.plan_id
        WHERE v.status IN ('legalForce', 'obsolete') AND v.valid_from IS NOT NULL AND v.valid_from <= day
          AND (v.valid_to IS NULL OR v.valid_to > day)),
    cut AS (  -- per version: the extents of the amendments in force that replace it
        SELECT l.id, ST_Union(a.extent_ll) AS area
        FROM live l JOIN live al ON al.id <> l.id JOIN plan_version a ON a.id = al.id AND l.plan = ANY (a.amends)
        GROUP BY l.id)
    SELECT s.id, s.class, s.gml_id, s.local_id, s.plan, s.namespace, s.plan_title, s.plan_level, s.level_rank,
           s.version_pk, s.version, s.status, s.valid_from, s.valid_to, s.authority, s.amends, s.hilucs_land_use,
           s.specific_land_use, s.hilucs, s.zone_type, s.supplementary_regulation, s.official_title, s.row_data,
           CASE WHEN c.area IS NULL THEN s.geom
                ELSE ST_Multi(ST_CollectionExtract(ST_Difference(s.geom, c.area), ST_Dimension(s.geom) + 1)) END
    FROM service_feature s JOIN live l ON l.id = s.version_pk LEFT JOIN cut c ON c.id = s.version_pk
    WHERE c.area IS NULL OR NOT ST_Covers(c.area, s.geom)
$$;

CREATE VIEW service_in_force AS SELECT * FROM plu_in_force(current_date);

GRANT SELECT ON service_feature, service_in_force TO plu_reader;
GRANT EXECUTE ON FUNCTION plu_in_force(date), plu_level_rank(text), plu_text_array(jsonb), plu_code(text)
    TO plu_reader;
