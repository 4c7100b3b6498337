-- PLU Studio register: every published feature's GeoJSON written once, not on every request (issue 12,
-- docs/services.md).  An OGC API items page built each feature's GeoJSON from `service_feature` per
-- request (the view's code columns, the properties' JSON, ST_AsGeoJSON): 3 ms of PostgreSQL per page of
-- 70 zones, most of the CPU a request cost.  A published feature cannot change (0001's triggers), so its
-- text is written when its version leaves elaboration.  What it shows of its version and plan (step,
-- dates, title) can change: that part is one row per version (`service_version_text`), rewritten by the
-- triggers below in the same transaction (never stale), so a lifecycle step rewrites one row, not the
-- version's features.  A feature's properties are `head, middle, tail`: the live query's text, cut
-- where the version's columns begin and end (tests/register/test_service_feature_text.py holds the
-- stored pages equal to the live view's, text for text).  register/service_query.py reads these two
-- tables for pages without `datetime`.

CREATE TABLE service_version_text (
    version_pk integer PRIMARY KEY REFERENCES plan_version (id) ON DELETE CASCADE,
    -- the version's queryables (register/service_query.py QUERYABLES), for the filters
    plan text, version integer, status text, plan_level text,
    middle text NOT NULL        -- "plan" : …, … "authority" : … (the version's columns of the properties)
);

CREATE TABLE service_feature_text (
    id bigint PRIMARY KEY REFERENCES feature (id) ON DELETE CASCADE,
    class text NOT NULL,
    version_pk integer NOT NULL REFERENCES service_version_text (version_pk) ON DELETE CASCADE,
    local_id text, hilucs text, zone_type text,   -- the feature's queryables
    geom geometry,              -- in EPSG:4326, for the bbox (`&&` on the index, then ST_Intersects)
    geometry text NOT NULL,     -- ST_AsGeoJSON(geom, 9), or null
    head text NOT NULL,         -- {"local_id" : …, "gml_id" : …
    tail text NOT NULL          -- "hilucs" : …, "zone_type" : …, then the plan-file attributes, and }
);
CREATE INDEX service_feature_text_geom ON service_feature_text USING gist (geom);
CREATE INDEX service_feature_text_class ON service_feature_text (class, id);
CREATE INDEX service_feature_text_version ON service_feature_text (version_pk);

-- the version rows of `versions` written again; the feature texts of those that have none yet
-- (first publication), or of all of them with `features` (features added to a published version)
CREATE FUNCTION plu_feature_text_refresh(versions integer[], features boolean DEFAULT false) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    fresh integer[];
BEGIN
    SELECT array_agg(version_pk) INTO fresh FROM service_version_text
    WHERE version_pk = ANY (versions) AND NOT features;
    DELETE FROM service_version_text WHERE version_pk = ANY (versions)
        AND version_pk <> ALL (coalesce(fresh, '{}'));
    INSERT INTO service_version_text AS t
    SELECT v.id, p.local_id, v.version_no, v.status, plu_code(p.level),
           substr(j, 2, length(j) - 2)
    FROM plan_version v JOIN plan p ON p.id = v.plan_id,
         LATERAL (SELECT json_build_object('plan', p.local_id, 'namespace', p.namespace, 'plan_title', p.title,
                                           'plan_level', plu_code(p.level), 'version', v.version_no,
                                           'status', v.status, 'valid_from', v.valid_from, 'valid_to', v.valid_to,
                                           'authority', v.authority)::text AS j) m
    WHERE v.id = ANY (versions) AND v.status <> 'elaboration'
    ON CONFLICT (version_pk) DO UPDATE SET plan = EXCLUDED.plan, version = EXCLUDED.version,
        status = EXCLUDED.status, plan_level = EXCLUDED.plan_level, middle = EXCLUDED.middle;
    -- a version back in elaboration (or gone): its row and, by the foreign key, its features' texts
    DELETE FROM service_version_text t USING plan_version v
    WHERE t.version_pk = ANY (versions) AND v.id = t.version_pk AND v.status = 'elaboration';
    INSERT INTO service_feature_text
    SELECT s.id, s.class, s.version_pk, s.local_id, s.hilucs, s.zone_type, s.geom,
           coalesce(ST_AsGeoJSON(s.geom, 9), 'null'),
           left(json_build_object('local_id', s.local_id, 'gml_id', s.gml_id)::text, -1),
           left(substr(json_build_object('hilucs', s.hilucs, 'zone_type', s.zone_type)::text, 2), -1)
           || coalesce(nullif(', ' || substr((coalesce(s.row_data, '{}'::jsonb)
                  - ARRAY['source_xml', 'source_fingerprint', 'local_id', 'gml_id', 'plan', 'namespace', 'plan_title',
                          'plan_level', 'version', 'status', 'valid_from', 'valid_to', 'authority', 'hilucs',
                          'zone_type'])::text, 2), ', }'), '}')
    FROM service_feature s
    WHERE s.version_pk = ANY (versions) AND s.version_pk <> ALL (coalesce(fresh, '{}'));
END $$;

CREATE FUNCTION plu_feature_text_version() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM plu_feature_text_refresh(ARRAY[NEW.id]);
    RETURN NULL;
END $$;

CREATE FUNCTION plu_feature_text_plan() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM plu_feature_text_refresh(ARRAY(SELECT id FROM plan_version WHERE plan_id = NEW.id
                                           AND status <> 'elaboration'));
    RETURN NULL;
END $$;

-- features are added to drafts; should any reach a published version, its texts are written again
CREATE FUNCTION plu_feature_text_added() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM plu_feature_text_refresh(ARRAY(SELECT v.id FROM plan_version v WHERE v.status <> 'elaboration'
                                           AND v.id IN (SELECT DISTINCT version_pk FROM added)), true);
    RETURN NULL;
END $$;

-- what service_feature shows of a version (plan_version's columns it reads) and of its plan
CREATE TRIGGER feature_text_version_added AFTER INSERT ON plan_version
    FOR EACH ROW WHEN (NEW.status <> 'elaboration') EXECUTE FUNCTION plu_feature_text_version();
CREATE TRIGGER feature_text_version_changed AFTER UPDATE ON plan_version
    FOR EACH ROW WHEN ((OLD.status <> 'elaboration' OR NEW.status <> 'elaboration') AND (
        OLD.status IS DISTINCT FROM NEW.status OR OLD.valid_from IS DISTINCT FROM NEW.valid_from
        OR OLD.valid_to IS DISTINCT FROM NEW.valid_to OR OLD.authority IS DISTINCT FROM NEW.authority
        OR OLD.version_no IS DISTINCT FROM NEW.version_no OR OLD.plan_id IS DISTINCT FROM NEW.plan_id))
    EXECUTE FUNCTION plu_feature_text_version();
CREATE TRIGGER feature_text_plan_changed AFTER UPDATE ON plan
    FOR EACH ROW WHEN (OLD.local_id IS DISTINCT FROM NEW.local_id OR OLD.namespace IS DISTINCT FROM NEW.namespace
                       OR OLD.title IS DISTINCT FROM NEW.title OR OLD.level IS DISTINCT FROM NEW.level)
    EXECUTE FUNCTION plu_feature_text_plan();
CREATE TRIGGER feature_text_feature_added AFTER INSERT ON feature
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION plu_feature_text_added();

SELECT plu_feature_text_refresh(ARRAY(SELECT id FROM plan_version WHERE status <> 'elaboration'));
ANALYZE service_version_text, service_feature_text;

GRANT SELECT ON service_version_text, service_feature_text TO plu_reader;
