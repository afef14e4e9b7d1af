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
 * A heading written inline at the start of a passage, as CVs that run sections together do:
 * "EXPERIENCE: 2018–present | …", "PROFILE — Hospital pharmacist …" or, in capitals, "KENNTNISSE SAP
 * EWM …". The kind, the heading as written, the text after it, and whether the heading is in capitals.
 */
export function inlineHeading(text: string): { kind: CvSectionKind; rest: string; label: string; capitals: boolean } | undefined {
  const marked = /^([^:—–]{2,40}?)(?::|\s+[—–])\s+(\S[\s\S]*)$/u.exec(text);
  if (marked) {
    const kind = sectionKindOf(marked[1]!);
    if (kind) return { kind, rest: marked[2]!, label: marked[1]!, capitals: marked[1] === marked[1]!.toUpperCase() };
  }
  // Capitals only: the shortest run of words in capitals at the start that names a section, extended
  // by further heading words ("AUSBILDUNG & WEITERBILDUNG"), but not by the content after it ("KENNTNISSE SAP").
  const words = text.split(/\s+/);
  const capitalised = (word: string | undefined) => word !== undefined && /^[\p{Lu}&]+$/u.test(word);
  for (let count = 1; count <= Math.min(3, words.length - 1); count++) {
    const label = words.slice(0, count);
    if (!label.every(capitalised) || label.join('').replace(/[^\p{L}]/gu, '').length < 4) break;
    const kind = sectionKindOf(label.join(' '));
    if (!kind) continue;
    let end = count;
    for (;;) {
      const next = words[end];
      if (capitalised(next) && sectionKindOf(next!) && end + 1 < words.length) end += 1;
      else if (capitalised(next) && /^(?:&|AND|UND|ET|Y)$/.test(next!) && capitalised(words[end + 1]) && sectionKindOf(words[end + 1]!) && end + 2 < words.length) end += 2;
      else break;
    }
    return { kind, rest: words.slice(end).join(' '), label: words.slice(0, end).join(' '), capitals: true };
  }
  return undefined;
}
