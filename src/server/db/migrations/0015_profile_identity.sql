ALTER TABLE "individual_profiles" ADD COLUMN "identity_sealed" text;--> statement-breakpoint
ALTER TABLE "individual_profiles" ADD COLUMN "residence_card_index" text;--> statement-breakpoint
ALTER TABLE "individual_profiles" ADD COLUMN "passport_index" text;--> statement-breakpoint
CREATE INDEX "individual_profiles_residence_card_idx" ON "individual_profiles" USING btree ("residence_card_index");--> statement-breakpoint
CREATE INDEX "individual_profiles_passport_idx" ON "individual_profiles" USING btree ("passport_index");