import { emptyEntry, type CitedText, type StructuredEntry } from './cv-structure.ts';
import { findDateRange, trailingYear } from './date-range.ts';
import { splitOnce, splitOutsideBrackets, splitWithOffsets } from './split-outside-brackets.ts';

export interface SectionPassage {
  id: string;
  text: string;
}

const cited = (text: string, passageId: string): CitedText => ({ text, passageIds: [passageId] });
const trimSeparators = (text: string) => text.replace(/^[\s|,;:·•–—-]+|[\s|,;·•–—-]+$/g, '');
const assign = (fields: Record<string, CitedText>, field: string, value: CitedText | undefined) => {
  if (value) fields[field] = value;
};
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A line that could name a role or an employer: short, not a sentence, not a list of clauses. */
function headerLike(text: string) {
  // Titles are mostly capitalised words ("Staff Nurse (Band 5), Ward 12"); a description is mostly not.
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^\(?\p{Lu}/u.test(word)).length;
  return (words.length <= 6 || capitalised >= words.length * 0.35) && wordCount(text) <= 16 && !/[.;!?]$/.test(text) && !text.includes(';') && /^[\p{Lu}\p{N}]/u.test(text);
}

/**
 * A line stating a span of time with a role: "Feb 2024 - present", "Engineer, Acme, 2019–2024", or a
 * role line run into its description: "2018–present | Teacher, Hawthorne School: 22 periods a week…",
 * "03/2024 – heute · Manager · Kiezkorb GmbH — Verantwortung für…", "Data Analyst, Northway, 2021–present. Own…".
 */
function datedLine(text: string) {
  const range = findDateRange(text);
  if (!range) return undefined;
  const at = text.indexOf(range.text);
  const before = text.slice(0, at);
  const after = text.slice(at + range.text.length);
  const atEdge = at <= 3 || after.trim().length <= 3;
  // The words on the other side of the dates, as written (a "." after closing dates is not one).
  const rest = trimSeparators((at <= 3 ? after : before).replace(/\s+/g, ' ').trim());
  if (at <= 3) {
    const [head, description] = splitOnce(trimSeparators(after), /:\s+|\s+[—–]\s+/);
    if (description && wordCount(head) <= 16 && wordCount(description) >= 5) return { range, rest: trimSeparators(head), summary: description };
    // "2021–present · Senior HR Business Partner · Kestrel Mobility B.V., Amsterdam · Partner to the CPO…":
    // role and employer are the first two pieces, the rest describes the role.
    const pieces = splitWithOffsets(after, /\s+[·|]\s+/);
    const [role, employer, first] = pieces;
    if (role && employer && first && wordCount(`${role.text} ${employer.text}`) <= 16 && wordCount(after.slice(first.start)) >= 6) {
      return { range, rest: trimSeparators(after.slice(role.start, employer.end)), summary: after.slice(first.start) };
    }
  }
  if (wordCount(rest) <= 16 && atEdge) return { range, rest, summary: undefined };
  const ending = /^\s*[.:;—–]\s+(\S[\s\S]*)$/u.exec(after);
  if (ending && wordCount(before) <= 16 && /^[\p{Lu}\p{N}]/u.test(before)) return { range, rest: trimSeparators(before), summary: ending[1]! };
  return undefined;
}

/** "Northpeak Software, Toronto, ON" → employer and place, when the place after the first comma is short. */
function employerAndPlace(text: string, passageId: string, fields: Record<string, CitedText>, nameField: string) {
  // The first comma outside brackets: "Grupo Almenara (retail, 2,400 employees), Barcelona".
  const [name, second] = splitWithOffsets(text, /,\s+/);
  const place = second ? text.slice(second.start) : '';
  if (name && second && wordCount(place) <= 3 && !/[()]/.test(place)) {
    fields[nameField] = cited(name.text, passageId);
    fields.location = cited(place, passageId);
  } else {
    fields[nameField] = cited(text, passageId);
  }
}

