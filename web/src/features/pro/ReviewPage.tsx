import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { Button } from '../../ui/Button.js';
import { Card } from './ui.js';
import { Field } from './ui.js';
import { Notice } from './ui.js';
import { Spinner } from './ui.js';
import { PUBLISH_OFFER, REMIND_STALE, request, REVIEW_QUEUE, SEND_BACK, type OfferRow } from './api.js';
import { m } from './messages.js';
import { errorText, formatDateTime } from './ProPage.js';

type QueueRow = OfferRow & { summary: string };
interface Data {
  reviewQueue: { edges: { node: QueueRow }[] };
  staleOffers: { edges: { node: OfferRow }[] };
}

/** Coordinators and admins: offers waiting for review, and stale offers to remind. */
export function ReviewPage() {
  usePageTitle(m.review);
  const [data, setData] = useState<Data>();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string }>();
  const load = useCallback(async () => {
    try {
      setData(await request<Data>(REVIEW_QUEUE));
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(e) });
    }
  }, []);
  useEffect(() => {
    void load();
  }, [load]);

  const act = async (query: string, variables: Record<string, unknown>, success: (d: unknown) => string) => {
    setMessage(undefined);
    try {
      const d = await request(query, variables);
      await load();
      setMessage({ tone: 'success', text: success(d) });
      return true;
    } catch (e) {
      setMessage({ tone: 'error', text: errorText(e) });
      return false;
    }
  };

  const staleByOrg = new Map<string, { name: string; offers: OfferRow[] }>();
  for (const { node } of data?.staleOffers.edges ?? []) {
    const entry = staleByOrg.get(node.organisation.id) ?? { name: node.organisation.name, offers: [] };
    entry.offers.push(node);
    staleByOrg.set(node.organisation.id, entry);
  }

  return (
    <>
      <h1 tabIndex={-1}>{m.review}</h1>
      <div role="status">{message?.tone === 'success' ? <Notice tone="success">{message.text}</Notice> : null}</div>
      <div role="alert">{message?.tone === 'error' ? <Notice tone="error">{message.text}</Notice> : null}</div>
      {!data && message?.tone !== 'error' ? <Spinner label={m.loading} /> : null}
      {data ? (
        <>
          <h2>{m.queue}</h2>
          {data.reviewQueue.edges.length === 0 ? <p>{m.queueEmpty}</p> : null}
          <ul className="pro__cards">
            {data.reviewQueue.edges.map(({ node }) => (
              <li key={node.id}>
                <QueueItem offer={node} act={act} />
              </li>
            ))}
          </ul>
          <h2>{m.stale}</h2>
          {staleByOrg.size === 0 ? <p>{m.staleEmpty}</p> : null}
          {[...staleByOrg].map(([orgId, { name, offers }]) => (
            <Card as="section" key={orgId}>
              <h3>{name}</h3>
              <ul>
                {offers.map((o) => (
                  <li key={o.id}>
                    <Link to={`/pro/offres/${o.id}`}>{o.title}</Link> — {formatDateTime(o.updatedAt)}
                  </li>
                ))}
              </ul>
              <Button variant="secondary" onClick={() => void act(REMIND_STALE, { organisationId: orgId }, (d) => m.reminded((d as { remindStaleOffers: number }).remindStaleOffers))}>
                {m.remind}
                <span className="sr-only"> {name}</span>
              </Button>
            </Card>
          ))}
        </>
      ) : null}
    </>
  );
}

function QueueItem({ offer, act }: { offer: QueueRow; act: (q: string, v: Record<string, unknown>, s: (d: unknown) => string) => Promise<boolean> }) {
  const [sendingBack, setSendingBack] = useState(false);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string>();
  const fieldId = `comment-${offer.id}`;
  return (
    <Card>
      <h3>
        <Link to={`/pro/offres/${offer.id}`}>{offer.title}</Link>
      </h3>
      <p>
        {offer.organisation.name} · {formatDateTime(offer.updatedAt)}
      </p>
      <p>{offer.summary}</p>
      <div className="pro__actions">
        <Button onClick={() => void act(PUBLISH_OFFER, { id: offer.id }, () => m.published)}>
          {m.publish}
          <span className="sr-only"> « {offer.title} »</span>
        </Button>
        <Button variant="secondary" aria-expanded={sendingBack} onClick={() => setSendingBack((s) => !s)}>
          {m.sendBack}
          <span className="sr-only"> « {offer.title} »</span>
        </Button>
      </div>
      {sendingBack ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            if (!comment.trim()) {
              setError('Écris un commentaire pour l’équipe.');
              document.getElementById(fieldId)?.focus();
              return;
            }
            void act(SEND_BACK, { id: offer.id, comment }, () => m.sentBack);
          }}
          noValidate
          className="pro__form"
        >
          <Field id={fieldId} label={m.comment} error={error}>
            {(p) => <textarea {...p} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
          </Field>
          <Button type="submit">{m.sendBack}</Button>
        </form>
      ) : null}
    </Card>
  );
}
