ALTER TYPE "public"."access_token_scope" ADD VALUE 'save-jobs';--> statement-breakpoint
ALTER TABLE "applications" ADD COLUMN "posting" jsonb;