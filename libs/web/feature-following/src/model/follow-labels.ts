import type { DigestFrequency, FollowKind } from '@lgx/web/data-access';

/** What each kind of follow is called on the Following page. */
export const FOLLOW_KIND_LABELS: Record<FollowKind, string> = {
  COUNCIL: 'Council',
  TOPIC: 'Topic',
  COMPONENT: 'Component',
  SUPPLIER: 'Supplier',
  PROCUREMENT_GROUP: 'Procurement group',
  SAVED_SEARCH: 'Saved search',
};

export const DIGEST_LABELS: Record<DigestFrequency, string> = {
  DAILY: 'Daily',
  WEEKLY: 'Weekly',
};

/** When a notification came, in words: "1 December 2026 at 9:05am". */
export function whenLabel(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  const time = date
    .toLocaleTimeString('en-GB', { hour: 'numeric', minute: '2-digit', hour12: true })
    .replace(' ', '')
    .toLowerCase();
  return `${day} at ${time}`;
}
