-- Custom: trigrams for the location and company filters, and the places as the location filter
-- joins them (array_to_string is only stable, so an index needs this immutable wrapper).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE OR REPLACE FUNCTION job_places_text(places text[]) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string(places, chr(31)) $$;--> statement-breakpoint
-- Custom: each word of a posting's search_text with ts_rank_cd(search_text, word, 1), the rank the
-- full-text side orders by, for that word alone (weights A 1, B 0.4, C 0.2, D 0.1 summed over its
-- positions, over the log of the document's length), computed from the tsvector in one pass.
CREATE OR REPLACE FUNCTION job_term_weights(document tsvector) RETURNS TABLE (word text, weight real)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  WITH terms AS (SELECT lexeme, positions, weights FROM unnest(document))
  SELECT t.lexeme,
         (coalesce((SELECT sum(CASE w WHEN 'A' THEN 1.0::float8 WHEN 'B' THEN 0.4::float8 WHEN 'C' THEN 0.2::float8 ELSE 0.1::float8 END) FROM unnest(t.weights) w), 0.1::float8)
          / ln((SELECT sum(greatest(cardinality(x.positions), 1)) FROM terms x) + 1))::real
  FROM terms t
$$;--> statement-breakpoint
CREATE TABLE "job_terms" (
	"word" text NOT NULL,
	"weight" real NOT NULL,
	"job_id" uuid NOT NULL
);
--> statement-breakpoint
-- Custom: the app role writes job_terms through the triggers below, as it writes postings (catalogue data, no RLS).
GRANT SELECT, INSERT, UPDATE, DELETE ON "job_terms" TO atlas_app;--> statement-breakpoint
-- Custom: an open posting's words are in job_terms; rewording, closing, merging or deleting it takes
-- them out (by the whole key, recomputed from the old text, so no index on job_id is needed).
CREATE OR REPLACE FUNCTION job_terms_follow_jobs() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.closed_at IS NULL AND OLD.duplicate_of IS NULL THEN
    DELETE FROM job_terms t USING job_term_weights(OLD.search_text) w
    WHERE t.word = w.word AND t.weight = w.weight AND t.job_id = OLD.id;
  END IF;
  IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.closed_at IS NULL AND NEW.duplicate_of IS NULL THEN
    INSERT INTO job_terms (word, weight, job_id) SELECT w.word, w.weight, NEW.id FROM job_term_weights(NEW.search_text) w;
  END IF;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE OR REPLACE FUNCTION job_terms_empty() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE job_terms;
  RETURN NULL;
END
$$;--> statement-breakpoint
CREATE TRIGGER job_terms_on_insert_or_delete AFTER INSERT OR DELETE ON jobs
FOR EACH ROW EXECUTE FUNCTION job_terms_follow_jobs();--> statement-breakpoint
-- A refresh that only marks a posting as seen again changes none of these columns and fires nothing.
CREATE TRIGGER job_terms_on_update AFTER UPDATE OF title, company, description, closed_at, duplicate_of ON jobs
FOR EACH ROW WHEN (
  OLD.search_text IS DISTINCT FROM NEW.search_text
  OR (OLD.closed_at IS NULL AND OLD.duplicate_of IS NULL) IS DISTINCT FROM (NEW.closed_at IS NULL AND NEW.duplicate_of IS NULL)
) EXECUTE FUNCTION job_terms_follow_jobs();--> statement-breakpoint
CREATE TRIGGER job_terms_on_truncate AFTER TRUNCATE ON jobs
FOR EACH STATEMENT EXECUTE FUNCTION job_terms_empty();--> statement-breakpoint
-- Custom: the open postings already stored; the index is built after, which is faster than growing it.
INSERT INTO job_terms (word, weight, job_id)
SELECT w.word, w.weight, j.id FROM jobs j, job_term_weights(j.search_text) w
WHERE j.closed_at IS NULL AND j.duplicate_of IS NULL;--> statement-breakpoint
CREATE INDEX "job_terms_word_weight_idx" ON "job_terms" USING btree ("word","weight" DESC NULLS LAST,"job_id");--> statement-breakpoint
CREATE INDEX "jobs_open_places_trgm_idx" ON "jobs" USING gin (job_places_text("locations") gin_trgm_ops) WHERE "jobs"."closed_at" is null and "jobs"."duplicate_of" is null;--> statement-breakpoint
CREATE INDEX "jobs_open_company_trgm_idx" ON "jobs" USING gin ("company" gin_trgm_ops) WHERE "jobs"."closed_at" is null and "jobs"."duplicate_of" is null;--> statement-breakpoint
CREATE INDEX "jobs_open_pay_idx" ON "jobs" USING btree (coalesce("salary_max", "salary_min")) WHERE "jobs"."closed_at" is null and "jobs"."duplicate_of" is null;--> statement-breakpoint
CREATE INDEX "jobs_open_posted_idx" ON "jobs" USING btree (coalesce("published_at", "created_at")) WHERE "jobs"."closed_at" is null and "jobs"."duplicate_of" is null;
