import { detectWrittenLanguage } from '../text/detect-language.ts';
import { foldText } from '../text/fold-text.ts';

// Language names as CVs and postings write them, folded: in English, German, French, Spanish, Dutch,
// Italian, Portuguese, Polish, Czech and the Nordic languages.
const languageNames: Record<string, string[]> = {
  en: ['english', 'englisch', 'anglais', 'ingles', 'engels', 'inglese', 'angielski', 'angielskiego', 'engelska', 'engelsk', 'englanti', 'anglicky', 'anglictina'],
  de: ['german', 'deutsch', 'deutschkenntnisse', 'allemand', 'aleman', 'duits', 'tedesco', 'alemao', 'niemiecki', 'niemieckiego', 'tyska', 'tysk', 'saksa', 'nemecky', 'nemcina'],
  fr: ['french', 'franzosisch', 'francais', 'frances', 'frans', 'francese', 'francuski', 'francuskiego', 'franska', 'fransk', 'ranska'],
  es: ['spanish', 'spanisch', 'espagnol', 'espanol', 'castellano', 'spaans', 'spagnolo', 'espanhol', 'hiszpanski', 'hiszpanskiego', 'spanska', 'spansk', 'espanja'],
  nl: ['dutch', 'niederlandisch', 'neerlandais', 'neerlandes', 'nederlands', 'flemish', 'olandese', 'holandes', 'niderlandzki', 'hollandska', 'hollandsk', 'nederlandsk', 'vlaams'],
  it: ['italian', 'italienisch', 'italien', 'italiano', 'italiaans', 'wloski', 'wloskiego', 'italienska', 'italiensk'],
  pt: ['portuguese', 'portugiesisch', 'portugais', 'portugues', 'portoghese', 'portugees', 'portugalski', 'portugisiska', 'portugisisk'],
  pl: ['polish', 'polnisch', 'polonais', 'polaco', 'pools', 'polacco', 'polski', 'polskiego'],
  ar: ['arabic', 'arabisch', 'arabe'],
  zh: ['mandarin', 'chinese', 'chinesisch', 'chinois', 'chino', 'cantonese'],
  hi: ['hindi'],
  ja: ['japanese', 'japanisch', 'japonais', 'japones'],
  tr: ['turkish', 'turkisch', 'turc', 'turco'],
  ru: ['russian', 'russisch', 'russe', 'ruso'],
  da: ['danish', 'danisch', 'danois', 'danes', 'deens', 'dansk'],
  sv: ['swedish', 'schwedisch', 'suedois', 'sueco', 'zweeds', 'svenska'],
  no: ['norwegian', 'norwegisch', 'norvegien', 'noruego', 'noors', 'norsk'],
  fi: ['finnish', 'finnisch', 'finnois', 'finlandes', 'fins'],
  cs: ['czech', 'tschechisch', 'tcheque', 'checo', 'tsjechisch'],
  el: ['greek', 'griechisch', 'grec', 'griego', 'grieks'],
  hu: ['hungarian', 'ungarisch', 'hongrois', 'hungaro', 'hongaars'],
  ro: ['romanian', 'rumanisch', 'roumain', 'rumano', 'roemeens'],
  uk: ['ukrainian', 'ukrainisch', 'ukrainien', 'ucraniano', 'oekraiens'],
  ko: ['korean', 'koreanisch', 'coreen', 'coreano', 'koreaans'],
  he: ['hebrew', 'hebraisch', 'hebreu', 'hebreo'],
  vi: ['vietnamese', 'vietnamesisch', 'vietnamien', 'vietnamita'],
  ca: ['catalan', 'katalanisch', 'catala'],
  ta: ['tamil'],
  ml: ['malayalam'],
  ur: ['urdu'],
  bn: ['bengali', 'bangla'],
  pa: ['punjabi'],
  tl: ['tagalog', 'filipino'],
  yo: ['yoruba'],
  ig: ['igbo'],
  ha: ['hausa'],
  sw: ['swahili', 'kiswahili'],
  af: ['afrikaans'],
  zu: ['zulu', 'isizulu'],
  fa: ['farsi', 'persian'],
  gu: ['gujarati'],
  mr: ['marathi'],
  te: ['telugu'],
  kn: ['kannada'],
  ne: ['nepali'],
  si: ['sinhala', 'sinhalese'],
  sr: ['serbian', 'serbisch'],
  hr: ['croatian', 'kroatisch', 'croate'],
  bg: ['bulgarian', 'bulgarisch', 'bulgare'],
  sk: ['slovak', 'slowakisch', 'slovaque'],
  sl: ['slovenian', 'slowenisch'],
  lt: ['lithuanian', 'litauisch'],
  lv: ['latvian', 'lettisch'],
  et: ['estonian', 'estnisch'],
  sq: ['albanian', 'albanisch'],
  is: ['icelandic', 'islandisch'],
  cy: ['welsh', 'cymraeg'],
  eu: ['basque', 'euskera', 'euskara'],
  gl: ['galician', 'galego', 'gallego'],
  ga: ['irish', 'gaeilge', 'irisch', 'irlandais'],
};
/** A language's code from its folded name in any of the languages above ("englisch", "anglais" → "en"). */
export const languageCodeOfName = new Map(Object.entries(languageNames).flatMap(([code, names]) => names.map((name) => [name, code] as const)));

