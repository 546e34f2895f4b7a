import { Component, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useI18n, useT } from '../i18n/i18n.js';
import { Button } from '../ui/Button.js';
import { Notice } from '../ui/Notice.js';
import { PendingRequests } from './PendingRequests.js';
import { PwaStatus } from './pwa/PwaStatus.js';
import { usePageTitle } from './page-title.js';
import { Spinner } from '../ui/Spinner.js';

/**
 * The shell of every page: skip link, header (brand, menu, language), `<main id="contenu">`,
 * footer. `<PwaStatus />` is the slot where the PWA work shows its offline banner and update prompt.
 */
export function Layout() {
  const { t, lang, setLang } = useI18n();
  const location = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const shownPath = useRef(location.pathname);

  // After a navigation to another page: back to the top, and the focus on the new page's heading
  // (once its chunk has loaded) so screen readers read it. Query-string changes keep both.
  useEffect(() => {
    // Compare paths rather than counting renders: React may run this effect twice on mount.
    if (shownPath.current === location.pathname) return;
    shownPath.current = location.pathname;
    window.scrollTo(0, 0);
    let tries = 0;
    const focusHeading = () => {
      const heading = mainRef.current?.querySelector<HTMLElement>('h1');
      if (!heading && tries++ < 40) return void (timer = window.setTimeout(focusHeading, 100));
      const target = heading ?? mainRef.current;
      if (!target) return;
      if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    };
    let timer = window.setTimeout(focusHeading, 0);
    return () => window.clearTimeout(timer);
  }, [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#contenu">
        {t.shell.skipLink}
      </a>
      <header className="banner">
        <div className="banner__inner">
          <Link to="/" className="brand">
            <svg className="brand__mark" width="24" height="24" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path d="M12 2l7 10-7 10-7-10z" fill="currentColor" />
            </svg>
            {t.meta.brand}
          </Link>
          <nav aria-label={t.shell.mainNav} className="main-nav">
            <ul>
              <li>
                <NavLink to="/" end>
                  {t.shell.home}
                </NavLink>
              </li>
              <li>
                <NavLink to="/mes-demarches">{t.shell.mySteps}</NavLink>
              </li>
              <li>
                <button type="button" className="lang-switch" lang={t.shell.langSwitchLang} aria-label={t.shell.langSwitchLabel} onClick={() => setLang(lang === 'fr' ? 'en' : 'fr')}>
                  {t.shell.langSwitch}
                </button>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <PwaStatus />
      <main id="contenu" tabIndex={-1} ref={mainRef}>
        <PendingRequests />
        <PageErrorBoundary key={location.pathname} fallback={<RouteError />}>
          <Suspense fallback={<Spinner label={t.shell.loadingPage} />}>
            <Outlet />
          </Suspense>
        </PageErrorBoundary>
      </main>
      <footer className="site-footer">
        <div className="site-footer__inner">
          <p>{t.shell.footerText}</p>
          <nav aria-label={t.shell.footerNav}>
            <ul>
              <li>
                <Link to="/accessibilite">{t.shell.accessibility}</Link>
              </li>
              <li>
                <Link to="/pro">{t.shell.partners}</Link>
              </li>
            </ul>
          </nav>
        </div>
      </footer>
    </>
  );
}

/** Catches a page that fails to render or whose code cannot be downloaded (offline). */
class PageErrorBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** Shown when a page cannot load (most often: its code chunk could not be downloaded offline). */
export function RouteError() {
  const t = useT();
  usePageTitle(t.shell.pageError);
  return (
    <>
      <h1 tabIndex={-1}>{t.shell.pageError}</h1>
      <Notice tone="error" live="assertive">
        <p>{t.shell.pageErrorHint}</p>
      </Notice>
      <Button onClick={() => window.location.reload()}>{t.shell.reload}</Button>
    </>
  );
}
