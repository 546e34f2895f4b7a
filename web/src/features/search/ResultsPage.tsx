import { useApolloClient, useQuery } from '@apollo/client/react';
import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { isNetworkError } from '../../app/apollo.js';
import { usePageTitle } from '../../app/page-title.js';
import type { SearchResultsQuery } from '../../gql/graphql.js';
import { useT } from '../../i18n/i18n.js';
import { Button } from '../../ui/Button.js';
import { Chip } from '../../ui/Chip.js';
import { Field } from '../../ui/Field.js';
import { Notice } from '../../ui/Notice.js';
import { Spinner } from '../../ui/Spinner.js';
import { readSeenResults, rememberResults, resultsKey } from '../offline/seen-content.js';
import { QuickQuestions } from '../profile/QuickQuestions.js';
import { EmptyResults } from './EmptyResults.js';
import { OfferCard, type Hit } from './OfferCard.js';
import { readPlace } from './place.js';
import { FORMAT_CODES, hasPlace, parseSearch, RADII, resultsHref, searchToParams, THEME_CODES, toSearchInput, type SearchState } from './search-params.js';
import { SearchResultsQuery as SearchResultsDoc } from './search.queries.js';

type Result = SearchResultsQuery['searchOffers'];

/** Results: cards, facet chips with counts, sort, radius, "voir plus", empty state, offline copy. */
export function ResultsPage() {
  const t = useT();
  const id = useId();
  const client = useApolloClient();
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const state = useMemo(() => parseSearch(params), [params]);
  const input = useMemo(() => toSearchInput(state), [state]);
  const key = useMemo(() => resultsKey(input as Record<string, unknown>), [input]);

  const { data, error, loading, refetch } = useQuery(SearchResultsDoc, { variables: { input }, notifyOnNetworkStatusChange: false });
  const [offline, setOffline] = useState<{ key: string; result?: Result }>();
  const [more, setMore] = useState<{ key: string; hits: Hit[]; endCursor: string | null; hasNextPage: boolean }>();
  const [moreState, setMoreState] = useState<'idle' | 'loading' | 'error'>('idle');
  const firstNew = useRef<HTMLAnchorElement | null>(null);
  const focusIndex = useRef<number | undefined>(undefined);

  const networkFailed = Boolean(error && isNetworkError(error));
  useEffect(() => {
    if (!networkFailed) return;
    let current = true;
    void readSeenResults(key).then((seen) => current && setOffline({ key, result: seen?.data as Result | undefined }));
    return () => {
      current = false;
    };
  }, [networkFailed, key]);

  const online = data?.searchOffers;
  const offlineCopy = networkFailed && offline?.key === key ? offline : undefined;
  const result: Result | undefined = online ?? offlineCopy?.result;
  const extra = more?.key === key ? more : undefined;
  const hits = useMemo(() => [...(result?.hits ?? []), ...(extra?.hits ?? [])], [result, extra]);
  const pageInfo = extra ? { endCursor: extra.endCursor, hasNextPage: extra.hasNextPage } : result?.pageInfo;

  useEffect(() => {
    if (!online) return;
    const merged: Result = { ...online, hits: [...online.hits, ...(extra?.hits ?? [])], pageInfo: extra ? { ...online.pageInfo, endCursor: extra.endCursor, hasNextPage: extra.hasNextPage } : online.pageInfo };
    void rememberResults({ key, data: merged });
  }, [online, extra, key]);

  useEffect(() => {
    if (focusIndex.current !== undefined && firstNew.current) {
      firstNew.current.focus();
      focusIndex.current = undefined;
    }
  }, [hits.length]);

  const go = (next: Partial<SearchState>) => {
    void navigate(resultsHref({ ...state, ...next }), { preventScrollReset: true });
  };

  const loadMore = async () => {
    if (!pageInfo?.endCursor) return;
    setMoreState('loading');
    try {
      const { data: page } = await client.query({ query: SearchResultsDoc, variables: { input: { ...input, after: pageInfo.endCursor } } });
      if (!page) throw new Error('no data');
      focusIndex.current = hits.length;
      setMore({ key, hits: [...(extra?.hits ?? []), ...page.searchOffers.hits], endCursor: page.searchOffers.pageInfo.endCursor, hasNextPage: page.searchOffers.pageInfo.hasNextPage });
      setMoreState('idle');
    } catch {
      setMoreState('error');
    }
  };

  const place = readPlace();
  const communeName = state.commune
    ? place?.code === state.commune
      ? place.name
      : hits.flatMap((hit) => hit.offer.venues).find((venue) => venue.commune.code === state.commune)?.commune.name
    : undefined;
  const where = state.commune ? (communeName ? t.results.inCommune(communeName) : t.results.yourCommune) : state.near ? t.results.near : t.results.everywhere;
  const title = t.results.title(where);
  usePageTitle(title);

  const toggleTheme = (code: (typeof THEME_CODES)[number]) => go({ themes: state.themes.includes(code) ? state.themes.filter((c) => c !== code) : [...state.themes, code] });
  const toggleFormat = (code: (typeof FORMAT_CODES)[number]) => go({ formats: state.formats.includes(code) ? state.formats.filter((c) => c !== code) : [...state.formats, code] });
  const themeCount = (code: string) => result?.facets.themes.find((f) => f.value === code)?.count ?? 0;
  const formatCount = (code: string) => result?.facets.formats.find((f) => f.value === code)?.count ?? 0;

  const [words, setWords] = useState(state.texte ?? '');
  useEffect(() => setWords(state.texte ?? ''), [state.texte]);
  const submitWords = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    go({ texte: words.trim() || undefined });
  };

  const status = loading && !result ? t.common.loading : result ? `${t.results.count(result.total)}${hits.length < result.total ? ` ${t.results.shown(hits.length, result.total)}` : ''}` : '';
  const activeFilters = [
    ...state.themes.map((code) => t.themes[code]),
    ...state.formats.map((code) => t.formats[code]),
    ...(state.texte ? [t.results.quoted(state.texte)] : []),
    ...(state.rayon ? [t.results.radiusKm(state.rayon)] : []),
  ];
  const from = `${location.pathname}?${searchToParams(state).toString()}`;
  const profileSummary = t.profile.summary(state.age, state.situation ? t.situationsShort[state.situation] : undefined);

  return (
    <>
      <div className="page-head">
        <h1 tabIndex={-1}>{title}</h1>
        <Link to="/" className="page-head__link">
          {t.results.changePlace}
        </Link>
      </div>
      {!hasPlace(state) ? (
        <Notice tone="info">
          <p>
            {t.results.noPlace} <Link to="/">{t.results.chooseWhere}</Link>
          </p>
        </Notice>
      ) : null}

      <p role="status" className="results-status">
        {status}
      </p>
      <details className="refine">
        <summary>
          {activeFilters.length ? t.results.filtersActive(activeFilters.join(', ')) : t.results.filtersTitle}
        </summary>
        <div className="refine__body">
          <section aria-labelledby={`${id}-themes`} className="facets">
        <h2 id={`${id}-themes`} className="facets__title">
          {t.results.themesFacet}
        </h2>
        <ul className="chip-list">
          {THEME_CODES.filter((code) => state.themes.includes(code) || themeCount(code) > 0).map((code) => (
            <li key={code}>
              <Chip pressed={state.themes.includes(code)} onToggle={() => toggleTheme(code)}>
                {t.results.facetChip(t.themes[code], themeCount(code))}
              </Chip>
            </li>
          ))}
        </ul>
          </section>

          <form onSubmit={submitWords} role="search" className="words-form">
            <Field id={`${id}-words`} label={t.results.words} description={t.results.wordsHint} optional={t.common.optional}>
              {(props) => <input {...props} type="search" enterKeyHint="search" maxLength={200} value={words} onChange={(event) => setWords(event.target.value)} />}
            </Field>
            <Button type="submit">{t.results.search}</Button>
          </form>
          <div role="group" aria-labelledby={`${id}-formats`} className="facets">
            <p id={`${id}-formats`} className="facets__title">
              {t.results.formatsFacet}
            </p>
            <ul className="chip-list">
              {FORMAT_CODES.filter((code) => state.formats.includes(code) || formatCount(code) > 0).map((code) => (
                <li key={code}>
                  <Chip pressed={state.formats.includes(code)} onToggle={() => toggleFormat(code)}>
                    {t.results.facetChip(t.formats[code], formatCount(code))}
                  </Chip>
                </li>
              ))}
            </ul>
          </div>
          <div className="refine__row">
            <Field id={`${id}-sort`} label={t.results.sort}>
              {(props) => (
                <select {...props} value={state.tri} onChange={(event) => go({ tri: event.target.value === 'distance' ? 'distance' : 'pertinence' })} disabled={!hasPlace(state)}>
                  <option value="pertinence">{t.results.sortRelevance}</option>
                  <option value="distance">{t.results.sortDistance}</option>
                </select>
              )}
            </Field>
            <Field id={`${id}-radius`} label={t.results.radius} description={t.results.remoteKept}>
              {(props) => (
                <select {...props} value={state.rayon ?? ''} onChange={(event) => go({ rayon: event.target.value ? Number(event.target.value) : undefined })} disabled={!hasPlace(state)}>
                  <option value="">{t.results.radiusAny}</option>
                  {RADII.map((km) => (
                    <option key={km} value={km}>
                      {t.results.radiusKm(km)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <section aria-labelledby={`${id}-profile`} className="refine__profile">
            <h2 id={`${id}-profile`} className="facets__title">
              {t.results.profileTitleWith(profileSummary)}
            </h2>
            <QuickQuestions onSaved={(profile) => go({ age: profile.age, situation: profile.situation })} />
          </section>
        </div>
      </details>

      {offlineCopy ? <Notice tone="warning" live="polite">{offlineCopy.result ? t.common.offlineNotice : t.common.offlineNothing}</Notice> : null}
      {error && !offlineCopy ? (
        <Notice tone="error" live="assertive">
          <p>{networkFailed ? t.common.networkError : t.common.serverError}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t.common.retry}
          </Button>
        </Notice>
      ) : null}
      {loading && !result ? <Spinner label={t.common.loading} /> : null}

      {result && result.total === 0 ? <EmptyResults state={state} go={go} /> : null}

      {hits.length ? (
        <ul className="results" aria-label={title}>
          {hits.map((hit, index) => (
            <li key={hit.offer.id}>
              <OfferCard hit={hit} from={from} headingRef={index === focusIndex.current ? (el) => (firstNew.current = el) : undefined} />
            </li>
          ))}
        </ul>
      ) : null}

      {pageInfo?.hasNextPage && !offlineCopy ? (
        <div className="more">
          <Button variant="secondary" onClick={() => void loadMore()} disabled={moreState === 'loading'}>
            {moreState === 'loading' ? t.results.loadingMore : t.results.more}
          </Button>
          <div role="alert">{moreState === 'error' ? <p className="field__error">{t.common.networkError}</p> : null}</div>
        </div>
      ) : null}
    </>
  );
}
