/**
 * Gmail's message ids are 64-bit numbers written in hex whose upper bits are the time Gmail received
 * the message in milliseconds (the id shifted right by 20 bits); the lower bits tell apart messages
 * of the same millisecond. Google does not document it, so a sync trusts it only once the messages
 * it has fetched bear it out, and stops trusting it at the first one that does not. Trusted, it lets
 * a sync tell from messages.list alone (which carries no dates) where its window ends, and fetch
 * nothing older.
 */
export function receivedTimeOfId(id: string): number | null {
  if (!/^[0-9a-f]{16}$/i.test(id)) return null;
  return Number(BigInt(`0x${id}`) >> 20n);
}

// An imported or delayed message's date may differ from its arrival by a little; a minute of slack
// beyond the largest difference seen keeps the window's edge exact enough.
const slackMs = 60_000;
const observationsNeeded = 3;
const agreementMs = 24 * 60 * 60 * 1000;

export interface IdClock {
  /** Compares a fetched message's date with what its id says. */
  observe(message: { id: string; receivedAt: Date }): void;
  /**
   * True when the id shows the message arrived before `windowStart` beyond doubt; false when it
   * does not or when ids are not (yet) trusted as clocks.
   */
  surelyBefore(id: string, windowStart: Date): boolean;
}

export function createIdClock(): IdClock {
  let agreeing = 0;
  let distrusted = false;
  let largestDifference = 0;
  return {
    observe(message) {
      const time = receivedTimeOfId(message.id);
      const difference = time === null ? Number.POSITIVE_INFINITY : Math.abs(time - message.receivedAt.getTime());
      if (difference > agreementMs) distrusted = true;
      else {
        agreeing++;
        largestDifference = Math.max(largestDifference, difference);
      }
    },
    surelyBefore(id, windowStart) {
      if (distrusted || agreeing < observationsNeeded) return false;
      const time = receivedTimeOfId(id);
      return time !== null && time + largestDifference + slackMs < windowStart.getTime();
    },
  };
}
