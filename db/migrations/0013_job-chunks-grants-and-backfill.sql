-- Custom migration: the app role reads and writes chunks as it does postings (catalogue data, no RLS).
GRANT SELECT, INSERT, UPDATE, DELETE ON "job_chunks" TO atlas_app;--> statement-breakpoint
-- Gemini reads a whole posting as one chunk, so a posting's Gemini vector is its one chunk's vector.
INSERT INTO "job_chunks" ("job_id", "position", "embedding", "embedding_model")
SELECT "id", 0, "embedding", "embedding_model" FROM "jobs"
WHERE "embedding" IS NOT NULL AND "embedding_model" LIKE 'gemini-%';--> statement-breakpoint
-- Any other model read only a posting's first words: those postings are embedded again, in chunks.
UPDATE "jobs" SET "embedding" = NULL, "embedding_model" = NULL
WHERE "embedding_model" IS NOT NULL AND "embedding_model" NOT LIKE 'gemini-%';
