import { resumeSectionKeys } from './json-resume-schema.ts';
import { inlineHeading, passageHeadingKind, sectionKindOf, type CvSectionKind } from './cv-section-kind.ts';
import type { CvStructure, StructuredEntry } from './cv-structure.ts';
import { readCvHeader } from './read-cv-header.ts';
import { readCertificates, readEducation, readLanguages, readLines, readProjects, readSkills, readWorkEntries, type SectionPassage } from './read-cv-entries.ts';
import type { ResumePassage } from './resume-passage.ts';

interface Group {
  kind: CvSectionKind | 'other';
  /** The heading as the CV writes it. */
  label: string | null;
  /** A section name that is itself an entry's title line: the role, school or project. */
  entryHeading?: string;
  passages: SectionPassage[];
}

const entryKinds = new Set<Group['kind']>(['work', 'volunteer', 'education', 'projects']);
// A section name that reads as a role line: "Senior Engineer — Acme, London", "Engineer | Acme", "Engineer at Acme".
const roleHeading = /\s[—–|@-]\s|\s(?:at|bei|chez)\s|,\s/;

/**
 * Groups CV passages into sections by the headings above them, the heading lines among them and
 * headings written inline ("EXPERIENCE: …"), in any of the languages section-kind lists.
 */
function groupPassages(passages: ResumePassage[], headings: string[]): Group[] {
  const groups: Group[] = [{ kind: 'header', label: null, passages: [] }];
  let rawSection: string | null = null;
  let contentSeen = false;
  const current = () => groups.at(-1)!;
  const open = (group: Omit<Group, 'passages'>) => {
    groups.push({ ...group, passages: [] });
    if (group.kind !== 'header') contentSeen = true;
  };

  for (const { id, section, text } of passages) {
    // Underlines typed as dashes ("Profile\n-------") run into the passage below them; they are not words.
    const passage = { id, section, text: text.replace(/^[-=_~*]{3,}\s*/, '') };
    if (passage.section !== rawSection) {
      rawSection = passage.section;
      if (passage.section !== null) {
        const kind = sectionKindOf(passage.section);
        const previous = current().kind;
        if (kind) open({ kind, label: passage.section });
        else if (!contentSeen) open({ kind: 'header', label: null, entryHeading: passage.section });
        else if (entryKinds.has(previous)) open({ kind: previous, label: current().label, entryHeading: passage.section });
        else if (roleHeading.test(passage.section)) open({ kind: 'work', label: passage.section, entryHeading: passage.section });
        else open({ kind: 'other', label: passage.section });
      }
    }
    const headingKind = passageHeadingKind(passage.text);
    if (headingKind) {
      headings.push(passage.id);
      open({ kind: headingKind, label: passage.text });
      continue;
    }
    const inline = inlineHeading(passage.text);
    // Under a heading the splitter found, only a heading in capitals starts a new section: "Languages:
    // Python, SQL" in a skills section is a skill group, "EDUCATION: …" under EXPERIENCE is not.
    if (inline && (passage.section === null || current().kind === 'header' || inline.capitals)) {
      open({ kind: inline.kind, label: inline.label });
      current().passages.push({ id: passage.id, text: inline.rest });
      continue;
    }
    current().passages.push({ id: passage.id, text: passage.text });
  }
  return groups.filter((group) => group.passages.length > 0);
}

/**
 * Reads a CV, given as passages in CV order, into JSON Resume's structure: the header into basics,
 * a summary or profile into basics.summary, each section into its JSON Resume section, with the
 * passages every field comes from. Nothing is dropped: a passage that fits nowhere is returned in
 * `unplaced` with the reason, and a passage that is only a heading in `headings`.
 */
export function readCvStructure(passages: ResumePassage[]): CvStructure {
  const structure: CvStructure = {
    basics: { fields: {}, summary: [], location: {}, profiles: [] },
    sections: Object.fromEntries(resumeSectionKeys.map((key) => [key, [] as StructuredEntry[]])) as CvStructure['sections'],
    headings: [],
    unplaced: [],
  };
  const { sections } = structure;
  for (const group of groupPassages(passages, structure.headings)) {
    const heading = group.entryHeading;
    switch (group.kind) {
      case 'header':
        structure.unplaced.push(...readCvHeader(group.passages, structure.basics, heading && group.passages[0] ? { text: heading, passageId: group.passages[0].id } : undefined));
        break;
      case 'summary':
        structure.basics.summary.push(...group.passages.map((passage) => ({ text: passage.text, passageIds: [passage.id] })));
        break;
      case 'work':
        sections.work.push(...readWorkEntries(group.passages, 'name', heading));
        break;
      case 'volunteer':
        sections.volunteer.push(...readWorkEntries(group.passages, 'organization', heading));
        break;
      case 'education':
        sections.education.push(...readEducation(group.passages, heading));
        break;
      case 'skills':
        sections.skills.push(...readSkills(group.passages));
        break;
      case 'certificates':
        sections.certificates.push(...readCertificates(group.passages));
        break;
      case 'languages':
        sections.languages.push(...readLanguages(group.passages));
        break;
      case 'projects':
        sections.projects.push(...readProjects(group.passages, heading));
        break;
      case 'awards':
        sections.awards.push(...readLines(group.passages, 'title'));
        break;
      case 'publications':
        sections.publications.push(...readLines(group.passages, 'name'));
        break;
      case 'interests':
        sections.interests.push(...readLines(group.passages, 'name'));
        break;
      case 'references':
        structure.unplaced.push(...group.passages.map((passage) => ({ ...passageOf(passage), reason: 'references are given on request, not printed on a tailored résumé' })));
        break;
      case 'other':
        structure.unplaced.push(...group.passages.map((passage) => ({ ...passageOf(passage), reason: `the CV's "${group.label}" section has no JSON Resume section` })));
        break;
    }
  }
  return structure;
}

const passageOf = (passage: SectionPassage) => ({ passageId: passage.id, text: passage.text });
