import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { useT } from '../../i18n/i18n.js';
import { OfferPageQuery } from './offer.queries.js';

/** Placeholder for "be called back" and "book a seat" until those forms land (another issue). */
export function OfferActionPage() {
  const t = useT();
  const { id = '' } = useParams();
  const { data } = useQuery(OfferPageQuery, { variables: { id } });
  usePageTitle(t.action.title);
  const org = data?.offer?.organisation;
  return (
    <>
      <h1 tabIndex={-1}>{t.action.title}</h1>
      <p>{t.action.text}</p>
      {org ? (
        <>
          <p>{t.action.alternative}</p>
          <ul className="link-list">
            <li>
              <strong>{org.name}</strong>
            </li>
            {org.phone ? (
              <li>
                <a href={`tel:${org.phone.replace(/\s+/g, '')}`}>{t.offer.call(org.phone)}</a>
              </li>
            ) : null}
            {org.email ? (
              <li>
                <a href={`mailto:${org.email}`}>{org.email}</a>
              </li>
            ) : null}
          </ul>
        </>
      ) : null}
      <p>
        <Link to={`/offres/${id}`}>{t.action.back}</Link>
      </p>
    </>
  );
}
