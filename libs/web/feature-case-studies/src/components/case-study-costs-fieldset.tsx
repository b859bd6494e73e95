import { PrefixedInput } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

const MONEY_HINT = 'In pounds. You can type 1.5m or 250k.';

/** The money: investment, running cost and cashable savings. */
export function CaseStudyCostsFieldset({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <h2 className="govuk-heading-l">The numbers</h2>
      <p className="govuk-body">
        Leave out anything you do not know. LGX works out the payback period and the three-year net
        benefit from the investment, running cost and cashable savings: you do not type them in.
      </p>
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="money-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h3 className="govuk-fieldset__heading">Costs and savings</h3>
          </legend>
          <div className="govuk-hint" id="money-hint">
            {MONEY_HINT}
          </div>
          <PrefixedInput
            id={IDS.investment}
            label="Investment, in pounds"
            prefix="£"
            hint="One-off costs, like building or buying it. For example, 2m or 150k."
            defaultValue={defaults.investment}
            error={error('investment')}
          />
          <PrefixedInput
            id={IDS.runningCostPerYear}
            label="Running cost per year, in pounds"
            prefix="£"
            suffix="per year"
            hint="Licences, support and staff to keep it going. For example, 250k."
            defaultValue={defaults.runningCostPerYear}
            error={error('runningCostPerYear')}
          />
          <PrefixedInput
            id={IDS.cashableSavingsPerYear}
            label="Cashable savings per year, in pounds"
            prefix="£"
            suffix="per year"
            hint="Money the council no longer spends. For example, 1.5m."
            defaultValue={defaults.cashableSavingsPerYear}
            error={error('cashableSavingsPerYear')}
          />
        </fieldset>
      </div>
    </>
  );
}
