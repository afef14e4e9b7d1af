-- The pay, currency, recency and place filters compare expressions that only partial indexes cover,
-- and Postgres keeps no statistics for a partial index's expressions: the planner fell back to fixed
-- guesses (168 postings for "EUR and at least 80,000" where 19,397 of 100,000 passed), judged a broad
-- filter narrow, and walked every posting it kept through the pay index, block by block, for each
-- occupation a search reaches (2.4 s for one request instead of 100 ms). Statistics on the
-- expressions themselves give the planner the real share of postings each filter keeps.
CREATE STATISTICS IF NOT EXISTS "jobs_pay_filter_stats" ON (upper("salary_currency")), (coalesce("salary_max", "salary_min")) FROM "jobs";--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS "jobs_posted_filter_stats" ON (coalesce("published_at", "created_at")) FROM "jobs";--> statement-breakpoint
CREATE STATISTICS IF NOT EXISTS "jobs_place_filter_stats" ON (job_places_text("locations")) FROM "jobs";
--> statement-breakpoint
-- Filled now, not at the next automatic analyse, which a catalogue that changes little may not see for days.
ANALYZE "jobs";
