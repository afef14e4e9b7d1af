CREATE TYPE "public"."interview_practice_state" AS ENUM('answering', 'scored', 'needs_model');--> statement-breakpoint
CREATE TYPE "public"."resume_origin" AS ENUM('tailored', 'edited');--> statement-breakpoint
CREATE TABLE "interview_practices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"state" "interview_practice_state" DEFAULT 'answering' NOT NULL,
	"questions" jsonb NOT NULL,
	"answers" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"report" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "interview_practices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "resume_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"application_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"origin" "resume_origin" NOT NULL,
	"model_written" boolean DEFAULT false NOT NULL,
	"content" jsonb NOT NULL,
	"keyword_report" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "resume_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "interview_practices" ADD CONSTRAINT "interview_practices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "interview_practices" ADD CONSTRAINT "interview_practices_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_versions" ADD CONSTRAINT "resume_versions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "resume_versions" ADD CONSTRAINT "resume_versions_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "interview_practices_user_idx" ON "interview_practices" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "resume_versions_application_version_unique" ON "resume_versions" USING btree ("application_id","version");--> statement-breakpoint
CREATE INDEX "resume_versions_user_idx" ON "resume_versions" USING btree ("user_id");--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "interview_practices" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "resume_versions" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
ALTER TABLE "interview_practices" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "resume_versions" FORCE ROW LEVEL SECURITY;
