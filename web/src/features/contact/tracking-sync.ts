import type { ContactTrackingFieldsFragment } from '../../gql/graphql.js';
import { addMyStep, getMyStep, updateMyStep } from '../my-steps/my-steps.store.js';
import { contactRequestPatch } from '../my-steps/refresh.js';

/** Keeps the device's "Mes démarches" entry in step with what the tracking page shows (adds it when the link is opened on another phone). */
export async function syncTrackedStep(token: string, tracking: ContactTrackingFieldsFragment, now = new Date()): Promise<void> {
  const patch = { ...contactRequestPatch(tracking), offerTitle: tracking.offerTitle, token, statusCheckedAt: now.toISOString() };
  const existing = await getMyStep('contact-request', tracking.id);
  if (existing) {
    await updateMyStep('contact-request', tracking.id, patch);
    return;
  }
  if (tracking.erased) return; // erased: not brought back to this phone
  await addMyStep({
    kind: 'contact-request',
    id: tracking.id,
    token,
    offerId: tracking.offerId,
    offerTitle: tracking.offerTitle,
    organisationName: tracking.organisation.name,
    createdAt: tracking.createdAt,
    status: tracking.status,
    dueAt: tracking.dueAt,
    dueDateLabel: tracking.dueDateLabel,
    transferred: tracking.transferred,
    ...(tracking.outcome ? { outcome: tracking.outcome } : {}),
    statusCheckedAt: now.toISOString(),
  });
}

