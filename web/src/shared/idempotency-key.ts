/**
 * The idempotency key of one form ("Être rappelé·e", a booking): 128 random bits in base64url
 * (22 characters), made once when the form opens and sent with every try (a double tap, a retry,
 * the offline queue), so the server creates one request or booking whatever happens. The server
 * derives the tracking token from it: it stays in memory, never stored.
 */
export function newIdempotencyKey(random: (bytes: Uint8Array) => Uint8Array = (bytes) => crypto.getRandomValues(bytes)): string {
  const bytes = random(new Uint8Array(16));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
