import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { formReader, NEW_CASE_STUDY, readCaseStudyForm } from '../model/case-study-form-values';
import { CaseStudyCostsFieldset } from './case-study-costs-fieldset';

function renderFieldset(defaults = NEW_CASE_STUDY, errors: Record<string, string> = {}) {
  render(
    <form data-testid="form">
      <CaseStudyCostsFieldset defaults={defaults} error={(field) => errors[field]} />
    </form>,
  );
  const read = () => readCaseStudyForm(formReader(screen.getByTestId('form') as HTMLFormElement));
  return { read };
}

describe('CaseStudyCostsFieldset', () => {
  it('starts as a forecast of a digital project, with nothing typed in', () => {
    const { read } = renderFieldset();
    expect(screen.getByRole('radio', { name: 'Forecast' })).toBeChecked();
    expect(screen.getByRole('combobox', { name: 'Project type' })).toHaveValue(
      'equipment-development',
    );
    expect(screen.getByRole('radio', { name: 'Per year' })).toBeChecked();
    expect(read().input).toMatchObject({
      figuresBasis: 'FORECAST',
      investment: null,
      investmentHigh: null,
      investmentUpTo: false,
      cashableSavingsOver: 'YEAR',
      savingsPeriodYears: null,
      projectType: 'equipment-development',
    });
  });

  it('takes Derby’s words: a range invested, "up to" a total saved over three to four years', async () => {
    const { read } = renderFieldset();
    const type = (name: RegExp, text: string) =>
      userEvent.type(screen.getByRole('textbox', { name }), text);
    await type(/^Investment, in pounds/, '1.5m');
    await type(/^Investment: high end/, '2m');
    await type(/^Cashable savings, in pounds/, '12m');
    await userEvent.click(screen.getByRole('checkbox', { name: /Cashable savings is “up to”/ }));
    await userEvent.click(screen.getByRole('radio', { name: /In total, over the savings period/ }));
    await type(/^Savings period, in years/, '3');
    await type(/^Longer end of the range/, '4');
    await userEvent.click(screen.getByRole('radio', { name: 'Measured actual' }));
    await userEvent.selectOptions(
      screen.getByRole('combobox', { name: 'Project type' }),
      'outsourcing',
    );
    expect(read()).toMatchObject({
      problems: [],
      input: {
        figuresBasis: 'ACTUAL',
        investment: '1.5m',
        investmentHigh: '2m',
        investmentUpTo: false,
        cashableSavingsPerYear: '12m',
        cashableSavingsHigh: null,
        cashableSavingsUpTo: true,
        cashableSavingsOver: 'PERIOD',
        savingsPeriodYears: 3,
        savingsPeriodYearsTo: 4,
        projectType: 'outsourcing',
      },
    });
  });

  it('says when the period is not a whole number of years, before asking the API', async () => {
    const { read } = renderFieldset();
    await userEvent.type(screen.getByRole('textbox', { name: /^Savings period, in years/ }), '3.5');
    expect(read().problems).toEqual([
      {
        field: 'savingsPeriodYears',
        message: 'The savings period in years must be a whole number, like 3',
      },
    ]);
  });

  it('shows the API’s error beside the field it names, and keeps what was stored', () => {
    renderFieldset(
      {
        ...NEW_CASE_STUDY,
        investment: '2,000,000',
        investmentHigh: '1,500,000',
        investmentUpTo: false,
      },
      {
        investmentHigh:
          'The low end of the investment (£2,000,000) is above the high end (£1,500,000)',
      },
    );
    const high = screen.getByRole('textbox', { name: /^Investment: high end/ });
    expect(high).toHaveValue('1,500,000');
    expect(high).toHaveAccessibleDescription(/is above the high end/);
  });
});
