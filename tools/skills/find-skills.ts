import { skillCatalogue, type Skill } from './skill-catalogue.ts';

/** Where a text first names a skill, under any of its names. */
export interface SkillMention {
  skill: string;
  /** The words as written in the text, e.g. "Postgres" for PostgreSQL. */
  text: string;
  start: number;
}

// Names of three characters or fewer ("Go", "R", "JS", "SQL") are matched only as listed: in
// other cases they are ordinary words or pieces of other tokens ("go", "js" in "node.js").
const shortNameLength = 3;

// A name must stand alone: no letter or digit touching it, and no "+" or "#" after it, so "Java"
// does not match inside "JavaScript" and "C" not inside "C++" or "C#". A trailing "." still counts
// ("...and Go."), a "." joining two words ("Node.js") does not.
const before = String.raw`(?<![\p{L}\p{N}_]|[\p{L}\p{N}]\.)`;
const after = String.raw`(?![\p{L}\p{N}_+#]|\.[\p{L}\p{N}])`;

function escapeForPattern(words: string) {
  return words.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/\s+/g, String.raw`\s+`);
}

/**
 * A pattern matching its letters in either case, spelled out letter by letter ("[Jj][Aa]…"): the
 * inline `(?i:…)` modifier is a syntax error before Node 23, and the project runs on Node 22.12.
 */
function anyCase(pattern: string) {
  return pattern.replace(/\\.|\p{L}/gu, (character) => {
    if (character.startsWith('\\')) return character;
    const lower = character.toLowerCase();
    const upper = character.toUpperCase();
    return lower === upper ? character : `[${lower}${upper}]`;
  });
}

function namePattern(name: string, caseSensitive: boolean) {
  const escaped = escapeForPattern(name);
  return caseSensitive || name.length <= shortNameLength ? escaped : anyCase(escaped);
}

interface CompiledSkill {
  skill: Skill;
  pattern: RegExp;
  excluded: RegExp | null;
}

function compile(skill: Skill): CompiledSkill {
  // Longest names first, so "React Native" is reported rather than its prefix "React".
  const names = [skill.name, ...skill.aliases].sort((a, b) => b.length - a.length);
  const alternatives = names.map((name) => namePattern(name, skill.caseSensitive)).join('|');
  return {
    skill,
    pattern: new RegExp(`${before}(?:${alternatives})${after}`, 'u'),
    excluded: skill.exclude.length ? new RegExp(skill.exclude.map(escapeForPattern).join('|'), 'giu') : null,
  };
}

const compiledCatalogue = skillCatalogue.map(compile);

/** Blanks out phrases that only look like the skill, keeping every other character where it was. */
function withoutExcludedPhrases(text: string, excluded: RegExp | null) {
  return excluded ? text.replace(excluded, (phrase) => ' '.repeat(phrase.length)) : text;
}

/** Every catalogue skill the text names, once each, in the order they first appear. */
export function findSkills(text: string): SkillMention[] {
  const mentions: SkillMention[] = [];
  for (const { skill, pattern, excluded } of compiledCatalogue) {
    const match = pattern.exec(withoutExcludedPhrases(text, excluded));
    if (match) mentions.push({ skill: skill.name, text: match[0], start: match.index });
  }
  return mentions.sort((a, b) => a.start - b.start || a.skill.localeCompare(b.skill));
}
