-- pgvector stores a vector out of line (TOAST, storage "external") once a row passes about 2 kB, and
-- a 768-dimension vector is 3 kB: every chunk compared outside the HNSW index (an exact scan over the
-- postings a filter keeps, re-sorting the walk's rows, a CV compared chunk by chunk) cost a lookup in
-- the TOAST index and two TOAST pages. Chunk and CV-passage rows are narrow, so the vector fits in the
-- row itself. Postings keep theirs out of line: every scan of the catalogue reads the jobs rows, and
-- 3 kB more in each would make those scans slower than the few vectors read from TOAST there.
-- Rows written before keep their storage until they are written again (a posting re-embedded, a CV
-- uploaded again); rewriting them here would rebuild the HNSW index inside the upgrade.
ALTER TABLE "job_chunks" ALTER COLUMN "embedding" SET STORAGE PLAIN;--> statement-breakpoint
ALTER TABLE "cv_passages" ALTER COLUMN "embedding" SET STORAGE PLAIN;
--> statement-breakpoint
-- The employment-type filter compares a normalised form of the column ("fulltime", "permanent");
-- without statistics on that form the planner guessed a few hundred postings where 27,000 of 100,000
-- passed, and search read them one by one instead of treating the filter as broad.
CREATE STATISTICS IF NOT EXISTS "jobs_employment_kind_stats" ON (regexp_replace(lower("employment_type"), '[^a-z]', '', 'g')) FROM "jobs";
