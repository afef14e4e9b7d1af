import { createHash } from 'node:crypto';

/** How long sign-up waits for the breached-password service before going ahead without it. */
const timeoutMs = 1500;

export interface BreachedPasswords {
  /** How often the password appears in known breaches; undefined when the service could not say. */
  timesSeen(password: string): Promise<number | undefined>;
}

/**
 * Have I Been Pwned's Pwned Passwords range API, used with k-anonymity: only the first five hex
 * characters of the password's SHA-1 leave the server, and the answer (every suffix sharing that
 * prefix, padded with decoys) is matched here. A slow or failing service never blocks anyone.
 */
export function createBreachedPasswords(options: { url: string }): BreachedPasswords {
  return {
    async timesSeen(password) {
      const hash = createHash('sha1').update(password, 'utf8').digest('hex').toUpperCase();
      const prefix = hash.slice(0, 5);
      const suffix = hash.slice(5);
      try {
        const response = await fetch(new URL(`range/${prefix}`, options.url.endsWith('/') ? options.url : `${options.url}/`), {
          headers: { 'Add-Padding': 'true', 'User-Agent': 'atlas-job-os' },
          signal: AbortSignal.timeout(timeoutMs),
        });
        if (!response.ok) return undefined;
        for (const line of (await response.text()).split('\n')) {
          const [candidate, count] = line.trim().split(':');
          if (candidate === suffix) return Number.parseInt(count ?? '0', 10) || 0;
        }
        return 0;
      } catch {
        return undefined;
      }
    },
  };
}
