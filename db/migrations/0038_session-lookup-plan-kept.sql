-- The session check every request makes plans its query once per connection: a SQL function with a SET
-- clause is planned anew on every call, a PL/pgSQL one keeps its plan. Same result, same role switch
-- to atlas_auth for the body alone, same grants. Dropped and created rather than replaced: replacing
-- validates the new body under the SET role, which may not call the function it replaces.
DROP FUNCTION session_with_user(text);--> statement-breakpoint
CREATE FUNCTION session_with_user(session_id text)
RETURNS TABLE (id text, user_id uuid, secret_hash bytea, expires_at timestamptz, created_at timestamptz, last_seen_at timestamptz, email text, name text)
LANGUAGE plpgsql STABLE
SET role TO 'atlas_auth'
AS $$
BEGIN
  RETURN QUERY
  SELECT s.id, s.user_id, s.secret_hash, s.expires_at, s.created_at, s.last_seen_at, u.email, u.name
  FROM public.sessions s JOIN public.users u ON u.id = s.user_id
  WHERE s.id = session_with_user.session_id;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION session_with_user(text) FROM PUBLIC;
