import { render, screen } from '@testing-library/react';

import { choiceId, Fieldset } from './fieldset';

describe('Fieldset', () => {
  it('names the group by its legend and describes it by its hint and error', () => {
    const { container } = render(
      <Fieldset id="contact" legend="How should we contact you?" hint="Choose one" error="Choose">
        <input type="radio" id="contact" aria-label="Email" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'How should we contact you?' });
    expect(group).toHaveAttribute('aria-describedby', 'contact-hint contact-error');
    expect(group).toHaveAccessibleDescription('Choose one Error: Choose');
    expect(group).toHaveClass('govuk-fieldset', { exact: true });
    expect(container.firstChild).toHaveClass('govuk-form-group govuk-form-group--error', {
      exact: true,
    });
    expect(container.querySelector('legend')).toHaveClass(
      'govuk-fieldset__legend govuk-fieldset__legend--m',
      { exact: true },
    );
  });

  it('takes the legend size, role and form group classes it is given', () => {
    const { container } = render(
      <Fieldset
        id="started"
        role="group"
        legend="Started"
        legendClassName="govuk-fieldset__legend--s"
        groupClassName="lgx-filter"
      >
        <input id="started-day" aria-label="Day" />
      </Fieldset>,
    );
    const group = screen.getByRole('group', { name: 'Started' });
    expect(group).toHaveAttribute('role', 'group');
    expect(group).not.toHaveAttribute('aria-describedby');
    expect(container.firstChild).toHaveClass('govuk-form-group lgx-filter', { exact: true });
    expect(container.querySelector('legend')).toHaveClass('govuk-fieldset__legend--s');
  });
});

describe('choiceId', () => {
  it('gives the first choice the fieldset id, so the error summary lands on it', () => {
    expect(['x', 'y', 'z'].map((_, index) => choiceId('contact', index))).toEqual([
      'contact',
      'contact-2',
      'contact-3',
    ]);
  });
});
