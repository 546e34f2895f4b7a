import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.js';
import { Button } from '../../ui/Button.js';
import { Card } from '../../ui/Card.js';
import { hasPlace, RADII, resultsHref, type SearchState } from './search-params.js';
import { NearestInfoJeunesQuery } from './search.queries.js';

/** Search words (not shown to the youth): the name of the network, matched in organisation names. */
const INFO_JEUNES_WORDS = 'Info Jeunes';
const INFO_JEUNES_DIRECTORY = 'https://www.infojeunesfrance.org/';

/** No result: widen the radius, drop a filter, or talk to the nearest Info Jeunes. */
export function EmptyResults({ state, go }: { state: SearchState; go: (next: Partial<SearchState>) => void }) {
  const t = useT();
  const nextRadius = state.rayon !== undefined ? RADII.find((km) => km > state.rayon!) : undefined;
  const { data } = useQuery(NearestInfoJeunesQuery, {
    skip: !hasPlace(state),
    variables: {
      input: { communeCode: state.commune ?? null, near: state.commune ? null : (state.near ?? null), text: INFO_JEUNES_WORDS, sort: 'DISTANCE', first: 10 },
    },
  });
  const hit = data?.searchOffers.hits.find((h) => h.offer.organisation.kind === 'INFO_JEUNES');
  const org = hit?.offer.organisation;
  const venue = org?.venues[0];

  return (
    <section aria-labelledby="empty-title" className="empty">
      <h2 id="empty-title">{t.results.emptyTitle}</h2>
      <p>{t.results.emptyIntro}</p>
      <ul className="empty__actions">
        {state.rayon !== undefined ? (
          <li>
            <Button variant="secondary" onClick={() => go({ rayon: nextRadius })}>
              {nextRadius ? t.results.widenRadius(nextRadius) : t.results.noRadius}
            </Button>
          </li>
        ) : null}
        {state.themes.map((code) => (
          <li key={code}>
            <Button variant="secondary" onClick={() => go({ themes: state.themes.filter((c) => c !== code) })}>
              {t.results.dropTheme(t.themes[code])}
            </Button>
          </li>
        ))}
        {state.formats.map((code) => (
          <li key={code}>
            <Button variant="secondary" onClick={() => go({ formats: state.formats.filter((c) => c !== code) })}>
              {t.results.dropFormat(t.formats[code])}
            </Button>
          </li>
        ))}
        {state.texte ? (
          <li>
            <Button variant="secondary" onClick={() => go({ texte: undefined })}>
              {t.results.dropText(state.texte)}
            </Button>
          </li>
        ) : null}
        {state.age !== undefined || state.situation ? (
          <li>
            <Button variant="secondary" onClick={() => go({ age: undefined, situation: undefined })}>
              {t.results.dropProfile}
            </Button>
          </li>
        ) : null}
      </ul>
      <Card as="section" className="info-jeunes">
        <h3>{t.results.infoJeunesTitle}</h3>
        <p>{t.results.infoJeunesText}</p>
        {org ? (
          <>
            <p className="info-jeunes__name">
              <strong>{org.name}</strong>
              {hit?.distanceKm !== null && hit?.distanceKm !== undefined ? <span> — {t.common.km(hit.distanceKm)}</span> : null}
            </p>
            {venue ? (
              <p>
                {venue.address}, {venue.commune.name}
              </p>
            ) : null}
            <ul className="link-list">
              {org.phone ? (
                <li>
                  <a href={`tel:${org.phone.replace(/\s+/g, '')}`}>{t.results.infoJeunesCall(org.phone)}</a>
                </li>
              ) : null}
              <li>
                <Link to={resultsHref({ ...state, themes: [], formats: [], texte: INFO_JEUNES_WORDS, rayon: undefined, age: undefined, situation: undefined })}>{t.results.infoJeunesSee}</Link>
              </li>
            </ul>
          </>
        ) : (
          <p>
            <a href={INFO_JEUNES_DIRECTORY} target="_blank" rel="noopener noreferrer">
              {t.results.infoJeunesFallback} <span className="sr-only">{t.common.opensNewWindow}</span>
            </a>
          </p>
        )}
      </Card>
    </section>
  );
}
