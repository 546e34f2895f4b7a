import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import { Button } from '../../ui/Button.js';
import { BookingCalendarQuery } from './booking.queries.js';
import { downloadText } from '../../shared/download.js';
import { useBookingMessages } from './messages.fr.js';

/** "Ajouter à mon agenda": downloads the booking's .ics file (`bookingCalendar`), with a spoken result. */
export function CalendarButton({ token, describedBy }: { token: string; describedBy?: string }) {
  const b = useBookingMessages();
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');

  const download = async () => {
    setBusy(true);
    setMessage(b.calendarPreparing);
    try {
      const { data } = await client.query({ query: BookingCalendarQuery, variables: { token }, fetchPolicy: 'no-cache' });
      const file = data?.bookingCalendar;
      if (!file) throw new Error('no calendar file');
      downloadText(file);
      setMessage(b.calendarDone(file.filename));
    } catch {
      setMessage(b.calendarFailed);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="calendar">
      <Button variant="secondary" onClick={() => void download()} disabled={busy} aria-describedby={['calendar-hint', describedBy].filter(Boolean).join(' ')}>
        {b.addToCalendar}
      </Button>
      <p id="calendar-hint" className="hint">
        {b.calendarHint}
      </p>
      <p role="status" className="booking-status">
        {message}
      </p>
    </div>
  );
}
