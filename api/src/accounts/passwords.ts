import * as argon2 from 'argon2';
import { invalidInput } from '../shared/domain-error.js';

/**
 * argon2id with OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): strong enough,
 * and 50 simultaneous sign-ins stay under 1 GB. The parameters live in each stored hash, so
 * they can be raised later without invalidating existing passwords.
 */
const HASH_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 200;

export function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, HASH_OPTIONS);
}

/** Made once at start-up, so that even the first unknown email costs what a known one does. */
const dummyHash: Promise<string> = hashPassword('balise: no such account, same work anyway');

/**
 * Verifies a password against a stored hash. With no hash (unknown email, invitation not
 * accepted yet), verifies against a throw-away hash of the same cost, so that the answer
 * takes the same time either way, then says no.
 */
export async function verifyPassword(storedHash: string | null | undefined, password: string): Promise<boolean> {
  const hash = storedHash ?? (await dummyHash);
  let matches = false;
  try {
    matches = await argon2.verify(hash, password);
  } catch {
    matches = false;
  }
  return matches && Boolean(storedHash);
}

/** A few passwords that people pick first; the length rule already removes most of the usual lists. */
const OBVIOUS = new Set([
  '123456789012',
  '1234567890123',
  '12345678901234',
  'azertyuiop12',
  'azertyuiop123',
  'azertyuiopqs',
  'qwertyuiop12',
  'qwertyuiop123',
  'motdepasse12',
  'motdepasse123',
  'motdepasse1234',
  'motdepasse!!',
  'password1234',
  'password12345',
  'passwordpassword',
  'missionlocale',
  'missionlocale1',
  'missionlocale40',
  'missionlocale64',
  'balisebalise',
  'balise-demo1',
  'balise123456',
  'bonjour12345',
  'soleil123456',
  'jeunesse2024',
  'jeunesse2025',
  'jeunesse2026',
]);

/** ≥ 12 characters, not an obvious one, not the email address. Refused with BAD_USER_INPUT on `password`. */
export function checkPasswordPolicy(password: string, email?: string): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw invalidInput('password', `Choisis un mot de passe d’au moins ${PASSWORD_MIN_LENGTH} caractères (une phrase courte fait l’affaire).`);
  }
  if (password.length > PASSWORD_MAX_LENGTH) {
    throw invalidInput('password', `Choisis un mot de passe de ${PASSWORD_MAX_LENGTH} caractères au plus.`);
  }
  const folded = password.toLowerCase();
  const sameCharacter = new Set(folded).size <= 2;
  if (OBVIOUS.has(folded) || sameCharacter || (email && folded === email.toLowerCase())) {
    throw invalidInput('password', 'Ce mot de passe est trop facile à deviner : choisis-en un autre.');
  }
}
