import { z } from 'zod';

/**
 * The parts of the JSON Resume schema (jsonresume.org, v1.0.0) a tailored résumé uses. JSON Resume is
 * an open standard that many résumé themes and tools read, so a user can take a tailored résumé
 * elsewhere. Every field is optional, as in the standard; dates are the free-form strings the CV
 * states ("2019", "March 2021", "2021-03"), because Atlas copies them from the CV and never invents a
 * precision the CV does not have.
 */
const text = z.string();

export const resumeLocationSchema = z.object({
  address: text.optional(),
  postalCode: text.optional(),
  city: text.optional(),
  countryCode: text.optional(),
  region: text.optional(),
});

export const resumeProfileSchema = z.object({
  network: text.optional(),
  username: text.optional(),
  url: text.optional(),
});

export const resumeBasicsSchema = z.object({
  name: text.optional(),
  label: text.optional().describe('The headline under the name, e.g. "Intensive care nurse"'),
  email: text.optional(),
  phone: text.optional(),
  url: text.optional(),
  summary: text.optional(),
  location: resumeLocationSchema.optional(),
  profiles: z.array(resumeProfileSchema).optional(),
});

export const resumeWorkSchema = z.object({
  name: text.optional().describe('The employer'),
  position: text.optional(),
  location: text.optional(),
  url: text.optional(),
  startDate: text.optional(),
  endDate: text.optional(),
  summary: text.optional(),
  highlights: z.array(text).optional(),
});

export const resumeVolunteerSchema = z.object({
  organization: text.optional(),
  position: text.optional(),
  url: text.optional(),
  startDate: text.optional(),
  endDate: text.optional(),
  summary: text.optional(),
  highlights: z.array(text).optional(),
});

export const resumeEducationSchema = z.object({
  institution: text.optional(),
  url: text.optional(),
  area: text.optional(),
  studyType: text.optional(),
  startDate: text.optional(),
  endDate: text.optional(),
  score: text.optional(),
  courses: z.array(text).optional(),
});

export const resumeAwardSchema = z.object({
  title: text.optional(),
  date: text.optional(),
  awarder: text.optional(),
  summary: text.optional(),
});

export const resumeCertificateSchema = z.object({
  name: text.optional(),
  date: text.optional(),
  issuer: text.optional(),
  url: text.optional(),
});

export const resumePublicationSchema = z.object({
  name: text.optional(),
  publisher: text.optional(),
  releaseDate: text.optional(),
  url: text.optional(),
  summary: text.optional(),
});

export const resumeSkillSchema = z.object({
  name: text.optional(),
  level: text.optional(),
  keywords: z.array(text).optional(),
});

export const resumeLanguageSchema = z.object({
  language: text.optional(),
  fluency: text.optional(),
});

export const resumeInterestSchema = z.object({
  name: text.optional(),
  keywords: z.array(text).optional(),
});

export const resumeProjectSchema = z.object({
  name: text.optional(),
  description: text.optional(),
  highlights: z.array(text).optional(),
  keywords: z.array(text).optional(),
  startDate: text.optional(),
  endDate: text.optional(),
  url: text.optional(),
  roles: z.array(text).optional(),
});

/** The sections of a résumé after `basics`, in JSON Resume's names. */
export const resumeSectionKeys = [
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'projects',
] as const;
export const resumeSectionKeySchema = z.enum(resumeSectionKeys);
export type ResumeSectionKey = z.infer<typeof resumeSectionKeySchema>;

export const jsonResumeSchema = z.object({
  $schema: text.optional(),
  basics: resumeBasicsSchema.optional(),
  work: z.array(resumeWorkSchema).optional(),
  volunteer: z.array(resumeVolunteerSchema).optional(),
  education: z.array(resumeEducationSchema).optional(),
  awards: z.array(resumeAwardSchema).optional(),
  certificates: z.array(resumeCertificateSchema).optional(),
  publications: z.array(resumePublicationSchema).optional(),
  skills: z.array(resumeSkillSchema).optional(),
  languages: z.array(resumeLanguageSchema).optional(),
  interests: z.array(resumeInterestSchema).optional(),
  projects: z.array(resumeProjectSchema).optional(),
  meta: z
    .object({
      canonical: text.optional(),
      version: text.optional(),
      lastModified: text.optional(),
    })
    .optional(),
});
export type JsonResume = z.infer<typeof jsonResumeSchema>;
