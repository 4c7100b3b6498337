-- PLU Studio register: every published feature's GeoJSON written once, not on every request (issue 12,
-- docs/services.md).  An OGC API items page built each feature's GeoJSON from `service_feature` per
-- request (the view's code columns, the properties' JSON, ST_AsGeoJSON): 3 ms of PostgreSQL per page of
-- 64 zones, most of the CPU a request cost.  A published feature cannot change (0001's triggers); what
-- it shows of its version and plan (step, dates, title) can, so the text of a version's features is
-- rewritten by the triggers below whenever those change, in the same transaction (never stale).
-- register/service_query.py reads this table for pages without `datetime` and checks nothing else;
-- tests/register/test_service_feature_text.py holds it equal to the live view, text for text.

CREATE TABLE service_feature_text (
    id bigint PRIMARY KEY REFERENCES feature (id) ON DELETE CASCADE,
    class text NOT NULL,
    version_pk integer NOT NULL,
    -- the queryables (register/service_query.py QUERYABLES), for the filters
    plan text, version integer, status text, plan_level text, local_id text, hilucs text, zone_type text,
    geom geometry,              -- in EPSG:4326, for the bbox (`&&` on the index, then ST_Intersects)
    geometry text NOT NULL,     -- ST_AsGeoJSON(geom, 9), or null
    properties text NOT NULL    -- the properties object, as the live query writes it
);
CREATE INDEX service_feature_text_geom ON service_feature_text USING gist (geom);
CREATE INDEX service_feature_text_class ON service_feature_text (class, id);
CREATE INDEX service_feature_text_version ON service_feature_text (version_pk);

-- the text of every published feature of `versions` written again (plain SQL: one statement each)
CREATE FUNCTION plu_feature_text_refresh(versions integer[]) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    DELETE FROM service_feature_text WHERE version_pk = ANY (versions);
    INSERT INTO service_feature_text
    SELECT id, class, version_pk, plan, version, status, plan_level, local_id, hilucs, zone_type, geom,
           coalesce(ST_AsGeoJSON(geom, 9), 'null'),
           left(json_build_object('local_id', local_id, 'gml_id', gml_id, 'plan', plan, 'namespace', namespace,
                                  'plan_title', plan_title, 'plan_level', plan_level, 'version', version,
                                  'status', status, 'valid_from', valid_from, 'valid_to', valid_to,
                                  'authority', authority, 'hilucs', hilucs, 'zone_type', zone_type)::text, -1)
           || coalesce(nullif(', ' || substr((coalesce(row_data, '{}'::jsonb)
                  - ARRAY['source_xml', 'source_fingerprint', 'local_id', 'gml_id', 'plan', 'namespace', 'plan_title',
                          'plan_level', 'version', 'status', 'valid_from', 'valid_to', 'authority', 'hilucs',
                          'zone_type'])::text, 2), ', }'), '}')
    FROM service_feature WHERE version_pk = ANY (versions);
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

-- features are added to drafts; should any reach a published version, its text is written then
CREATE FUNCTION plu_feature_text_added() RETURNS trigger LANGUAGE plpgsql
SECURITY DEFINER SET search_path = public AS $$
BEGIN
    PERFORM plu_feature_text_refresh(ARRAY(SELECT v.id FROM plan_version v WHERE v.status <> 'elaboration'
                                           AND v.id IN (SELECT DISTINCT version_pk FROM added)));
    RETURN NULL;
END $$;

-- what service_feature shows of a version (plan_version's columns it reads) and of its plan
CREATE TRIGGER feature_text_version_added AFTER INSERT ON plan_version
    FOR EACH ROW WHEN (NEW.status <> 'elaboration') EXECUTE FUNCTION plu_feature_text_version();
CREATE TRIGGER feature_text_version_changed AFTER UPDATE ON plan_version
    FOR EACH ROW WHEN ((OLD.status <> 'elaboration' OR NEW.status <> 'elaboration') AND (
        OLD.status IS DISTINCT FROM NEW.status OR OLD.valid_from IS DISTINCT FROM NEW.valid_from
        OR OLD.valid_to IS DISTINCT FROM NEW.valid_to OR OLD.authority IS DISTINCT FROM NEW.authority
        OR OLD.version_no IS DISTINCT FROM NEW.version_no OR OLD.plan_id IS DISTINCT FROM NEW.plan_id
        OR OLD.amends IS DISTINCT FROM NEW.amends))
    EXECUTE FUNCTION plu_feature_text_version();
CREATE TRIGGER feature_text_plan_changed AFTER UPDATE ON plan
    FOR EACH ROW WHEN (OLD.local_id IS DISTINCT FROM NEW.local_id OR OLD.namespace IS DISTINCT FROM NEW.namespace
                       OR OLD.title IS DISTINCT FROM NEW.title OR OLD.level IS DISTINCT FROM NEW.level)
    EXECUTE FUNCTION plu_feature_text_plan();
CREATE TRIGGER feature_text_feature_added AFTER INSERT ON feature
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION plu_feature_text_added();

SELECT plu_feature_text_refresh(ARRAY(SELECT id FROM plan_version WHERE status <> 'elaboration'));
ANALYZE service_feature_text;

GRANT SELECT ON service_feature_text TO plu_reader;
