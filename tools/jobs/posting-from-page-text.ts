import { distinctLocations, workplaceTypeFromText, type Posting } from './posting.ts';
import { salaryFromText } from './salary-from-text.ts';
import { yearlySalary } from './yearly-salary.ts';

/** A page's main content as a readability library extracts it in the browser. */
export interface PageText {
  url: string;
  /** The article title readability settles on, usually the page's own title. */
  title: string;
  /** The site's name when the page declares one (og:site_name). */
  siteName: string | null;
  text: string;
}

// Words a job posting uses and other pages rarely do together; two distinct ones make a posting.
const postingSignals = [
  /\bresponsibilit(y|ies)\b/i,
  /\brequirements?\b/i,
  /\bqualifications?\b/i,
  /\b(apply|application)\b/i,
  /\bwhat you('| wi)ll do\b|\byou will\b/i,
  /\bwe('re| are) (looking|hiring)\b/i,
  /\b(salary|compensation|pay range)\b/i,
  /\b(full[- ]time|part[- ]time|contract|internship|permanent)\b/i,
  /\byears of experience\b|\bexperience (with|in)\b/i,
  /\bbenefits\b/i,
];

const titleSeparators = [' | ', ' – ', ' — ', ' - ', ' · ', ' @ ', ' at '];
const employmentTypes: [RegExp, string][] = [
  [/\bfull[- ]time\b/i, 'Full-time'],
  [/\bpart[- ]time\b/i, 'Part-time'],
  [/\binternship\b/i, 'Internship'],
  [/\b(fixed[- ]term|temporary)\b/i, 'Temporary'],
  [/\b(contract(or)?|freelance)\b/i, 'Contract'],
];

/** "Location: Berlin" and the like: the value of the first labelled line with one of these labels. */
function labelled(lines: string[], labels: string[]): string | null {
  const pattern = new RegExp(`^\\s*(?:${labels.join('|')})\\s*[:：]\\s*(.{1,120})$`, 'i');
  for (const line of lines) {
    const value = pattern.exec(line)?.[1]?.trim();
    if (value) return value;
  }
  return null;
}

/** The page title split into the role and what stands beside it ("Backend Engineer - Acme"). */
function splitTitle(title: string): { role: string; beside: string | null } {
  const clean = title.replace(/\s+/g, ' ').trim();
  for (const separator of titleSeparators) {
    const at = clean.indexOf(separator);
    if (at > 0) return { role: clean.slice(0, at).trim(), beside: clean.slice(at + separator.length).split(/ [|–—-] /)[0]!.trim() || null };
  }
  return { role: clean, beside: null };
}

/** The company a host names when the page names none: "jobs.acme-robotics.com" → "Acme Robotics". */
function companyFromHost(url: string): string {
  const labels = new URL(url).hostname.replace(/^www\./, '').split('.');
  const name = labels.length > 2 ? labels[labels.length - 2]! : labels[0]!;
  return name
    .split('-')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

/**
 * A posting read from a page's visible text, without a model: the role from the title, the company
 * from a "Company:" line, the site's name or the title, location and contract from labelled lines,
 * pay from the text. Null when the text does not read as a job posting.
 */
export function postingFromPageText(page: PageText): Posting | null {
  const text = page.text.replace(/\r\n?/g, '\n');
  const signals = postingSignals.filter((pattern) => pattern.test(text)).length;
  if (signals < 2 || text.trim().length < 200) return null;
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const { role, beside } = splitTitle(labelled(lines, ['job title', 'position', 'role']) ?? page.title ?? lines[0] ?? '');
  if (!role) return null;
  const company = labelled(lines, ['company', 'employer', 'organi[sz]ation']) ?? page.siteName?.trim() ?? beside ?? companyFromHost(page.url);
  const location = labelled(lines, ['location', 'locations', 'office', 'based in', 'where']);
  const workplace = labelled(lines, ['workplace', 'workplace type', 'remote', 'work model']);
  const contract = labelled(lines, ['employment type', 'job type', 'contract', 'contract type', 'type']);
  const pay = salaryFromText(text);
  return {
    source: 'web',
    externalId: page.url,
    company: company.slice(0, 200),
    title: role.slice(0, 300),
    locations: distinctLocations([location]),
    workplaceType: workplaceTypeFromText(`${workplace ?? ''} ${location ?? ''}`) ?? (/\bfully remote\b|\bremote[- ]first\b/i.test(text) ? 'remote' : null),
    employmentType: contract ?? employmentTypes.find(([pattern]) => pattern.test(text))?.[1] ?? null,
    ...yearlySalary(pay ?? {}),
    description: text,
    url: page.url,
    applyUrl: null,
    publishedAt: null,
    updatedAt: null,
  };
}
