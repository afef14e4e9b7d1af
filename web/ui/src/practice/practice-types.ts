// The shapes the Practice page reads, from the server's own zod schemas (types only).
import type { z } from 'zod';
import type { interviewPracticeSchema, practiceSummarySchema } from '../../../../tools/interview/practice-store.ts';

export type InterviewPractice = z.output<typeof interviewPracticeSchema>;
export type PracticeSummary = z.output<typeof practiceSummarySchema>;
export type InterviewReport = NonNullable<InterviewPractice['report']>;
export type InterviewQuestion = InterviewPractice['questions'][number];
