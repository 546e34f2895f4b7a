/** Pages whose path carries a youth's capability token (tracking page, booking page). */
const TOKEN_PATHS = /^\/(suivi|reservation)\/[^/]+/;

/**
 * A URL as logs keep it: no query string (invitation and reset links carry their token there,
 * searches carry a place) and no capability token in the path.
 */
export function loggableUrl(url: string): string {
  const [path = '', query] = url.split('?', 2);
  return path.replace(TOKEN_PATHS, '/$1/:token') + (query === undefined ? '' : '?…');
}
