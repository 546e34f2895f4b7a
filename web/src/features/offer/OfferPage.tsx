import { useQuery } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { isNetworkError } from '../../app/apollo.js';
import { usePageTitle } from '../../app/page-title.js';
import type { OfferPageQuery } from '../../gql/graphql.js';
import { useI18n } from '../../i18n/i18n.js';
import { Button, ButtonLink, buttonClass } from '../../ui/Button.js';
import { Notice } from '../../ui/Notice.js';
import { Spinner } from '../../ui/Spinner.js';
import { ThemeIcon } from '../../ui/ThemeIcon.js';
import { readSeenOffer, rememberOffer } from '../offline/seen-content.js';
import { distanceKm, readPlace } from '../search/place.js';
import { directionsUrl } from './directions.js';
import { OfferPageQuery as OfferPageDoc } from './offer.queries.js';
import { ShareButton } from './ShareButton.js';
import { SessionPickerSlot } from '../booking/SessionPickerSlot.js';

export type OfferViewData = NonNullable<OfferPageQuery['offer']>;
type Offer = OfferViewData;

/** Where the youth searched from: the results URL they came from, or their remembered commune. */
function origin(from: string | undefined): { lat: number; lng: number } | undefined {
  if (from) {
    const params = new URLSearchParams(from.split('?')[1] ?? '');
    const lat = Number(params.get('lat'));
    const lng = Number(params.get('lng'));
    if (params.get('lat') && params.get('lng') && Number.isFinite(lat) && Number.isFinite(lng)) return { lat, lng };
    const place = readPlace();
    if (place && params.get('commune') === place.code) return place;
    if (params.get('commune')) return undefined;
  }
  return readPlace();
}

function isNotFound(error: unknown): boolean {
  return CombinedGraphQLErrors.is(error) && error.errors.some((e) => e.extensions?.code === 'BAD_USER_INPUT' || e.extensions?.code === 'NOT_FOUND');
}

/** The offer page: what, for whom, where, when, cost, how to get it, share. Works when opened directly. */
export function OfferPage() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  const { data, error, loading, refetch } = useQuery(OfferPageDoc, { variables: { id } });
  const [offline, setOffline] = useState<{ id: string; offer?: Offer }>();
  const networkFailed = Boolean(error && isNetworkError(error));

  useEffect(() => {
    if (data?.offer) void rememberOffer({ id: data.offer.id, data: data.offer });
  }, [data]);

  useEffect(() => {
    if (!networkFailed) return;
    let current = true;
    void readSeenOffer(id).then((seen) => current && setOffline({ id, offer: seen?.data as Offer | undefined }));
    return () => {
      current = false;
    };
  }, [networkFailed, id]);

  const offlineCopy = networkFailed && offline?.id === id ? offline : undefined;
  const offer = data?.offer ?? offlineCopy?.offer;
  const notFound = (!loading && !error && data && !data.offer) || isNotFound(error);
  usePageTitle(offer?.title ?? (notFound ? t.offer.notFoundTitle : undefined));

  if (loading && !offer) return <Spinner label={t.common.loading} />;
  if (notFound) {
    return (
      <>
        <h1 tabIndex={-1}>{t.offer.notFoundTitle}</h1>
        <p>{t.offer.notFoundText}</p>
        <ButtonLink to="/">{t.offer.backToSearch}</ButtonLink>
      </>
    );
  }
  if (!offer) {
    return (
      <>
        <h1 tabIndex={-1}>{t.shell.pageError}</h1>
        <Notice tone="error" live="assertive">
          <p>{offlineCopy ? t.common.offlineNothing : networkFailed ? t.common.networkError : t.common.serverError}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t.common.retry}
          </Button>
        </Notice>
      </>
    );
  }
  return <OfferDetails offer={offer} from={from} offline={Boolean(offlineCopy)} />;
}

