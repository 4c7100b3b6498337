-- PLU Studio register: the audit names a deleted plan fully, and finds a row's records by index.
-- A plan's audit line now records its namespace beside its localId and title, so a plan (and its
-- versions) deleted since is still `NAMESPACE:LOCALID@N` in `plu register audit`, never a bare localId
-- that two municipalities may share (docs/register.md, "Naming a plan"). Lines written before keep
-- what they hold and are read as before: nothing here rewrites them.
-- The function stays SECURITY DEFINER: planners have no right on `audit` and write it only through
-- these triggers (CREATE OR REPLACE keeps its owner and the triggers that call it).
CREATE OR REPLACE FUNCTION plu_audit_row() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER
SET search_path = public AS $$
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
        d := jsonb_build_object('local_id', r.local_id, 'namespace', r.namespace, 'title', r.title);
    END IF;
    INSERT INTO audit (action, table_name, authority, row_key, detail)
    VALUES (TG_OP, TG_TABLE_NAME, r.authority, r.id::text, d);
    RETURN NULL;
END $$;

-- `plu register audit` asks for the newest line of each deleted plan or version: one index probe each,
-- not a read of the whole audit
CREATE INDEX audit_row ON audit (table_name, row_key, id);
