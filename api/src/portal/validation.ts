import { z } from 'zod';
import { invalidInput } from '../shared/domain-error.js';

/**
 * Input checks shared by the portal's forms. Every rule has a French message a person can act
 * on; `parseInput` turns the first failure into BAD_USER_INPUT naming the GraphQL field
 * (`input.eligibility.ageMax`, `input.venues[1].communeCode`).
 *
 * Text is stored as typed, trimmed: no HTML is parsed, stripped or allowed to mean anything.
 * The web renders every text as text (React escapes it), so `<script>` typed in a title is
 * shown as those characters and never runs. Descriptions have one formatting rule only:
 * paragraphs are separated by a blank line (no Markdown, no HTML, no links markup).
 */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, prefix = 'input'): z.output<T> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = [prefix, ...issue.path.map(String)].reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
  throw invalidInput(field, issue.message);
}

/** Control characters other than tab and newline never belong in a form's text. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

/** One line of text: trimmed, inner whitespace runs collapsed, 1..max characters. */
export const line = (label: string, max: number) =>
  z
    .string()
    .transform((value) => value.normalize('NFC').replace(/\s+/g, ' ').trim())
    .pipe(
      z
        .string()
        .min(1, { error: `${label} est obligatoire.` })
        .max(max, { error: `${label} : ${max} caractères au plus.` })
        .refine((value) => !CONTROL.test(value), { error: `${label} contient des caractères invisibles non autorisés.` }),
    );

/** Plain text with paragraphs: line ends normalised, trailing spaces and 3+ blank lines squeezed. */
export const paragraphs = (label: string, max: number, min = 1) =>
  z
    .string()
    .transform((value) =>
      value
        .normalize('NFC')
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .map((row) => row.replace(/[ \t]+$/g, ''))
        .join('\n')
        .replace(/\n{3,}/g, '\n\n')
        .trim(),
    )
    .pipe(
      z
        .string()
        .min(min, { error: `${label} est obligatoire.` })
        .max(max, { error: `${label} : ${max} caractères au plus.` })
        .refine((value) => !CONTROL.test(value), { error: `${label} contient des caractères invisibles non autorisés.` }),
    );

/** Optional text: null, absent or blank → null. */
export const optional = <T extends z.ZodType<string | null>>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? null : value), schema.nullable().optional()).transform((value) => value ?? null);

/** A French phone number: 10 digits starting with 0, or +33 / 0033 then 9 digits; spaces, dots, dashes allowed. */
export const FRENCH_PHONE = /^(?:(?:\+|00)33 ?(?:\(0\))? ?|0)[1-9](?:[ .-]?\d{2}){4}$/;
export const frenchPhone = (label: string) =>
  z
    .string()
    .transform((value) => value.trim().replace(/\s+/g, ' '))
    .pipe(z.string().regex(FRENCH_PHONE, { error: `${label} : indique un numéro français, par exemple 05 58 46 00 00.` }));

export const httpsUrl = (label: string) =>
  z
    .string()
    .trim()
    .max(500, { error: `${label} : 500 caractères au plus.` })
    .refine(
      (value) => {
        try {
          const url = new URL(value);
          return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
        } catch {
          return false;
        }
      },
      { error: `${label} : indique une adresse web complète en https://, par exemple https://www.exemple.fr/atelier.` },
    );

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/;
export const email = (label: string) =>
  z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.string().max(254, { error: `${label} : 254 caractères au plus.` }).regex(EMAIL, { error: `${label} : indique une adresse email valide.` }));

/** A calendar day YYYY-MM-DD that exists. */
export const isoDay = (label: string) =>
  z.string().refine(
    (value) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
      if (!match) return false;
      const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
      return date.toISOString().slice(0, 10) === value;
    },
    { error: `${label} : indique une date au format AAAA-MM-JJ.` },
  );

export const wallClock = (label: string) =>
  z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} : indique une heure au format HH:MM, par exemple 14:00.` });

export const intBetween = (label: string, min: number, max: number, unit = '') =>
  z
    .number({ error: `${label} : indique un nombre.` })
    .int({ error: `${label} : indique un nombre entier.` })
    .min(min, { error: `${label} : entre ${min} et ${max}${unit}.` })
    .max(max, { error: `${label} : entre ${min} et ${max}${unit}.` });

export const enumOf = <const T extends readonly [string, ...string[]]>(label: string, values: T) =>
  z.enum(values, { error: `${label} : valeur inconnue (${values.join(', ')}).` });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const id = (label: string) => z.string().regex(UUID, { error: `${label} n’est pas un identifiant valide.` }).transform((value) => value.toLowerCase());