// A sentence that asks for a language ("fluent German", "Deutsch C1", "français courant") rather than
// prefers it ("Spanish is a plus").
const asks =
  /\b(fluent|fluency|native|business|proficien\w*|excellent|strong|required|requirement|must|essential|written and spoken|spoken and written|c1|c2|b2|bilingual|fliessend|verhandlungssicher\w*|sehr gute\w*|gute\w* .*kenntnisse|kenntnisse|muttersprach\w*|erforderlich|courant|maitrise|bilingue|exige\w*|requis|indispensable|obligatoire|nivel|imprescindible|dominio|nativo|fluido|requerido)\b/;
const prefers = /\b(plus|bonus|nice to have|advantage|advantageous|desirable|preferred|ideally|asset|beneficial|helpful|welcome|von vorteil|wunschenswert|gern gesehen|un plus|un atout|atout|apprecie|souhaite|valorable|se valorara|deseable)\b/;
// "Either language is an asset, but not a requirement": the sentence names the language to say it is not asked.
const notRequired = /\b(not (a )?(requirement|required|essential|mandatory|necessary)|keine voraussetzung|nicht (erforderlich|notwendig|zwingend)|pas (obligatoire|necessaire|exige\w*|requis\w*)|no (es )?(imprescindible|obligatorio|necesario|requerido))\b/;
// A title that names languages as the job's own ("Senior Accountant – Danish speaking", "Bilingual
// Recruiter (English/Mandarin)", "deutschsprachig") asks for them as firmly as a requirement does.
const titleAsks = /\b(speaking|speaker|speakers|sprachig\w*|\w+sprachig\w*|\w+talig\w*|bilingual|bilingue|native|fluent|francophone|anglophone|hispanohablante)\b/;

function namedLanguages(folded: string): string[] {
  const found = new Set<string>();
  for (const word of folded.split(' ')) {
    // German joins a language and "Kenntnisse" into one word: "Englischkenntnisse", "Deutschkenntnisse".
    const code = languageCodeOfName.get(word) ?? languageCodeOfName.get(word.replace(/(sprach)?kenntnis\w*$/, ''));
    if (code) found.add(code);
  }
  return [...found];
}

/**
 * The languages a posting needs: the one it is written in (a posting in German is for German
 * speakers) and any it asks for in so many words, not those it only calls a plus.
 */
export function requiredLanguages(posting: { title: string; description: string }): Set<string> {
  const required = new Set<string>();
  const written = detectWrittenLanguage(posting.description);
  if (written) required.add(written);
  const title = foldText(posting.title);
  if (titleAsks.test(title)) {
    const titleNames = namedLanguages(title.replace(/sprachig\w*|talige?\b/g, ' '));
    for (const code of titleNames) required.add(code);
    // A job the title calls English-speaking, posted in the local language ("Vrachtwagenchauffeur
    // CE (Engelstalig)"), is written for people who do not speak it: only the text can still ask for it.
    if (written && written !== 'en' && titleNames.length === 1 && titleNames[0] === 'en' && !/\bbilingu/.test(title)) required.delete(written);
    if (/\bdeutschsprachig/.test(title)) required.add('de');
    if (/\bfrancophone\b/.test(title)) required.add('fr');
    if (/\banglophone\b/.test(title)) required.add('en');
    // "Bilingue" alone, on a job posted in another language, means that language and English.
    if (/\bbilingu(al|e)\b/.test(title) && written && written !== 'en' && namedLanguages(title).length < 2) required.add('en');
  }
  for (const sentence of posting.description.split(/(?<=[.!?;])\s+|\n+/)) {
    const foldedSentence = foldText(sentence);
    if (!asks.test(foldedSentence) || notRequired.test(foldedSentence)) continue;
    // "Fluent German required; Dutch is a plus": each clause asks or prefers on its own.
    for (const clause of sentence.split(/[,;:()–—]|\b(?:and|while|whereas|but|und|et|y|pero)\b/)) {
      const folded = foldText(clause ?? '');
      if (!folded || prefers.test(folded)) continue;
      for (const code of namedLanguages(folded)) required.add(code);
    }
  }
  return required;
}

