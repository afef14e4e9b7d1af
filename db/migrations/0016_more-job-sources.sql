-- Custom migration: five more public job-board sources. The migrator runs every pending migration in
-- one transaction; ALTER TYPE ... ADD VALUE may run inside one since PostgreSQL 12, but a value it adds
-- cannot be used before that transaction commits, so no migration in the same run may use them.
ALTER TYPE "public"."job_source" ADD VALUE IF NOT EXISTS 'smartrecruiters';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE IF NOT EXISTS 'workable';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE IF NOT EXISTS 'recruitee';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE IF NOT EXISTS 'personio';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE IF NOT EXISTS 'teamtailor';
