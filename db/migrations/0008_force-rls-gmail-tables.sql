-- Custom migration: FORCE row-level security on the Gmail, contact and sync tables.
ALTER TABLE "gmail_connections" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "gmail_sync_runs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "gmail_signals" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "gmail_thread_labels" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "contacts" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "contact_applications" FORCE ROW LEVEL SECURITY;
