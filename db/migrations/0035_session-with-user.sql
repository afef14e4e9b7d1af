-- The session check every request makes, as one statement instead of a transaction of its own (begin,
-- set role, select, commit: four round trips). The SET clause switches to atlas_auth for the body
-- alone, as SET LOCAL ROLE did for that transaction, so the lookup is held to the same grants and
-- row-level security policies; the caller's role is restored when it returns. Only the owner (the
-- app's login role) may call it.
CREATE FUNCTION session_with_user(session_id text)
RETURNS TABLE (id text, user_id uuid, secret_hash bytea, expires_at timestamptz, created_at timestamptz, last_seen_at timestamptz, email text, name text)
LANGUAGE sql STABLE
SET role TO 'atlas_auth'
AS $$
  SELECT s.id, s.user_id, s.secret_hash, s.expires_at, s.created_at, s.last_seen_at, u.email, u.name
  FROM public.sessions s JOIN public.users u ON u.id = s.user_id
  WHERE s.id = session_id
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION session_with_user(text) FROM PUBLIC;
