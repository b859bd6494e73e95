/** How public contracts are written for people, on the contract, council and supplier pages. */

export type ContractSource = 'TENDER_ESTIMATE' | 'AWARD' | 'CONTRACT';
export type ContractCertainty = 'ESTIMATED' | 'EXPECTED' | 'CONFIRMED';

const SOURCE: Record<ContractSource, string> = {
  TENDER_ESTIMATE: 'the tender notice’s estimate',
  AWARD: 'the award notice',
  CONTRACT: 'the contract notice',
};
const CERTAINTY: Record<ContractCertainty, string> = {
  ESTIMATED: 'estimated',
  EXPECTED: 'expected',
  CONFIRMED: 'confirmed',
};
const SYMBOL: Record<string, string> = { GBP: '£', EUR: '€' };

/** The page of a contract: ocids are URL-safe, but encoded all the same. */
export const contractPath = (ocid: string) => `/contracts/${encodeURIComponent(ocid)}`;

/** "1,500,000.50": thousands grouped, every digit kept as stated (no rounding through a float). */
export function groupedAmount(amount: string): string {
  const match = /^(-?)(\d+)(\.\d+)?$/.exec(amount.trim());
  if (!match) return amount;
  const [, sign, whole, fraction = ''] = match;
  return `${sign}${whole!.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}${fraction}`;
}

/**
 * A value as the notice stated it: "£1,500,000", "USD 20,000", or, with no
 * currency stated, "20,000 (currency not stated)": never guessed.
 */
export function statedValue(value: { amount: string; currency?: string | null }): string {
  const amount = groupedAmount(value.amount);
  if (!value.currency) return `${amount} (currency not stated)`;
  const symbol = SYMBOL[value.currency.toUpperCase()];
  return symbol ? `${symbol}${amount}` : `${value.currency} ${amount}`;
}

/** "31 March 2028", in UK time: an instant from the API (a DateTime, so typed unknown). */
export function contractDay(instant: unknown): string {
  const date = new Date(typeof instant === 'string' ? instant : Number.NaN);
  if (Number.isNaN(date.getTime())) return 'Not stated';
  return date.toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  });
}

/** Where a date or value came from and how sure it is: "expected, from the award notice". */
export function contractSourceText(source: ContractSource, certainty?: ContractCertainty): string {
  return certainty ? `${CERTAINTY[certainty]}, from ${SOURCE[source]}` : `from ${SOURCE[source]}`;
}

/** The date a contract can run to: its latest possible end when stated, else its end. */
export function latestEnd(contract: {
  contractEnd?: { date: unknown } | null;
  maxExtentDate?: { date: unknown } | null;
}): unknown {
  return contract.maxExtentDate?.date ?? contract.contractEnd?.date ?? null;
}
