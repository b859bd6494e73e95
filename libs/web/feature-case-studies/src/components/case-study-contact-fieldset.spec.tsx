import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { NEW_CASE_STUDY } from '../model/case-study-form-values';
import { CaseStudyContactFieldset } from './case-study-contact-fieldset';

const officer = { name: 'Jo Smith', email: 'jo.smith@derby.gov.uk' };

describe('CaseStudyContactFieldset', () => {
  it('"Use my details" fills only the empty fields, never what the person typed', async () => {
    render(
      <CaseStudyContactFieldset
        defaults={NEW_CASE_STUDY}
        error={() => undefined}
        officer={officer}
      />,
    );
    const name = screen.getByRole('textbox', { name: 'Name' });
    const email = screen.getByRole('textbox', { name: 'Email address' });
    await userEvent.type(name, 'Casey Contact');
    await userEvent.click(screen.getByRole('button', { name: 'Use my details' }));
    expect(name).toHaveValue('Casey Contact');
    expect(email).toHaveValue('jo.smith@derby.gov.uk');
    expect(screen.getByText('Your details have been filled in')).toHaveAttribute(
      'aria-live',
      'polite',
    );

    await userEvent.click(screen.getByRole('button', { name: 'Use my details' }));
    expect(name).toHaveValue('Casey Contact');
    screen.getByText(/Both fields are filled in already/);
  });
});
