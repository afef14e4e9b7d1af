ALTER TABLE "jobs" ADD COLUMN "occupation_rules" text;--> statement-breakpoint
CREATE INDEX "jobs_occupation_rules_idx" ON "jobs" USING btree ("occupation_rules");