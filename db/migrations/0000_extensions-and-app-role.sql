-- Custom migration: drizzle-kit does not emit extensions or roles.
CREATE EXTENSION IF NOT EXISTS vector;--> statement-breakpoint
-- atlas_app: what every user request runs as. atlas_auth: what sign-in runs as, limited to the
-- credential tables. Neither owns a table, logs in, or bypasses row-level security.
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'atlas_app') THEN
    CREATE ROLE atlas_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'atlas_auth') THEN
    CREATE ROLE atlas_auth NOLOGIN NOSUPERUSER NOBYPASSRLS NOINHERIT;
  END IF;
END
$$;--> statement-breakpoint
-- The owner switches roles with SET LOCAL ROLE, which needs membership when it is not a superuser.
DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'atlas_app', 'MEMBER') THEN
    EXECUTE format('GRANT atlas_app TO %I', current_user);
  END IF;
  IF NOT pg_has_role(current_user, 'atlas_auth', 'MEMBER') THEN
    EXECUTE format('GRANT atlas_auth TO %I', current_user);
  END IF;
END
$$;--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO atlas_app, atlas_auth;--> statement-breakpoint
-- Tables the owner creates later are usable by the app role at once; RLS decides which rows.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO atlas_app;--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO atlas_app;
