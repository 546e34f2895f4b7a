import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress } from 'smtp-server';
import { afterAll, beforeAll } from 'vitest';

export interface CaughtEmail {
  envelopeTo: string[];
  raw: string;
}

/**
 * A real SMTP server on 127.0.0.1 (random port, no TLS, authentication optional) that keeps
 * what it receives. `stop()` then `start()` again keeps the same port, to play an outage.
 */
export class SmtpCatcher {
  readonly messages: CaughtEmail[] = [];
  private server: SMTPServer | undefined;
  port = 0;

  private constructor(private readonly options: { rejectRecipients?: boolean }) {}

  static async start(options: { rejectRecipients?: boolean } = {}): Promise<SmtpCatcher> {
    const catcher = new SmtpCatcher(options);
    await catcher.start();
    return catcher;
  }

  get url(): string {
    return `smtp://balise:secret@127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    const server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onAuth: (_auth, _session, callback) => callback(null, { user: 'balise' }),
      onRcptTo: (address: SMTPServerAddress, _session, callback) => {
        // Like real servers, the refusal names the address: it must not reach our logs.
        if (this.options.rejectRecipients) return callback(Object.assign(new Error(`<${address.address}>: Recipient address rejected`), { responseCode: 550 }));
        callback();
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          this.messages.push({ envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address), raw: Buffer.concat(chunks).toString('utf8') });
          callback();
        });
      },
    });
    await new Promise<void>((resolve, reject) => {
      server.server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** A header of a raw message, unfolded. */
export function header(raw: string, name: string): string | undefined {
  const head = raw.split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return new RegExp(`^${name}: (.*)$`, 'im').exec(head)?.[1];
}

/**
 * Registers beforeAll/afterAll for an SMTP server that is down from the start (its port kept,
 * to `catcher.start()` later). Call it before `useTestServer` and give that `env` (`otherEnv`
 * plus `SMTP_URL`, read when the server starts).
 */
export function useSmtpDown(otherEnv: Record<string, string> = {}): { catcher: SmtpCatcher; env: Record<string, string> } {
  const handle = { catcher: undefined as unknown as SmtpCatcher, env: { ...otherEnv } };
  Object.defineProperty(handle.env, 'SMTP_URL', { enumerable: true, get: () => handle.catcher.url });
  beforeAll(async () => {
    handle.catcher = await SmtpCatcher.start();
    await handle.catcher.stop();
  });
  afterAll(() => handle.catcher?.stop());
  return handle;
}
