import { parseCookie, stringifySetCookie } from 'cookie';

/** The session cookie: HttpOnly (no script reads it), SameSite=Lax, Path=/, Secure in production. */
export const SESSION_COOKIE = 'balise_session';

export function readSessionToken(cookieHeader: string | undefined): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[SESSION_COOKIE] || undefined;
}

/** Set-Cookie for a session that ends at `expiresAt` (Max-Age is the time left). */
export function sessionSetCookie(token: string, expiresAt: Date, now: Date, secure: boolean): string {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000));
  return stringifySetCookie({ name: SESSION_COOKIE, value: token, maxAge, path: '/', httpOnly: true, sameSite: 'lax', secure });
}

/** Set-Cookie that deletes the session cookie. */
export function clearedSessionSetCookie(secure: boolean): string {
  return stringifySetCookie({ name: SESSION_COOKIE, value: '', maxAge: 0, path: '/', httpOnly: true, sameSite: 'lax', secure });
}
