import {
  type ContractCertainty,
  contractDay,
  type ContractSource,
  contractSourceText,
} from '@lgx/web/util';

/** A contract's date, with where it came from and how sure it is; or that the notices do not say. */
export function ContractDate({
  date,
}: {
  date: { date: unknown; source: ContractSource; certainty: ContractCertainty } | null;
}) {
  if (!date) return <>Not stated</>;
  return (
    <>
      {contractDay(date.date)}
      <span className="govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">
        {contractSourceText(date.source, date.certainty)}
      </span>
    </>
  );
}
