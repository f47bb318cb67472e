CREATE TABLE "organization_ranges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"corporate_number" text,
	"address" text,
	"usage_application_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organization_staff" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"organization_id" uuid NOT NULL,
	"requesting_range_id" uuid,
	"usage_application_id" uuid NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"corporate_number" text NOT NULL,
	"name" text NOT NULL,
	"prefecture_code" text NOT NULL,
	"address" text NOT NULL,
	"office" text NOT NULL,
	"org_type" text NOT NULL,
	"category" integer NOT NULL,
	"approved_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "usage_applications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"office" text NOT NULL,
	"bureau" text NOT NULL,
	"organization_name" text NOT NULL,
	"corporate_number" text NOT NULL,
	"org_type" text NOT NULL,
	"category" integer NOT NULL,
	"contact_email" text NOT NULL,
	"body" jsonb NOT NULL,
	"decision_note" text,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"organization_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organization_ranges" ADD CONSTRAINT "organization_ranges_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_staff" ADD CONSTRAINT "organization_staff_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_staff" ADD CONSTRAINT "organization_staff_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organization_staff" ADD CONSTRAINT "organization_staff_requesting_range_id_organization_ranges_id_fk" FOREIGN KEY ("requesting_range_id") REFERENCES "public"."organization_ranges"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "organization_ranges_org_idx" ON "organization_ranges" USING btree ("organization_id","kind");--> statement-breakpoint
CREATE INDEX "organization_staff_org_idx" ON "organization_staff" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_corporate_number_idx" ON "organizations" USING btree ("corporate_number");--> statement-breakpoint
CREATE INDEX "usage_applications_office_idx" ON "usage_applications" USING btree ("office","status");