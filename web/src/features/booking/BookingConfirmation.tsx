import { useEffect, useRef, useState } from 'react';
import { usePageTitle } from '../../app/page-title.js';
import type { BookWorkshopMutation } from '../../gql/graphql.js';
import { ButtonLink } from '../../ui/Button.js';
import { Notice } from '../../ui/Notice.js';
import { addMyStep } from '../my-steps/my-steps.store.js';
import { bookingStep } from './booking-step.js';
import { CalendarButton } from './CalendarButton.js';
import { useBookingMessages } from './messages.fr.js';
import { SessionDetails } from './SessionDetails.js';
import './booking-pages.css';

export type Receipt = BookWorkshopMutation['bookWorkshop'];

/** Moves the focus to the new screen's heading (same URL: the layout does not). */
function useFocusOnMount<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => {
    window.scrollTo(0, 0);
    ref.current?.focus();
  }, []);
  return ref;
}

/** The confirmation screen: seat or waitlist position, the session, the calendar file, the tracking link; the booking saved in Mes démarches. */
export function BookingConfirmation({ receipt, emailGiven }: { receipt: Receipt; emailGiven: boolean }) {
  const b = useBookingMessages();
  // Kept in Mes démarches with its token and the session's start (false: this device cannot store it).
  const [stored, setStored] = useState(true);
  useEffect(() => {
    void addMyStep(bookingStep(receipt, receipt.token, new Date().toISOString())).then(setStored);
  }, [receipt]);
  const waitlisted = receipt.status === 'WAITLISTED';
  const title = waitlisted ? b.waitlistedTitle : b.confirmedTitle;
  usePageTitle(title);
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const path = `/reservation/${encodeURIComponent(receipt.token)}`;
  const url = `${window.location.origin}${path}`;
  return (
    <>
      <h1 tabIndex={-1} ref={heading}>
        {title}
      </h1>
      <Notice tone="success">
        <p>
          <strong>{waitlisted ? b.waitlistedText(receipt.waitlistPosition ?? 1) : b.confirmedText(receipt.offerTitle, receipt.organisationName)}</strong>
        </p>
        <p>{emailGiven ? b.emailSent : b.phoneOnly}</p>
      </Notice>
      <section className="card booking-session" aria-labelledby="confirmation-session-title">
        <h2 id="confirmation-session-title">{receipt.offerTitle}</h2>
        <p>{receipt.organisationName}</p>
        <SessionDetails session={receipt.session} showLink={!waitlisted} />
        <CalendarButton token={receipt.token} />
      </section>
      {!stored ? (
        <Notice tone="warning">
          <p>{b.notStored}</p>
        </Notice>
      ) : null}
      <section className="card booking-track" aria-labelledby="confirmation-track-title">
        <h2 id="confirmation-track-title">{b.trackTitle}</h2>
        <p>{b.trackText}</p>
        <p className="tracking-url">{url}</p>
        <p>
          <strong>{b.privateLink}</strong>
        </p>
        <div className="button-row">
          <ButtonLink to={path}>{b.trackLink}</ButtonLink>
          <ButtonLink variant="secondary" to="/mes-demarches">
            {b.seeMySteps}
          </ButtonLink>
        </div>
      </section>
    </>
  );
}
