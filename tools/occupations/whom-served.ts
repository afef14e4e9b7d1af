/**
 * A job title without whom the job serves: "PA to the Chief Executive" is a PA, "Executive Assistant
 * to the CEO" an executive assistant. The job is named before "to"; what follows names neither the
 * job nor its level. Works on a title as written and on folded text alike.
 */
export function withoutWhomServed(title: string): string {
  return title.replace(/\s+to\s+(?:the\s+)?\S.*$/, '');
}
