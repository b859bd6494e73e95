import type { ContractPageQuery } from '@lgx/web/data-access';
import { SummaryList, type SummaryRow } from '@lgx/web/ui';
import { contractDay, contractSourceText, councilLink, statedValue } from '@lgx/web/util';

import { cpvText, noticeSiteName, procedureText, statedFlag } from '../model/contract-labels';
import { ContractDate } from './contract-date';
import { ContractSuppliers } from './contract-suppliers';

type Contract = ContractPageQuery['contract'];

function buyerValue(buyer: Contract['buyer']) {
  if (!buyer.council) return buyer.name ?? 'Not stated';
  return (
    <>
      {councilLink(buyer.council)}
      {buyer.name && (
        <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
          Published as “{buyer.name}”
        </span>
      )}
    </>
  );
}

function valueText(value: Contract['value']) {
  if (!value) return 'Not stated';
  return (
    <>
      {statedValue(value)}
      <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
        As stated, {contractSourceText(value.source)}
      </span>
    </>
  );
}

function noticeLinks(urls: string[]) {
  if (urls.length === 0) return 'None published';
  return (
    <ul className="govuk-list">
      {urls.map((url) => (
        <li key={url}>
          <a className="govuk-link lgx-break-words" href={url} rel="noopener noreferrer">
            {noticeSiteName(url)} notice
            <span className="govuk-visually-hidden">
              {' '}
              (opens the notice on {noticeSiteName(url)})
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/** Every row of a contract's record, each saying what the notices state and nothing more. */
export function contractRows(contract: Contract): SummaryRow[] {
  return [
    { key: 'Buyer', value: buyerValue(contract.buyer) },
    { key: 'Suppliers awarded', value: <ContractSuppliers suppliers={contract.suppliers} /> },
    { key: 'Value', value: valueText(contract.value) },
    {
      key: 'Main category (CPV)',
      value: contract.cpvMain ? cpvText(contract.cpvMain) : 'Not stated',
    },
    ...(contract.cpvAdditional.length > 0
      ? [{ key: 'Other categories (CPV)', value: contract.cpvAdditional.map(cpvText).join('; ') }]
      : []),
    {
      key: 'Procedure',
      value: procedureText(contract.procurementMethod, contract.procurementMethodDetails),
    },
    { key: 'Framework', value: statedFlag(contract.isFramework) },
    { key: 'Dynamic market', value: statedFlag(contract.isDynamicMarket) },
    { key: 'Starts', value: <ContractDate date={contract.contractStart} /> },
    { key: 'Ends', value: <ContractDate date={contract.contractEnd} /> },
    {
      key: 'Latest possible end, with extensions',
      value: <ContractDate date={contract.maxExtentDate} />,
    },
    { key: 'Notices', value: noticeLinks(contract.noticeUrls) },
    {
      key: 'Last updated',
      value: `${contractDay(contract.lastReleaseDate)}, from ${contract.releaseCount} ${contract.releaseCount === 1 ? 'notice release' : 'notice releases'}`,
    },
  ];
}

/** A contract's record as a GOV.UK summary list, with its source and licence. */
export function ContractRecord({ contract }: { contract: Contract }) {
  return (
    <>
      <span className="govuk-caption-l">Public contract</span>
      <h1 className="govuk-heading-xl lgx-break-words">{contract.title ?? 'Untitled contract'}</h1>
      {contract.description && <p className="govuk-body lgx-break-words">{contract.description}</p>}
      <SummaryList rows={contractRows(contract)} />
      <p className="govuk-body-s">
        Source: Contracts Finder / Find a Tender, published under the{' '}
        <a
          className="govuk-link"
          href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/"
          rel="noopener noreferrer"
        >
          Open Government Licence
        </a>
        . Contract id: <span className="lgx-break-words">{contract.ocid}</span>.
      </p>
    </>
  );
}
