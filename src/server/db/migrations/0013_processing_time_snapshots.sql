CREATE TABLE "processing_time_snapshots" (
	"as_of" date PRIMARY KEY NOT NULL,
	"groups" jsonb NOT NULL,
	"computed_at" timestamp with time zone NOT NULL
);
