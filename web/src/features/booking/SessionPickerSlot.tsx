import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../../i18n/i18n.js';
import { Spinner } from '../../ui/Spinner.js';

/**
 * Where the offer page shows its session picker. The picker, its query and its labels are a lazy
 * chunk (precached by the service worker like every youth page): the offer page ships in the entry,
 * and the 170 KB budget of every youth route has little room. Its sessions need the network anyway.
 */
const SessionPicker = lazy(() => import('./SessionPicker.js').then((m) => ({ default: m.SessionPicker })));

export function SessionPickerSlot({ offerId, idPrefix }: { offerId: string; idPrefix?: string }) {
  const b = useT().bookingPicker;
  return (
    <PickerBoundary fallback={<p className="session-picker__problem">{b.pickerOffline}</p>}>
      <Suspense fallback={<Spinner label={b.pickerLoading} />}>
        <SessionPicker offerId={offerId} idPrefix={idPrefix} />
      </Suspense>
    </PickerBoundary>
  );
}

/** A picker whose code could not be downloaded (offline before the service worker had it) leaves the offer page standing. */
class PickerBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
