import cors from 'cors';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The PWA's Content-Security-Policy: everything from our own origin, nothing inline, no eval,
 * no framing. Tested in Chromium by e2e/tests/security-headers.e2e.test.ts (the app works,
 * and the browser reports no violation).
 */
export function securityHeaders(production: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        workerSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(production ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    // HSTS only where TLS is certain (production sits behind HTTPS).
    strictTransportSecurity: production ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    // The PWA opens maps and shares links: the origin alone is enough for them.
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
}

/** Cross-origin calls are refused unless their origin is listed (CORS_ORIGINS); the PWA itself is same-origin. */
export function corsPolicy(origins: readonly string[]): RequestHandler {
  return cors({ origin: origins.length ? [...origins] : false, credentials: origins.length > 0, maxAge: 600 });
}

export const TIMEOUT_MESSAGE = 'Balise met trop de temps à répondre. Réessaie dans un instant.';

/** Answers 503 (code TIMEOUT) when a request is still unanswered after `ms`; the client may retry. */
export function requestTimeout(ms: number): RequestHandler {
  return (_req, res, next) => {
    const timer = setTimeout(() => {
      if (res.headersSent) return;
      res.status(503).setHeader('retry-after', '5').json({ errors: [{ message: TIMEOUT_MESSAGE, extensions: { code: 'TIMEOUT' } }] });
    }, ms);
    res.on('finish', () => clearTimeout(timer));
    res.on('close', () => clearTimeout(timer));
    next();
  };
}

/**
 * Errors raised before GraphQL runs (body too large, broken JSON) leave as a coded GraphQL
 * error, never Express's HTML page with a stack.
 */
export const bodyErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    res.status(413).json({ errors: [{ message: 'La requête est trop volumineuse.', extensions: { code: 'PAYLOAD_TOO_LARGE' } }] });
    return;
  }
  if (error.status !== undefined && error.status >= 400 && error.status < 500) {
    res.status(400).json({ errors: [{ message: 'La requête est mal formée (JSON attendu).', extensions: { code: 'BAD_REQUEST' } }] });
    return;
  }
  next(error);
};

/** The last word: an answer already under way is left alone; anything else is a coded 500, never a stack. */
export function lastResortErrors(log: (error: unknown) => void): ErrorRequestHandler {
  return (error: unknown, _req, res, _next) => {
    log(error);
    if (res.headersSent) return;
    res.status(500).json({ errors: [{ message: 'Une erreur inattendue est survenue de notre côté. Réessaie dans un instant.', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
  };
}