/** The languages a CV shows: the one it is written in and every language it names. */
// A language listed at a beginner's level ("Dutch (A2, taking lessons)", "Französisch Grundkenntnisse")
// is one the person is learning, not one they can work in.
const beginnerLevel = /\b(a1|a2|basic|basics|beginner|elementary|notions?|learning|taking lessons|lessons|b1|intermediate|good understanding|understanding|passive|reading knowledge|grundkenntnisse|schulkenntnisse|anfanger\w*|debutant\w*|scolaire|basico|basica|principiante|nociones)\b/;

const languagesHeading = /^\s*(languages?|language skills|spoken languages|sprachen|sprachkenntnisse|fremdsprachen|langues|competences linguistiques|idiomas|lenguas|talen|talenkennis|lingue|conoscenze linguistiche|linguas|linguas estrangeiras|idiomas e linguas|jezyki|jezyki obce|znajomosc jezykow|sprak|sprakkunskaper|sprog|sprogkundskaber|kielitaito|kielet|jazyky|jazykove znalosti)\b/;
const spokenLevel =
  /\b(native|mother tongue|first language|fluent\w*|proficien\w*|bilingual|c1|c2|b1|b2|business|working (language|proficiency)|speak\w*|spoken|muttersprach\w*|fliessend|verhandlungssicher|gut\w*|sehr gut\w*|courant|langue maternelle|maternelle|bilingue|nativ[oa]|lengua materna|fluido|moedertaal|vloeiend|madrelingua|fluente|lingua materna)\b/;

// A CEFR level names how well outright, and the highest one a clause states is the person's ("German
// (B2, telc Deutsch B1-B2 Pflege)" is B2, a working level); a level only aimed at ("aiming for B2") is not held.
const aimedLevel = /\b(aiming (for|at)|aim|target\w*|goal|working towards|towards|preparing for|bis|ziel\w*|objectif|objetivo)( \w+){0,2} [abc][12]\b/g;
const cefrLevels = ['a1', 'a2', 'b1', 'b2', 'c1', 'c2'];

/** The highest CEFR level a folded clause says the person holds, as an index into A1…C2, or null when it states none. */
function heldCefrLevel(clause: string): number | null {
  const levels = [...clause.replace(aimedLevel, ' ').matchAll(/\b([abc][12])\b/g)].map((match) => cefrLevels.indexOf(match[1]!));
  return levels.length > 0 ? Math.max(...levels) : null;
}
const workingCefrLevel = cefrLevels.indexOf('b2');

export function spokenLanguages(cvText: string): Set<string> {
  const spoken = new Set<string>();
  let languageLines = 0;
  for (const line of cvText.split('\n')) {
    const folded = foldText(line);
    // A languages heading, alone ("## Languages", "SPRACHEN") or leading its list ("LANGUAGES: …").
    const heading = languagesHeading.exec(folded);
    if (heading && folded.length <= heading[0].length + 2) {
      languageLines = 3;
      continue;
    }
    const listed = Boolean(heading) || languageLines > 0;
    if (folded && !/^[-=_*#\s]*$/.test(line)) languageLines = Math.max(0, languageLines - 1);
    // Each language with what follows it up to the next list separator: "Dutch (A2, taking lessons) · English (C2)".
    for (const piece of line.split(/[·•|;]|\)\s*,/)) {
      const clause = foldText(piece);
      const named = namedLanguages(clause);
      if (named.length === 0) continue;
      const cefr = heldCefrLevel(clause);
      if (named.length === 1 && (cefr !== null ? cefr < workingCefrLevel : beginnerLevel.test(clause))) continue;
      // Outside a languages list a language's name must come with a level or speaking: "Dutch
      // employment law" and "German clients" say nothing of what the person speaks.
      if (!listed && !spokenLevel.test(clause)) continue;
      for (const code of named) spoken.add(code);
    }
  }
  // A CV of a few headlines has few function words; one is enough to tell the language it is in.
  const written = detectWrittenLanguage(cvText) ?? detectWrittenLanguage(cvText, { minimumHits: 1 });
  if (written) spoken.add(written);
  return spoken;
}
