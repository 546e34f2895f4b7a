import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('configuration', () => {
  it('runs on embedded defaults with nothing set', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, env: 'development', databaseUrl: undefined, loadDemoCatalogue: true });
    expect(config.dataDir).toBe(path.resolve('./data'));
  });

  it('resolves a relative DATA_DIR from where the command was typed, not from api/', () => {
    expect(loadConfig({ INIT_CWD: '/srv/balise' }).dataDir).toBe('/srv/balise/data');
    expect(loadConfig({ INIT_CWD: '/srv/balise', DATA_DIR: 'var/db' }).dataDir).toBe('/srv/balise/var/db');
  });

  it('honours PORT, DATA_DIR and DATABASE_URL', () => {
    const config = loadConfig({ PORT: '8080', DATA_DIR: '/tmp/balise', DATABASE_URL: 'postgresql://u@db/balise' });
    expect(config).toMatchObject({ port: 8080, dataDir: '/tmp/balise', databaseUrl: 'postgresql://u@db/balise' });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', PORT: '' })).toMatchObject({ databaseUrl: undefined, port: 4000 });
  });

  it('explains every invalid setting at once', () => {
    expect(() => loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: '99999', DATABASE_URL: 'mysql://x', LOG_LEVEL: 'loud' });
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toMatch(/PORT/);
      expect(message).toMatch(/DATABASE_URL: doit commencer par postgres/);
      expect(message).toMatch(/LOG_LEVEL/);
    }
  });

  it('never loads the demo catalogue in production', () => {
    expect(loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.balise.test:587', TOKEN_SECRET: 'un-secret-de-test-assez-long-pour-la-production' }).loadDemoCatalogue).toBe(false);
    expect(() => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.balise.test:587', DEMO_CATALOGUE: 'true', TOKEN_SECRET: 'un-secret-de-test-assez-long-pour-la-production' })).toThrowError(/refusé en production/);
  });

  it('sends email by SMTP when SMTP_URL is set, to the stored mailbox otherwise, never in production', () => {
    expect(loadConfig({})).toMatchObject({ smtpUrl: undefined, mailFrom: 'Balise <ne-pas-repondre@balise.test>' });
    expect(loadConfig({ SMTP_URL: 'smtp://u:p@mail.balise.test:587', SMTP_FROM: 'Balise <bonjour@balise.fr>' })).toMatchObject({
      smtpUrl: 'smtp://u:p@mail.balise.test:587',
      mailFrom: 'Balise <bonjour@balise.fr>',
    });
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrowError(/SMTP_URL: requis en production/);
    expect(() => loadConfig({ SMTP_URL: 'http://u:secret@mail' })).toThrowError(/SMTP_URL: doit être une URL smtp/);
    expect(() => loadConfig({ SMTP_URL: 'http://u:secret@mail' })).not.toThrowError(/secret/);
    expect(() => loadConfig({ SMTP_FROM: 'Balise' })).toThrowError(/SMTP_FROM/);
  });

  it('asks for TOKEN_SECRET in production, long enough, and reads the contact-request settings', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SMTP_URL: 'smtp://mail.balise.test:587' })).toThrowError(/TOKEN_SECRET: requis en production/);
    expect(() => loadConfig({ TOKEN_SECRET: 'court' })).toThrowError(/TOKEN_SECRET: au moins 32 caractères/);
    expect(loadConfig({})).toMatchObject({
      tokenSecret: undefined,
      contactRetentionMonths: 12,
      rateLimits: { enabled: true, contactRequestsPerIpPerHour: 10, contactRequestsPerContactPerDay: 5 },
    });
    expect(loadConfig({ RATE_LIMIT_ENABLED: 'false', CONTACT_RETENTION_MONTHS: '24' })).toMatchObject({
      rateLimits: { enabled: false },
      contactRetentionMonths: 24,
    });
  });

  it('builds email links from PUBLIC_URL, by default the local port', () => {
    expect(loadConfig({}).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://balise.example.fr/' }).publicUrl).toBe('https://balise.example.fr');
    expect(() => loadConfig({ PUBLIC_URL: 'balise.fr' })).toThrowError(/PUBLIC_URL/);
  });

  it('caps the waitlist (WAITLIST_MAX, default 20) and keeps booking details BOOKING_RETENTION_MONTHS (default 3)', () => {
    expect(loadConfig({}).bookings).toEqual({ waitlistMax: 20, retentionMonths: 3 });
    expect(loadConfig({ WAITLIST_MAX: '0', BOOKING_RETENTION_MONTHS: '12' }).bookings).toEqual({ waitlistMax: 0, retentionMonths: 12 });
    expect(() => loadConfig({ WAITLIST_MAX: '-1' })).toThrowError(/WAITLIST_MAX/);
    expect(() => loadConfig({ BOOKING_RETENTION_MONTHS: '0' })).toThrowError(/BOOKING_RETENTION_MONTHS/);
  });
});
