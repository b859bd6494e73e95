import { PROCUREMENT_ACT_DISCLAIMER } from '@lgx/shared/domain';
import { Details } from '@lgx/web/ui';

import { procurementActSteps } from '../model/procurement-act-steps';
import type { RadarContract } from '../model/radar-contract';

/** The Procurement Act 2023 notices that follow from a contract's end, as guidance with sources. */
export function ProcurementActGuidance({ contract }: { contract: RadarContract }) {
  const steps = procurementActSteps(contract.endsOn, {
    amount: contract.valueAmount,
    currency: contract.valueCurrency,
  });
  return (
    <Details summary="Procurement Act 2023 timing">
      <p className="govuk-body-s">{PROCUREMENT_ACT_DISCLAIMER}</p>
      <dl className="govuk-summary-list govuk-body-s">
        {steps.map((step) => (
          <div className="govuk-summary-list__row" key={step.title}>
            <dt className="govuk-summary-list__key">{step.title}</dt>
            <dd className="govuk-summary-list__value">
              <p className="govuk-body-s govuk-!-margin-bottom-1">{step.when}</p>
              <p className="govuk-body-s govuk-!-margin-bottom-1">{step.detail}</p>
              {step.sources.length > 0 && (
                <p className="govuk-body-s govuk-!-margin-bottom-0">
                  Source:{' '}
                  {step.sources.map((source, index) => (
                    <span key={source.url}>
                      {index > 0 && ', '}
                      <a className="govuk-link" href={source.url} rel="noreferrer" target="_blank">
                        {source.label} (opens in new tab)
                      </a>
                    </span>
                  ))}
                </p>
              )}
            </dd>
          </div>
        ))}
      </dl>
    </Details>
  );
}
