/** A Workday career site: https://{tenant}.{instance}.myworkdayjobs.com/{site}, stored as the board `tenant.instance.site`. */
export interface WorkdaySite {
  tenant: string;
  /** The data centre the tenant lives on: wd1, wd5, wd12… */
  instance: string;
  site: string;
}

const boardPattern = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.(wd\d{1,3})\.([A-Za-z0-9_-]{1,100})$/i;
const hostPattern = /^([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)\.(wd\d{1,3})\.myworkdayjobs\.com$/;
// A locale segment before the site ("/en-US/External"), which is not part of the site's name.
const localePattern = /^[a-z]{2}(?:-[A-Za-z]{2,4})?$/;
// One segment of a posting's path ("Santa-Clara-CA-USA", "Senior-Engineer_JR1234"): no dots alone, no slashes, no escapes that could walk the API.
const pathSegmentPattern = /^[A-Za-z0-9_~()'!*,+-][A-Za-z0-9._~()'!*,+-]*$/;

/** The site a stored board key names; null when it is not `tenant.wdN.site`. */
export function parseWorkdayBoard(board: string): WorkdaySite | null {
  const match = boardPattern.exec(board);
  return match ? { tenant: match[1]!.toLowerCase(), instance: match[2]!.toLowerCase(), site: match[3]! } : null;
}

export function workdayBoardKey(site: WorkdaySite): string {
  return `${site.tenant}.${site.instance}.${site.site}`;
}

/** A posting id (its path after /job/, "Santa-Clara-CA-USA/Senior-Engineer_JR1234") when it is safe to put in an API path. */
export function isWorkdayPostingId(id: string): boolean {
  const segments = id.split('/');
  return segments.length >= 1 && segments.length <= 4 && segments.every((segment) => pathSegmentPattern.test(segment) && segment.length <= 300);
}

/**
 * The career site, and the posting when there is one, that a myworkdayjobs.com address shows:
 * /{site}, /{locale}/{site}, and /{locale?}/{site}/job/{location}/{title}_{id}. Null for any other address.
 */
export function workdayAddress(url: URL): { site: WorkdaySite; postingId: string | null } | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = hostPattern.exec(url.hostname.toLowerCase());
  if (!host) return null;
  let segments: string[];
  try {
    segments = url.pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment));
  } catch {
    return null;
  }
  if (segments[0] && localePattern.test(segments[0]) && segments.length > 1) segments = segments.slice(1);
  const [siteName, kind, ...rest] = segments;
  if (!siteName || !/^[A-Za-z0-9_-]{1,100}$/.test(siteName) || siteName === 'wday') return null;
  const site = { tenant: host[1]!, instance: host[2]!, site: siteName };
  if (kind === undefined) return { site, postingId: null };
  if (kind === 'job' && rest.length > 0) {
    // A trailing /apply (or /apply/…) is the same posting's form.
    const applyAt = rest.indexOf('apply');
    const id = (applyAt > 0 ? rest.slice(0, applyAt) : rest).join('/');
    return isWorkdayPostingId(id) ? { site, postingId: id } : null;
  }
  return null;
}
