import { createContext, lazy, useCallback, useContext, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, NavLink, Route, Routes, useLocation, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { useT } from '../../i18n/i18n.js';
import { Button, ButtonLink } from '../../ui/Button.js';
import { Card } from './ui.js';
import { Field } from './ui.js';
import { Notice } from './ui.js';
import { Spinner } from './ui.js';
import { ApiError, INBOX_COUNT, ME, OFFERS, ORGS, SIGN_IN, SIGN_OUT, request, type Me, type OfferRow, type Org } from './api.js';
import { m, ma, mc, ROLES, STATUS_LABEL } from './messages.js';
import { ContactInbox } from './ContactInbox.js';
import { ContactRequestPage } from './ContactRequestPage.js';
import { ForgotPasswordPage, InvitationPage, ResetPasswordPage } from './AccountPages.js';
import { NewOrganisation } from './NewOrganisation.js';
import { OrganisationPage, PendingOrganisations } from './OrganisationPage.js';
import { OfferEditor } from './OfferEditor.js';
import { ReviewPage } from './ReviewPage.js';
import { AttendancePage } from './AttendancePage.js';
import { BookingStats } from './BookingStats.js';
import { canSeeTerritoryStatistics, statisticsOrganisations } from './statistics/statistics-api.js';
import { ms } from './statistics/statistics-messages.js';
import './pro.css';

// The statistics pages and their chart library: one more lazy chunk, fetched when a statistics page opens.
const statisticsPages = () => import('./statistics/StatisticsPages.js');
const OrganisationStatisticsPage = lazy(() => statisticsPages().then((m) => ({ default: m.OrganisationStatisticsPage })));
const TerritoryStatisticsPage = lazy(() => statisticsPages().then((m) => ({ default: m.TerritoryStatisticsPage })));

interface Session {
  me: Me;
  orgs: Org[];
  signOut: () => void;
  /** The session ended under our feet (UNAUTHENTICATED): the sign-in form shows in place, on the same URL. */
  sessionEnded: () => void;
  /** Counts the open contact requests again for the menu (after a close or a transfer). */
  refreshInbox: () => void;
}
const SessionContext = createContext<Session | null>(null);
export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside the portal');
  return value;
}

export function errorText(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === 'NETWORK') return m.network;
    if (error.code === 'SERVER' || error.code === 'INTERNAL_SERVER_ERROR') return m.server;
    if (error.code === 'RATE_LIMITED') return m.rateLimited(error.retryAfterSeconds ?? 1);
    return error.message;
  }
  return m.server;
}

/** The organisations whose contact requests the account handles (COUNSELLOR or ORG_ADMIN, as the API's `contactRequests.handle`). */
export function inboxOrganisations(me: Me): { id: string; name: string }[] {
  const found = new Map<string, string>();
  for (const ms of me.memberships) if ((ms.role === 'COUNSELLOR' || ms.role === 'ORG_ADMIN') && ms.organisation) found.set(ms.organisation.id, ms.organisation.name);
  return [...found].map(([id, name]) => ({ id, name }));
}

/**
 * Focuses the page's `h1` once it is there (the page may still be loading its data), skipping `previous`
 * (the heading of what was shown before). Layout does this on path changes; this is for the others
 * (signing in shows the page asked for on the same URL).
 */
export function focusHeadingSoon(previous?: Element | null): void {
  let tries = 0;
  const attempt = () => {
    const heading = document.querySelector<HTMLElement>('main h1');
    if ((!heading || heading === previous) && tries++ < 40) return void window.setTimeout(attempt, 100);
    if (!heading || heading === previous) return;
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  };
  window.setTimeout(attempt, 0);
}

