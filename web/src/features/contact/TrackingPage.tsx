import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { Link, useParams } from 'react-router';
import { isNetworkError } from '../../app/apollo.js';
import { usePageTitle } from '../../app/page-title.js';
import type { ContactTrackingFieldsFragment } from '../../gql/graphql.js';
import { useI18n, useT } from '../../i18n/i18n.js';
import { Button, ButtonLink } from '../../ui/Button.js';
import { Notice } from '../../ui/Notice.js';
import { Spinner } from '../../ui/Spinner.js';
import { removeMyStep } from '../my-steps/my-steps.store.js';
import {
  CancelContactRequestMutation,
  ContactTrackingQuery,
  EraseContactRequestMutation,
  ReportContactedMutation,
  ReportNotContactedMutation,
} from './tracking.queries.js';
import { dueDateText } from './due-date.js';
import { syncTrackedStep } from './tracking-sync.js';
import { useTrackingMessages } from './tracking.messages.fr.js';
import './contact.css';

type Tracking = ContactTrackingFieldsFragment;
type Action = 'contacted' | 'notContacted' | 'cancel' | 'erase';

const OPEN = ['NEW', 'IN_PROGRESS'];

/** `/suivi/:token`: the youth follows a request with the private link; no personal data comes back. */
export function TrackingPage() {
  const { token = '' } = useParams();
  const t = useT();
  const m = useTrackingMessages();
  const { data, loading, error, refetch } = useQuery(ContactTrackingQuery, { variables: { token }, fetchPolicy: 'cache-and-network' });
  const tracking = data?.contactRequestByToken ?? undefined;
  const unknown = Boolean(data && !data.contactRequestByToken);
  usePageTitle(unknown ? m.notFoundTitle : m.title);

  useEffect(() => {
    if (tracking) void syncTrackedStep(token, tracking);
  }, [token, tracking]);

  if (!data && loading) return <Spinner label={t.common.loading} />;
  if (unknown) {
    return (
      <>
        <h1 tabIndex={-1}>{m.notFoundTitle}</h1>
        <p>{m.notFoundText}</p>
        <div className="button-row">
          <ButtonLink to="/mes-demarches">{m.seeMySteps}</ButtonLink>
          <ButtonLink to="/" variant="secondary">
            {t.offer.backToSearch}
          </ButtonLink>
        </div>
      </>
    );
  }
  if (!tracking) {
    return (
      <>
        <h1 tabIndex={-1}>{m.title}</h1>
        <Notice tone="error" live="assertive">
          <p>{error && isNetworkError(error) ? t.common.networkError : t.common.serverError}</p>
          <Button variant="secondary" onClick={() => void refetch()}>
            {t.common.retry}
          </Button>
        </Notice>
      </>
    );
  }
  return <TrackingView token={token} tracking={tracking} />;
}

