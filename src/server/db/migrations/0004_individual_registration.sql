CREATE TABLE "card_checks" (
	"id_hash" text PRIMARY KEY NOT NULL,
	"binding_hash" text NOT NULL,
	"kind" text NOT NULL,
	"facts" jsonb NOT NULL,
	"person_key" text NOT NULL,
	"auth_cert_issuer" text NOT NULL,
	"auth_cert_serial" text NOT NULL,
	"auth_cert_fingerprint" text NOT NULL,
	"sig_cert_serial" text NOT NULL,
	"renewal_account_id" uuid,
	"code_hash" text,
	"code_attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "individual_profiles" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"status" text NOT NULL,
	"user_type" text NOT NULL,
	"relationship" text,
	"facts" jsonb NOT NULL,
	"person_key" text NOT NULL,
	"auth_cert_issuer" text NOT NULL,
	"auth_cert_serial" text NOT NULL,
	"auth_cert_fingerprint" text NOT NULL,
	"sig_cert_serial" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "individual_profiles" ADD CONSTRAINT "individual_profiles_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "card_checks_expires_idx" ON "card_checks" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "individual_profiles_auth_cert_idx" ON "individual_profiles" USING btree ("auth_cert_issuer","auth_cert_serial");--> statement-breakpoint
CREATE INDEX "individual_profiles_person_idx" ON "individual_profiles" USING btree ("person_key");