import { render, screen } from '@testing-library/react';

import { EmailInput } from './email-input';

describe('EmailInput', () => {
  it('is an email field named email, filled in by the browser, not corrected or capitalised', () => {
    render(
      <form>
        <EmailInput label="Email address" defaultValue="sam@derby.gov.uk" error={undefined} />
      </form>,
    );
    const field = screen.getByRole('textbox', { name: 'Email address' });
    expect(field).toHaveAttribute('id', 'email');
    expect(field).toHaveAttribute('name', 'email');
    expect(field).toHaveAttribute('type', 'email');
    expect(field).toHaveAttribute('autocomplete', 'email');
    expect(field).toHaveAttribute('spellcheck', 'false');
    expect(field).toHaveAttribute('autocapitalize', 'none');
    expect(field).toHaveValue('sam@derby.gov.uk');
  });

  it('shows its hint and its error, both read with the field', () => {
    render(
      <EmailInput
        label="Work email address"
        hint="Your council email address"
        error="Enter an email address in the correct format"
      />,
    );
    expect(screen.getByRole('textbox', { name: 'Work email address' })).toHaveAccessibleDescription(
      'Your council email address Error: Enter an email address in the correct format',
    );
  });
});
