import { graphqlRequest, SuppliersDocument } from '@lgx/web/data-access';
import type { AutocompleteOption } from '@lgx/web/ui';

/** How many suppliers the autocomplete offers at once. */
export const SUPPLIER_SUGGESTIONS = 10;

interface SupplierNode {
  id: string;
  name: string;
  companyNumber?: string | null;
  categories: { label: string }[];
}

/** A supplier as the autocomplete offers it, told apart from namesakes by number or category. */
export function supplierOption(node: SupplierNode): AutocompleteOption {
  const detail = node.companyNumber
    ? `Companies House ${node.companyNumber}`
    : node.categories[0]?.label;
  return { value: node.id, label: node.name, ...(detail ? { detail } : {}) };
}

/** Suppliers matching what was typed, best first, misspellings forgiven (the directory's search). */
export async function searchSuppliers(query: string): Promise<AutocompleteOption[]> {
  const data = await graphqlRequest(SuppliersDocument, {
    query,
    first: SUPPLIER_SUGGESTIONS,
    after: null,
  });
  return data.suppliers.edges.map(({ node }) => supplierOption(node));
}
