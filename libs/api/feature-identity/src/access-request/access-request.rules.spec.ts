import {
  checkedCouncilCode,
  declineReasonProblem,
  isPublicEmailDomain,
  roleProblem,
} from './access-request.rules';

describe('access request rules', () => {
  it('takes a council code trimmed and in capitals, and refuses what is not one', () => {
    expect(checkedCouncilCode(' der ')).toBe('DER');
    expect(checkedCouncilCode('')).toBeNull();
    expect(checkedCouncilCode('DROP TABLE council')).toBeNull();
  });

  it('refuses free email services as council domains', () => {
    expect(isPublicEmailDomain('gmail.com')).toBe(true);
    expect(isPublicEmailDomain('derby.gov.uk')).toBe(false);
  });

  it('lets a person ask for the editor or admin role only', () => {
    expect(roleProblem('OFFICER')?.field).toBe('role');
    expect(roleProblem('EDITOR')).toBeNull();
    expect(roleProblem('ADMIN')).toBeNull();
  });

  it('needs a reason to decline, of at most 500 characters', () => {
    expect(declineReasonProblem('  ')?.message).toMatch(/Enter the reason/);
    expect(declineReasonProblem('x'.repeat(501))?.message).toMatch(/500 characters/);
    expect(declineReasonProblem('Not a council address')).toBeNull();
  });
});
