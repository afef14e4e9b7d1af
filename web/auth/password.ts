import { hash, verify } from '@node-rs/argon2';
import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary } from '@zxcvbn-ts/language-common';
import { z } from 'zod';

/** OWASP's argon2id baseline: 19 MiB of memory, 2 passes, 1 lane. `2` is Algorithm.Argon2id (a const enum). */
const argon2Options = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

const strength = new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });

/** Scores 0–1 are guessable within a million tries: common passwords, keyboard walks, dates. */
const minimumScore = 2;

export const passwordSchema = z
  .string()
  .min(8, 'Password must be at least 8 characters')
  .max(256, 'Password must be at most 256 characters');

/** Why a password is refused, or undefined when it is acceptable for this account. */
export function passwordWeakness(password: string, userInputs: string[] = []): string | undefined {
  const result = strength.check(password, userInputs);
  if (result.score >= minimumScore) return undefined;
  return result.feedback.warning ?? 'This password is too common or easy to guess';
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
