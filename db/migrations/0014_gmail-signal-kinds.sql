ALTER TYPE "public"."gmail_signal_kind" ADD VALUE 'interview_scheduling';--> statement-breakpoint
ALTER TYPE "public"."gmail_signal_kind" ADD VALUE 'assessment_invitation';--> statement-breakpoint
ALTER TYPE "public"."gmail_signal_kind" ADD VALUE 'still_reviewing';--> statement-breakpoint
ALTER TYPE "public"."gmail_signal_kind" ADD VALUE 'position_closed';