function TrackingView({ token, tracking }: { token: string; tracking: Tracking }) {
  const { lang } = useI18n();
  const m = useTrackingMessages();
  const org = tracking.organisation;
  const date = dueDateText(lang, tracking) ?? '';
  const open = OPEN.includes(tracking.status);
  const [confirming, setConfirming] = useState<'cancel' | 'erase'>();
  const [busy, setBusy] = useState<Action>();
  const [feedback, setFeedback] = useState<{ tone: 'done' | 'failed'; text: string; lang?: 'fr' }>();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const confirmHeading = useRef<HTMLHeadingElement>(null);
  const openers = useRef<Partial<Record<'cancel' | 'erase', HTMLButtonElement | null>>>({});

  const [reportContacted] = useMutation(ReportContactedMutation);
  const [reportNotContacted] = useMutation(ReportNotContactedMutation);
  const [cancelRequest] = useMutation(CancelContactRequestMutation);
  const [eraseRequest] = useMutation(EraseContactRequestMutation);

  useEffect(() => {
    if (confirming) confirmHeading.current?.focus();
  }, [confirming]);

  const act = async (action: Action) => {
    if (busy) return;
    setBusy(action);
    setFeedback(undefined);
    const variables = { token };
    try {
      if (action === 'contacted') await reportContacted({ variables });
      else if (action === 'notContacted') await reportNotContacted({ variables });
      else if (action === 'cancel') await cancelRequest({ variables });
      else {
        await eraseRequest({ variables });
        await removeMyStep('contact-request', tracking.id);
      }
      const done = { contacted: m.contactedDone, notContacted: m.notContactedDone, cancel: m.cancelDone, erase: m.eraseDone }[action];
      setFeedback({ tone: 'done', text: done });
    } catch (error) {
      const apiMessage = CombinedGraphQLErrors.is(error) ? error.errors[0]?.message : undefined;
      setFeedback(apiMessage ? { tone: 'failed', text: apiMessage, ...(lang === 'fr' ? {} : { lang: 'fr' as const }) } : { tone: 'failed', text: m.actionFailed });
    } finally {
      setBusy(undefined);
      setConfirming(undefined);
      // The button pressed may be gone now: the focus goes to what happened.
      window.setTimeout(() => feedbackRef.current?.focus(), 0);
    }
  };

  const keep = (which: 'cancel' | 'erase') => {
    setConfirming(undefined);
    window.setTimeout(() => openers.current[which]?.focus(), 0);
  };

  const statusLine = m.status[tracking.status] ?? tracking.status;
  const canSayContacted = !tracking.reportedContacted && !tracking.erased && tracking.status !== 'CANCELLED';

  return (
    <>
      <h1 tabIndex={-1}>{m.title}</h1>
      <p className="contact-offer">
        {m.forOffer(tracking.offerTitle)} — <Link to={`/offres/${encodeURIComponent(tracking.offerId)}`}>{m.seeOffer}</Link>
      </p>

      <section className="card tracking-status" aria-labelledby="tracking-status-title">
        <h2 id="tracking-status-title">{m.statusTitle}</h2>
        <p className="tracking-status__now">{statusLine}</p>
        {tracking.status === 'CLOSED' && tracking.outcome ? <p>{m.outcomes[tracking.outcome] ?? ''}</p> : null}
        {tracking.transferred ? <p>{m.transferred(org.name)}</p> : null}
        {open && date ? <p>{m.due(org.name, date)}</p> : null}
        {open && tracking.overdue ? (
          <p>
            <strong>{m.overdue}</strong>
          </p>
        ) : null}
        {tracking.reportedContacted ? <p>{m.reportedContacted}</p> : null}
        {tracking.reportedNotContacted ? <p>{m.reportedNotContacted}</p> : null}
        {tracking.erased ? <p>{m.erased}</p> : null}
      </section>

      <section aria-labelledby="tracking-org-title">
        <h2 id="tracking-org-title">{m.orgTitle}</h2>
        <p>
          <strong>{org.name}</strong>
        </p>
        <p>
          {m.callHint} <a href={`tel:${org.phone.replace(/[^\d+]/g, '')}`}>{m.call(org.phone)}</a>
        </p>
      </section>

      <section className="tracking-actions" aria-labelledby="tracking-actions-title">
        <h2 id="tracking-actions-title">{m.actionsTitle}</h2>
        <div ref={feedbackRef} tabIndex={-1} className="tracking-feedback" role="status">
          {feedback ? (
            <Notice tone={feedback.tone === 'done' ? 'success' : 'error'}>
              <p lang={feedback.lang}>
                {feedback.tone === 'failed' ? <span aria-hidden="true">⚠ </span> : null}
                {feedback.text}
              </p>
            </Notice>
          ) : null}
        </div>

        {canSayContacted ? (
          <div>
            <Button onClick={() => void act('contacted')} disabled={busy !== undefined} aria-describedby="tracking-contacted-hint">
              {m.contacted}
            </Button>
            <p className="hint" id="tracking-contacted-hint">
              {m.contactedHint}
            </p>
          </div>
        ) : null}

        {tracking.canReportNotContacted ? (
          <div>
            <Button variant="secondary" onClick={() => void act('notContacted')} disabled={busy !== undefined} aria-describedby="tracking-not-contacted-hint">
              {m.notContacted}
            </Button>
            <p className="hint" id="tracking-not-contacted-hint">
              {m.notContactedHint(org.name)}
            </p>
          </div>
        ) : open && !tracking.overdue && !tracking.reportedNotContacted && date ? (
          <p className="hint">{m.notContactedLater(date)}</p>
        ) : null}

        {open ? (
          <div>
            <Button
              variant="secondary"
              ref={(button) => void (openers.current.cancel = button)}
              onClick={() => setConfirming('cancel')}
              disabled={busy !== undefined}
              aria-expanded={confirming === 'cancel'}
              aria-describedby="tracking-cancel-hint"
            >
              {m.cancel}
            </Button>
            <p className="hint" id="tracking-cancel-hint">
              {m.cancelHint}
            </p>
            {confirming === 'cancel' ? (
              <div className="confirm-panel" role="group" aria-labelledby="tracking-cancel-confirm">
                <h3 id="tracking-cancel-confirm" tabIndex={-1} ref={confirmHeading}>
                  {m.cancelConfirmTitle}
                </h3>
                <p>{m.cancelConfirmText(org.name)}</p>
                <div className="button-row">
                  <Button onClick={() => void act('cancel')} disabled={busy !== undefined}>
                    {m.cancelConfirm}
                  </Button>
                  <Button variant="secondary" onClick={() => keep('cancel')}>
                    {m.cancelKeep}
                  </Button>
                </div>
              </div>
            ) : null}
          </div>
        ) : null}

        {!tracking.erased ? (
          <div>
            <Button
              variant="secondary"
              ref={(button) => void (openers.current.erase = button)}
              onClick={() => setConfirming('erase')}
              disabled={busy !== undefined}
              aria-expanded={confirming === 'erase'}
              aria-describedby="tracking-erase-hint"
            >
              {m.erase}
            </Button>
            <p className="hint" id="tracking-erase-hint">
              {m.eraseHint}
            </p>
            {confirming === 'erase' ? (
              <div className="confirm-panel" role="group" aria-labelledby="tracking-erase-confirm">
                <h3 id="tracking-erase-confirm" tabIndex={-1} ref={confirmHeading}>
                  {m.eraseConfirmTitle}
                </h3>
                <p>{m.eraseConfirmText}</p>
                <div className="button-row">
                  <Button onClick={() => void act('erase')} disabled={busy !== undefined}>
                    {m.eraseConfirm}
                  </Button>
                  <Button variant="secondary" onClick={() => keep('erase')}>
                    {m.eraseKeep}
                  </Button>
                </div>
              </div>
            ) : null}
          </div>
        ) : null}
      </section>

      <p>
        <Link to="/mes-demarches">{m.seeMySteps}</Link>
      </p>
    </>
  );
}
