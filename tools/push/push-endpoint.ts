import { ValidationError } from '../errors.ts';
import { publicAddressesOnly } from '../jobs/address-policy.ts';

export interface PushEndpointPolicy {
  /** Host names of push services, `*.` for any subdomain (ATLAS_PUSH_SERVICES). */
  services: string[];
  /** Local development and tests against a loopback push service (ATLAS_ALLOW_PRIVATE_FETCH): http and private addresses too. */
  allowPrivate: boolean;
}

function hostMatches(host: string, pattern: string) {
  return pattern.startsWith('*.') ? host.endsWith(pattern.slice(1)) && host.length > pattern.length - 1 : host === pattern;
}

/**
 * Why Atlas would refuse to post to this subscription endpoint, or null when it may. A subscription is
 * whatever a browser (or anyone with a session) sends, and the server later posts to it: without this
 * check it could be pointed at cloud metadata (169.254.169.254) or a service inside the network. Only
 * the push services named in configuration pass, over https; their names are the push vendors' own,
 * so their addresses are not the subscriber's to choose.
 */
export function pushEndpointProblem(endpoint: string, policy: PushEndpointPolicy): string | null {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'is not a URL';
  }
  if (url.protocol !== 'https:' && !(policy.allowPrivate && url.protocol === 'http:')) return 'must be an https:// address';
  if (url.username || url.password) return 'must not carry a user name or password';
  const host = url.hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (!policy.services.some((pattern) => hostMatches(host, pattern))) return `${host} is not a known push service`;
  if (!policy.allowPrivate && /^[\d.:]+$/.test(host) && !publicAddressesOnly(host)) return `${host} is a private or local address`;
  return null;
}

/** Throws a ValidationError on the `endpoint` field (a 400 naming the reason) unless the endpoint may be posted to. */
export function checkPushEndpoint(endpoint: string, policy: PushEndpointPolicy) {
  const problem = pushEndpointProblem(endpoint, policy);
  if (problem) throw new ValidationError(`Atlas sends reminders only to known push services: the endpoint ${problem}`, [{ path: 'endpoint', message: problem }]);
}
