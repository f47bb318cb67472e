DROP INDEX "applications_state_idx";--> statement-breakpoint
CREATE INDEX "applications_state_idx" ON "applications" USING btree ("state","submitted_at","id","office");