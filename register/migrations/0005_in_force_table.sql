-- PLU Studio register: what is in force, stored with a spatial index (issue 12, docs/services.md).
-- Working out `plu_in_force(day)` for every zone costs seconds at 100,000 zones, on every map; the
-- answer only changes when a version's step, dates or plan change, or when a day comes on which a
-- version starts or ends.  So `in_force_zone` holds the answer from the day of its last refresh on,
-- one slice per stretch of days between such dates (`days`): no refresh is needed at midnight, and
-- no cron.  The refresh runs at the commit of any transaction that changed what can be in force
-- (deferred triggers below: every path — adding, lifecycle steps, synchronising — goes through them).
-- Until then, inside that transaction, and for a session whose date is before the refresh day, the
-- view answers from `plu_in_force` itself, so it never answers stale.

CREATE TABLE in_force_zone AS SELECT * FROM plu_in_force(current_date) WITH NO DATA;
ALTER TABLE in_force_zone ADD COLUMN days daterange NOT NULL;
CREATE INDEX in_force_zone_geom ON in_force_zone USING gist (geom);
CREATE INDEX in_force_zone_days ON in_force_zone USING gist (days);

-- the city-scale picture of the zones (the WMS draws it above 1:20,000, services/wms_project.py): per
-- slice, zone type and band of area (a factor of 2, so smaller zones still come on top of larger ones),
-- the zones collected into one multipolygon, each simplified within 0.00001° (1.1 m north-south, 0.8 m
-- east-west in Bulgaria): a fifth of a pixel at 1:20,000 (0.28 mm × 20,000 = 5.6 m), so the picture is
-- the same while QGIS draws a few hundred features instead of one per zone.  Not queryable.
CREATE TABLE in_force_zone_general (
    id bigint PRIMARY KEY,
    zone_type text,
    draw_area double precision NOT NULL,
    days daterange NOT NULL,
    geom geometry(MultiPolygon, 4326) NOT NULL
);
CREATE INDEX in_force_zone_general_geom ON in_force_zone_general USING gist (geom);

CREATE TABLE in_force_state (
    one boolean PRIMARY KEY DEFAULT true CHECK (one),
    from_day date,          -- the first day the stored slices cover (NULL: never refreshed)
    stale boolean NOT NULL DEFAULT true
);
INSERT INTO in_force_state DEFAULT VALUES;

-- whether the stored slices answer for `day` (a plain function: PostgreSQL checks it once per query)
CREATE FUNCTION plu_in_force_stored(day date) RETURNS boolean LANGUAGE sql STABLE AS $$
    SELECT NOT stale AND from_day IS NOT NULL AND day >= from_day FROM in_force_state
$$;

CREATE FUNCTION plu_refresh_in_force() RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    today date := current_date;
    starts date[];
BEGIN
    PERFORM 1 FROM in_force_state FOR UPDATE;  -- one refresh at a time
    -- TRUNCATE, not DELETE: 100,000 dead rows per publication would make every map read them; readers
    -- wait the seconds until the publishing transaction commits (they never see a half-built answer)
    TRUNCATE in_force_zone, in_force_zone_general;
    SELECT array_agg(d ORDER BY d) INTO starts FROM (
        SELECT today AS d
        UNION SELECT valid_from FROM plan_version WHERE status IN ('legalForce', 'obsolete') AND valid_from > today
        UNION SELECT valid_to FROM plan_version WHERE status IN ('legalForce', 'obsolete') AND valid_to > today) s;
    FOR i IN 1 .. array_length(starts, 1) LOOP
        INSERT INTO in_force_zone SELECT f.*, daterange(starts[i], starts[i + 1]) FROM plu_in_force(starts[i]) f;
    END LOOP;
    INSERT INTO in_force_zone_general
    SELECT row_number() OVER (), zone_type, max(area), days, ST_Multi(ST_Collect(part))
    FROM (SELECT zone_type, days, ST_Area(geom) AS area, floor(log(2.0, greatest(ST_Area(geom), 1e-30)::numeric)) AS band,
                 (ST_Dump(ST_SimplifyPreserveTopology(geom, 0.00001))).geom AS part
          FROM in_force_zone WHERE class = 'ZoningElement') z
    GROUP BY zone_type, days, band;
    UPDATE in_force_state SET from_day = today, stale = false;
END $$;

CREATE FUNCTION plu_in_force_changed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    UPDATE in_force_state SET stale = true WHERE NOT stale;
    RETURN NULL;
END $$;

-- at commit: refresh once, whatever number of rows marked the answer stale
CREATE FUNCTION plu_in_force_commit() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    IF (SELECT stale FROM in_force_state) THEN
        PERFORM plu_refresh_in_force();
    END IF;
    RETURN NULL;
END $$;

-- a draft (elaboration) is never in force; published features cannot change (0001's triggers)
CREATE TRIGGER in_force_version_added AFTER INSERT ON plan_version
    FOR EACH ROW WHEN (NEW.status <> 'elaboration') EXECUTE FUNCTION plu_in_force_changed();
CREATE TRIGGER in_force_version_changed AFTER UPDATE ON plan_version
    FOR EACH ROW WHEN (OLD.status <> 'elaboration' OR NEW.status <> 'elaboration')
    EXECUTE FUNCTION plu_in_force_changed();
CREATE TRIGGER in_force_version_removed AFTER DELETE ON plan_version
    FOR EACH ROW WHEN (OLD.status <> 'elaboration') EXECUTE FUNCTION plu_in_force_changed();
CREATE TRIGGER in_force_plan_changed AFTER UPDATE OR DELETE ON plan
    FOR EACH ROW EXECUTE FUNCTION plu_in_force_changed();
CREATE CONSTRAINT TRIGGER in_force_version_refresh AFTER INSERT OR UPDATE OR DELETE ON plan_version
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION plu_in_force_commit();
CREATE CONSTRAINT TRIGGER in_force_plan_refresh AFTER UPDATE OR DELETE ON plan
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION plu_in_force_commit();

CREATE OR REPLACE VIEW service_in_force AS
SELECT id, class, gml_id, local_id, plan, namespace, plan_title, plan_level, level_rank, version_pk, version, status,
       valid_from, valid_to, authority, amends, hilucs_land_use, specific_land_use, hilucs, zone_type,
       supplementary_regulation, official_title, row_data, geom
FROM in_force_zone WHERE days @> current_date AND plu_in_force_stored(current_date)
UNION ALL
SELECT * FROM plu_in_force(current_date) WHERE NOT plu_in_force_stored(current_date);

-- the city-scale picture (live, zone by zone, while the stored one is stale)
CREATE VIEW service_in_force_general AS
SELECT id, zone_type, draw_area, geom FROM in_force_zone_general
WHERE days @> current_date AND plu_in_force_stored(current_date)
UNION ALL
SELECT id, zone_type, ST_Area(geom), geom FROM plu_in_force(current_date)
WHERE class = 'ZoningElement' AND NOT plu_in_force_stored(current_date);

SELECT plu_refresh_in_force();

GRANT SELECT ON in_force_zone, in_force_zone_general, in_force_state, service_in_force_general TO plu_reader;
GRANT EXECUTE ON FUNCTION plu_in_force_stored(date) TO plu_reader;
