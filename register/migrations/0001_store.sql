-- PLU Studio register: the store. Authorities own plans; a plan has numbered versions;
-- a version holds every feature of the plan file, one row each (docs/register.md).
CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE authority (
    code text PRIMARY KEY CHECK (code ~ '^[A-Za-z0-9_.-]+$'),
    name text NOT NULL
);

CREATE TABLE plan (
    id serial PRIMARY KEY,
    authority text NOT NULL REFERENCES authority (code),
    namespace text NOT NULL,
    local_id text NOT NULL,
    title text NOT NULL,
    level text,
    UNIQUE (namespace, local_id)
);

-- processStepGeneral codes the register uses (INSPIRE ProcessStepGeneralValue)
CREATE TABLE plan_version (
    id serial PRIMARY KEY,
    plan_id integer NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    version_no integer NOT NULL,
    authority text NOT NULL,
    status text NOT NULL DEFAULT 'elaboration'
        CHECK (status IN ('elaboration', 'adoption', 'legalForce', 'obsolete')),
    valid_from date,
    valid_to date,
    begin_lifespan timestamptz NOT NULL DEFAULT now(),
    end_lifespan timestamptz,
    crs integer NOT NULL,
    extent geometry,
    extent_ll geometry GENERATED ALWAYS AS (ST_Transform(extent, 4326)) STORED,
    amends text[] NOT NULL DEFAULT '{}',
    dataset jsonb NOT NULL DEFAULT '{}',
    created_by text NOT NULL DEFAULT current_user,
    created_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (plan_id, version_no),
    CHECK (valid_to IS NULL OR valid_from IS NULL OR valid_to > valid_from)
);
CREATE INDEX plan_version_extent_ll ON plan_version USING gist (extent_ll);

CREATE TABLE feature (
    id bigserial PRIMARY KEY,
    version_pk integer NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,
    authority text NOT NULL,
    ord integer NOT NULL,
    class text NOT NULL CHECK (class IN ('SpatialPlan', 'ZoningElement', 'SupplementaryRegulation',
                                         'OfficialDocumentation')),
    gml_id text,
    local_id text NOT NULL,
    row_data jsonb NOT NULL,
    geom geometry,
    geom_ll geometry GENERATED ALWAYS AS (ST_Transform(geom, 4326)) STORED,
    lock_version integer NOT NULL DEFAULT 1,
    updated_by text NOT NULL DEFAULT current_user,
    updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX feature_version ON feature (version_pk, ord);
CREATE INDEX feature_local ON feature (local_id);
CREATE INDEX feature_geom_ll ON feature USING gist (geom_ll) WHERE class = 'ZoningElement';

-- every publication of a version (a step out of elaboration): the SHA-256 of the GML
-- export in that state and, when the publisher signed it, the signed manifest
CREATE TABLE publication (
    id serial PRIMARY KEY,
    version_pk integer NOT NULL REFERENCES plan_version (id) ON DELETE CASCADE,
    authority text NOT NULL,
    step text NOT NULL,
    lifecycle jsonb NOT NULL,
    sha256 text NOT NULL,
    signature_xml text,
    who text NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now()
);

-- the losing side of a concurrent save, so nothing is lost
CREATE TABLE edit_conflict (
    id bigserial PRIMARY KEY,
    feature_id bigint NOT NULL,
    authority text NOT NULL,
    expected_lock integer NOT NULL,
    found_lock integer NOT NULL,
    mine jsonb NOT NULL,
    theirs jsonb NOT NULL,
    who text NOT NULL DEFAULT current_user,
    at timestamptz NOT NULL DEFAULT now()
);

-- A published version (adopted, in force or obsolete) is immutable: only its end of
-- lifespan, validTo and its later steps may still be recorded.
CREATE FUNCTION plu_version_published(v integer) RETURNS boolean
LANGUAGE sql STABLE AS $$ SELECT status <> 'elaboration' FROM plan_version WHERE id = v $$;

CREATE FUNCTION plu_feature_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF plu_version_published(COALESCE(OLD.version_pk, NEW.version_pk)) THEN
        RAISE EXCEPTION 'PLU-IMMUTABLE: version % is published; a change makes a new version',
            COALESCE(OLD.version_pk, NEW.version_pk) USING ERRCODE = 'P0001';
    END IF;
    RETURN COALESCE(NEW, OLD);
END $$;
CREATE TRIGGER feature_immutable BEFORE UPDATE OR DELETE ON feature
    FOR EACH ROW EXECUTE FUNCTION plu_feature_immutable();

CREATE FUNCTION plu_version_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.status <> 'elaboration' AND (
        NEW.extent IS DISTINCT FROM OLD.extent OR NEW.dataset IS DISTINCT FROM OLD.dataset
        OR NEW.crs IS DISTINCT FROM OLD.crs OR NEW.amends IS DISTINCT FROM OLD.amends
        OR NEW.version_no IS DISTINCT FROM OLD.version_no OR NEW.plan_id IS DISTINCT FROM OLD.plan_id
        OR (OLD.valid_from IS NOT NULL AND NEW.valid_from IS DISTINCT FROM OLD.valid_from)) THEN
        RAISE EXCEPTION 'PLU-IMMUTABLE: version % is published; a change makes a new version', OLD.id
            USING ERRCODE = 'P0001';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER version_immutable BEFORE UPDATE ON plan_version
    FOR EACH ROW EXECUTE FUNCTION plu_version_immutable();
