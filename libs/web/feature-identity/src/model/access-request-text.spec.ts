import { namesWithTitles, requestSummary } from './access-request-text';

describe('access request text', () => {
  it('says what each kind of request asks for', () => {
    const council = { name: 'Kent' };
    expect(requestSummary({ kind: 'COUNCIL_DOMAIN', domain: 'kent.gov.uk', council })).toBe(
      'Add kent.gov.uk to Kent',
    );
    expect(requestSummary({ kind: 'EDITOR_ROLE', council })).toBe('The editor role in Kent');
    expect(requestSummary({ kind: 'COUNCIL_ADMIN', council })).toBe(
      'To be the first admin of Kent',
    );
  });

  it('names people with their job titles in a sentence', () => {
    expect(namesWithTitles([])).toBe('');
    expect(namesWithTitles([{ name: 'Ada', jobTitle: 'Lead' }])).toBe('Ada (Lead)');
    expect(
      namesWithTitles([
        { name: 'Ada', jobTitle: 'Lead' },
        { name: 'Bo', jobTitle: 'Analyst' },
        { name: 'Cy', jobTitle: 'Manager' },
      ]),
    ).toBe('Ada (Lead), Bo (Analyst) and Cy (Manager)');
  });
});
