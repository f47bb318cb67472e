-- The case action log takes inserts only (DESIGN §3.1): the status is derived from it, so no row may change.
CREATE OR REPLACE FUNCTION application_actions_refuse_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'application_actions is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER application_actions_no_update_delete BEFORE UPDATE OR DELETE ON application_actions
  FOR EACH ROW EXECUTE FUNCTION application_actions_refuse_change();
--> statement-breakpoint
CREATE TRIGGER application_actions_no_truncate BEFORE TRUNCATE ON application_actions
  FOR EACH STATEMENT EXECUTE FUNCTION application_actions_refuse_change();
