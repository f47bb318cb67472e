CREATE TABLE "periodic_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"requesting_range_id" uuid,
	"group_key" text NOT NULL,
	"office" text NOT NULL,
	"status" text NOT NULL,
	"filed_by" uuid NOT NULL,
	"body" jsonb NOT NULL,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_application_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"usage_application_id" uuid NOT NULL,
	"message_id" uuid,
	"kind" text NOT NULL,
	"stored_file_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_application_messages" (
	"id" uuid PRIMARY KEY NOT NULL,
	"usage_application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"body" text NOT NULL,
	"actor_id" uuid,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
DROP INDEX "intermediary_registrations_number_idx";--> statement-breakpoint
ALTER TABLE "usage_applications" ADD COLUMN "kind" text DEFAULT 'NEW' NOT NULL;--> statement-breakpoint
ALTER TABLE "usage_applications" ADD COLUMN "filed_by" uuid;--> statement-breakpoint
ALTER TABLE "usage_applications" ADD COLUMN "filer_requesting_range_id" uuid;--> statement-breakpoint
ALTER TABLE "usage_applications" ADD COLUMN "reply_token_hash" text;--> statement-breakpoint
ALTER TABLE "usage_applications" ADD COLUMN "reply_token_expires_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_requesting_range_id_organization_ranges_id_fk" FOREIGN KEY ("requesting_range_id") REFERENCES "public"."organization_ranges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_filed_by_accounts_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "periodic_reports" ADD CONSTRAINT "periodic_reports_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_application_files" ADD CONSTRAINT "usage_application_files_usage_application_id_usage_applications_id_fk" FOREIGN KEY ("usage_application_id") REFERENCES "public"."usage_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_application_files" ADD CONSTRAINT "usage_application_files_message_id_usage_application_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."usage_application_messages"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_application_files" ADD CONSTRAINT "usage_application_files_stored_file_id_stored_files_id_fk" FOREIGN KEY ("stored_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_application_messages" ADD CONSTRAINT "usage_application_messages_usage_application_id_usage_applications_id_fk" FOREIGN KEY ("usage_application_id") REFERENCES "public"."usage_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_application_messages" ADD CONSTRAINT "usage_application_messages_actor_id_accounts_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "periodic_reports_office_idx" ON "periodic_reports" USING btree ("office","status");--> statement-breakpoint
CREATE INDEX "periodic_reports_group_idx" ON "periodic_reports" USING btree ("group_key","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "periodic_reports_one_open_idx" ON "periodic_reports" USING btree ("group_key") WHERE "periodic_reports"."status" = 'PENDING';--> statement-breakpoint
CREATE INDEX "usage_application_files_application_idx" ON "usage_application_files" USING btree ("usage_application_id","created_at");--> statement-breakpoint
CREATE INDEX "usage_application_messages_application_idx" ON "usage_application_messages" USING btree ("usage_application_id","created_at");--> statement-breakpoint
ALTER TABLE "usage_applications" ADD CONSTRAINT "usage_applications_filed_by_accounts_id_fk" FOREIGN KEY ("filed_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "intermediary_registrations_open_number_idx" ON "intermediary_registrations" USING btree ("profession","registration_number") WHERE "intermediary_registrations"."status" in ('PENDING', 'APPROVED');--> statement-breakpoint
CREATE INDEX "usage_applications_organization_idx" ON "usage_applications" USING btree ("organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_applications_reply_token_idx" ON "usage_applications" USING btree ("reply_token_hash");