import { render, screen } from '@testing-library/react';

import { TextInput } from './text-input';

describe('TextInput', () => {
  it('is labelled, named after its id, and described by its hint and error', () => {
    const { container } = render(
      <TextInput
        id="title"
        label="Title"
        labelClassName="govuk-label--m"
        hint="Up to 120 characters"
        error="Enter a title"
        className="govuk-input--width-20"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Title' });
    expect(input).toHaveAttribute('id', 'title');
    expect(input).toHaveAttribute('name', 'title');
    expect(input).toHaveAttribute('aria-describedby', 'title-hint title-error');
    expect(input).toHaveAccessibleDescription('Up to 120 characters Error: Enter a title');
    expect(input).toBeInvalid();
    expect(input).toHaveClass('govuk-input govuk-input--error govuk-input--width-20', {
      exact: true,
    });
    expect(container.firstChild).toHaveClass('govuk-form-group govuk-form-group--error', {
      exact: true,
    });
    expect(screen.getByText('Title')).toHaveClass('govuk-label govuk-label--m', { exact: true });
  });

  it('has no description and no error state when it has neither', () => {
    const { container } = render(<TextInput id="title" label="Title" defaultValue="Bins" />);
    const input = screen.getByRole('textbox', { name: 'Title' });
    expect(input).toHaveValue('Bins');
    expect(input).not.toHaveAttribute('aria-describedby');
    expect(input).not.toBeInvalid();
    expect(input).toHaveClass('govuk-input', { exact: true });
    expect(container.firstChild).toHaveClass('govuk-form-group', { exact: true });
  });

  it('is described by its hint alone while there is no error', () => {
    render(<TextInput id="title" label="Title" hint="Up to 120 characters" />);
    expect(screen.getByRole('textbox', { name: 'Title' })).toHaveAttribute(
      'aria-describedby',
      'title-hint',
    );
  });
});
