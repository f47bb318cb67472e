DROP INDEX "applications_queue_idx";--> statement-breakpoint
CREATE INDEX "applications_queue_idx" ON "applications" USING btree ("office","state","submitted_at","id","procedures");