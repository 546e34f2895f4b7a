/**
 * The idempotency key of one booking form: 128 random bits in base64url (22 characters, which
 * the API accepts: 20–128 URL-safe characters), made once when the form opens and sent with every
 * try, so a double tap or a retry after a lost answer gets the same booking back. The server derives
 * the booking's token from it: it stays in memory, never stored.
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
