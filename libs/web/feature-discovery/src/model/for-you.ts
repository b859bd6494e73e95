import type { ForYouRadarContractFragment } from '@lgx/web/data-access';

export type ForYouContract = ForYouRadarContractFragment;

/** How many questions, renewals and groups each part of "for you" lists. */
export const FOR_YOU_SHOWN = 3;

/** The longest question text quoted in full; longer ones end with an ellipsis. */
export const QUESTION_QUOTE_LENGTH = 160;

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});

/** "31 March 2028", from YYYY-MM-DD or an ISO time. */
export const dayLabel = (iso: string) => dayFormat.format(new Date(iso));

/** "1 question", "3 questions". */
export const countOf = (count: number, one: string, many: string) =>
  `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

/** A question's text, cut at a word near QUESTION_QUOTE_LENGTH characters. */
export function quoteOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= QUESTION_QUOTE_LENGTH) return flat;
  const cut = flat.slice(0, QUESTION_QUOTE_LENGTH);
  const space = cut.lastIndexOf(' ');
  return `${(space > QUESTION_QUOTE_LENGTH / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** What a renewal is called: a public contract's title, else what was bought. */
export const renewalName = (contract: ForYouContract) => contract.title ?? contract.category.label;

/** A public contract's page; null for a supplier experience, which has none to link. */
export const renewalPath = (contract: ForYouContract) =>
  contract.ocid ? `/contracts/${encodeURIComponent(contract.ocid)}` : null;

/** "From Acme Ltd, ends 31 March 2028." */
export function renewalDetail(contract: ForYouContract): string {
  const supplier = contract.supplierName ?? 'a supplier not published';
  const from = contract.source === 'SUPPLIER_EXPERIENCE' ? 'Supplier experience with' : 'From';
  return `${from} ${supplier}, ends ${dayLabel(contract.endsOn)}.`;
}
