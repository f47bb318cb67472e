CREATE TABLE "application_actions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"type" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"actor_type" text NOT NULL,
	"actor_id" uuid,
	"at" timestamp with time zone NOT NULL,
	"details" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "application_files" (
	"id" uuid PRIMARY KEY NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"document_code" text,
	"stored_file_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_account_id" uuid NOT NULL,
	"organization_id" uuid,
	"requesting_range_id" uuid,
	"filer_type" text NOT NULL,
	"creation_key" text NOT NULL,
	"state" text NOT NULL,
	"answers" jsonb NOT NULL,
	"revision" integer DEFAULT 0 NOT NULL,
	"saved_at" timestamp with time zone NOT NULL,
	"last_field" text,
	"procedures" text[] DEFAULT '{}'::text[] NOT NULL,
	"main_procedure" text,
	"applicant_name" text,
	"applicant_residence_card_number" text,
	"applicant_nationality" text,
	"applicant_passport_number" text,
	"receipt_method" text,
	"office" text,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reception_number" text,
	"accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reception_counters" (
	"office" text NOT NULL,
	"year" integer NOT NULL,
	"last_serial" integer NOT NULL,
	CONSTRAINT "reception_counters_office_year_pk" PRIMARY KEY("office","year")
);
--> statement-breakpoint
ALTER TABLE "application_actions" ADD CONSTRAINT "application_actions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "application_files" ADD CONSTRAINT "application_files_stored_file_id_stored_files_id_fk" FOREIGN KEY ("stored_file_id") REFERENCES "public"."stored_files"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_owner_account_id_accounts_id_fk" FOREIGN KEY ("owner_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "applications" ADD CONSTRAINT "applications_requesting_range_id_organization_ranges_id_fk" FOREIGN KEY ("requesting_range_id") REFERENCES "public"."organization_ranges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "application_actions_key_idx" ON "application_actions" USING btree ("application_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "application_actions_application_idx" ON "application_actions" USING btree ("application_id","id");--> statement-breakpoint
CREATE INDEX "application_files_application_idx" ON "application_files" USING btree ("application_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "application_files_one_photo_idx" ON "application_files" USING btree ("application_id") WHERE "application_files"."kind" = 'PHOTO';--> statement-breakpoint
CREATE UNIQUE INDEX "applications_creation_key_idx" ON "applications" USING btree ("owner_account_id","creation_key");--> statement-breakpoint
CREATE UNIQUE INDEX "applications_reception_number_idx" ON "applications" USING btree ("reception_number");--> statement-breakpoint
CREATE INDEX "applications_owner_idx" ON "applications" USING btree ("owner_account_id","updated_at");--> statement-breakpoint
CREATE INDEX "applications_organization_idx" ON "applications" USING btree ("organization_id","updated_at");--> statement-breakpoint
CREATE INDEX "applications_state_idx" ON "applications" USING btree ("state","submitted_at");--> statement-breakpoint
CREATE INDEX "applications_residence_card_idx" ON "applications" USING btree ("applicant_residence_card_number");--> statement-breakpoint
CREATE INDEX "applications_passport_idx" ON "applications" USING btree ("applicant_nationality","applicant_passport_number");