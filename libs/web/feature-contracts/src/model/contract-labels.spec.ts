import { cpvText, noticeSiteName, procedureText, statedFlag } from './contract-labels';

describe('contract labels', () => {
  it('names the procedure with its details, and says when it is not stated', () => {
    expect(procedureText('open', 'Open procedure')).toBe('Open: Open procedure');
    expect(procedureText('open', 'open')).toBe('Open');
    expect(procedureText('other', null)).toBe('other');
    expect(procedureText(null, 'Call-off')).toBe('Call-off');
    expect(procedureText(null, null)).toBe('Not stated');
  });

  it('never turns a missing yes or no into a no', () => {
    expect(statedFlag(true)).toBe('Yes');
    expect(statedFlag(false)).toBe('No');
    expect(statedFlag(null)).toBe('Not stated');
  });

  it('labels CPV codes LGX knows, and names the notice sites', () => {
    expect(cpvText({ code: '90511000', label: 'Refuse collection services' })).toBe(
      'Refuse collection services (90511000)',
    );
    expect(cpvText({ code: '99999999', label: null })).toBe('99999999');
    expect(noticeSiteName('https://www.find-tender.service.gov.uk/Notice/1')).toBe('Find a Tender');
    expect(noticeSiteName('https://www.contractsfinder.service.gov.uk/Notice/1')).toBe(
      'Contracts Finder',
    );
  });
});
