import type { AuditEventsQueryVariables } from '@lgx/web/data-access';

export const AUDIT_PAGE_SIZE = 25;
export const AUDIT_OUTCOMES = ['success', 'failure', 'denied'] as const;
/** The filters kept in the address, so a filtered page can be shared and reloaded. */
export const AUDIT_FILTER_KEYS = ['action', 'outcome'] as const;

/** The audit log query for the address's filters and cursor; unknown outcomes are ignored. */
export function auditVariablesFrom(params: URLSearchParams): AuditEventsQueryVariables {
  const action = params.get('action')?.trim();
  const outcome = params.get('outcome');
  return {
    first: AUDIT_PAGE_SIZE,
    after: params.get('after') || undefined,
    filter: {
      action: action || undefined,
      outcome:
        outcome && (AUDIT_OUTCOMES as readonly string[]).includes(outcome) ? outcome : undefined,
    },
  };
}
