import { render, screen } from '@testing-library/react';

import { fieldAria } from './described-by';
import { FieldLabel, FormGroup, HintAndError, LabelledField } from './form-group';

describe('FormGroup', () => {
  it('is a GOV.UK form group, marked in error only while there is one', () => {
    const { container, rerender } = render(<FormGroup className="extra">x</FormGroup>);
    expect(container.firstChild).toHaveClass('govuk-form-group extra', { exact: true });
    rerender(
      <FormGroup className="extra" error="Wrong">
        x
      </FormGroup>,
    );
    expect(container.firstChild).toHaveClass('govuk-form-group extra govuk-form-group--error', {
      exact: true,
    });
  });
});

describe('HintAndError', () => {
  it('shows the hint and the error with the ids named after the field', () => {
    const { container } = render(
      <HintAndError id="name" hint="As on your pass" error="Enter it" />,
    );
    expect(screen.getByText('As on your pass')).toHaveAttribute('id', 'name-hint');
    expect(screen.getByText('As on your pass')).toHaveClass('govuk-hint');
    const error = container.querySelector('#name-error');
    expect(error).toHaveClass('govuk-error-message');
    expect(error).toHaveTextContent('Error: Enter it');
  });

  it('shows nothing for a field with neither', () => {
    const { container } = render(<HintAndError id="name" />);
    expect(container).toBeEmptyDOMElement();
  });
});

describe('FieldLabel', () => {
  it('labels the control, on its own or inside a heading', () => {
    const { rerender } = render(
      <>
        <FieldLabel id="summary" label="Summary" className="govuk-label--m" />
        <textarea id="summary" />
      </>,
    );
    expect(screen.getByRole('textbox', { name: 'Summary' })).toBeInTheDocument();
    expect(screen.getByText('Summary')).toHaveClass('govuk-label govuk-label--m', { exact: true });
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    rerender(
      <>
        <FieldLabel id="summary" label="Summary" asHeading={3} />
        <textarea id="summary" />
      </>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'Summary' })).toHaveClass(
      'govuk-label-wrapper',
    );
    expect(screen.getByRole('textbox', { name: 'Summary' })).toBeInTheDocument();
  });
});

describe('LabelledField', () => {
  function renderField(description: { hint?: string; error?: string }) {
    return render(
      <LabelledField id="name" label="Full name" {...description}>
        <input id="name" {...fieldAria('name', description)} />
      </LabelledField>,
    );
  }

  it('gives the control its label, then its hint and error as its description', () => {
    const { container } = renderField({ hint: 'As on your pass', error: 'Enter your name' });
    const input = screen.getByRole('textbox', { name: 'Full name' });
    expect(input).toHaveAttribute('aria-describedby', 'name-hint name-error');
    expect(input).toHaveAccessibleDescription('As on your pass Error: Enter your name');
    expect(input).toBeInvalid();
    expect(container.firstChild).toHaveClass('govuk-form-group--error');
  });

  it('leaves a control with neither undescribed and valid', () => {
    const { container } = renderField({});
    const input = screen.getByRole('textbox', { name: 'Full name' });
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toBeInvalid();
    expect(container.firstChild).toHaveClass('govuk-form-group', { exact: true });
  });
});