export const formatDateTime = (iso: string) => new Date(iso).toLocaleString('fr-FR', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** The partner portal (a lazy chunk: youths never download it). */
export function ProPage() {
  const [state, setState] = useState<{ me: Me | null; orgs: Org[] } | undefined>(undefined);
  const [error, setError] = useState<string>();
  const { pathname } = useLocation();
  const navigate = useNavigate();

  const load = useCallback(async () => {
    try {
      const { me } = await request<{ me: Me | null }>(ME);
      let orgs: Org[] = [];
      if (me) {
        try {
          orgs = (await request<{ portalOrganisations: Org[] }>(ORGS)).portalOrganisations;
        } catch (e) {
          // A counsellor edits no offers: the portal opens with no organisation to edit.
          if (!(e instanceof ApiError && e.code === 'FORBIDDEN')) throw e;
        }
      }
      setState({ me, orgs });
    } catch (e) {
      setError(errorText(e));
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const signOut = useCallback(() => {
    void request(SIGN_OUT).finally(() => setState({ me: null, orgs: [] }));
  }, []);
  const sessionEnded = useCallback(() => setState({ me: null, orgs: [] }), []);

  // "Demandes de rappel" in the menu, with the number of open requests (one count query).
  const me = state?.me ?? null;
  const hasInbox = useMemo(() => (me ? inboxOrganisations(me).length > 0 : false), [me]);
  const [openCount, setOpenCount] = useState<number>();
  const meId = me?.id;
  const refreshInbox = useCallback(() => {
    if (!meId || !hasInbox) return setOpenCount(undefined);
    request<{ contactRequests: { totalCount: number } }>(INBOX_COUNT, { filter: { statuses: ['NEW', 'IN_PROGRESS'] } })
      .then((d) => setOpenCount(d.contactRequests.totalCount))
      .catch(() => setOpenCount(undefined));
  }, [meId, hasInbox]);
  useEffect(() => {
    refreshInbox();
  }, [refreshInbox]);
  const session = useMemo(() => (me ? { me, orgs: state?.orgs ?? [], signOut, sessionEnded, refreshInbox } : null), [me, state?.orgs, signOut, sessionEnded, refreshInbox]);

  // The pages of email links open without a session.
  const accountPage = /^\/pro\/(invitation|mot-de-passe|mot-de-passe-oublie)\/?$/.exec(pathname)?.[1];
  if (accountPage === 'invitation')
    return (
      <InvitationPage
        onSignedIn={() => {
          void load().then(() => navigate('/pro'));
        }}
      />
    );
  if (accountPage === 'mot-de-passe') return <ResetPasswordPage />;
  if (accountPage === 'mot-de-passe-oublie') return <ForgotPasswordPage />;

  if (error) return <div role="alert"><Notice tone="error">{error}</Notice></div>;
  if (!state) return <Spinner label={m.loading} />;
  if (!state.me || !session)
    return (
      <SignIn
        intro={/^\/pro\/demandes(\/|$)/.test(pathname) ? mc.signInFor : undefined}
        onSignedIn={(previousHeading) => {
          // Same URL: the page asked for (an emailed /pro/demandes/<id> link) shows once signed in.
          void load().then(() => focusHeadingSoon(previousHeading));
        }}
      />
    );
  return (
    <SessionContext.Provider value={session}>
      <div className="pro">
        <nav aria-label={m.portalNav} className="pro__nav">
          <NavLink to="/pro" end>
            {m.dashboard}
          </NavLink>
          {hasInbox ? (
            <NavLink to="/pro/demandes">
              {mc.inbox}
              {openCount ? (
                <>
                  {' '}
                  <span className="pro__count">{mc.openCount(openCount)}</span>
                </>
              ) : null}
            </NavLink>
          ) : null}
          {canReview(state.me) ? <NavLink to="/pro/revue">{m.review}</NavLink> : null}
          {statisticsHome(state.me) ? <NavLink to={statisticsHome(state.me)!}>{ms.nav}</NavLink> : null}
          <span className="pro__who">{state.me.displayName}</span>
          <Button variant="quiet" onClick={signOut}>
            {m.signOut}
          </Button>
        </nav>
        <Routes>
          <Route index element={<Dashboard />} />
          <Route path="offres" element={<OffersList />} />
          <Route path="offres/nouvelle" element={<OfferEditor />} />
          <Route path="offres/:id" element={<OfferEditor />} />
          <Route path="seances/:sessionId" element={<AttendancePage />} />
          <Route path="revue" element={<ReviewPage />} />
          <Route path="organisation/:id" element={<OrganisationPage />} />
          <Route path="organisation/:id/statistiques" element={<OrganisationStatisticsPage />} />
          <Route path="statistiques" element={<TerritoryStatisticsPage />} />
          <Route path="demandes" element={<ContactInbox />} />
          <Route path="demandes/:id" element={<ContactRequestPage />} />
          <Route path="*" element={<Dashboard />} />
        </Routes>
      </div>
    </SessionContext.Provider>
  );
}

/** Where "Statistiques" in the menu leads: the territory view, or the (first) organisation's. */
function statisticsHome(me: Me): string | undefined {
  if (canSeeTerritoryStatistics(me)) return '/pro/statistiques';
  const org = statisticsOrganisations(me)[0];
  return org ? `/pro/organisation/${encodeURIComponent(org.id)}/statistiques` : undefined;
}

export function canReview(me: Me): boolean {
  return me.memberships.some((ms) => ms.role === 'PLATFORM_ADMIN' || ms.role === 'TERRITORY_COORDINATOR');
}

export function canEditOrg(me: Me, orgId: string): boolean {
  return canReview(me) || me.memberships.some((ms) => ms.role === 'ORG_ADMIN' && ms.organisation?.id === orgId);
}

function SignIn({ onSignedIn, intro }: { onSignedIn: (previousHeading: HTMLElement | null) => void; intro?: string }) {
  usePageTitle(m.signInTitle);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string; form?: string }>({});
  const [busy, setBusy] = useState(false);
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const next: typeof errors = {};
    if (!email.trim()) next.email = m.emailRequired;
    if (!password) next.password = m.passwordRequired;
    setErrors(next);
    if (next.email) return emailRef.current?.focus();
    if (next.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      await request(SIGN_IN, { email: email.trim(), password });
      onSignedIn(headingRef.current);
    } catch (e) {
      const field = e instanceof ApiError ? e.field : undefined;
      if (field === 'email' || field === 'password') setErrors({ [field]: errorText(e) });
      else setErrors({ form: errorText(e) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="pro pro--narrow">
      <h1 tabIndex={-1} ref={headingRef}>
        {m.signInTitle}
      </h1>
      <p>{m.signInIntro}</p>
      {intro ? <p>{intro}</p> : null}
      <div role="alert">{errors.form ? <Notice tone="error">{errors.form}</Notice> : null}</div>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="pro__form">
        <Field id="pro-email" label={m.email} error={errors.email}>
          {(p) => <input {...p} ref={emailRef} type="email" name="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Field>
        <Field id="pro-password" label={m.password} error={errors.password}>
          {(p) => <input {...p} ref={passwordRef} type="password" name="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
        </Field>
        <Button type="submit" disabled={busy}>
          {busy ? m.signingIn : m.signIn}
        </Button>
      </form>
      <p>
        <Link to="/pro/mot-de-passe-oublie">{ma.forgotLink}</Link>
      </p>
    </div>
  );
}

function Dashboard() {
  const { me, orgs } = useSession();
  usePageTitle(useT().pro.title);
  return (
    <>
      <h1 tabIndex={-1}>{m.hello(me.displayName)}</h1>
      <ul className="pro__roles">
        {me.memberships.map((ms, i) => (
          <li key={i}>
            {ROLES[ms.role] ?? ms.role}
            {ms.organisation ? ` — ${ms.organisation.name}` : ms.departements.length ? ` — ${ms.departements.join(', ')}` : ''}
          </li>
        ))}
      </ul>
      {inboxOrganisations(me).length ? <ButtonLink to="/pro/demandes">{mc.inbox}</ButtonLink> : null}
      {canReview(me) ? <ButtonLink to="/pro/revue">{m.review}</ButtonLink> : null}
      {canSeeTerritoryStatistics(me) ? <ButtonLink to="/pro/statistiques">{ms.territoryTitle}</ButtonLink> : null}
      {statisticsOrganisations(me).map((org) => (
        <ButtonLink key={org.id} variant="secondary" to={`/pro/organisation/${encodeURIComponent(org.id)}/statistiques`}>
          {ms.orgTitle(org.name)}
        </ButtonLink>
      ))}
      {canReview(me) ? <PendingOrganisations /> : null}
      {canReview(me) ? <NewOrganisation /> : null}
      <h2>{m.yourOrgs}</h2>
      {orgs.length === 0 ? <p>{m.noOrgs}</p> : null}
      <ul className="pro__cards">
        {orgs.map((org) => (
          <li key={org.id}>
            <Card>
              <h3>{org.name}</h3>
              <ButtonLink variant="secondary" to={`/pro/offres?organisation=${encodeURIComponent(org.id)}`}>
                {m.seeOffers}
                <span className="sr-only"> — {org.name}</span>
              </ButtonLink>
              {canEditOrg(me, org.id) ? (
                <ButtonLink variant="secondary" to={`/pro/organisation/${encodeURIComponent(org.id)}`}>
                  {ma.editOrg}
                  <span className="sr-only"> — {org.name}</span>
                </ButtonLink>
              ) : null}
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}

function OffersList() {
  const { orgs } = useSession();
  const [params] = useSearchParams();
  const orgId = params.get('organisation') ?? orgs[0]?.id;
  const org = orgs.find((o) => o.id === orgId);
  usePageTitle(org ? m.offersOf(org.name) : m.title);
  const [rows, setRows] = useState<OfferRow[]>();
  const [error, setError] = useState<string>();
  const navigate = useNavigate();

  useEffect(() => {
    if (!orgId) return;
    setRows(undefined);
    request<{ portalOffers: { edges: { node: OfferRow }[] } }>(OFFERS, { organisationId: orgId })
      .then((d) => setRows(d.portalOffers.edges.map((e) => e.node)))
      .catch((e: unknown) => setError(errorText(e)));
  }, [orgId]);

  if (!orgId || !org) return <Notice tone="error">{m.forbiddenOrg}</Notice>;
  return (
    <>
      <h1 tabIndex={-1}>{m.offersOf(org.name)}</h1>
      <Button onClick={() => void navigate(`/pro/offres/nouvelle?organisation=${encodeURIComponent(org.id)}`)}>{m.newOffer}</Button>
      {error ? <div role="alert"><Notice tone="error">{error}</Notice></div> : null}
      {!rows && !error ? <Spinner label={m.loading} /> : null}
      {rows && rows.length === 0 ? <p>{m.noOffers}</p> : null}
      {rows && rows.length > 0 ? <OfferTable rows={rows} /> : null}
      <BookingStats organisationId={org.id} />
    </>
  );
}

export function OfferTable({ rows, caption }: { rows: OfferRow[]; caption?: string }) {
  return (
    <div className="pro__table-wrap">
      <table className="pro__table">
        {caption ? <caption>{caption}</caption> : null}
        <thead>
          <tr>
            <th scope="col">{m.colTitle}</th>
            <th scope="col">{m.colStatus}</th>
            <th scope="col">{m.colUpdated}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <td>
                <Link to={`/pro/offres/${r.id}`}>{r.title}</Link>
                <br />
                <small>{r.organisation.name}</small>
              </td>
              <td>
                <span className={`pro__status pro__status--${r.status.toLowerCase()}`}>{STATUS_LABEL[r.status] ?? r.status}</span>
              </td>
              <td>{formatDateTime(r.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
