import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { Button } from '../../ui/Button.js';
import { ApiError, INBOX, INBOX_CSV, INBOX_OFFERS, request, type InboxPage, type InboxRow } from './api.js';
import { parisDay, readInboxParams, STATUS_CHOICES, toApiFilter } from './inbox-filters.js';
import { CONTACT_CHANNEL, CONTACT_OUTCOME, CONTACT_STATUS, m, mc } from './messages.js';
import { errorText, inboxOrganisations, useSession } from './ProPage.js';
import { Field, Notice, Spinner } from './ui.js';

const PAGE_SIZE = 20;

interface Loaded {
  rows: InboxRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** `/pro/demandes`: the organisation's contact requests by due date (overdue ones first), with filters in the URL. */
export function ContactInbox() {
  const { me, sessionEnded } = useSession();
  usePageTitle(mc.inbox);
  const [params, setParams] = useSearchParams();
  const location = useLocation();
  const navigate = useNavigate();
  const orgs = useMemo(() => inboxOrganisations(me), [me]);
  const query = params.toString();
  const current = useMemo(() => readInboxParams(new URLSearchParams(query)), [query]);
  const filter = useMemo(() => toApiFilter(current), [current]);

  const [loaded, setLoaded] = useState<Loaded>();
  const [error, setError] = useState<{ text: string; retry: boolean }>();
  const [attempt, setAttempt] = useState(0);
  const [more, setMore] = useState<{ busy: boolean; error?: string }>({ busy: false });
  const [focusIndex, setFocusIndex] = useState<number>();
  const listRef = useRef<HTMLOListElement>(null);

  const fail = (e: unknown) => {
    if (e instanceof ApiError && e.code === 'UNAUTHENTICATED') sessionEnded();
    return errorText(e);
  };

  useEffect(() => {
    let cancelled = false;
    setLoaded(undefined);
    setError(undefined);
    setMore({ busy: false });
    request<{ contactRequests: InboxPage }>(INBOX, { filter, first: PAGE_SIZE })
      .then(({ contactRequests: page }) => {
        if (cancelled) return;
        setLoaded({ rows: page.edges.map((e) => e.node), totalCount: page.totalCount, hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor });
      })
      .catch((e: unknown) => {
        if (!cancelled) setError({ text: fail(e), retry: !(e instanceof ApiError && e.code === 'FORBIDDEN') });
      });
    return () => {
      cancelled = true;
    };
    // `fail` only reads `sessionEnded`, a stable callback.
  }, [filter, attempt]);

  async function loadMore() {
    if (!loaded?.endCursor || more.busy) return;
    setMore({ busy: true });
    try {
      const { contactRequests: page } = await request<{ contactRequests: InboxPage }>(INBOX, { filter, first: PAGE_SIZE, after: loaded.endCursor });
      setFocusIndex(loaded.rows.length);
      setLoaded({
        rows: [...loaded.rows, ...page.edges.map((e) => e.node)],
        totalCount: page.totalCount,
        hasNextPage: page.pageInfo.hasNextPage,
        endCursor: page.pageInfo.endCursor,
      });
      setMore({ busy: false });
    } catch (e) {
      setMore({ busy: false, error: fail(e) });
    }
  }
  // After "Voir plus", keyboard and screen-reader users go on from the first new request.
  useEffect(() => {
    if (focusIndex === undefined) return;
    listRef.current?.children[focusIndex]?.querySelector('a')?.focus();
    setFocusIndex(undefined);
  }, [focusIndex, loaded]);

  // The confirmation of a transfer, brought back from the request page (announced once, then forgotten).
  const [flash, setFlash] = useState<string>();
  const mounted = useRef(false);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  useEffect(() => {
    const text = (location.state as { flash?: string } | null)?.flash;
    if (!text) return;
    // Into the live region once it is on the page, so it is announced; the history entry forgets it.
    window.setTimeout(() => mounted.current && setFlash(text), 300);
    void navigate({ pathname: location.pathname, search: location.search }, { replace: true, state: null });
  }, [location.state, location.pathname, location.search, navigate]);

  // Offers for the filter: the organisations' published offers taking requests, and those seen in the list.
  const [orgOffers, setOrgOffers] = useState<{ id: string; title: string }[]>([]);
  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      orgs.map((org) =>
        request<{ offers: { edges: { node: { id: string; title: string; engagement: string[] } }[] } }>(INBOX_OFFERS, { organisationId: org.id })
          .then((d) => d.offers.edges.map((e) => e.node).filter((o) => o.engagement.includes('CONTACT_REQUEST')))
          .catch(() => []),
      ),
    ).then((lists) => {
      if (!cancelled) setOrgOffers(lists.flat());
    });
    return () => {
      cancelled = true;
    };
  }, [orgs]);
  const offers = useMemo(() => {
    const byId = new Map<string, string>();
    for (const o of orgOffers) byId.set(o.id, o.title);
    for (const r of loaded?.rows ?? []) byId.set(r.offerId, r.offerTitle);
    if (current.offerId && !byId.has(current.offerId)) byId.set(current.offerId, mc.chosenOffer);
    return [...byId].map(([id, title]) => ({ id, title })).sort((a, b) => a.title.localeCompare(b.title, 'fr'));
  }, [orgOffers, loaded, current.offerId]);

  const setParam = (name: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
  };

  const [exporting, setExporting] = useState<{ busy: boolean; done?: string; error?: string }>({ busy: false });
  async function exportCsv() {
    if (exporting.busy) return;
    setExporting({ busy: true });
    try {
      const { contactRequestsCsv } = await request<{ contactRequestsCsv: string }>(INBOX_CSV, { filter });
      const file = `demandes-de-rappel-${parisDay()}.csv`;
      // The API's text already starts with the byte-order mark French spreadsheets need.
      const url = URL.createObjectURL(new Blob([contactRequestsCsv], { type: 'text/csv;charset=utf-8' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = file;
      link.hidden = true;
      document.body.append(link);
      link.click();
      link.remove();
      window.setTimeout(() => URL.revokeObjectURL(url), 30_000);
      setExporting({ busy: false, done: mc.exported(file) });
    } catch (e) {
      setExporting({ busy: false, error: fail(e) });
    }
  }

  const isDefault = current.status === 'a-traiter' && !current.overdue && !current.offerId && !current.assignee && !current.organisationId;

  return (
    <>
      <h1 tabIndex={-1}>{mc.inbox}</h1>
      <div role="status">{flash ? <Notice tone="success">{flash}</Notice> : null}</div>

      <div className="pro__form pro__filters">
        <fieldset>
          <legend>{mc.filters}</legend>
          <div className="pro__row">
            <Field id="inbox-status" label={mc.status}>
              {(p) => (
                <select {...p} value={current.status} onChange={(e) => setParam('statut', e.target.value === 'a-traiter' ? '' : e.target.value)}>
                  {STATUS_CHOICES.map((c) => (
                    <option key={c.key} value={c.key}>
                      {c.label}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field id="inbox-assignee" label={mc.assignee}>
              {(p) => (
                <select {...p} value={current.assignee} onChange={(e) => setParam('suivi', e.target.value)}>
                  <option value="">{mc.assigneeAll}</option>
                  <option value="moi">{mc.assigneeMe}</option>
                  <option value="personne">{mc.assigneeNobody}</option>
                </select>
              )}
            </Field>
            <Field id="inbox-offer" label={mc.offer}>
              {(p) => (
                <select {...p} value={current.offerId} onChange={(e) => setParam('offre', e.target.value)}>
                  <option value="">{mc.allOffers}</option>
                  {offers.map((o) => (
                    <option key={o.id} value={o.id}>
                      {o.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            {orgs.length > 1 ? (
              <Field id="inbox-organisation" label={mc.organisation}>
                {(p) => (
                  <select {...p} value={current.organisationId} onChange={(e) => setParam('organisation', e.target.value)}>
                    <option value="">{mc.allOrganisations}</option>
                    {orgs.map((o) => (
                      <option key={o.id} value={o.id}>
                        {o.name}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            ) : null}
          </div>
          <label className="pro__check">
            <input id="inbox-overdue" type="checkbox" checked={current.overdue} onChange={(e) => setParam('retard', e.target.checked ? 'oui' : '')} />
            {mc.overdueOnly}
          </label>
        </fieldset>
      </div>

      <div className="pro__actions">
        <Button variant="secondary" aria-disabled={exporting.busy || undefined} onClick={() => void exportCsv()}>
          {exporting.busy ? mc.exporting : mc.exportCsv}
        </Button>
      </div>
      <div role="status">{exporting.done ? <Notice tone="success">{exporting.done}</Notice> : null}</div>
      <div role="alert">{exporting.error ? <Notice tone="error">{exporting.error}</Notice> : null}</div>

      <p role="status" className="pro__result-count">
        {loaded ? mc.count(loaded.rows.length, loaded.totalCount) : ''}
      </p>
      <div role="alert">
        {error ? (
          <Notice tone="error">
            <p>{error.text}</p>
            {error.retry ? (
              <Button variant="secondary" onClick={() => setAttempt((n) => n + 1)}>
                {mc.retry}
              </Button>
            ) : null}
          </Notice>
        ) : null}
      </div>
      {!loaded && !error ? <Spinner label={m.loading} /> : null}
      {loaded && loaded.rows.length === 0 ? (
        <div className="pro__empty">
          <p>{isDefault ? mc.emptyTodo : mc.emptyFiltered}</p>
          {isDefault ? null : (
            <p>
              <Link to="/pro/demandes">{mc.resetFilters}</Link>
            </p>
          )}
        </div>
      ) : null}
      {loaded && loaded.rows.length > 0 ? (
        <ol className="pro__inbox" ref={listRef}>
          {loaded.rows.map((row) => (
            <li key={row.id} className={row.overdue ? 'pro__request pro__request--late' : 'pro__request'}>
              <InboxItem
                row={row}
                from={location.search}
                showOrganisation={orgs.length > 1}
              />
            </li>
          ))}
        </ol>
      ) : null}
      {loaded?.hasNextPage ? (
        <div className="more">
          <Button variant="secondary" aria-disabled={more.busy || undefined} onClick={() => void loadMore()}>
            {more.busy ? mc.loadingMore : mc.more}
          </Button>
        </div>
      ) : null}
      <div role="alert">{more.error ? <Notice tone="error">{more.error}</Notice> : null}</div>
    </>
  );
}

function InboxItem({ row, from, showOrganisation }: { row: InboxRow; from: string; showOrganisation: boolean }) {
  const open = row.status === 'NEW' || row.status === 'IN_PROGRESS';
  return (
    <>
      <h2 className="pro__request-title">
        <Link to={`/pro/demandes/${encodeURIComponent(row.id)}`} state={{ from }}>
          {row.firstName && !row.erased ? mc.rowTitle(row.firstName, row.age) : `${mc.erased} (${mc.years(row.age)})`}
        </Link>
        {row.overdue ? (
          <>
            {' '}
            <LateBadge />
          </>
        ) : null}
      </h2>
      <p className={open ? 'pro__due' : undefined}>{open ? mc.dueBefore(row.dueDateLabel) : mc.contactedBy(row.dueDateLabel)}</p>
      <dl className="pro__facts">
        <div>
          <dt>{mc.colStatus}</dt>
          <dd>
            <StatusBadge status={row.status} />
            {row.outcome ? ` ${CONTACT_OUTCOME[row.outcome] ?? row.outcome}` : null}
          </dd>
        </div>
        <div>
          <dt>{mc.colCommune}</dt>
          <dd>{row.commune.name}</dd>
        </div>
        <div>
          <dt>{mc.colOffer}</dt>
          <dd>{row.offerTitle}</dd>
        </div>
        <div>
          <dt>{mc.colChannel}</dt>
          <dd>{CONTACT_CHANNEL[row.channel] ?? row.channel}</dd>
        </div>
        <div>
          <dt>{mc.colAssignee}</dt>
          <dd>{row.assignee?.displayName ?? mc.nobody}</dd>
        </div>
        {showOrganisation ? (
          <div>
            <dt>{mc.organisation}</dt>
            <dd>{row.organisation.name}</dd>
          </div>
        ) : null}
      </dl>
    </>
  );
}

/** "En retard" in words, with a sign and a style: never colour alone. */
export function LateBadge() {
  return (
    <span className="pro__badge pro__badge--late">
      <span aria-hidden="true">⚠ </span>
      {mc.late}
    </span>
  );
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`pro__status pro__status--${status.toLowerCase().replace('_', '-')}`}>{CONTACT_STATUS[status] ?? status}</span>;
}
