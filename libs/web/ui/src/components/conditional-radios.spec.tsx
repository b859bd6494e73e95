import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';

import { ConditionalRadios } from './conditional-radios';

const HIDDEN = 'govuk-radios__conditional--hidden';

function renderQuestion(defaultValue?: string) {
  render(
    <ConditionalRadios
      id="contact"
      name="contact"
      legend="How should we contact you?"
      hint="Choose one"
      defaultValue={defaultValue}
      items={[
        {
          value: 'email',
          label: 'Email',
          conditional: (
            <>
              <label htmlFor="email-address">Email address</label>
              <input id="email-address" />
            </>
          ),
        },
        { value: 'post', label: 'Post', hint: 'Takes longer' },
      ]}
    />,
  );
  const followUp = () => screen.getByRole('textbox', { name: 'Email address' }).parentElement!;
  return { followUp };
}

describe('ConditionalRadios', () => {
  it('asks the question as a group of radios, the hint read with it', () => {
    renderQuestion();
    const group = screen.getByRole('group', { name: 'How should we contact you?' });
    expect(group).toHaveAccessibleDescription('Choose one');
    expect(screen.getByRole('radio', { name: 'Email' })).toHaveAttribute('id', 'contact');
    expect(screen.getByRole('radio', { name: 'Post' })).toHaveAttribute('id', 'contact-2');
    expect(screen.getByRole('radio', { name: 'Post' })).toHaveAccessibleDescription('Takes longer');
  });

  it('reveals the follow-up question only while its answer is chosen, keeping what was typed', async () => {
    const { followUp } = renderQuestion();
    const email = screen.getByRole('radio', { name: 'Email' });
    expect(email).toHaveAttribute('aria-controls', followUp().id);
    expect(followUp()).toHaveClass(HIDDEN);

    await userEvent.click(email);
    expect(email).toBeChecked();
    expect(followUp()).not.toHaveClass(HIDDEN);
    await userEvent.type(screen.getByRole('textbox', { name: 'Email address' }), 'a@b.gov.uk');

    await userEvent.click(screen.getByRole('radio', { name: 'Post' }));
    expect(email).not.toBeChecked();
    expect(followUp()).toHaveClass(HIDDEN);

    await userEvent.click(email);
    expect(screen.getByRole('textbox', { name: 'Email address' })).toHaveValue('a@b.gov.uk');
  });

  it('starts with the given answer chosen and its follow-up shown', () => {
    const { followUp } = renderQuestion('email');
    expect(screen.getByRole('radio', { name: 'Email' })).toBeChecked();
    expect(followUp()).not.toHaveClass(HIDDEN);
  });
});
