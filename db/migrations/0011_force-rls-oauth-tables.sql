-- Custom migration: FORCE row-level security on the OAuth tables, and let sign-in's role reach them:
-- registration, code exchange and token checks run before a user is known.
ALTER TABLE "oauth_clients" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "oauth_grants" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "oauth_authorization_codes" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "oauth_tokens" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON "oauth_clients", "oauth_grants", "oauth_authorization_codes", "oauth_tokens" TO atlas_auth;
