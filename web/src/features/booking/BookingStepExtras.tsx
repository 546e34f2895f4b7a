import { Link } from 'react-router';
import { useT } from '../../i18n/i18n.js';
import type { BookingStep } from '../my-steps/my-steps.store.js';
import { mayCancel } from './booking-step.js';

/** What Mes démarches adds under a booking: the waitlist position, who cancelled, and a way to cancel. */
export function BookingStepExtras({ step, describedBy }: { step: BookingStep; describedBy: string }) {
  const m = useT().mySteps;
  return (
    <>
      {step.status === 'WAITLISTED' && step.waitlistPosition ? <p>{m.bookingWaitlist(step.waitlistPosition)}</p> : null}
      {step.status === 'CANCELLED' && step.cancelledBy === 'ORGANISATION' ? <p>{m.bookingCancelledByOrganisation}</p> : null}
      {mayCancel(step) ? (
        <p>
          <Link to={`/reservation/${encodeURIComponent(step.token)}?annuler=1`} aria-describedby={describedBy}>
            {m.cancelBooking}
          </Link>
        </p>
      ) : null}
    </>
  );
}
