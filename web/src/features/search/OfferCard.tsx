import { Link } from 'react-router';
import type { SearchResultsQuery } from '../../gql/graphql.js';
import { useT } from '../../i18n/i18n.js';
import { ThemeIcon } from '../../ui/ThemeIcon.js';

export type Hit = SearchResultsQuery['searchOffers']['hits'][number];

/** One result: title (the link), organisation, distance or "à distance", format, response delay. */
export function OfferCard({ hit, from, headingRef }: { hit: Hit; from: string; headingRef?: (el: HTMLAnchorElement | null) => void }) {
  const t = useT();
  const { offer } = hit;
  const callsBack = offer.engagement.includes('CONTACT_REQUEST');
  return (
    <article className="card offer-card">
      <ThemeIcon code={offer.theme} size={24} />
      <h2 className="offer-card__title">
        <Link to={`/offres/${offer.id}`} state={{ from }} ref={headingRef} className="offer-card__link">
          {offer.title}
        </Link>
      </h2>
      <p className="offer-card__org">{t.offerCard.by(offer.organisation.name)}</p>
      <ul className="offer-card__facts">
        {hit.distanceKm !== null && hit.distanceKm !== undefined ? (
          <li>{t.common.km(hit.distanceKm)}</li>
        ) : null}
        {hit.remote ? <li className="tag">{t.common.remote}</li> : null}
        <li>{t.formats[offer.format]}</li>
        {callsBack ? <li className="offer-card__delay">{t.common.callbackWithin(offer.responseDelayDays)}</li> : null}
      </ul>
    </article>
  );
}
