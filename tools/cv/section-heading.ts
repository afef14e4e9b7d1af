/**
 * Words that name the sections of a CV, in English, German, French, Spanish, Dutch and Portuguese; a
 * short line made of them starts a section. Compound German headings ("Berufserfahrung",
 * "Sprachkenntnisse") are listed whole, as CVs write them.
 */
const sectionWords = new Set([
  // English
  'summary', 'profile', 'about', 'objective', 'experience', 'employment', 'career', 'history', 'education',
  'qualifications', 'skills', 'competencies', 'expertise', 'technologies', 'tools', 'projects', 'certifications',
  'certificates', 'licenses', 'courses', 'training', 'languages', 'awards', 'honors', 'honours', 'achievements',
  'accomplishments', 'publications', 'patents', 'volunteering', 'interests', 'hobbies', 'references', 'contact',
  'activities', 'leadership', 'affiliations', 'memberships', 'highlights',
  // German
  'profil', 'kurzprofil', 'berufserfahrung', 'berufspraxis', 'berufliche', 'werdegang', 'berufsweg', 'ausbildung',
  'schulbildung', 'studium', 'bildungsweg', 'kenntnisse', 'fähigkeiten', 'kompetenzen', 'sprachkenntnisse', 'sprachen',
  'weiterbildung', 'fortbildungen', 'zertifikate', 'zertifizierungen', 'projekte', 'interessen', 'hobbys', 'ehrenamt',
  'referenzen', 'kontakt', 'praktika', 'erfahrung', 'qualifikationen', 'lebenslauf',
  // French
  'profil', 'résumé', 'expérience', 'expériences', 'parcours', 'formation', 'formations', 'compétences', 'langues',
  'certifications', 'projets', "d'intérêt", 'intérêts', 'loisirs', 'bénévolat', 'stages', 'diplômes',
  // Spanish and Portuguese
  'perfil', 'resumen', 'experiencia', 'formación', 'educación', 'estudios', 'habilidades', 'competencias', 'idiomas',
  'certificaciones', 'proyectos', 'intereses', 'voluntariado', 'experiência', 'formação', 'educação', 'competências',
  'projetos', 'línguas', 'cursos',
  // Dutch
  'profiel', 'werkervaring', 'ervaring', 'opleiding', 'opleidingen', 'vaardigheden', 'talen', 'cursussen', 'projecten',
]);

/** Words that qualify a section name ("Professional Experience", "Skills & Tools", "Expérience professionnelle"). */
const qualifierWords = new Set([
  'work', 'professional', 'technical', 'relevant', 'selected', 'key', 'other', 'additional', 'personal', 'core',
  'my', 'and', '&', 'of', 'the', 'research', 'teaching', 'industry', 'volunteer', 'me',
  'und', 'persönliche', 'persönliches', 'fachliche', 'sonstige', 'berufliche', 'akademische',
  'professionnelle', 'professionnelles', 'de', 'des', 'personnelles', 'techniques', 'autres',
  'profesional', 'laboral', 'académica', 'profissional', 'werk',
]);

/** Words that are a heading only when a line holds nothing else. */
const soleHeadingWords = new Set(['work', 'arbeit', 'travail', 'trabajo', 'trabalho', 'lavoro', 'werk']);

/**
 * The section name when a line of a PDF, DOCX or text CV is a heading, otherwise undefined. A heading is
 * short, has no digits or sentence punctuation, and either ends with a colon or is made of section
 * words with at most one other word ("Side Projects"), so "Experience with Go" stays a passage.
 */
export function sectionHeading(line: string): string | undefined {
  const name = line.trim().replace(/:$/, '').trim();
  if (name === '' || name.length > 40 || /[\d.!?:;,@|()]/.test(name)) return undefined;
  const words = name.toLowerCase().split(/\s+/);
  if (words.length > 4) return undefined;
  if (line.trim().endsWith(':')) return name;
  // "Work" alone heads a CV's jobs, as JSON Resume names that section; with other words it qualifies
  // ("Work Experience") or is not a heading at all ("Social work").
  if (words.length === 1 && soleHeadingWords.has(words[0]!)) return name;
  const named = words.filter((word) => sectionWords.has(word)).length;
  const others = words.filter((word) => !sectionWords.has(word) && !qualifierWords.has(word)).length;
  return named > 0 && others <= 1 ? name : undefined;
}
