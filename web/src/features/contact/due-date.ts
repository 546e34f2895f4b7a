import type { Lang } from '../../i18n/i18n.js';

/**
 * The promised day, said the same way everywhere (receipt, tracking page, Mes démarches, as in the
 * emails): in French, the API's own words (`dueDateLabel`, "jeudi 26 novembre"); in English,
 * `dueAt` as a day in France ("Thursday 26 November"). Undefined when neither is known.
 */
export function dueDateText(lang: Lang, due: { dueAt?: string | null; dueDateLabel?: string | null }): string | undefined {
  if (lang === 'fr' && due.dueDateLabel) return due.dueDateLabel;
  const date = due.dueAt ? new Date(due.dueAt) : undefined;
  if (!date || Number.isNaN(date.getTime())) return due.dueDateLabel ?? undefined;
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-FR', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'Europe/Paris' }).format(date);
}
