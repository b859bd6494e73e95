import type { SearchQuery } from '@lgx/web/data-access';

import { statedValueText } from '../model/contract-value';
import { formatPublished } from '../model/result-path';

type Hit = SearchQuery['search']['edges'][number]['node'];

/** When a contract ends, and the latest it can with extensions when the notice says. */
function endText(hit: Pick<Hit, 'contractEnd' | 'maxExtentDate'>): string | null {
  const end = formatPublished(hit.contractEnd);
  const latest = formatPublished(hit.maxExtentDate);
  if (end && latest && end !== latest) return `${end} (up to ${latest} with extensions)`;
  if (end) return end;
  return latest ? `Up to ${latest} with extensions` : null;
}

/**
 * A contract result's facts as the notice published them: the buyer, the
 * suppliers, the value (in the currency stated, or said to have none) and the end.
 */
export function ContractHitDetails({ hit }: { hit: Hit }) {
  const suppliers = hit.supplierNames ?? [];
  const items: [string, string][] = [
    ['Buyer', hit.buyerName ?? 'Not stated'],
    [suppliers.length > 1 ? 'Suppliers' : 'Supplier', suppliers.join(', ') || 'None stated'],
    ['Value', statedValueText(hit.valueAmount, hit.valueCurrency) ?? 'Not stated'],
    ['Ends', endText(hit) ?? 'Not stated'],
  ];
  return (
    <dl className="govuk-summary-list govuk-summary-list--no-border govuk-!-font-size-16 govuk-!-margin-bottom-2">
      {items.map(([term, value]) => (
        <div key={term} className="govuk-summary-list__row">
          <dt className="govuk-summary-list__key">{term}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
