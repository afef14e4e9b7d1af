CREATE TABLE "job_discovery" (
	"user_id" uuid PRIMARY KEY DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"consented_at" timestamp with time zone NOT NULL,
	"disabled_sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"state" text DEFAULT 'idle' NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"report" jsonb,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_discovery" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "job_discovery" ADD CONSTRAINT "job_discovery_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "job_discovery" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "job_discovery" FORCE ROW LEVEL SECURITY;