-- Which relations count as reading each table of the public schema: the table and every index on it.
-- sensitive_scan_counts (0037) looked them up in pg_class and pg_index on each call, twice per audited
-- tool call, at more than the cost of a small read's own statements. They are kept here instead, and an
-- event trigger rebuilds the list at the end of every DDL command, in that command's transaction: an
-- index added later, by a migration or by hand, is counted from the moment it can be used.
CREATE TABLE "scan_counted_relations" (
  "relid" oid PRIMARY KEY,
  "table_name" text NOT NULL
);--> statement-breakpoint
-- Readable by everyone (it names tables, nothing more), written only by its owner's functions below:
-- the app's roles must not be able to hide a table from the audit.
REVOKE ALL ON "scan_counted_relations" FROM atlas_app, atlas_auth;--> statement-breakpoint
GRANT SELECT ON "scan_counted_relations" TO PUBLIC;--> statement-breakpoint
CREATE FUNCTION refresh_scan_counted_relations()
RETURNS void
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, public
AS $$
BEGIN
  -- Concurrent DDL refreshes one after the other; readers are not blocked.
  LOCK TABLE public.scan_counted_relations IN EXCLUSIVE MODE;
  DELETE FROM public.scan_counted_relations;
  INSERT INTO public.scan_counted_relations (relid, table_name)
  SELECT c.oid, c.relname FROM pg_class c
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
  UNION ALL
  SELECT i.indexrelid, c.relname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid
  WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p');
END
$$;--> statement-breakpoint
SELECT refresh_scan_counted_relations();--> statement-breakpoint
CREATE FUNCTION refresh_scan_counted_relations_after_ddl()
RETURNS event_trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM public.refresh_scan_counted_relations();
END
$$;--> statement-breakpoint
-- Creating an event trigger takes a superuser. Where the migrating role is not one, nothing would keep
-- the list current, so sensitive_scan_counts keeps reading the catalogue itself (0037).
DO $$
BEGIN
  CREATE EVENT TRIGGER scan_counted_relations_kept ON ddl_command_end
    EXECUTE FUNCTION refresh_scan_counted_relations_after_ddl();
  CREATE OR REPLACE FUNCTION sensitive_scan_counts(tables text[])
  RETURNS json
  LANGUAGE plpgsql
  AS $body$
  BEGIN
    RETURN (
      SELECT coalesce(pg_catalog.json_object_agg(r.table_name, r.scans), '{}')
      FROM (
        SELECT s.table_name, pg_catalog.sum(pg_catalog.pg_stat_get_xact_numscans(s.relid)) AS scans
        FROM public.scan_counted_relations s
        WHERE s.table_name = ANY (tables)
        GROUP BY s.table_name
      ) r
    );
  END
  $body$;
EXCEPTION WHEN insufficient_privilege THEN
  RAISE NOTICE 'sensitive_scan_counts keeps reading the catalogue: creating an event trigger needs a superuser';
END
$$;
