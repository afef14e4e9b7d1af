import { foldText } from '../text/fold-text.ts';

/** What a CV section holds, in résumé terms: the header, the summary, a JSON Resume section, or something with no place. */
export type CvSectionKind =
  | 'header'
  | 'summary'
  | 'work'
  | 'volunteer'
  | 'education'
  | 'skills'
  | 'certificates'
  | 'languages'
  | 'projects'
  | 'awards'
  | 'publications'
  | 'interests'
  | 'references';

// Heading words per section, folded (lower case, no accents), in English, German, French, Spanish
// and Dutch: CVs word their headings in many ways. Checked in this order, so "Training & certificates"
// is certificates, not education, and "Volunteer experience" is volunteering, not work.
const headingWords: [CvSectionKind, RegExp][] = [
  ['references', /\b(references?|referenzen|referencias|referenties)\b/],
  ['volunteer', /\b(volunteer\w*|ehrenamt\w*|benevolat|voluntariado|vrijwilligerswerk|community)\b/],
  ['certificates', /\b(certific\w*|certifications?|zertifi\w*|licen[cs]es?|registration|fortbildung\w*|weiterbildung\w*|trainings?|courses|kurse|cursos|formations? complementaires?|certificaciones|cursussen)\b/],
  ['languages', /\b(languages?|sprachen|sprachkenntnisse|langues|idiomas|talen|talenkennis)\b/],
  ['summary', /\b(summary|profile|profil|perfil|profiel|about me|about|objective|personal statement|statement|kurzprofil|uber mich|zusammenfassung|resume|a propos|sobre mi|resumen|objetivo|samenvatting)\b/],
  ['work', /\b(experience|employment|work history|career|berufserfahrung|berufliche erfahrung|werdegang|taetigkeiten|experiences? professionnelles?|experience professionnelle|parcours|experiencia|trayectoria|werkervaring|ervaring|positions)\b/],
  ['education', /\b(education|academic|studies|qualifications?|ausbildung|bildung|studium|schulbildung|formation|etudes|educacion|formacion|estudios|opleidingen?|degrees?)\b/],
  ['skills', /\b(skills|competenc\w*|expertise|technologies|tools|kenntnisse|fahigkeiten|kompetenzen|competences|habilidades|competencias|conocimientos|aptitudes|vaardigheden|know how)\b/],
  ['projects', /\b(projects?|projekte|projets|proyectos|projecten|portfolio)\b/],
  ['awards', /\b(awards?|honou?rs|achievements|auszeichnungen|preise|distinctions|prix|premios|reconocimientos)\b/],
  ['publications', /\b(publications?|publikationen|veroffentlichungen|publicaciones|talks|patents?)\b/],
  ['interests', /\b(interests|hobbies|interessen|freizeit|centres d interet|loisirs|intereses|aficiones|hobby s)\b/],
  ['header', /\b(contact|kontakt|personal details|personliche daten|coordonnees|datos personales|lebenslauf|curriculum vitae|cv)\b/],
];

/**
 * The kind of section a heading names ("Berufserfahrung" → work, "Compétences" → skills), or
 * undefined when it names none: a heading of at most five words, without digits, in which one of
 * the listed heading words appears.
 */
export function sectionKindOf(heading: string): CvSectionKind | undefined {
  const folded = foldText(heading).replace(/&/g, ' ');
  if (folded === '' || /\d/.test(folded) || folded.split(' ').length > 5) return undefined;
  return headingWords.find(([, words]) => words.test(folded))?.[0];
}

/**
 * When a passage is itself a heading the CV splitter did not recognise ("PERSONAL STATEMENT",
 * "BERUFSERFAHRUNG"): a short line without sentence punctuation that names a section kind.
 */
export function passageHeadingKind(text: string): CvSectionKind | undefined {
  const line = text.trim().replace(/:$/, '');
  if (line.length > 45 || /[.,;!?|@]/.test(line)) return undefined;
  return sectionKindOf(line);
}

/**
 * A heading written inline at the start of a passage ("EXPERIENCE: 2018–present | …"), as CVs that
 * run sections together do: the kind and the text after the colon.
 */
export function inlineHeading(text: string): { kind: CvSectionKind; rest: string; label: string } | undefined {
  const match = /^([^:]{2,40}):\s+(\S[\s\S]*)$/.exec(text);
  if (!match) return undefined;
  const kind = sectionKindOf(match[1]!);
  return kind ? { kind, rest: match[2]!, label: match[1]! } : undefined;
}
