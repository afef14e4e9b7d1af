CREATE TYPE "public"."gmail_connection_status" AS ENUM('connected', 'needs_reconnect');--> statement-breakpoint
CREATE TYPE "public"."gmail_signal_kind" AS ENUM('application_confirmation', 'recruiter_reply', 'interview_invitation', 'rejection', 'offer');--> statement-breakpoint
CREATE TYPE "public"."gmail_signal_review" AS ENUM('applied', 'needs_review', 'confirmed', 'corrected', 'dismissed');--> statement-breakpoint
CREATE TYPE "public"."gmail_sync_kind" AS ENUM('full', 'incremental');--> statement-breakpoint
CREATE TYPE "public"."gmail_sync_state" AS ENUM('queued', 'running', 'completed', 'failed');--> statement-breakpoint
CREATE TABLE "contact_applications" (
	"user_id" uuid DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"contact_id" uuid NOT NULL,
	"application_id" uuid NOT NULL,
	CONSTRAINT "contact_applications_contact_id_application_id_pk" PRIMARY KEY("contact_id","application_id")
);
--> statement-breakpoint
ALTER TABLE "contact_applications" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "contacts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"company" text,
	"role" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "contacts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "gmail_connections" (
	"user_id" uuid PRIMARY KEY DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"google_email" text NOT NULL,
	"access_token_encrypted" text NOT NULL,
	"access_token_expires_at" timestamp with time zone NOT NULL,
	"refresh_token_encrypted" text NOT NULL,
	"scopes" text[] NOT NULL,
	"status" "gmail_connection_status" DEFAULT 'connected' NOT NULL,
	"labelling_enabled" boolean DEFAULT false NOT NULL,
	"atlas_label_id" text,
	"history_id" text,
	"last_synced_at" timestamp with time zone,
	"connected_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "gmail_connections" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "gmail_signals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"message_id" text NOT NULL,
	"thread_id" text NOT NULL,
	"kind" "gmail_signal_kind" NOT NULL,
	"application_id" uuid,
	"review" "gmail_signal_review" NOT NULL,
	"sender_name" text,
	"sender_email" text NOT NULL,
	"subject" text DEFAULT '' NOT NULL,
	"snippet" text DEFAULT '' NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	"sync_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"reviewed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "gmail_signals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "gmail_sync_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"kind" "gmail_sync_kind" NOT NULL,
	"state" "gmail_sync_state" DEFAULT 'queued' NOT NULL,
	"window_start" timestamp with time zone,
	"start_history_id" text,
	"page_token" text,
	"newest_history_id" text,
	"oldest_scanned_at" timestamp with time zone,
	"messages_scanned" integer DEFAULT 0 NOT NULL,
	"messages_total" integer,
	"failure_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "gmail_sync_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "gmail_thread_labels" (
	"user_id" uuid DEFAULT nullif(current_setting('app.user_id', true), '')::uuid NOT NULL,
	"thread_id" text NOT NULL,
	"label" text NOT NULL,
	"applied_in_gmail" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "gmail_thread_labels_user_id_thread_id_label_pk" PRIMARY KEY("user_id","thread_id","label")
);
--> statement-breakpoint
ALTER TABLE "gmail_thread_labels" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "application_status_history" ADD COLUMN "gmail_signal_id" uuid;--> statement-breakpoint
ALTER TABLE "outreach_drafts" ADD COLUMN "gmail_thread_id" text;--> statement-breakpoint
ALTER TABLE "outreach_drafts" ADD COLUMN "replied_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "contact_applications" ADD CONSTRAINT "contact_applications_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_applications" ADD CONSTRAINT "contact_applications_contact_id_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contact_applications" ADD CONSTRAINT "contact_applications_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "contacts" ADD CONSTRAINT "contacts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gmail_connections" ADD CONSTRAINT "gmail_connections_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gmail_signals" ADD CONSTRAINT "gmail_signals_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gmail_signals" ADD CONSTRAINT "gmail_signals_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gmail_signals" ADD CONSTRAINT "gmail_signals_sync_run_id_gmail_sync_runs_id_fk" FOREIGN KEY ("sync_run_id") REFERENCES "public"."gmail_sync_runs"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gmail_sync_runs" ADD CONSTRAINT "gmail_sync_runs_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gmail_thread_labels" ADD CONSTRAINT "gmail_thread_labels_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "contact_applications_application_idx" ON "contact_applications" USING btree ("application_id");--> statement-breakpoint
CREATE UNIQUE INDEX "contacts_user_email_unique" ON "contacts" USING btree ("user_id",lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "gmail_signals_user_message_unique" ON "gmail_signals" USING btree ("user_id","message_id");--> statement-breakpoint
CREATE INDEX "gmail_signals_user_received_idx" ON "gmail_signals" USING btree ("user_id","received_at");--> statement-breakpoint
CREATE INDEX "gmail_signals_user_thread_idx" ON "gmail_signals" USING btree ("user_id","thread_id");--> statement-breakpoint
CREATE INDEX "gmail_sync_runs_user_created_idx" ON "gmail_sync_runs" USING btree ("user_id","created_at");--> statement-breakpoint
ALTER TABLE "application_status_history" ADD CONSTRAINT "application_status_history_gmail_signal_id_gmail_signals_id_fk" FOREIGN KEY ("gmail_signal_id") REFERENCES "public"."gmail_signals"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "contact_applications" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "contacts" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "gmail_connections" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "gmail_signals" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "gmail_sync_runs" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);--> statement-breakpoint
CREATE POLICY "own_rows_only" ON "gmail_thread_labels" AS PERMISSIVE FOR ALL TO public USING ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid) WITH CHECK ("user_id" = nullif(current_setting('app.user_id', true), '')::uuid);