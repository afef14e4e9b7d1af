-- Each conversation keeps the position its next message takes, so a message is appended in one
-- statement (the update that takes the position locks the conversation's row) instead of an update
-- followed by an insert that reads the highest position so far.
ALTER TABLE "conversations" ADD COLUMN "next_position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
UPDATE "conversations" c SET "next_position" = coalesce((SELECT max(m."position") + 1 FROM "conversation_messages" m WHERE m."conversation_id" = c."id"), 0);
