import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { dictionary as englishDictionary, translations } from '@zxcvbn-ts/language-en';
import { z } from 'zod';

/** OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. `2` is Algorithm.Argon2id (a const enum). */
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

// Without translations zxcvbn answers with its keys ("common", "userInputs"), not sentences.
const strength = new ZxcvbnFactory({ dictionary: { ...commonDictionary, ...englishDictionary }, graphs: adjacencyGraphs, translations });

/** Scores 0–1 are guessable within a million tries: common passwords, keyboard walks, dates. */
const minimumScore = 2;

export const passwordSchema = z
  .string()
  .min(8, 'Password must be at least 8 characters')
  .max(256, 'Password must be at most 256 characters');

/**
 * The words of an account someone guessing would try first: the email, its name and domain parts
 * ("jane.doe.dev" as "jane", "doe", "dev", "janedoe", "doedev" and "janedoedev") and the display name, whole and word by word.
 */
function accountWords(account: { email?: string; name?: string | null }): string[] {
  const [localPart = '', domain = ''] = (account.email ?? '').toLowerCase().split('@');
  const nameWords = (account.name ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const localWords = localPart.split(/[._+-]+/).filter(Boolean);
  // Every run of neighbouring parts joined too: "quentin.brackley.dev" gives "quentinbrackley" as well.
  const localRuns = localWords.flatMap((_, start) => localWords.slice(start + 1).map((__, length) => localWords.slice(start, start + length + 2).join('')));
  const words = [account.email, localPart, ...localRuns, ...localWords, ...domain.split('.'), ...nameWords, nameWords.join('')];
  return [...new Set(words.filter((word): word is string => Boolean(word) && word!.length >= 2))];
}

/**
 * Why a password is refused, in zxcvbn's own plain sentences (the warning, then its suggestions), or
 * undefined when it is acceptable for this account.
 */
export function passwordWeakness(password: string, account: { email?: string; name?: string | null } = {}): string | undefined {
  const result = strength.check(password, accountWords(account));
  if (result.score >= minimumScore) return undefined;
  const sentences = [result.feedback.warning ?? 'This password is easy to guess.', ...result.feedback.suggestions];
  return sentences.map((sentence) => sentence.trim()).join(' ');
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  return verify(passwordHash, password);
}

/**
 * A hash of a password nobody has, verified when an email is unknown so that answering "no such
 * account" takes as long as a wrong password and the two cannot be told apart.
 */
export async function verifyAgainstNoAccount(password: string): Promise<false> {
  noAccountHash ??= hashPassword('atlas-no-account-has-this-password');
  await verifyPassword(await noAccountHash, password);
  return false;
}
let noAccountHash: Promise<string> | undefined;