/** One line naming role and employer: "Senior Engineer, Acme Payments" or "Account Executive — Brightwire HR, London". */
function readRoleLine(text: string, passageId: string, fields: Record<string, CitedText>, nameField: string) {
  const separator = [/\s+[—–]\s+/, /\s+\|\s+/, /\s+·\s+/, /\s+-\s+/, /\s+(?:at|bei|chez|@)\s+/, /,\s+/].find((pattern) => splitOutsideBrackets(text, pattern).length > 1);
  if (!separator) {
    fields.position = cited(text, passageId);
    return;
  }
  const [position, remainder] = splitOnce(text, separator);
  fields.position = cited(position, passageId);
  employerAndPlace(remainder, passageId, fields, nameField);
}

/**
 * Reads a work or volunteering section into entries. A span of time opens an entry together with up to
 * two short lines right before it (role, employer), or, when the dates stand alone on a line with
 * nothing before them, up to two short lines right after it. Every other passage is a highlight of the
 * entry above it. `heading` is a section name that is itself the role line (Markdown "### Engineer — Acme").
 */
export function readWorkEntries(passages: SectionPassage[], nameField: 'name' | 'organization', heading?: string): StructuredEntry[] {
  const blockOf = new Map<number, number[]>();
  const taken = new Set<number>();
  const titleLine = (index: number) => index >= 0 && index < passages.length && !taken.has(index) && headerLike(passages[index]!.text) && !datedLine(passages[index]!.text);
  // A CV lays its entries out one way throughout: dates above the role (the first entry's dates open
  // the section) or below it. The first entry decides which short lines around later dates are titles.
  let datesFirst: boolean | undefined;
  passages.forEach((passage, index) => {
    const dated = taken.has(index) ? undefined : datedLine(passage.text);
    if (!dated) return;
    const before: number[] = [];
    const after: number[] = [];
    datesFirst ??= dated.rest === '' && !titleLine(index - 1) && heading === undefined;
    if (dated.rest === '' && datesFirst) {
      for (let next = index + 1; after.length < 2 && titleLine(next); next++) after.push(next);
    } else {
      for (let previous = index - 1; before.length < 2 && titleLine(previous); previous--) before.unshift(previous);
    }
    const block = [...before, index, ...after];
    block.forEach((member) => taken.add(member));
    blockOf.set(block[0]!, block);
  });

  const entries: StructuredEntry[] = [];
  let current: StructuredEntry | undefined;
  if (heading !== undefined && passages[0]) {
    current = emptyEntry();
    // "### Staff Nurse, St Aidan's Hospital (Leeds) — 2021 – present": the dates are not the employer.
    const dated = datedLine(heading);
    if (dated && dated.rest) {
      current.fields.startDate = cited(dated.range.startDate, passages[0].id);
      current.fields.endDate = cited(dated.range.endDate, passages[0].id);
      readRoleLine(dated.rest, passages[0].id, current.fields, nameField);
    } else {
      readRoleLine(heading, passages[0].id, current.fields, nameField);
    }
    entries.push(current);
  }
  for (let index = 0; index < passages.length; index++) {
    const block = blockOf.get(index);
    if (!block) {
      const passage = passages[index]!;
      if (!current) entries.push((current = emptyEntry()));
      (current.lists.highlights ??= []).push(cited(passage.text, passage.id));
      continue;
    }
    // Dates under a role heading belong to that role, not to a new one.
    const reuse = current && entries.length === 1 && heading !== undefined && !current.fields.startDate && !current.lists.highlights;
    if (!reuse) entries.push((current = emptyEntry()));
    const fields = current!.fields;
    const lines: { text: string; id: string }[] = [];
    for (const member of block) {
      const passage = passages[member]!;
      const dated = datedLine(passage.text);
      if (dated) {
        fields.startDate = cited(dated.range.startDate, passage.id);
        fields.endDate = cited(dated.range.endDate, passage.id);
        if (dated.summary) fields.summary = cited(dated.summary, passage.id);
        if (dated.rest) lines.push({ text: dated.rest, id: passage.id });
      } else {
        lines.push({ text: passage.text, id: passage.id });
      }
    }
    if (lines.length === 1) readRoleLine(lines[0]!.text, lines[0]!.id, fields, nameField);
    else if (lines.length >= 2) {
      fields.position = cited(lines[0]!.text, lines[0]!.id);
      employerAndPlace(lines[1]!.text, lines[1]!.id, fields, nameField);
      // A third short line is more likely a point about the role than a title: keep it as one.
      if (lines.length > 2) current!.lists.highlights = lines.slice(2).map((line) => cited(line.text, line.id));
    }
    index = block.at(-1)!;
  }
  return entries;
}

