import { jsonResumeSchema, type JsonResume, type ResumeSectionKey } from './json-resume-schema.ts';
import type { ResumeCitation } from './tailored-resume-schema.ts';

/** A piece of a résumé and the CV passages it is copied from (or, once rephrased, checked against). */
export interface CitedText {
  text: string;
  passageIds: string[];
}

/** One entry of a JSON Resume section (a job, a degree, a skill group), each field with its sources. */
export interface StructuredEntry {
  fields: Record<string, CitedText>;
  lists: Record<string, CitedText[]>;
}

/** A CV passage that found no place in the résumé, kept so the user hears about it instead of losing it. */
export interface UnplacedPassage {
  passageId: string;
  text: string;
  reason: string;
}

/** A CV read into the shape of a JSON Resume, every field pointing at the passages it comes from. */
export interface CvStructure {
  basics: {
    fields: Record<string, CitedText>;
    /** The CV's own summary or profile passages, in CV order. */
    summary: CitedText[];
    location: Record<string, CitedText>;
    profiles: StructuredEntry[];
  };
  sections: Record<ResumeSectionKey, StructuredEntry[]>;
  /** Passages that are only a heading ("PERSONAL STATEMENT"): they name a section and say nothing else. */
  headings: string[];
  unplaced: UnplacedPassage[];
}

export function emptyEntry(): StructuredEntry {
  return { fields: {}, lists: {} };
}

/** Every passage an entry is built from. */
export function entryPassageIds(entry: StructuredEntry): string[] {
  const ids = [...Object.values(entry.fields), ...Object.values(entry.lists).flat()].flatMap((piece) => piece.passageIds);
  return [...new Set(ids)];
}

/** Every line of an entry, in the order a reader meets them: fields, then list items. */
export function entryTexts(entry: StructuredEntry): string[] {
  return [...Object.values(entry.fields), ...Object.values(entry.lists).flat()].map((piece) => piece.text);
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/**
 * The JSON Resume a structure prints as, in the given section order, with a citation (JSON Pointer →
 * passage ids) for every line. Sections not in the order, and empty entries, are left out.
 */
export function renderResume(structure: CvStructure, sectionOrder: ResumeSectionKey[]): { resume: JsonResume; citations: ResumeCitation[] } {
  const citations: ResumeCitation[] = [];
  const cite = (pointer: string, piece: CitedText) => {
    if (piece.passageIds.length > 0) citations.push({ pointer, passageIds: [...new Set(piece.passageIds)] });
    return piece.text;
  };
  const renderEntry = (entry: StructuredEntry, base: string) => {
    const rendered: Record<string, string | string[]> = {};
    for (const [field, piece] of Object.entries(entry.fields)) rendered[field] = cite(`${base}/${escapePointer(field)}`, piece);
    for (const [field, items] of Object.entries(entry.lists)) {
      if (items.length > 0) rendered[field] = items.map((item, index) => cite(`${base}/${escapePointer(field)}/${index}`, item));
    }
    return rendered;
  };

  const basics: Record<string, unknown> = {};
  for (const [field, piece] of Object.entries(structure.basics.fields)) basics[field] = cite(`/basics/${field}`, piece);
  if (structure.basics.summary.length > 0) {
    const summary = { text: structure.basics.summary.map((piece) => piece.text).join(' '), passageIds: structure.basics.summary.flatMap((piece) => piece.passageIds) };
    basics.summary = cite('/basics/summary', summary);
  }
  if (Object.keys(structure.basics.location).length > 0) basics.location = renderEntry({ fields: structure.basics.location, lists: {} }, '/basics/location');
  if (structure.basics.profiles.length > 0) basics.profiles = structure.basics.profiles.map((profile, index) => renderEntry(profile, `/basics/profiles/${index}`));

  const resume: Record<string, unknown> = { basics };
  for (const section of sectionOrder) {
    const entries = structure.sections[section].filter((entry) => entryTexts(entry).length > 0);
    if (entries.length > 0) resume[section] = entries.map((entry, index) => renderEntry(entry, `/${section}/${index}`));
  }
  return { resume: jsonResumeSchema.parse(resume), citations };
}
