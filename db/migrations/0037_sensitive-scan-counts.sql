-- How often this transaction has scanned each named table of the public schema, its indexes included,
-- as one JSON object: what pg_stat_xact_user_tables reports as seq_scan + idx_scan, read from the same
-- counters. The audit of every tool call reads it twice; planning a query over that view cost more than
-- the call's own statements, and a PL/pgSQL function plans its query once per connection.
CREATE FUNCTION sensitive_scan_counts(tables text[])
RETURNS json
LANGUAGE plpgsql
AS $$
BEGIN
  RETURN (
    SELECT coalesce(pg_catalog.json_object_agg(c.relname, pg_catalog.pg_stat_get_xact_numscans(c.oid) + coalesce((
      SELECT pg_catalog.sum(pg_catalog.pg_stat_get_xact_numscans(i.indexrelid)) FROM pg_catalog.pg_index i WHERE i.indrelid = c.oid
    ), 0)), '{}')
    FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p') AND c.relname = ANY (tables)
  );
END
$$;
