import { describe, expect, it } from 'vitest';
import { loggableUrl } from './loggable-url.js';

describe('loggableUrl', () => {
  it('drops the query string, where emailed links carry their token', () => {
    expect(loggableUrl('/pro/mot-de-passe?jeton=abcDEF123_-abcDEF123_-abcDEF123_-abcDEF12')).toBe('/pro/mot-de-passe?…');
    expect(loggableUrl('/recherche?commune=40088&themes=HOUSING')).toBe('/recherche?…');
  });

  it('masks the token of the tracking and booking pages', () => {
    expect(loggableUrl('/suivi/Zx8_kq1-abcdefghijklmnopqrstuvwxyz0123456789')).toBe('/suivi/:token');
    expect(loggableUrl('/reservation/Zx8_kq1-abcdefghijklmnopqrstuvwxyz0123456789?annuler=1')).toBe('/reservation/:token?…');
  });

  it('keeps other paths as they are', () => {
    expect(loggableUrl('/graphql')).toBe('/graphql');
    expect(loggableUrl('/offres/8f1c6a52-6f1e-4d2f-9a51-1f0a3b2c4d5e/rappel')).toBe('/offres/8f1c6a52-6f1e-4d2f-9a51-1f0a3b2c4d5e/rappel');
  });
});
