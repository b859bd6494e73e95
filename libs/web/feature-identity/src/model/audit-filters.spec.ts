import { AUDIT_PAGE_SIZE, auditVariablesFrom } from './audit-filters';

describe('auditVariablesFrom', () => {
  it('reads the filters and the cursor from the address', () => {
    expect(
      auditVariablesFrom(new URLSearchParams('action=+sign-in+&outcome=failure&after=abc')),
    ).toEqual({
      first: AUDIT_PAGE_SIZE,
      after: 'abc',
      filter: { action: 'sign-in', outcome: 'failure' },
    });
  });

  it('leaves out empty filters and outcomes it does not know', () => {
    expect(auditVariablesFrom(new URLSearchParams('action=&outcome=maybe'))).toEqual({
      first: AUDIT_PAGE_SIZE,
      after: undefined,
      filter: { action: undefined, outcome: undefined },
    });
  });
});
