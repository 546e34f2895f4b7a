import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { fr, type Messages } from './fr.js';

export type Lang = 'fr' | 'en';
const STORAGE_KEY = 'balise.lang';

/** The language remembered on this device (French unless the youth chose English). */
export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

/** French ships with the app; English is a small chunk loaded on demand. */
export async function loadMessages(lang: Lang): Promise<Messages> {
  if (lang === 'fr') return fr;
  return (await import('./en.js')).en;
}

/**
 * Loaders of the lazy features' own catalogues (feature-messages.ts), called with the language the
 * youth switches to: the page then re-renders in that language at once, without suspending.
 */
const featureLoaders = new Set<(lang: Lang) => Promise<unknown> | undefined>();

export function onLanguageSwitch(load: (lang: Lang) => Promise<unknown> | undefined): void {
  featureLoaders.add(load);
}

interface I18nValue {
  lang: Lang;
  t: Messages;
  locale: string;
  setLang: (lang: Lang) => void;
}

const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ initialLang, initialMessages, children }: { initialLang: Lang; initialMessages: Messages; children: ReactNode }) {
  const [state, setState] = useState({ lang: initialLang, t: initialMessages });

  useEffect(() => {
    document.documentElement.lang = state.lang;
  }, [state.lang]);

  const setLang = useCallback((lang: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // private mode: the choice lasts for this visit only
    }
    void Promise.all([loadMessages(lang), ...[...featureLoaders].map((load) => load(lang))]).then(([t]) => setState({ lang, t }));
  }, []);

  const value = useMemo<I18nValue>(
    () => ({ ...state, locale: state.lang === 'en' ? 'en-GB' : 'fr-FR', setLang }),
    [state, setLang],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

/** The messages of the current language: `const t = useT(); t.home.title`. */
export function useT(): Messages {
  return useI18n().t;
}
