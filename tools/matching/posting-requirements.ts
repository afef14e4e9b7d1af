import { findSkills } from '../skills/find-skills.ts';

type Weight = 'required' | 'preferred' | 'ignored';

// Headings are checked in this order, so "Preferred qualifications" reads as preferred, not required.
const preferredHeading = /\b(nice[\s-]to[\s-]haves?|bonus|preferred|pluses|plus points|desirable|good[\s-]to[\s-]haves?|would be great|extra credit|not required|optional)\b/i;
const ignoredHeading =
  /\b(about (us|the company|the team)|who we are|our (story|mission|values|culture)|benefits|perks|what we offer|why (join|work)|compensation|salary|equal opportunit\w*|diversity|how to apply|interview process)\b/i;
const requiredHeading =
  /\b(requirements?|qualifications?|must[\s-]haves?|what you('|’)?ll (need|bring)|what you need|you (have|bring|will have|should have)|skills|experience|about you|who you are|looking for|responsibilit\w*|what you('|’)?ll do|the role|your role|in this role)\b/i;
// A requirement sentence can soften itself: "Kafka is a plus", "ideally some Terraform".
const preferredSentence = /\b(nice to have|a plus|a bonus|bonus points|preferred|desirable|ideally|an advantage)\b/i;

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
  if (ignoredHeading.test(label)) return 'ignored';
  if (requiredHeading.test(label)) return 'required';
  return null;
}

/**
 * Splits a description into text the posting requires and text it only prefers. Company
 * boilerplate and benefits are dropped, so "we run on Kafka" under "About us" asks nothing of the
 * candidate. Text before any heading counts as required.
 */
export function weighPostingText(description: string): { required: string[]; preferred: string[] } {
  const required: string[] = [];
  const preferred: string[] = [];
  let section: Weight = 'required';
  for (const line of description.split(/\r?\n/)) {
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

/** The catalogue skills a posting asks for: named in its title or requirements, or only in its nice-to-haves. */
export function postingSkills(posting: { title: string; description: string }) {
  const { required, preferred } = weighPostingText(posting.description);
  const requiredSkills = new Set(findSkills([posting.title, ...required].join('\n')).map((mention) => mention.skill));
  const preferredSkills = findSkills(preferred.join('\n'))
    .map((mention) => mention.skill)
    .filter((skill) => !requiredSkills.has(skill));
  return { required: [...requiredSkills], preferred: preferredSkills, requiredText: required.join('\n') };
}
