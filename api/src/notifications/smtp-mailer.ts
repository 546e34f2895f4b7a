import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailMessage } from './email.js';
import type { Mailer } from './mailer.js';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465`. */
  url: string;
  /** `Balise <ne-pas-repondre@balise.test>` */
  from: string;
  /** How long to wait for the TCP connection, then for the greeting (default 10 s each). */
  connectTimeoutMs?: number;
  /** Inactivity allowed once connected (default 30 s). */
  socketTimeoutMs?: number;
}

/**
 * The SMTP error as the outbox may keep and log it: its codes, never the server's reply text
 * nor the recipients nodemailer attaches (they hold the address).
 */
export class SmtpDeliveryError extends Error {
  override name = 'SmtpDeliveryError';
  /** Built from codes only (see `sanitise`): the logs may show it. */
  readonly messageIsSafe = true;
}

/** Sends through an SMTP server with nodemailer; fails fast when the server is unreachable. */
export class SmtpMailer implements Mailer {
  readonly transport = 'smtp';
  private readonly transporter: Transporter;

  constructor(options: SmtpMailerOptions) {
    const connectTimeout = options.connectTimeoutMs ?? 10_000;
    this.transporter = nodemailer.createTransport(
      {
        url: options.url,
        connectionTimeout: connectTimeout,
        greetingTimeout: connectTimeout,
        socketTimeout: options.socketTimeoutMs ?? 30_000,
        dnsTimeout: connectTimeout,
        // Messages are built from our own data only: never read a file or fetch a URL.
        disableFileAccess: true,
        disableUrlAccess: true,
      },
      { from: options.from },
    );
  }

  async send(message: EmailMessage): Promise<void> {
    try {
      await this.transporter.sendMail({
        to: message.to,
        subject: message.subject,
        text: message.text,
        ...(message.html ? { html: message.html } : {}),
        attachments: (message.attachments ?? []).map((attachment) => ({
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: attachment.content,
          encoding: 'base64',
        })),
      });
    } catch (error) {
      throw sanitise(error);
    }
  }

  async close(): Promise<void> {
    this.transporter.close();
  }
}

function sanitise(error: unknown): SmtpDeliveryError {
  const details = error as { code?: unknown; originalCode?: unknown; responseCode?: unknown; command?: unknown; timeoutType?: unknown };
  // Only codes and command names (`RCPT TO`, never `RCPT TO:<address>`) pass.
  const parts = [details.code, details.originalCode, details.responseCode, details.command, details.timeoutType]
    .filter((part) => typeof part === 'number' || (typeof part === 'string' && /^[A-Z][A-Z_ ]{0,30}$/.test(part)));
  return new SmtpDeliveryError(`SMTP delivery failed${parts.length ? ` (${parts.join(', ')})` : ''}`);
}
