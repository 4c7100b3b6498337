-- PLU Studio register: who may do what. Group roles (reader, planner, publisher,
-- administrator), membership of login roles in authorities, row-level security by
-- authority, and an audit trail written by triggers.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plu_reader') THEN CREATE ROLE plu_reader NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plu_planner') THEN CREATE ROLE plu_planner NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plu_publisher') THEN CREATE ROLE plu_publisher NOLOGIN; END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'plu_administrator') THEN
        CREATE ROLE plu_administrator NOLOGIN CREATEROLE;
    END IF;
END $$;
GRANT plu_reader TO plu_planner;
GRANT plu_planner TO plu_publisher;
GRANT plu_publisher TO plu_administrator;

CREATE TABLE authority_member (
    role_name text NOT NULL,
    authority text NOT NULL REFERENCES authority (code),
    PRIMARY KEY (role_name, authority)
);

CREATE TABLE audit (
    id bigserial PRIMARY KEY,
    who text NOT NULL DEFAULT session_user,
    at timestamptz NOT NULL DEFAULT clock_timestamp(),
    action text NOT NULL,
    table_name text NOT NULL,
    authority text,
    row_key text,
    detail jsonb
);

-- true when the current role may change rows of an authority (runs as the caller: current_user is who asks)
CREATE FUNCTION plu_may_edit(auth text) RETURNS boolean
LANGUAGE sql STABLE AS $$
    SELECT pg_has_role(current_user, 'plu_administrator', 'MEMBER')
        OR (pg_has_role(current_user, 'plu_planner', 'MEMBER')
            AND EXISTS (SELECT 1 FROM authority_member m WHERE m.role_name = current_user AND m.authority = auth))
$$;

-- lifecycle steps go forward only; adoption and legal force need a publisher
CREATE FUNCTION plu_step_rules() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    steps text[] := ARRAY['elaboration', 'adoption', 'legalForce', 'obsolete'];
BEGIN
    IF TG_OP = 'UPDATE' AND array_position(steps, NEW.status) < array_position(steps, OLD.status) THEN
        RAISE EXCEPTION 'PLU-STEP: % cannot go back from % to %', NEW.id, OLD.status, NEW.status
            USING ERRCODE = 'P0001';
    END IF;
    IF NEW.status IN ('adoption', 'legalForce') AND (TG_OP = 'INSERT' OR NEW.status IS DISTINCT FROM OLD.status)
       AND NOT pg_has_role(current_user, 'plu_publisher', 'MEMBER') THEN
        RAISE EXCEPTION 'PLU-PUBLISHER: only a publisher may set % on version %', NEW.status, NEW.id
            USING ERRCODE = '42501';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER version_steps BEFORE INSERT OR UPDATE ON plan_version
    FOR EACH ROW EXECUTE FUNCTION plu_step_rules();

CREATE FUNCTION plu_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    r record := COALESCE(NEW, OLD);
    d jsonb := '{}';
BEGIN
    IF TG_TABLE_NAME = 'plan_version' THEN
        d := jsonb_build_object('status', r.status, 'valid_from', r.valid_from, 'valid_to', r.valid_to,
                                'version_no', r.version_no, 'plan_id', r.plan_id);
    ELSIF TG_TABLE_NAME = 'feature' THEN
        d := jsonb_build_object('version_pk', r.version_pk, 'local_id', r.local_id, 'lock_version', r.lock_version);
    ELSIF TG_TABLE_NAME = 'plan' THEN
        d := jsonb_build_object('local_id', r.local_id, 'title', r.title);
    END IF;
    INSERT INTO audit (action, table_name, authority, row_key, detail)
    VALUES (TG_OP, TG_TABLE_NAME, r.authority, r.id::text, d);
    RETURN NULL;
END $$;

-- a plan's many features are one audit line per statement, not one per row
CREATE FUNCTION plu_audit_features() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
BEGIN
    INSERT INTO audit (action, table_name, authority, row_key, detail)
    SELECT 'INSERT', 'feature', n.authority, n.version_pk::text,
           jsonb_build_object('features', count(*), 'version_pk', n.version_pk)
    FROM new_rows n GROUP BY n.authority, n.version_pk;
    RETURN NULL;
END $$;

CREATE TRIGGER plan_audit AFTER INSERT OR UPDATE OR DELETE ON plan FOR EACH ROW EXECUTE FUNCTION plu_audit_row();
CREATE TRIGGER plan_version_audit AFTER INSERT OR UPDATE OR DELETE ON plan_version
    FOR EACH ROW EXECUTE FUNCTION plu_audit_row();
CREATE TRIGGER feature_audit_change AFTER UPDATE OR DELETE ON feature FOR EACH ROW EXECUTE FUNCTION plu_audit_row();
CREATE TRIGGER feature_audit_insert AFTER INSERT ON feature REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION plu_audit_features();

-- row-level security: everyone with plu_reader reads, only the authority's planners change
ALTER TABLE plan ENABLE ROW LEVEL SECURITY;
ALTER TABLE plan_version ENABLE ROW LEVEL SECURITY;
ALTER TABLE feature ENABLE ROW LEVEL SECURITY;
ALTER TABLE edit_conflict ENABLE ROW LEVEL SECURITY;
ALTER TABLE publication ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON publication FOR SELECT USING (true);
CREATE POLICY publish_own ON publication FOR INSERT WITH CHECK (plu_may_edit(authority)
    AND pg_has_role(current_user, 'plu_publisher', 'MEMBER'));
CREATE POLICY read_all ON plan FOR SELECT USING (true);
CREATE POLICY read_all ON plan_version FOR SELECT USING (true);
CREATE POLICY read_all ON feature FOR SELECT USING (true);
CREATE POLICY read_all ON edit_conflict FOR SELECT USING (true);
CREATE POLICY edit_own ON plan FOR ALL USING (plu_may_edit(authority)) WITH CHECK (plu_may_edit(authority));
CREATE POLICY edit_own ON plan_version FOR ALL USING (plu_may_edit(authority)) WITH CHECK (plu_may_edit(authority));
CREATE POLICY edit_own ON feature FOR ALL USING (plu_may_edit(authority)) WITH CHECK (plu_may_edit(authority));
CREATE POLICY edit_own ON edit_conflict FOR INSERT WITH CHECK (plu_may_edit(authority));

GRANT USAGE ON SCHEMA public TO plu_reader;
GRANT SELECT ON authority, plan, plan_version, feature, edit_conflict, publication, authority_member, schema_migrations
    TO plu_reader;
GRANT INSERT, UPDATE ON plan, plan_version, feature TO plu_planner;
GRANT INSERT ON edit_conflict TO plu_planner;
GRANT INSERT ON publication TO plu_publisher;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO plu_planner;
GRANT DELETE ON plan, plan_version, feature TO plu_administrator;
GRANT INSERT, UPDATE ON authority, authority_member TO plu_administrator;
GRANT SELECT ON audit TO plu_administrator;
