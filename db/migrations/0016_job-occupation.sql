ALTER TABLE "jobs" ADD COLUMN "occupation" text;--> statement-breakpoint
CREATE INDEX "jobs_open_occupation_idx" ON "jobs" USING btree ("occupation","published_at" DESC NULLS LAST,"id") WHERE "jobs"."closed_at" is null and "jobs"."duplicate_of" is null;--> statement-breakpoint
CREATE INDEX "jobs_unread_occupation_idx" ON "jobs" USING btree ("id") WHERE "jobs"."occupation" is null;