CREATE TABLE "intermediary_registrations" (
	"id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"profession" text NOT NULL,
	"full_name" text NOT NULL,
	"full_name_kana" text NOT NULL,
	"email" text NOT NULL,
	"phone" text NOT NULL,
	"association_name" text NOT NULL,
	"registration_number" text NOT NULL,
	"office_name" text NOT NULL,
	"postal_code" text NOT NULL,
	"prefecture_code" text NOT NULL,
	"office_address" text NOT NULL,
	"office" text NOT NULL,
	"account_id" uuid,
	"decided_by" uuid,
	"decided_at" timestamp with time zone,
	"rejection_reason" text,
	"activated_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "intermediary_registrations" ADD CONSTRAINT "intermediary_registrations_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "intermediary_registrations" ADD CONSTRAINT "intermediary_registrations_decided_by_accounts_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "intermediary_registrations_office_idx" ON "intermediary_registrations" USING btree ("office","status");--> statement-breakpoint
CREATE INDEX "intermediary_registrations_number_idx" ON "intermediary_registrations" USING btree ("profession","registration_number");