const institutionWords = /universit|college|school|schule|hochschule|institut|academy|akademie|[ée]cole|escuela|kammer|\bihk\b|lyc[ée]e|gymnasium|polytechnic|zfsl|conservato/i;
const gradeWords = /^\(?(?:\d:\d|grade\b|gpa\b|note\b|mention\b|nota\b|first[- ]class|distinction\b|merit\b|cum laude|magna|summa)/i;

/** Reads an education section: each line naming a degree, a school or dates is a degree; other lines are its courses. */
export function readEducation(sectionPassages: SectionPassage[], heading?: string): StructuredEntry[] {
  const entries: StructuredEntry[] = [];
  // "PME, Maynooth University, 2010–2012 | BSc Mathematics, Trinity College Dublin, 2006–2010": one degree per piece.
  const passages = sectionPassages.flatMap((passage) => splitOutsideBrackets(passage.text, /\s+\|\s+/).map((text) => ({ id: passage.id, text })));
  if (heading !== undefined && passages[0]) entries.push({ fields: { institution: cited(heading, passages[0].id) }, lists: {} });
  for (const passage of passages) {
    const range = findDateRange(passage.text);
    const opensEntry = range || institutionWords.test(passage.text) || headerLike(passage.text) || entries.length === 0;
    if (!opensEntry) {
      (entries.at(-1)!.lists.courses ??= []).push(cited(passage.text, passage.id));
      continue;
    }
    const fields: Record<string, CitedText> = {};
    // Dates are blanked rather than cut, so every piece keeps its place in the passage and is quoted from it as written.
    const blank = (text: string, from: number, length: number) => text.slice(0, from) + ' '.repeat(length) + text.slice(from + length);
    let line = passage.text;
    if (range) {
      fields.startDate = cited(range.startDate, passage.id);
      fields.endDate = cited(range.endDate, passage.id);
      line = blank(line, line.indexOf(range.text), range.text.length);
    } else {
      const leading = /^((?:19|20)\d{2})\s*[–—-]?\s+/.exec(line);
      const trailing = trailingYear(line);
      if (leading) {
        fields.endDate = cited(leading[1]!, passage.id);
        line = blank(line, 0, leading[0].length);
      } else if (trailing) {
        fields.endDate = cited(trailing.year, passage.id);
        const end = line.indexOf(trailing.rest) + trailing.rest.length;
        line = blank(line, end, line.length - end);
      }
    }
    const segments = splitWithOffsets(line, /,\s+|\s+[|·–—]\s+/);
    // Neighbouring pieces are joined as the CV writes them, so every field stays a quote.
    const quote = (from: number, to: number) =>
      from < to ? cited(trimSeparators(passage.text.slice(segments[from]!.start, segments[to - 1]!.end)), passage.id) : undefined;
    const isGrade = (index: number) => gradeWords.test(segments[index]!.text);
    // The first piece is usually the degree, even when it names its awarding body ("Bilanzbuchhalterin (IHK)").
    let institution = segments.findIndex((segment, index) => index > 0 && institutionWords.test(segment.text));
    if (institution < 0 && segments.length > 1 && institutionWords.test(segments[0]!.text)) institution = 0;
    const lists: Record<string, CitedText[]> = {};
    if (institution < 0) {
      const grades = segments.findIndex((_segment, index) => index > 0 && isGrade(index));
      const areaEnd = grades < 0 ? segments.length : grades;
      assign(fields, 'studyType', quote(0, 1));
      assign(fields, 'area', quote(1, areaEnd));
      assign(fields, 'score', quote(areaEnd, segments.length));
    } else {
      if (institution > 0) assign(fields, 'studyType', quote(0, 1));
      assign(fields, 'area', quote(1, institution));
      // The place after a school ("Anna University, Chennai") belongs to it.
      let end = institution + 1;
      while (end < segments.length && !isGrade(end) && wordCount(segments[end]!.text) <= 3) end++;
      assign(fields, 'institution', quote(institution, end));
      const grade = end < segments.length && isGrade(end) ? end : -1;
      if (grade >= 0) assign(fields, 'score', quote(grade, grade + 1));
      const rest = segments.slice(grade >= 0 ? grade + 1 : end).map((segment) => cited(segment.text, passage.id));
      if (rest.length > 0) lists.courses = rest;
    }
    entries.push({ fields, lists });
  }
  return entries;
}

/** Reads a skills section: "Label: a, b, c" is a named group; a plain list is a group without a name. */
export function readSkills(passages: SectionPassage[]): StructuredEntry[] {
  return passages.map((passage): StructuredEntry => {
    const labelled = /^([^:]{2,40}):\s+(\S[\s\S]*)$/.exec(passage.text);
    const list = labelled ? labelled[2]! : passage.text;
    const keywords = splitOutsideBrackets(list, /\s*[,;|·•]\s+|\s+[|·•]\s*/).map((keyword) => cited(keyword.replace(/\.$/, ''), passage.id));
    return { fields: labelled ? { name: cited(labelled[1]!, passage.id) } : {}, lists: { keywords } };
  });
}

/** Reads a languages section: "English (native), German (C1)" or "Deutsch – Muttersprache". */
export function readLanguages(passages: SectionPassage[]): StructuredEntry[] {
  return passages.flatMap((passage) =>
    splitOutsideBrackets(passage.text, /\s*[,;|·•]\s+/).map((piece) => {
      const bracketed = /^([^()]+?)\s+[–—:-]\s+(.+?)\.?$/.exec(piece) ?? /^(.+?)\s*\((.+)\)\.?$/.exec(piece);
      const fields: Record<string, CitedText> = bracketed
        ? { language: cited(bracketed[1]!, passage.id), fluency: cited(bracketed[2]!, passage.id) }
        : { language: cited(piece, passage.id) };
      return { fields, lists: {} };
    }),
  );
}

/** Reads certificates, licences and training: one per line (or per "|"-separated piece), with the year it ends in. */
export function readCertificates(passages: SectionPassage[]): StructuredEntry[] {
  return passages.flatMap((passage) =>
    splitOutsideBrackets(passage.text, /\s+\|\s+/).map((piece): StructuredEntry => {
      const range = findDateRange(piece);
      if (range && piece.trim().endsWith(range.text)) {
        return { fields: { name: cited(trimSeparators(piece.slice(0, piece.lastIndexOf(range.text))), passage.id), date: cited(range.text, passage.id) }, lists: {} };
      }
      const year = trailingYear(piece);
      return {
        fields: year ? { name: cited(year.rest.replace(/[,;–—-]$/, '').trim(), passage.id), date: cited(year.year, passage.id) } : { name: cited(piece.replace(/\.$/, ''), passage.id) },
        lists: {},
      };
    }),
  );
}

/** Reads projects: a short title line opens a project, the lines under it are its highlights. */
export function readProjects(passages: SectionPassage[], heading?: string): StructuredEntry[] {
  const entries: StructuredEntry[] = [];
  if (heading !== undefined && passages[0]) entries.push({ fields: { name: cited(heading, passages[0].id) }, lists: {} });
  for (const passage of passages) {
    if (headerLike(passage.text) || entries.length === 0) {
      entries.push(headerLike(passage.text) ? { fields: { name: cited(passage.text, passage.id) }, lists: {} } : { fields: { description: cited(passage.text, passage.id) }, lists: {} });
    } else {
      (entries.at(-1)!.lists.highlights ??= []).push(cited(passage.text, passage.id));
    }
  }
  return entries;
}

/** Reads awards, publications or interests: one per line, in the field JSON Resume names it by. */
export function readLines(passages: SectionPassage[], field: 'title' | 'name'): StructuredEntry[] {
  return passages.map((passage) => ({ fields: { [field]: cited(passage.text, passage.id) }, lists: {} }));
}
