ALTER TYPE "public"."job_source" ADD VALUE 'smartrecruiters';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE 'workable';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE 'recruitee';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE 'personio';--> statement-breakpoint
ALTER TYPE "public"."job_source" ADD VALUE 'teamtailor';