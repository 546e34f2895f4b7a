import { describe, expect, it } from 'vitest';
import { displayPhone, normaliseEmail, normaliseFrenchMobile } from './contact-details.js';
import { toCsv } from './csv.js';

describe('French mobile numbers as youths type them', () => {
  it.each([
    '06 12 34 56 78', '0612345678', '06.12.34.56.78', '06-12-34-56-78', '+33 6 12 34 56 78', '+33612345678',
    '0033 6 12 34 56 78', '+33 (0)6 12 34 56 78', ' 06 12 34 56 78 ',
  ])('accepts %s as +33612345678', (typed) => {
    expect(normaliseFrenchMobile(typed)).toBe('+33612345678');
  });

  it('accepts 07 mobiles and overseas mobiles (Réunion)', () => {
    expect(normaliseFrenchMobile('07 81 23 45 67')).toBe('+33781234567');
    expect(normaliseFrenchMobile('0692 12 34 56')).toBe('+262692123456');
  });

  it.each(['01 23 45 67 89', '05 59 00 00 00', '06 12 34 56', '06 12 34 56 78 9', 'zero six', '', '+44 7700 900123', '08 00 00 00 00'])(
    'refuses %s (landline, too short, foreign, not a number)',
    (typed) => {
      expect(normaliseFrenchMobile(typed)).toBeUndefined();
    },
  );

  it('shows a stored number the French way', () => {
    expect(displayPhone('+33612345678')).toBe('06 12 34 56 78');
  });
});

describe('email addresses', () => {
  it('trims and lower-cases', () => {
    expect(normaliseEmail('  Lea.Martin@Exemple.FR ')).toBe('lea.martin@exemple.fr');
  });
  it.each(['lea', 'lea@', '@exemple.fr', 'lea martin@exemple.fr', `${'a'.repeat(250)}@exemple.fr`])('refuses %s', (typed) => {
    expect(normaliseEmail(typed)).toBeUndefined();
  });
});

describe('CSV for spreadsheets', () => {
  it('writes a BOM, semicolons, quotes where needed, and neutralises formulas', () => {
    const csv = toCsv(['Prénom', 'Note'], [['Léa', '=HYPERLINK("x")'], ['Tom', 'a;b'], ['Zoé', null]]);
    expect(csv.startsWith('\uFEFFPrénom;Note\r\n')).toBe(true);
    expect(csv).toContain(`Léa;"'=HYPERLINK(""x"")"\r\n`);
    expect(csv).toContain('Tom;"a;b"\r\n');
    expect(csv).toContain('Zoé;\r\n');
  });
});
