import { skillEvidence } from '../matching/cv-evidence.ts';
import { postingSkills, weighPostingText } from '../matching/posting-requirements.ts';
import { findSkills } from '../skills/find-skills.ts';
import type { InterviewQuestion } from './interview-schemas.ts';

export interface PracticePosting {
  title: string;
  company: string;
  description: string | null;
}

export interface PracticePassage {
  position: number;
  section: string | null;
  text: string;
}

/**
 * Situations the posting's own words point to, each with the behavioural question interviewers ask
 * about it. Matched on the posting's requirement lines (in English, German, French and Spanish), so
 * a nursing post is asked about pressure and care, a sales post about targets and rejection.
 */
const situations: { pattern: RegExp; question: string }[] = [
  {
    pattern: /stakeholder|cross[- ]functional|collaborat|partner with|work closely|zusammenarbeit|schnittstelle|collabor|colaboraci/iu,
    question: 'Tell me about a time you had to bring people with different goals to agree on something. What did you do, and how did it turn out?',
  },
  {
    pattern: /deadline|fast[- ]paced|pressure|prioriti[sz]|multiple (tasks|projects)|time management|belastbar|termindruck|priorit|presión|plazos/iu,
    question: 'Describe a week when you had more to do than time to do it. How did you decide what came first, and what was the result?',
  },
  {
    pattern: /lead|mentor|coach|manage a team|line manag|supervis|führung|anleitung|encadre|manag|liderar|supervisar/iu,
    question: 'Tell me about someone you helped grow at work. What did you do, and what changed for them?',
  },
  {
    pattern: /patient|customer|client|guest|student|pupil|resident|family|families|patient|kund|schüler|élève|client|paciente|cliente/iu,
    question: 'Tell me about a time someone you were serving was unhappy or in difficulty. What did you do, and what happened?',
  },
  {
    pattern: /target|quota|pipeline|revenue|kpi|growth|umsatz|ziele|objectifs|chiffre d|objetivos|ventas/iu,
    question: 'Tell me about a target you missed or nearly missed. What did you do about it, and what did you learn?',
  },
  {
    pattern: /safety|complian|regulat|audit|quality|gmp|hygien|sicherheit|qualität|sécurité|qualité|seguridad|calidad/iu,
    question: 'Tell me about a time you noticed something was not being done safely or correctly. What did you do?',
  },
  {
    pattern: /improve|optimi[sz]|process|efficien|verbesser|optimier|amélior|mejora/iu,
    question: 'Tell me about something at work you made better. What was wrong with it, what did you change, and how did you know it worked?',
  },
];

const fallbackBehavioural = [
  'Tell me about a mistake you made at work, what you did about it, and what you do differently now.',
  'Tell me about the piece of work you are proudest of. What was your part in it, and what came of it?',
];

const maximumSkillQuestions = 2;
const maximumGapQuestions = 2;
const maximumRoleLines = 2;
const maximumBehavioural = 3;

// A duty line worth asking about says what the job does, in a sentence of some length, not a perk or a title.
const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;
const cleanLine = (line: string) => line.replace(/^[\s*•·▪–-]+/, '').replace(/\s+/g, ' ').trim();

// Lists of skills and the CV's header say a skill is there, not what was done with it.
const listSection = /skill|kenntnis|fähigkeit|kompetenz|compétence|competenc|habilidad|vaardighed|tool|technolog|language|sprach|langue|idioma/iu;
const looksLikeList = (text: string) => (text.match(/[,;·|•]/g) ?? []).length >= 2 && !/[.!?]$/.test(text.trim());

/** The first passage that names a skill as part of the work the candidate did, not in a list or the header. */
function workPassageNaming(passages: PracticePassage[], skill: string) {
  return [...passages]
    .sort((a, b) => a.position - b.position)
    .find(
      (passage) =>
        passage.section !== null &&
        !listSection.test(passage.section) &&
        !looksLikeList(passage.text) &&
        findSkills(passage.text).some((mention) => mention.skill === skill),
    );
}

/**
 * The questions of a mock interview for one posting, drawn from the posting and the CV alone, so
 * practice works without a model: why this role, the posting's main duties, the situations its
 * wording points to, skills both sides name (quoting the CV line), and what the posting asks for
 * that the CV does not show. Each question carries the line it comes from.
 */
export function drawInterviewQuestions(options: { posting: PracticePosting; passages: PracticePassage[] }): InterviewQuestion[] {
  const { posting, passages } = options;
  const description = posting.description ?? '';
  const weighed = weighPostingText(description);
  const dutyLines = weighed.required.map(cleanLine).filter((line) => wordCount(line) >= 6 && wordCount(line) <= 40);
  const questions: Omit<InterviewQuestion, 'id'>[] = [];

  questions.push({
    kind: 'role',
    text: `Why do you want this ${posting.title} role at ${posting.company}, and what would you bring to it in your first six months?`,
    basis: `The posting: ${posting.title} at ${posting.company}`,
  });
  for (const line of dutyLines.slice(0, maximumRoleLines)) {
    questions.push({
      kind: 'role',
      text: `The role includes this: “${line}” How have you done this before, or how would you go about it here?`,
      basis: `Posting: “${line}”`,
    });
  }

  const requirementText = weighed.required.join('\n');
  const asked = situations.filter((situation) => situation.pattern.test(requirementText));
  const behavioural = [...asked.map((situation) => situation.question), ...fallbackBehavioural].slice(0, maximumBehavioural);
  for (const question of behavioural) {
    const situation = situations.find((candidate) => candidate.question === question);
    const basisLine = situation ? weighed.required.find((line) => situation.pattern.test(line)) : undefined;
    questions.push({ kind: 'behavioural', text: question, basis: basisLine ? `Posting: “${cleanLine(basisLine)}”` : 'Asked in most interviews' });
  }

  const skills = postingSkills({ title: posting.title, description }, weighed);
  const cvSkills = skillEvidence(passages);
  const shared = skills.required.filter((skill) => cvSkills.has(skill)).slice(0, maximumSkillQuestions);
  for (const skill of shared) {
    const { asWritten } = cvSkills.get(skill)!;
    const work = workPassageNaming(passages, skill);
    questions.push(
      work
        ? {
            kind: 'skill',
            text: `Your CV says: “${work.text}” Walk me through that work: what was your part, how did you use ${asWritten}, and what came of it?`,
            basis: `CV${work.section ? ` (${work.section})` : ''}: “${work.text}”`,
          }
        : {
            kind: 'skill',
            text: `Your CV lists ${asWritten}. Tell me about a specific piece of work where you used it: what was your part, and what came of it?`,
            basis: `CV lists ${asWritten}`,
          },
    );
  }
  const missing = [...skills.required, ...skills.preferred].filter((skill) => !cvSkills.has(skill)).slice(0, maximumGapQuestions);
  for (const skill of missing) {
    const line = [...weighed.required, ...weighed.preferred].map(cleanLine).find((candidate) => findSkills(candidate).some((mention) => mention.skill === skill));
    questions.push({
      kind: 'gap',
      // The posting's own words, not the catalogue's name for the skill: "a counterbalance forklift licence", not "Forklift".
      text: line
        ? `The posting asks for this: “${line}” Your CV does not mention it. What is your experience with it, and how would you get up to speed?`
        : `The posting asks for ${skill}, which your CV does not mention. What is your experience with it, and how would you get up to speed?`,
      basis: line ? `Posting: “${line}”` : `Posting skill: ${skill}`,
    });
  }

  return questions.map((question, index) => ({ id: `q${index + 1}`, ...question }));
}
