-- PLU Studio register: the services' code columns without building arrays (issue 12, docs/services.md).
-- `hilucs` and `zone_type` are the code of the *first* URI of a list; taking it straight from the JSON
-- costs a quarter of `plu_text_array(...)[1]`, which builds the whole array through a sub-select per row.
-- The same value for every input (tests/services/test_service_codes.py); the view keeps its columns.

-- the first value of a plan-file list (a JSON array, the JSON text of one, or one string), as text
CREATE FUNCTION plu_first_text(j jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE jsonb_typeof(j)
        WHEN 'array' THEN j ->> 0
        WHEN 'string' THEN CASE WHEN (j #>> '{}') ~ '^\s*\[.*\]\s*$' THEN ((j #>> '{}')::jsonb) ->> 0
                                ELSE j #>> '{}' END END
$$;

CREATE OR REPLACE VIEW service_feature AS
SELECT f.id, f.class, f.gml_id, f.local_id, p.local_id AS plan, p.namespace, p.title AS plan_title,
       plu_code(p.level) AS plan_level, plu_level_rank(p.level) AS level_rank, v.id AS version_pk,
       v.version_no AS version, v.status, v.valid_from, v.valid_to, v.authority, v.amends,
       plu_text_array(f.row_data -> 'hilucs_land_use') AS hilucs_land_use,
       plu_text_array(f.row_data -> 'specific_land_use') AS specific_land_use,
       plu_code(plu_first_text(f.row_data -> 'hilucs_land_use')) AS hilucs,
       plu_code(plu_first_text(f.row_data -> 'specific_land_use')) AS zone_type,
       plu_text_array(f.row_data -> 'supplementary_regulation') AS supplementary_regulation,
       f.row_data ->> 'official_title' AS official_title,
       f.row_data, f.geom_ll AS geom
FROM feature f JOIN plan_version v ON v.id = f.version_pk JOIN plan p ON p.id = v.plan_id
WHERE v.status <> 'elaboration' AND f.class <> 'OfficialDocumentation';

GRANT EXECUTE ON FUNCTION plu_first_text(jsonb) TO plu_reader;
