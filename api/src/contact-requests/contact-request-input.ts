import { SITUATIONS } from '@balise/seeds/catalogue-types';
import { z } from 'zod';
import { line, paragraphs } from '../portal/validation.js';
import { EMAIL_INVALID, PHONE_INVALID, normaliseEmail, normaliseFrenchMobile } from '../shared/contact-details.js';
import { CONTACT_CHANNELS, PREFERRED_MOMENTS } from './contact-request.entity.js';
import { KNOWN_NOTICE_VERSIONS } from './contact-notice.js';

export const UNDER_15 =
  'Balise ne peut pas transmettre de demande pour les moins de 15 ans. Demande à un parent ou à un adulte de confiance de contacter l’organisation avec toi (son téléphone est sur la page de l’offre). Nous n’avons rien enregistré.';
export const OVER_30 = 'Balise s’adresse aux 15–30 ans. Nous n’avons rien enregistré.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The youth's form, as `requestContact` receives it. Values are normalised (phone in E.164, email lower-cased). */
export const requestContactSchema = z
  .object({
    offerId: z.string().regex(UUID, { error: 'Cette offre n’existe pas.' }).transform((id) => id.toLowerCase()),
    firstName: line('Ton prénom', 60).refine((name) => /\p{L}/u.test(name), { error: 'Écris ton prénom avec des lettres.' }),
    age: z.number().int({ error: 'Ton âge est un nombre entier.' }).min(15, { error: UNDER_15 }).max(30, { error: OVER_30 }),
    communeCode: z.string().regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Choisis ta commune dans la liste.' }),
    situation: z.enum(SITUATIONS).nullish().transform((value) => value ?? null),
    channel: z.enum(CONTACT_CHANNELS),
    phone: z.string().max(40).nullish(),
    email: z.string().max(300).nullish(),
    preferredMoments: z.array(z.enum(PREFERRED_MOMENTS)).max(PREFERRED_MOMENTS.length).nullish().transform((moments) => [...new Set(moments ?? [])]),
    message: paragraphs('Ton message', 1000, 0).nullish().transform((text) => text || null),
    noticeVersion: z.string().refine((version) => KNOWN_NOTICE_VERSIONS.includes(version), {
      error: 'La notice d’information a changé : recharge la page et relis-la avant d’envoyer.',
    }),
    idempotencyKey: z.string().regex(/^[A-Za-z0-9_-]{16,100}$/, { error: 'idempotencyKey : 16 à 100 caractères parmi A-Z a-z 0-9 _ -.' }),
  })
  .transform((input, context) => {
    const needsPhone = input.channel !== 'EMAIL';
    const phone = input.phone?.trim() ? normaliseFrenchMobile(input.phone) : undefined;
    const email = input.email?.trim() ? normaliseEmail(input.email) : undefined;
    if (input.phone?.trim() && !phone) context.addIssue({ code: 'custom', path: ['phone'], message: PHONE_INVALID });
    if (input.email?.trim() && !email) context.addIssue({ code: 'custom', path: ['email'], message: EMAIL_INVALID });
    if (needsPhone && !input.phone?.trim()) context.addIssue({ code: 'custom', path: ['phone'], message: 'Indique ton numéro de portable pour être appelé·e ou recevoir un SMS.' });
    if (!needsPhone && !input.email?.trim()) context.addIssue({ code: 'custom', path: ['email'], message: 'Indique ton adresse e-mail pour être contacté·e par e-mail.' });
    return { ...input, phone: phone ?? null, email: email ?? null };
  });

export type RequestContactValue = z.output<typeof requestContactSchema>;
