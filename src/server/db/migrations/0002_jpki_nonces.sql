CREATE TABLE "jpki_nonces" (
	"nonce_hash" text PRIMARY KEY NOT NULL,
	"session_id" text NOT NULL,
	"purpose" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"consumed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX "jpki_nonces_expires_idx" ON "jpki_nonces" USING btree ("expires_at");