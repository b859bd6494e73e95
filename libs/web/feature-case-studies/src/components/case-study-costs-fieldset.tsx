import { OPTIMISM_BIAS_GUIDELINES } from '@lgx/shared/domain';
import { PrefixedInput, Radios, Select } from '@lgx/web/ui';

import { CASE_STUDY_FIELD_IDS as IDS } from '../model/case-study-fields';
import type { CaseStudyFieldsetProps } from './case-study-fieldset-props';

const MONEY_HINT = 'In pounds. You can type 1.5m or 250k.';

const PROJECT_TYPES = Object.entries(OPTIMISM_BIAS_GUIDELINES).map(([value, guideline]) => ({
  value,
  label: `${guideline.label} (+${guideline.cost.upperPercent}% optimism bias)`,
}));

interface AmountProps extends CaseStudyFieldsetProps {
  fields: {
    low: 'investment' | 'cashableSavingsPerYear';
    high: 'investmentHigh' | 'cashableSavingsHigh';
    upTo: 'investmentUpTo' | 'cashableSavingsUpTo';
  };
  label: string;
  hint: string;
}

/** One amount as councils state it: exactly, a range (low and high) or "up to". */
function AmountFields({ defaults, error, fields, label, hint }: AmountProps) {
  const upToId = IDS[fields.upTo];
  return (
    <>
      <PrefixedInput
        id={IDS[fields.low]}
        label={`${label}, in pounds (or the low end of a range)`}
        prefix="£"
        hint={hint}
        defaultValue={defaults[fields.low]}
        error={error(fields.low)}
      />
      <PrefixedInput
        id={IDS[fields.high]}
        label={`${label}: high end of the range, in pounds (optional)`}
        prefix="£"
        hint="Only if a range was given, like “between £1.5m and £2m”."
        defaultValue={defaults[fields.high]}
        error={error(fields.high)}
      />
      <div className="govuk-form-group">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          <div className="govuk-checkboxes__item">
            <input
              className="govuk-checkboxes__input"
              id={upToId}
              name={upToId}
              type="checkbox"
              value="yes"
              defaultChecked={defaults[fields.upTo]}
            />
            <label className="govuk-label govuk-checkboxes__label" htmlFor={upToId}>
              {label} is “up to” this amount (a ceiling, not a forecast)
            </label>
          </div>
        </div>
      </div>
    </>
  );
}

/** Whether the saving is yearly or a total, the period it lasts, and the project type. */
function SavingsPeriodFields({ defaults, error }: CaseStudyFieldsetProps) {
  return (
    <>
      <Radios
        id={IDS.cashableSavingsOver}
        name={IDS.cashableSavingsOver}
        legend="Are the savings a yearly amount or a total?"
        items={[
          { value: 'YEAR', label: 'Per year' },
          { value: 'PERIOD', label: 'In total, over the savings period' },
        ]}
        defaultValue={defaults.cashableSavingsOver}
        error={error('cashableSavingsOver')}
      />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h3 className="govuk-fieldset__heading">How many years the savings last</h3>
          </legend>
          <PrefixedInput
            id={IDS.savingsPeriodYears}
            label="Savings period, in years (or the shorter end of a range)"
            suffix="years"
            inputMode="numeric"
            widthClassName="govuk-input--width-3"
            hint="From 1 to 30. LGX counts nothing after it."
            defaultValue={defaults.savingsPeriodYears}
            error={error('savingsPeriodYears')}
          />
          <PrefixedInput
            id={IDS.savingsPeriodYearsTo}
            label="Longer end of the range, in years (optional)"
            suffix="years"
            inputMode="numeric"
            widthClassName="govuk-input--width-3"
            hint="Only if a range was given, like “three to four years”."
            defaultValue={defaults.savingsPeriodYearsTo}
            error={error('savingsPeriodYearsTo')}
          />
        </fieldset>
      </div>
      <Select
        id={IDS.projectType}
        name={IDS.projectType}
        label="Project type"
        hint="For the optimism bias adjustment (HM Treasury's Green Book guidance). Digital projects (software, AI, devices) are equipment and development."
        options={PROJECT_TYPES}
        defaultValue={defaults.projectType}
        error={error('projectType')}
      />
    </>
  );
}

/** The money, stated as the council states it, and what LGX's appraisal method needs. */
export function CaseStudyCostsFieldset(props: CaseStudyFieldsetProps) {
  const { defaults, error } = props;
  return (
    <>
      <h2 className="govuk-heading-l">The numbers</h2>
      <p className="govuk-body">
        Leave out anything you do not know. Give ranges as the council gave them. LGX works out the
        net present value, benefit-cost ratio and payback with{' '}
        <a className="govuk-link" href="/appraisal-method" target="_blank" rel="noreferrer">
          its appraisal method (opens in new tab)
        </a>
        : you do not type them in.
      </p>
      <Radios
        id={IDS.figuresBasis}
        name={IDS.figuresBasis}
        legend="Are these figures a forecast or measured?"
        items={[
          { value: 'FORECAST', label: 'Forecast', hint: 'What the council expects.' },
          { value: 'ACTUAL', label: 'Measured actual', hint: 'What it found it spent and saved.' },
        ]}
        defaultValue={defaults.figuresBasis}
        error={error('figuresBasis')}
      />
      <div className="govuk-form-group">
        <fieldset className="govuk-fieldset" aria-describedby="money-hint">
          <legend className="govuk-fieldset__legend govuk-fieldset__legend--m">
            <h3 className="govuk-fieldset__heading">Costs and savings</h3>
          </legend>
          <div className="govuk-hint" id="money-hint">
            {MONEY_HINT}
          </div>
          <AmountFields
            {...props}
            fields={{ low: 'investment', high: 'investmentHigh', upTo: 'investmentUpTo' }}
            label="Investment"
            hint="One-off costs, like building or buying it. For example, 2m or 150k."
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
          <AmountFields
            {...props}
            fields={{
              low: 'cashableSavingsPerYear',
              high: 'cashableSavingsHigh',
              upTo: 'cashableSavingsUpTo',
            }}
            label="Cashable savings"
            hint="Money the council no longer spends. For example, 1.5m."
          />
        </fieldset>
      </div>
      <SavingsPeriodFields {...props} />
    </>
  );
}
