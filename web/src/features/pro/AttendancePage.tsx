import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/page-title.js';
import { Button } from '../../ui/Button.js';
import { Notice, Spinner } from './ui.js';
import { request } from './api.js';
import { ATTENDANCE_CSV, MARK_ATTENDANCE, SESSION_ATTENDANCE, type AttendanceEntry, type DownloadFile, type SessionAttendance } from './booking-api.js';
import { downloadText } from '../../shared/download.js';
import { mb } from './booking-messages.js';
import { errorText, formatDateTime } from './ProPage.js';
import './attendance.css';

const SEAT_STATUSES = ['CONFIRMED', 'ATTENDED', 'NO_SHOW'];

const longDate = (iso: string) =>
  new Date(iso).toLocaleString('fr-FR', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });
const time = (iso: string) => new Date(iso).toLocaleTimeString('fr-FR', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Paris' });

/**
 * A session's attendance list (`/pro/seances/:sessionId`): seat holders, then the waitlist in order,
 * in one table that prints on its own (attendance.css); "Présent·e" / "Absent·e" once the session has
 * started; CSV export for spreadsheets.
 */
export function AttendancePage() {
  const { sessionId = '' } = useParams();
  const [data, setData] = useState<SessionAttendance>();
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState<string>();
  usePageTitle(data ? mb.attendanceOf(data.offerTitle) : mb.attendance);

  const load = useCallback(async () => {
    try {
      setData((await request<{ sessionAttendance: SessionAttendance }>(SESSION_ATTENDANCE, { sessionId })).sessionAttendance);
      setError(undefined);
    } catch (e) {
      setError(errorText(e));
    }
  }, [sessionId]);
  useEffect(() => {
    void load();
  }, [load]);

  if (error && !data)
    return (
      <>
        <h1 tabIndex={-1}>{mb.attendance}</h1>
        <div role="alert">
          <Notice tone="error">{error}</Notice>
        </div>
      </>
    );
  if (!data) return <Spinner label="Chargement de la liste…" />;

  const { session, entries } = data;
  const seats = entries.filter((entry) => SEAT_STATUSES.includes(entry.status));
  const waitlist = entries.filter((entry) => entry.status === 'WAITLISTED');
  const started = Date.parse(session.startsAt) <= Date.now();
  const canMark = started && session.status === 'SCHEDULED';
  const place = session.venue ? `${session.venue.name}, ${session.venue.address}, ${session.venue.commune.name}` : mb.online;
  const columns = canMark ? 6 : 5;

  async function mark(entry: AttendanceEntry, attended: boolean) {
    setBusy(entry.id);
    setProblem(undefined);
    setStatus('');
    try {
      const { markAttendance } = await request<{ markAttendance: AttendanceEntry }>(MARK_ATTENDANCE, { bookingId: entry.id, attended });
      setData((current) => current && { ...current, entries: current.entries.map((e) => (e.id === entry.id ? { ...e, ...markAttendance } : e)) });
      setStatus(mb.marked(entry.firstName ?? mb.anonymous, attended));
    } catch (e) {
      setProblem(errorText(e));
    } finally {
      setBusy(undefined);
    }
  }

  async function exportCsv() {
    setProblem(undefined);
    try {
      const file = (await request<{ sessionAttendanceCsv: DownloadFile }>(ATTENDANCE_CSV, { sessionId })).sessionAttendanceCsv;
      downloadText(file);
      setStatus(mb.exported(file.filename));
    } catch (e) {
      setProblem(errorText(e));
    }
  }

  const row = (entry: AttendanceEntry, index: number) => {
    const name = entry.firstName ?? mb.anonymous;
    const isSeat = SEAT_STATUSES.includes(entry.status);
    return (
      <tr key={entry.id}>
        <td>{entry.status === 'WAITLISTED' && entry.waitlistPosition ? mb.waitlistPosition(entry.waitlistPosition) : index + 1}</td>
        <th scope="row">{entry.firstName ?? <em>{mb.erased}</em>}</th>
        <td>
          {entry.email ? <div>{entry.email}</div> : null}
          {entry.phone ? <div>{entry.phone}</div> : null}
        </td>
        <td>
          <span className={`attendance__status attendance__status--${entry.status.toLowerCase()}`}>{mb.status[entry.status] ?? entry.status}</span>
          {entry.promotedAt ? <div className="attendance__note">{mb.promoted}</div> : null}
        </td>
        <td>{formatDateTime(entry.createdAt)}</td>
        {canMark ? (
          <td className="no-print">
            {isSeat ? (
              <div className="attendance__marks">
                <Button variant={entry.status === 'ATTENDED' ? 'primary' : 'secondary'} aria-pressed={entry.status === 'ATTENDED'} disabled={busy === entry.id} onClick={() => void mark(entry, true)}>
                  {mb.present}
                  <span className="sr-only">{mb.markFor(name)}</span>
                </Button>
                <Button variant={entry.status === 'NO_SHOW' ? 'primary' : 'secondary'} aria-pressed={entry.status === 'NO_SHOW'} disabled={busy === entry.id} onClick={() => void mark(entry, false)}>
                  {mb.absent}
                  <span className="sr-only">{mb.markFor(name)}</span>
                </Button>
              </div>
            ) : null}
          </td>
        ) : null}
      </tr>
    );
  };

  return (
    <div className="attendance">
      <p className="back-link no-print">
        <Link to={`/pro/offres/${encodeURIComponent(data.offerId)}`}>
          <span aria-hidden="true">← </span>
          {mb.backToOffer}
        </Link>
      </p>
      <h1 tabIndex={-1}>{mb.attendanceOf(data.offerTitle)}</h1>
      <p className="attendance__session">
        <strong>
          {longDate(session.startsAt)} – {time(session.endsAt)}
        </strong>
        <br />
        {place}
      </p>
      {session.status === 'CANCELLED' ? <Notice tone="warning">{mb.sessionCancelled}</Notice> : null}
      <p>{mb.counts(seats.length, session.capacity, waitlist.length, data.cancelledCount)}</p>
      <p className="print-only">{mb.printedOn(formatDateTime(new Date().toISOString()))}</p>

      <div className="pro__actions no-print">
        <Button variant="secondary" onClick={() => window.print()}>
          {mb.print}
        </Button>
        <Button variant="secondary" onClick={() => void exportCsv()}>
          {mb.exportCsv}
        </Button>
      </div>
      {!started && session.status === 'SCHEDULED' && entries.length ? <p className="no-print">{mb.notStarted}</p> : null}
      <p role="status" className="no-print attendance__live">
        {status}
      </p>
      <div role="alert" className="no-print">
        {problem ? <Notice tone="error">{problem}</Notice> : null}
      </div>

      {entries.length === 0 ? (
        <p>{mb.empty}</p>
      ) : (
        <div className="pro__table-wrap">
          <table className="pro__table attendance__table">
            <caption>{mb.caption(formatDateTime(session.startsAt))}</caption>
            <thead>
              <tr>
                <th scope="col">{mb.colNumber}</th>
                <th scope="col">{mb.colFirstName}</th>
                <th scope="col">{mb.colContact}</th>
                <th scope="col">{mb.colStatus}</th>
                <th scope="col">{mb.colBooked}</th>
                {canMark ? (
                  <th scope="col" className="no-print">
                    {mb.colMark}
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              <tr className="attendance__group">
                <th scope="rowgroup" colSpan={columns}>
                  {mb.seatsGroup(seats.length)}
                </th>
              </tr>
              {seats.map(row)}
            </tbody>
            {waitlist.length ? (
              <tbody>
                <tr className="attendance__group">
                  <th scope="rowgroup" colSpan={columns}>
                    {mb.waitlistGroup(waitlist.length)}
                  </th>
                </tr>
                {waitlist.map(row)}
              </tbody>
            ) : null}
          </table>
        </div>
      )}
    </div>
  );
}
