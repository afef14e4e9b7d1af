-- Custom migration: FORCE row-level security on the tables added with the jobs and CV data model.
ALTER TABLE "cvs" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "cv_passages" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "search_history" FORCE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "followed_boards" FORCE ROW LEVEL SECURITY;