/** The offer as a youth sees it; the partner portal's preview renders this same component. */
export function OfferDetails({ offer, from, offline }: { offer: Offer; from?: string; offline: boolean }) {
  const { t, locale } = useI18n();
  const here = origin(from);
  const date = (iso: string) => new Date(`${iso.slice(0, 10)}T12:00:00`).toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
  const { eligibility } = offer;
  const phone = offer.phone ?? (offer.engagement.includes('PHONE') ? offer.organisation.phone : undefined);
  const url = typeof window === 'undefined' ? `/offres/${offer.id}` : `${window.location.origin}/offres/${offer.id}`;
  const venues = offer.venues
    .map((venue) => ({ venue, km: here ? distanceKm(here, venue.point) : undefined }))
    .sort((a, b) => (a.km ?? 0) - (b.km ?? 0));

  return (
    <article className="offer">
      {from ? (
        <p className="back-link">
          <Link to={from}>
            <span aria-hidden="true">← </span>
            {t.offer.backToResults}
          </Link>
        </p>
      ) : null}
      {offline ? (
        <Notice tone="warning" live="polite">
          {t.common.offlineNotice}
        </Notice>
      ) : null}
      <p className="offer__theme">
        <ThemeIcon code={offer.theme} size={22} />
        {t.themes[offer.theme]} · {t.formats[offer.format]}
      </p>
      <h1 tabIndex={-1}>{offer.title}</h1>
      <p className="offer__org">{t.offerCard.by(offer.organisation.name)}</p>
      <p className="lead">{offer.summary}</p>

      <section aria-labelledby="offer-act" className="offer__act card">
        <h2 id="offer-act">{t.offer.act}</h2>
        <ul className="action-list">
          {offer.engagement.includes('CONTACT_REQUEST') ? (
            <li>
              <ButtonLink to={`/offres/${offer.id}/rappel`} aria-describedby="offer-callback-hint">
                {t.offer.callback}
              </ButtonLink>
              <p id="offer-callback-hint" className="hint">
                {t.offer.callbackHint(offer.responseDelayDays)}
              </p>
            </li>
          ) : null}
          {offer.engagement.includes('BOOKING') ? (
            <li>
              <SessionPickerSlot offerId={offer.id} />
            </li>
          ) : null}
          {phone ? (
            <li>
              <a className={buttonClass('secondary')} href={`tel:${phone.replace(/\s+/g, '')}`}>
                {t.offer.call(phone)}
              </a>
            </li>
          ) : null}
          {offer.engagement.includes('EXTERNAL_LINK') && offer.externalUrl ? (
            <li>
              <a className={buttonClass('secondary')} href={offer.externalUrl} target="_blank" rel="noopener noreferrer">
                {t.offer.external} <span className="sr-only">{t.common.opensNewWindow}</span>
              </a>
            </li>
          ) : null}
        </ul>
        <ShareButton title={offer.title} url={url} />
      </section>

      <section aria-labelledby="offer-what">
        <h2 id="offer-what">{t.offer.what}</h2>
        {offer.description
          .split(/\n\s*\n/)
          .filter(Boolean)
          .map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
      </section>

      <section aria-labelledby="offer-who">
        <h2 id="offer-who">{t.offer.forWhom}</h2>
        <p>{t.offer.ages(eligibility.ageMin, eligibility.ageMax)}</p>
        {eligibility.situations.length ? (
          <>
            <p>{t.offer.situationsList}</p>
            <ul>
              {eligibility.situations.map((s) => (
                <li key={s}>{t.situationsShort[s]}</li>
              ))}
            </ul>
          </>
        ) : (
          <p>{t.offer.allSituations}</p>
        )}
        {eligibility.conditions ? <p>{eligibility.conditions}</p> : null}
      </section>

      <section aria-labelledby="offer-where">
        <h2 id="offer-where">{t.offer.where}</h2>
        {offer.remote ? <p>{venues.length ? t.offer.remoteToo : t.offer.remoteOnly}</p> : null}
        {venues.length ? (
          <ul className="venues">
            {venues.map(({ venue, km }) => (
              <li key={venue.id} className="venue">
                <p className="venue__name">{venue.name}</p>
                <p>
                  {venue.address}, {venue.commune.name}
                  {km !== undefined ? <span className="venue__km"> — {t.common.km(km)}</span> : null}
                </p>
                <a href={directionsUrl(venue.point, venue.name)} className="venue__directions" aria-label={t.offer.directions(venue.name)}>
                  {t.offer.directionsShort}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>

      <section aria-labelledby="offer-when">
        <h2 id="offer-when">{t.offer.when}</h2>
        <p>
          {offer.validFrom && offer.validUntil
            ? t.offer.between(date(offer.validFrom), date(offer.validUntil))
            : offer.validFrom
              ? t.offer.from(date(offer.validFrom))
              : offer.validUntil
                ? t.offer.until(date(offer.validUntil))
                : t.offer.always}
        </p>
      </section>

      <section aria-labelledby="offer-cost">
        <h2 id="offer-cost">{t.offer.cost}</h2>
        <p>{offer.cost}</p>
      </section>

      <section aria-labelledby="offer-org">
        <h2 id="offer-org">{t.offer.organisation}</h2>
        <p>
          <strong>{offer.organisation.name}</strong> — {t.orgKinds[offer.organisation.kind]}
        </p>
        {offer.organisation.website ? (
          <p>
            <a href={offer.organisation.website} target="_blank" rel="noopener noreferrer">
              {offer.organisation.website.replace(/^https?:\/\//, '')} <span className="sr-only">{t.common.opensNewWindow}</span>
            </a>
          </p>
        ) : null}
      </section>
    </article>
  );
}
