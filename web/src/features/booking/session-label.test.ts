import { describe, expect, it } from 'vitest';
import { en } from './messages.en.js';
import { fr } from './messages.fr.js';
import { availability, bookable, hasStarted, placeText, seatsText, sessionDay, sessionTime } from './session-label.js';

const session = { status: 'SCHEDULED', seatsLeft: 3, waitlistLength: 0, waitlistFull: false };

describe('seats wording', () => {
  it('counts the seats left', () => {
    expect(seatsText(session, fr)).toBe('3 places restantes');
    expect(seatsText({ ...session, seatsLeft: 1 }, fr)).toBe('1 place restante');
    expect(seatsText(session, en)).toBe('3 seats left');
  });

  it('says full, with the waitlist length', () => {
    expect(seatsText({ ...session, seatsLeft: 0, waitlistLength: 2 }, fr)).toBe('Complet — liste d’attente : 2 personnes');
    expect(seatsText({ ...session, seatsLeft: 0, waitlistLength: 1 }, fr)).toBe('Complet — liste d’attente : 1 personne');
    expect(seatsText({ ...session, seatsLeft: 0, waitlistLength: 0 }, fr)).toBe('Complet — liste d’attente : personne pour l’instant');
    expect(seatsText({ ...session, seatsLeft: 0, waitlistLength: 2 }, en)).toBe('Full — waiting list: 2 people');
  });

  it('says when the waitlist is full too, and the session cannot be chosen', () => {
    const full = { ...session, seatsLeft: 0, waitlistLength: 20, waitlistFull: true };
    expect(seatsText(full, fr)).toBe('Liste d’attente pleine');
    expect(availability(full)).toEqual({ kind: 'full' });
    expect(bookable(full)).toBe(false);
    expect(bookable({ ...session, seatsLeft: 0, waitlistLength: 3 })).toBe(true);
    expect(bookable(session)).toBe(true);
  });

  it('a cancelled session has no seat and cannot be chosen', () => {
    const cancelled = { ...session, status: 'CANCELLED', seatsLeft: 0 };
    expect(seatsText(cancelled, fr)).toBe('Séance annulée');
    expect(bookable(cancelled)).toBe(false);
  });
});

describe('session day, hours and place (Europe/Paris)', () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('shows Paris wall-clock time whatever the offset (winter UTC+1, summer UTC+2)', () => {
    expect(sessionTime('2026-12-01T13:00:00Z', 'fr-FR')).toBe('14:00');
    expect(sessionTime('2027-06-01T12:00:00Z', 'fr-FR')).toBe('14:00');
    expect(sessionTime('2026-12-01T13:30:00Z', 'en-GB')).toMatch(/^(14:30|2:30\s?pm)$/);
  });

  it('names the day in Paris (late evening UTC is already tomorrow there)', () => {
    expect(sessionDay('2026-12-01T13:00:00Z', 'fr-FR', now)).toBe('mardi 1 décembre');
    expect(sessionDay('2026-12-01T23:30:00Z', 'fr-FR', now)).toBe('mercredi 2 décembre');
    expect(sessionDay('2027-01-12T13:00:00Z', 'fr-FR', now)).toBe('mardi 12 janvier 2027');
    expect(sessionDay('2026-12-01T13:00:00Z', 'en-GB', now)).toBe('Tuesday 1 December');
  });

  it('gives the place, or the online label', () => {
    const venue = { name: 'Mission Locale', address: '12 rue des Arènes', commune: { name: 'Dax' } };
    expect(placeText({ venue }, fr.online)).toBe('Mission Locale, 12 rue des Arènes, Dax');
    expect(placeText({ venue: null }, fr.online)).toBe('En ligne (visio)');
  });

  it('knows when a session has started', () => {
    expect(hasStarted({ startsAt: '2026-11-23T09:59:00Z' }, now)).toBe(true);
    expect(hasStarted({ startsAt: '2026-11-23T10:01:00Z' }, now)).toBe(false);
  });
});
