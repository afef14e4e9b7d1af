import { findSkills } from '../skills/find-skills.ts';
import { languageSkillNames } from '../skills/skill-catalogue.ts';
import { employerOpeningLines } from './employer-opening.ts';

type Weight = 'required' | 'preferred' | 'ignored';

// Headings are checked in this order, so "Preferred qualifications" reads as preferred, not required.
const preferredHeading = /(?<![\p{L}\p{N}])(nice[\s-]to[\s-]haves?|bonus|preferred|pluses|plus points|desirable|good[\s-]to[\s-]haves?|would be great|extra credit|not required|optional|von vorteil|wünschenswert|idealerweise|atouts?|un plus|serait un plus|se valorará|valorable|deseable)(?![\p{L}\p{N}])/iu;
const ignoredHeading =
  /(?<![\p{L}\p{N}])(about (us|the company|the team)|who we are|our (story|mission|values|culture)|benefits|perks|what we offer|why (join|work)|compensation|salary|equal opportunit\w*|diversity|how to apply|interview process|über uns|wir über uns|wer wir sind|was wir (dir |ihnen )?bieten|wir bieten|unser angebot|benefits|vergütung|gehalt|bewerbung|qui sommes[- ]nous|à propos|nous offrons|ce que nous offrons|avantages|rémunération|pourquoi nous rejoindre|candidature|sobre nosotros|quiénes somos|qué ofrecemos|ofrecemos|beneficios|salario|retribución)(?![\p{L}\p{N}])/iu;
const requiredHeading =
  /(?<![\p{L}\p{N}])(requirements?|qualifications?|must[\s-]haves?|what you('|’)?ll (need|bring)|what you need|you (have|bring|will have|should have)|skills|experience|about you|who you are|looking for|responsibilit\w*|what you('|’)?ll do|the role|your role|in this role|anforderungen|ihr profil|dein profil|was (du|sie) mitbringst|was (du|sie) mitbringen|qualifikation\w*|ihre aufgaben|deine aufgaben|aufgaben|das bringst du mit|profil recherché|votre profil|ton profil|compétences|missions?|vos missions|requisitos|perfil|funciones|responsabilidades|tu perfil|lo que buscamos)(?![\p{L}\p{N}])/iu;
// "About Brightwater Foods", "Über die Müller GmbH": a blurb about the employer, however it is named,
// unless it is about the candidate or the job ("About you", "About the role").
function aboutTheEmployer(label: string) {
  const rest = /^(?:about|über)\s+(.+)$/iu.exec(label)?.[1];
  if (!rest || /^(you|yourself|the (role|job|position|opportunity|team)|this (role|job|position)|dich|sie|die (stelle|rolle|position))(?![\p{L}\p{N}])/iu.test(rest)) return false;
  return /^(?:(?:the|die|den|das)\s+)?\p{Lu}/u.test(rest);
}
// A requirement sentence can soften itself: "Kafka is a plus", "ideally some Terraform".
const preferredSentence = /(?<![\p{L}\p{N}])(nice to have|a plus|a bonus|bonus points|preferred|desirable|ideally|an advantage|von vorteil|wünschenswert|idealerweise|un plus|un atout|se valorará|valorable|deseable)(?![\p{L}\p{N}])/iu;

const headingMaximumWords = 6;

/**
 * The section a line opens, when it is a heading like "Requirements:", "## Nice to have" or
 * "Nice to have: Kafka, Terraform". A bullet, a sentence, or a line naming a skill ("Experience with
 * Kafka") is content, not a heading.
 */
function headingWeight(line: string): Weight | null {
  if (/^\s*([-*•–]|\d+[.)])\s/.test(line)) return null;
  const label = (line.split(':')[0] ?? '').replace(/^[\s#*_]+|[\s*_]+$/g, '');
  if (!label || label.split(/\s+/).length > headingMaximumWords || /[.!?,;]$/.test(label)) return null;
  if (findSkills(label).length > 0) return null;
  if (preferredHeading.test(label)) return 'preferred';
  if (ignoredHeading.test(label) || aboutTheEmployer(label)) return 'ignored';
  if (requiredHeading.test(label)) return 'required';
  return null;
}

/**
 * Splits a description into text the posting requires and text it only prefers. Company
 * boilerplate and benefits are dropped, so "we run on Kafka" under "About us" asks nothing of the
 * candidate, and neither does an opening about the employer before the posting says whom it hires.
 * Other text before any heading counts as required.
 */
export function weighPostingText(description: string): { required: string[]; preferred: string[] } {
  const required: string[] = [];
  const preferred: string[] = [];
  let section: Weight = 'required';
  const lines = description.split(/\r?\n/);
  const opening = employerOpeningLines(lines, (line) => headingWeight(line) !== null);
  if (opening.keepFrom) lines.splice(0, opening.lines + 1, opening.keepFrom);
  for (const line of lines) {
    const heading = headingWeight(line);
    // "Nice to have: Kafka, Terraform" is a heading and its own content at once.
    const inlineContent = heading && /:\s*\S/.test(line) ? line.slice(line.indexOf(':') + 1) : '';
    if (heading && !inlineContent) {
      section = heading;
      continue;
    }
    const weight = heading ?? section;
    if (weight === 'ignored') continue;
    for (const sentence of (inlineContent || line).split(/(?<=[.!?;])\s+/)) {
      if (weight === 'preferred' || preferredSentence.test(sentence)) preferred.push(sentence);
      else required.push(sentence);
    }
  }
  return { required, preferred };
}

// A language a posting asks for is weighed by the language factor, against the languages the CV is
// written in and names ("Deutsch", "anglais"), which a skill list in English cannot see: a German CV
// never says "German".

/** The catalogue skills a posting asks for: named in its title or requirements, or only in its nice-to-haves. */
export function postingSkills(posting: { title: string; description: string }, weighed = weighPostingText(posting.description)) {
  const { required, preferred } = weighed;
  const skillsIn = (text: string) => findSkills(text).map((mention) => mention.skill).filter((skill) => !languageSkillNames.has(skill));
  const requiredSkills = new Set(skillsIn([posting.title, ...required].join('\n')));
  const preferredSkills = skillsIn(preferred.join('\n')).filter((skill) => !requiredSkills.has(skill));
  return { required: [...requiredSkills], preferred: preferredSkills, requiredText: required.join('\n') };
}
