import { use, type ReactPromise } from 'react';
import { onLanguageSwitch, useI18n } from './i18n.js';

/**
 * The catalogue of a feature whose pages are lazy (contact request, tracking, booking): its words
 * ship with its pages, not in the entry. French, the default, is in the feature's chunk and returned
 * at once; English is a small chunk of its own, loaded the first time it is needed, read with
 * React's `use()` (the page suspends meanwhile: every lazy page sits under the layout's <Suspense>).
 * When the youth switches language, the layout waits for the catalogues of the features already
 * loaded (i18n.tsx), so an open page does not suspend and keeps what was typed.
 *
 *   export const useBookingMessages = featureMessages(fr, () => import('./messages.en.js').then((m) => m.en));
 */
export function featureMessages<M>(fr: M, loadEn: () => Promise<M>): () => M {
  let en: (Promise<M> & ReactPromise<M>) | undefined;
  const load = (): Promise<M> & ReactPromise<M> => {
    if (en) return en;
    const loading = loadEn().then(
      (messages) => {
        // Marked as React marks the promises it has seen: `use()` then reads it without suspending.
        Object.assign(loading, { status: 'fulfilled', value: messages });
        return messages;
      },
      (error: unknown) => {
        // Not downloaded (offline before the service worker had it): asked again next time.
        en = undefined;
        throw error;
      },
    ) as Promise<M> & ReactPromise<M>;
    return (en = loading);
  };
  onLanguageSwitch((lang) => (lang === 'en' ? load() : undefined));
  return function useFeatureMessages(): M {
    return useI18n().lang === 'en' ? use(load()) : fr;
  };
}
