import { useEffect } from 'react';
import { useT } from '../i18n/i18n.js';

/** Sets the document title ("Page — Balise"): screen readers read it, and it names the tab. */
export function usePageTitle(page: string | undefined): void {
  const t = useT();
  useEffect(() => {
    if (page) document.title = t.meta.pageTitle(page);
  }, [page, t]);
}
