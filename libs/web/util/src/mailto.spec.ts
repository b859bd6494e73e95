import { mailtoHref } from './mailto';

describe('mailtoHref', () => {
  it('opens a message to the address with the subject encoded as a URI component', () => {
    const href = mailtoHref('jo.smith@derby.gov.uk', 'Chatbot & web forms: 50% fewer calls?');
    expect(href).toBe(
      'mailto:jo.smith@derby.gov.uk?subject=Chatbot%20%26%20web%20forms%3A%2050%25%20fewer%20calls%3F',
    );
    expect(new URL(href).searchParams.get('subject')).toBe('Chatbot & web forms: 50% fewer calls?');
  });

  it('keeps accents, quotes and hashes in the subject', () => {
    const subject = 'Café “open” #1 + more';
    const href = mailtoHref('a@b.org', subject);
    expect(href).not.toMatch(/[ #“”+]/);
    expect(new URL(href).searchParams.get('subject')).toBe(subject);
  });

  it('cannot be cut short by an address that carries its own query', () => {
    expect(mailtoHref(' x?cc=spy@evil.org@b.org ')).toBe('mailto:x%3Fcc%3Dspy@evil.org@b.org');
  });

  it('is a plain mailto: without a subject', () => {
    expect(mailtoHref('a@b.org')).toBe('mailto:a@b.org');
  });
});
