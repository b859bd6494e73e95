import { render, screen } from '@testing-library/react';

import { CreateAccountFields } from './create-account-fields';

describe('CreateAccountFields', () => {
  it('asks for a name, job title, work email and new password, each filled in by the browser', () => {
    render(<CreateAccountFields errors={{}} />);
    const field = (name: string) => screen.getByLabelText(name);
    expect(field('Full name')).toHaveAttribute('autocomplete', 'name');
    expect(field('Job title')).toHaveAttribute('autocomplete', 'organization-title');
    expect(field('Work email address')).toHaveAttribute('type', 'email');
    expect(field('Create a password')).toHaveAttribute('autocomplete', 'new-password');
    expect(field('Create a password')).toHaveAccessibleDescription(/Use 8 characters or more/);
  });

  it('shows each problem beside its field', () => {
    render(
      <CreateAccountFields
        errors={{ 'job-title': 'Enter your job title', email: 'Use your council email address' }}
      />,
    );
    expect(screen.getByLabelText('Job title')).toHaveAccessibleDescription(
      'Error: Enter your job title',
    );
    expect(screen.getByLabelText('Work email address')).toHaveAccessibleDescription(
      /Error: Use your council email address/,
    );
    expect(screen.getByLabelText('Full name')).not.toHaveAccessibleDescription(/Error/);
  });
});
