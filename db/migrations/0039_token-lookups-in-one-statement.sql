-- The token check every MCP request makes, as one statement instead of a transaction of its own (begin,
-- set role, select, update, commit). Like session_with_user (migrations 0035 and 0038): PL/pgSQL, so the
-- query is planned once per connection, and the SET clause runs the body as atlas_auth, held to the same
-- grants and row-level security policies. Only the owner (the app's login role) may call them. Marking a
-- token as used is written apart, at most every few minutes.
CREATE FUNCTION access_token_by_id(token_id text)
RETURNS TABLE (id text, user_id uuid, name text, scopes text[], secret_hash bytea, last_used_at timestamptz, expires_at timestamptz, revoked_at timestamptz)
LANGUAGE plpgsql STABLE
SET role TO 'atlas_auth'
AS $$
BEGIN
  RETURN QUERY
  SELECT t.id, t.user_id, t.name, t.scopes::text[], t.secret_hash, t.last_used_at, t.expires_at, t.revoked_at
  FROM public.access_tokens t
  WHERE t.id = access_token_by_id.token_id;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION access_token_by_id(text) FROM PUBLIC;--> statement-breakpoint
CREATE FUNCTION oauth_access_token_by_id(token_id text)
RETURNS TABLE (id text, kind text, secret_hash bytea, expires_at timestamptz, grant_id uuid, user_id uuid, scopes text[], resource text, last_used_at timestamptz, revoked_at timestamptz, client_id text, client_name text)
LANGUAGE plpgsql STABLE
SET role TO 'atlas_auth'
AS $$
BEGIN
  RETURN QUERY
  SELECT t.id, t.kind::text, t.secret_hash, t.expires_at, g.id, g.user_id, g.scopes::text[], g.resource, g.last_used_at, g.revoked_at, c.id, c.name
  FROM public.oauth_tokens t
  JOIN public.oauth_grants g ON g.id = t.grant_id
  JOIN public.oauth_clients c ON c.id = g.client_id
  WHERE t.id = oauth_access_token_by_id.token_id;
END
$$;--> statement-breakpoint
REVOKE ALL ON FUNCTION oauth_access_token_by_id(text) FROM PUBLIC;
