import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';

import { ContactDetails } from './contact-details';

const study = {
  title: 'Chatbot & web forms: 50% fewer calls?',
  contactName: 'Jo Smith',
  contactEmail: 'jo.smith@derby.gov.uk',
  leadCouncil: { code: 'DER', name: 'Derby City Council' },
} as Parameters<typeof ContactDetails>[0]['study'];

describe('ContactDetails', () => {
  it('opens a message to the author with a subject naming the case study, encoded', () => {
    render(
      <MemoryRouter>
        <ContactDetails study={study} officer here="/case-studies/1" />
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: /jo\.smith@derby\.gov\.uk/ });
    const href = link.getAttribute('href') ?? '';
    expect(href.startsWith('mailto:jo.smith@derby.gov.uk?subject=')).toBe(true);
    expect(href).not.toMatch(/[ &?#]subject=.*[ &#?]/);
    expect(new URL(href).searchParams.get('subject')).toBe(
      'Your case study on LGX: Chatbot & web forms: 50% fewer calls?',
    );
  });
});
