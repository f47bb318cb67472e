-- The audit chain is extended at commit (src/server/features/audit/audit-log.ts). A transaction records its audit
-- rows in audit_pending, without any lock; a deferred constraint trigger then, inside COMMIT, takes the chain's
-- advisory lock, reads the last hash, takes the next id, appends the row to audit_log hashed over the canonical text
-- the application cut around those two values, and removes the pending row. Every audited action in the system
-- queues on that lock, so it is held only for the commit itself, never across a round trip to the application
-- (before, a transaction held it while its process got round to sending COMMIT). The pending rows never outlive
-- their transaction: rolled back with it, or removed at its commit.
CREATE TABLE "audit_pending" (
	"seq" bigserial PRIMARY KEY NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"subject_type" text,
	"subject_id" text,
	"ip_address" text,
	"outcome" text NOT NULL,
	"details" jsonb NOT NULL,
	"hashed_head" text NOT NULL,
	"hashed_middle" text NOT NULL,
	"hashed_tail" text NOT NULL,
	"genesis_hash" text NOT NULL
);
--> statement-breakpoint
-- PL/pgSQL, VOLATILE: the insert takes its snapshot after the lock is granted, so it sees the row of the transaction
-- that held the lock before (which committed before releasing it).
CREATE OR REPLACE FUNCTION audit_chain_pending() RETURNS trigger
LANGUAGE plpgsql VOLATILE AS $$
BEGIN
  PERFORM pg_advisory_xact_lock(7310001);
  INSERT INTO audit_log (id, at, actor_type, actor_id, action, subject_type, subject_id, ip_address, outcome, details, prev_hash, hash)
  SELECT c.id, NEW.at, NEW.actor_type, NEW.actor_id, NEW.action, NEW.subject_type, NEW.subject_id, NEW.ip_address, NEW.outcome, NEW.details, c.prev,
    encode(sha256(convert_to(NEW.hashed_head || c.id::text || NEW.hashed_middle || to_json(c.prev)::text || NEW.hashed_tail, 'UTF8')), 'hex')
  FROM (SELECT nextval(pg_get_serial_sequence('audit_log', 'id')) AS id,
    coalesce((SELECT l.hash FROM audit_log l ORDER BY l.id DESC LIMIT 1), NEW.genesis_hash) AS prev) c;
  DELETE FROM audit_pending WHERE seq = NEW.seq;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_pending_chain_at_commit AFTER INSERT ON audit_pending
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_chain_pending();
