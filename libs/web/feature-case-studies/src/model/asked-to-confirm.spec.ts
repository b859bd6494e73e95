import { askedToConfirm } from './asked-to-confirm';

const asked = (name: string, status: 'PENDING' | 'DECLINED' = 'PENDING') => ({
  council: { code: name.slice(0, 3).toUpperCase(), name },
  status,
  invitedAt: '2026-12-01T10:00:00Z',
});

describe('askedToConfirm', () => {
  it('names the councils still asked, and no one else', () => {
    expect(askedToConfirm({ coAuthorInvitations: [] })).toBe('');
    expect(askedToConfirm({ coAuthorInvitations: [asked('Kent', 'DECLINED')] })).toBe('');
    expect(askedToConfirm({ coAuthorInvitations: [asked('Nottingham')] })).toBe(
      'We have asked Nottingham to confirm: it is shown as a co-author once it accepts.',
    );
    expect(
      askedToConfirm({
        coAuthorInvitations: [
          asked('Nottingham'),
          asked('Kent', 'DECLINED'),
          asked('Leicester'),
          asked('Derby'),
        ],
      }),
    ).toBe(
      'We have asked Nottingham, Leicester and Derby to confirm: they are shown as co-authors once each accepts.',
    );
  });
});
