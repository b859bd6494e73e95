import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { PasswordInput } from './password-input';

describe('PasswordInput', () => {
  it('keeps its own form group class beside the error state, and is described by hint and error', () => {
    const { container } = render(
      <PasswordInput
        id="password"
        label="Password"
        hint="At least 12 characters"
        error="Enter a password"
        autoComplete="new-password"
      />,
    );
    const input = container.querySelector('#password')!;
    expect(input).toHaveAttribute('type', 'password');
    expect(input).toHaveAttribute('aria-describedby', 'password-hint password-error');
    expect(input).toHaveAccessibleName('Password');
    expect(input).toBeInvalid();
    expect(input).toHaveClass('govuk-input govuk-password-input__input govuk-input--error', {
      exact: true,
    });
    expect(container.firstChild).toHaveClass(
      'govuk-form-group govuk-password-input govuk-form-group--error',
      { exact: true },
    );
  });

  it('shows and hides the password, saying so', async () => {
    const { container } = render(
      <PasswordInput id="password" label="Password" autoComplete="current-password" />,
    );
    const input = container.querySelector('#password')!;
    expect(input).not.toHaveAttribute('aria-describedby');
    await userEvent.click(screen.getByRole('button', { name: 'Show password' }));
    expect(input).toHaveAttribute('type', 'text');
    expect(screen.getByText('Your password is visible')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Hide password' }));
    expect(input).toHaveAttribute('type', 'password');
  });
});
