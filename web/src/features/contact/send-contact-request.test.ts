import { describe, expect, it, vi } from 'vitest';
import type { RequestContactInput } from '../../gql/graphql.js';
import { sendContactRequest } from './send-contact-request.js';

const input = { offerId: 'o', firstName: 'Léa', age: 19, communeCode: '40088', channel: 'SMS', phone: '0612345678', noticeVersion: '2026-11-contact-v1', idempotencyKey: 'k'.repeat(22) } as RequestContactInput;

describe('sending a contact request', () => {
  it('posts the RequestContact mutation with the input, and returns the receipt', async () => {
    const receipt = { id: 'cr-1', token: 'x'.repeat(43), status: 'NEW', dueAt: '2026-11-26T22:59:59.000Z', dueDateLabel: 'jeudi 26 novembre', offerTitle: 'T', organisation: { id: 'o', name: 'ML', phone: '05' } };
    const fetcher = vi.fn(async () => ({ data: { requestContact: receipt } }));
    expect(await sendContactRequest(input, fetcher)).toEqual({ kind: 'sent', receipt });
    expect(fetcher).toHaveBeenCalledWith(expect.stringMatching(/^mutation RequestContact\(\$input: RequestContactInput!\) \{\s+requestContact\(input: \$input\)/), { input });
  });

  it('no answer (offline, timeout, an HTML error page) is a network failure', async () => {
    expect(await sendContactRequest(input, async () => Promise.reject(new TypeError('Failed to fetch')))).toEqual({ kind: 'network' });
    expect(await sendContactRequest(input, async () => Promise.reject(new SyntaxError('Unexpected token <')))).toEqual({ kind: 'network' });
  });

  it('a refusal names the field the API named', async () => {
    const fetcher = async () => ({ data: null, errors: [{ message: 'Ce numéro de portable n’est pas valide.', extensions: { code: 'BAD_USER_INPUT', field: 'input.phone' } }] });
    expect(await sendContactRequest(input, fetcher)).toEqual({ kind: 'refused', code: 'BAD_USER_INPUT', field: 'input.phone', message: 'Ce numéro de portable n’est pas valide.' });
  });

  it('RATE_LIMITED and faults on our side are to try again later', async () => {
    const limited = async () => ({ errors: [{ message: 'Réessaie dans 3 minutes.', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 180 } }] });
    expect(await sendContactRequest(input, limited)).toEqual({ kind: 'retry-later', code: 'RATE_LIMITED', message: 'Réessaie dans 3 minutes.', retryAfterSeconds: 180 });
    const fault = async () => ({ errors: [{ message: 'Erreur interne.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    expect(await sendContactRequest(input, fault)).toMatchObject({ kind: 'retry-later', code: 'INTERNAL_SERVER_ERROR' });
    const databaseDown = async () => ({ errors: [{ message: 'Balise est momentanément indisponible.', extensions: { code: 'DATABASE_UNAVAILABLE' } }] });
    expect(await sendContactRequest(input, databaseDown)).toMatchObject({ kind: 'retry-later', code: 'DATABASE_UNAVAILABLE' });
  });
});
