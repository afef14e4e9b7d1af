import type { Config } from '../../config.ts';
import type { Database } from '../../db/database.ts';
import { UnavailableError } from '../errors.ts';
import { createTokenCipher, type TokenCipher } from '../gmail/token-cipher.ts';
import type { PushEndpointPolicy } from './push-endpoint.ts';
import { loadVapidKeys, type VapidKeys } from './vapid-keys.ts';

/** Browser push as configured: which endpoints may be posted to, the cipher for browsers' keys, the VAPID keys. */
export interface PushService {
  policy: PushEndpointPolicy;
  cipher: TokenCipher;
  vapidKeys(): Promise<VapidKeys>;
}

/** Why push is off, in the operator's words, or null when it can run. */
export function pushSetupProblem(config: Pick<Config, 'ATLAS_ENCRYPTION_KEYS'>): string | null {
  return config.ATLAS_ENCRYPTION_KEYS.length === 0
    ? 'Browser notifications need a key to encrypt each browser’s push keys: set ATLAS_ENCRYPTION_KEYS (echo "k1:$(openssl rand -base64 32)") and restart Atlas'
    : null;
}

export class PushNotConfiguredError extends UnavailableError {
  constructor(problem: string) {
    super(problem, 'push_not_configured');
  }
}

/** The push service for this configuration, or null (saying why through pushSetupProblem) when push cannot run. */
export function createPushService(config: Config, database: Database): PushService | null {
  if (pushSetupProblem(config)) return null;
  const cipher = createTokenCipher(config.ATLAS_ENCRYPTION_KEYS);
  let keys: Promise<VapidKeys> | undefined;
  return {
    policy: { services: config.ATLAS_PUSH_SERVICES, allowPrivate: config.ATLAS_ALLOW_PRIVATE_FETCH },
    cipher,
    vapidKeys() {
      keys ??= loadVapidKeys(database, { config, cipher }).catch((error: unknown) => {
        keys = undefined;
        throw error;
      });
      return keys;
    },
  };
}
