import { useCallback, useSyncExternalStore } from 'react';
import type { Situation } from '../../gql/graphql.js';

/** The quick answers (age, situation), remembered on this device only (`balise.profile`). */
export interface Profile {
  age?: number;
  situation?: Situation;
}

export const SITUATIONS: readonly Situation[] = ['SCHOOL', 'HIGHER_EDUCATION', 'APPRENTICESHIP', 'TRAINING', 'EMPLOYED', 'JOB_SEEKER', 'NO_ACTIVITY'];
export const AGE_MIN = 15;
export const AGE_MAX = 30;

const KEY = 'balise.profile';
const listeners = new Set<() => void>();
let cachedRaw: string | null | undefined;
let cached: Profile = {};

export function isSituation(value: unknown): value is Situation {
  return typeof value === 'string' && (SITUATIONS as readonly string[]).includes(value);
}

export function parseAge(value: unknown): number | undefined {
  const age = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(age) && age >= AGE_MIN && age <= AGE_MAX ? age : undefined;
}

function read(): Profile {
  let raw: string | null = null;
  try {
    raw = localStorage.getItem(KEY);
  } catch {
    raw = null;
  }
  if (raw === cachedRaw) return cached;
  cachedRaw = raw;
  try {
    const parsed = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    cached = { age: parseAge(parsed.age), situation: isSituation(parsed.situation) ? parsed.situation : undefined };
  } catch {
    cached = {};
  }
  return cached;
}

export function readProfile(): Profile {
  return read();
}

export function saveProfile(profile: Profile): void {
  try {
    if (profile.age === undefined && profile.situation === undefined) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify({ age: profile.age, situation: profile.situation }));
  } catch {
    // storage unavailable: nothing is remembered
  }
  listeners.forEach((listener) => listener());
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function useProfile(): [Profile, (profile: Profile) => void] {
  const profile = useSyncExternalStore(subscribe, read, () => ({}));
  const save = useCallback((next: Profile) => saveProfile(next), []);
  return [profile, save];
}
