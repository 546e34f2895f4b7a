import type { ContactRequestFilter, ContactRequestStatus } from './api.js';
import { mc } from './messages.js';

/** The status filter's choices, as they appear in the URL (`?statut=`); "à traiter" when absent. */
export const STATUS_CHOICES = [
  { key: 'a-traiter', label: mc.statusTodo, statuses: ['NEW', 'IN_PROGRESS'] },
  { key: 'closes', label: mc.statusClosed, statuses: ['CLOSED'] },
  { key: 'terminees', label: mc.statusEnded, statuses: ['CANCELLED', 'EXPIRED'] },
  { key: 'toutes', label: mc.statusAll, statuses: undefined },
] as const satisfies readonly { key: string; label: string; statuses: readonly ContactRequestStatus[] | undefined }[];
type StatusKey = (typeof STATUS_CHOICES)[number]['key'];
export const ASSIGNEE_PARAM: Record<string, string> = { moi: 'ME', personne: 'UNASSIGNED' };

export interface InboxParams {
  status: StatusKey;
  overdue: boolean;
  offerId: string;
  assignee: '' | 'moi' | 'personne';
  organisationId: string;
}

/** The filters kept in the query string: `?statut=closes&retard=oui&offre=…&suivi=moi|personne&organisation=…`. */
export function readInboxParams(params: URLSearchParams): InboxParams {
  const status = params.get('statut');
  const assignee = params.get('suivi');
  return {
    status: STATUS_CHOICES.find((c) => c.key === status)?.key ?? 'a-traiter',
    overdue: params.get('retard') === 'oui',
    offerId: params.get('offre') ?? '',
    assignee: assignee === 'moi' || assignee === 'personne' ? assignee : '',
    organisationId: params.get('organisation') ?? '',
  };
}

export function toApiFilter(p: InboxParams): ContactRequestFilter {
  const statuses = STATUS_CHOICES.find((c) => c.key === p.status)?.statuses;
  return {
    ...(statuses ? { statuses: [...statuses] } : {}),
    ...(p.overdue ? { overdue: true } : {}),
    ...(p.offerId ? { offerId: p.offerId } : {}),
    ...(p.assignee ? { assignee: ASSIGNEE_PARAM[p.assignee] } : {}),
    ...(p.organisationId ? { organisationId: p.organisationId } : {}),
  };
}

/** Today in France, AAAA-MM-JJ (the export's file name). */
export function parisDay(now = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
