import { contractDay, contractPath, latestEnd, statedValue } from '@lgx/web/util';
import { Fragment, type ReactNode } from 'react';

import { Button } from './button';
import { Table } from './table';

/** A public contract as a list shows it. */
export interface ContractTableItem {
  ocid: string;
  title?: string | null;
  value?: { amount: string; currency?: string | null } | null;
  contractEnd?: { date: unknown } | null;
  maxExtentDate?: { date: unknown } | null;
  suppliers?: { name: string; directoryEntry?: { id: string } | null }[];
  buyer?: { name?: string | null; council?: { code: string; name: string } | null };
}

type RenderLink = (props: { href: string; className: string; children: ReactNode }) => ReactNode;

function suppliersOf(contract: ContractTableItem, renderLink: RenderLink): ReactNode {
  const suppliers = contract.suppliers ?? [];
  if (suppliers.length === 0) return 'None awarded yet';
  return suppliers.map((supplier, index) => (
    <Fragment key={`${index}-${supplier.name}`}>
      {index > 0 && ', '}
      {supplier.directoryEntry
        ? renderLink({
            href: `/suppliers/${supplier.directoryEntry.id}`,
            className: 'govuk-link',
            children: supplier.name,
          })
        : supplier.name}
    </Fragment>
  ));
}

function buyerOf(contract: ContractTableItem, renderLink: RenderLink): ReactNode {
  const council = contract.buyer?.council;
  if (council)
    return renderLink({
      href: `/councils/${council.code}`,
      className: 'govuk-link',
      children: council.name,
    });
  return contract.buyer?.name ?? 'Not stated';
}

/**
 * Public contracts in a table: each links to its page, with its suppliers
 * (or its buyer), its value as stated and the latest it can end. The table
 * scrolls sideways on a narrow screen, so the page never does.
 */
export function ContractTable({
  caption,
  contracts,
  show,
  renderLink,
}: {
  caption: string;
  contracts: ContractTableItem[];
  /** The other party: the suppliers (on a council's page) or the buyer (on a supplier's). */
  show: 'suppliers' | 'buyer';
  renderLink: RenderLink;
}) {
  return (
    <Table
      caption={caption}
      captionHidden
      columns={[
        { label: 'Contract' },
        { label: show === 'suppliers' ? 'Suppliers' : 'Buyer' },
        { label: 'Value as stated', numeric: true },
        { label: 'Runs to' },
      ]}
      rows={contracts.map((contract) => {
        const end = latestEnd(contract);
        return {
          key: contract.ocid,
          cells: [
            renderLink({
              href: contractPath(contract.ocid),
              className: 'govuk-link',
              children: contract.title ?? 'Untitled contract',
            }),
            show === 'suppliers'
              ? suppliersOf(contract, renderLink)
              : buyerOf(contract, renderLink),
            contract.value ? statedValue(contract.value) : 'Not stated',
            contractDay(end),
          ],
        };
      })}
    />
  );
}

/**
 * A section's list of public contracts: what it shows, the table, a button
 * for more while there are more, and the data's source and licence.
 */
export function ContractList({
  intro,
  totalCount,
  onShowMore,
  loadingMore = false,
  ...table
}: Parameters<typeof ContractTable>[0] & {
  intro: ReactNode;
  totalCount: number;
  /** Shows more rows; absent when no more can be shown here. */
  onShowMore?: () => void;
  loadingMore?: boolean;
}) {
  return (
    <>
      <p className="govuk-body">{intro}</p>
      <ContractTable {...table} />
      {onShowMore && table.contracts.length < totalCount && (
        <Button type="button" variant="secondary" busy={loadingMore} onClick={onShowMore}>
          Show more contracts
        </Button>
      )}
      <p className="govuk-body-s">
        Source: Contracts Finder / Find a Tender, Open Government Licence.
      </p>
    </>
  );
}
