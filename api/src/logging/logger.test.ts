import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, safeError } from './logger.js';

describe('error logging keeps personal data out', () => {
  it('logs an error as its type, code and stack frames: not its message, not the entity it carries', () => {
    const error = Object.assign(new Error('Value for ContactRequest.id is required, entity: { firstName: "Léa", phone: "+33612345678" }'), {
      code: 'E_VALIDATION',
      entity: { firstName: 'Léa', phone: '+33612345678', nested: { email: 'lea@exemple.fr' } },
    });
    error.stack = `ValidationError: entity: ContactRequest { firstName: 'Léa', phone: '+33612345678' }\n    at validate (file.js:1:1)\n    at flush (file.js:2:2)`;
    const lines: string[] = [];
    const logger = createLogger('error', new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
    logger.error({ err: error }, 'graphql: unexpected error');
    const logged = lines.join('');
    for (const value of ['Léa', '+33612345678', 'lea@exemple.fr']) expect(logged).not.toContain(value);
    expect(JSON.parse(logged).err).toEqual({ type: 'Error', code: 'E_VALIDATION', stack: '    at validate (file.js:1:1)\n    at flush (file.js:2:2)' });
  });

  it('keeps the cause chain the same way', () => {
    const error = new Error('outer', { cause: new TypeError('inner with lea@exemple.fr') });
    expect(JSON.stringify(safeError(error))).not.toContain('lea@exemple.fr');
    expect(safeError(error)['cause']).toMatchObject({ type: 'TypeError' });
  });
});
