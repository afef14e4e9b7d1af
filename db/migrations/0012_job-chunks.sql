CREATE TABLE "job_chunks" (
	"job_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"embedding" vector(768) NOT NULL,
	"embedding_model" text NOT NULL,
	CONSTRAINT "job_chunks_job_id_position_pk" PRIMARY KEY("job_id","position")
);
--> statement-breakpoint
ALTER TABLE "job_chunks" ADD CONSTRAINT "job_chunks_job_id_jobs_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."jobs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "job_chunks_embedding_hnsw" ON "job_chunks" USING hnsw ("embedding" vector_cosine_ops);