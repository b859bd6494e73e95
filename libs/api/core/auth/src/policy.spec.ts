import { type Actor, VISITOR } from './actor';
import { decide, type PolicyRequest } from './policy';

const person = (council?: Actor['council'], platformRoles: Actor['platformRoles'] = []): Actor => ({
  userId: 'u1',
  emailVerified: true,
  council,
  platformRoles,
  mfaChallengePending: false,
  mfaEnrolmentRequired: false,
});

const allowed = (actor: Actor, request: PolicyRequest) => decide(actor, request).allowed;

describe('the policy', () => {
  it('refuses everything to visitors', () => {
    expect(allowed(VISITOR, { action: 'account.manage-self' })).toBe(false);
    expect(allowed(VISITOR, { action: 'case-study.read-unpublished', councilCodes: ['DER'] })).toBe(
      false,
    );
  });

  it('lets editors of the lead or a co-author council edit a case study, and no one else', () => {
    const request: PolicyRequest = { action: 'case-study.edit', councilCodes: ['DER', 'NOT'] };
    expect(allowed(person({ code: 'DER', role: 'EDITOR' }), request)).toBe(true);
    expect(allowed(person({ code: 'NOT', role: 'ADMIN' }), request)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'OFFICER' }), request)).toBe(false);
    expect(allowed(person({ code: 'KEN', role: 'EDITOR' }), request)).toBe(false);
    expect(allowed(person(undefined, ['ADMIN']), request)).toBe(false);
  });

  it('lets officers of the councils read unpublished case studies', () => {
    const request: PolicyRequest = { action: 'case-study.read-unpublished', councilCodes: ['DER'] };
    expect(allowed(person({ code: 'DER', role: 'OFFICER' }), request)).toBe(true);
    expect(allowed(person({ code: 'NOT', role: 'OFFICER' }), request)).toBe(false);
  });

  it('lets only editors of an authoring council invite, and only the invited council answer', () => {
    // Derby leads (or maintains); Nottingham is invited.
    const roles: [string, Actor, { invite: boolean; respond: boolean; read: boolean }][] = [
      ['visitor', VISITOR, { invite: false, respond: false, read: false }],
      [
        'Derby officer',
        person({ code: 'DER', role: 'OFFICER' }),
        { invite: false, respond: false, read: false },
      ],
      [
        'Derby editor',
        person({ code: 'DER', role: 'EDITOR' }),
        { invite: true, respond: false, read: false },
      ],
      [
        'Derby admin',
        person({ code: 'DER', role: 'ADMIN' }),
        { invite: true, respond: false, read: false },
      ],
      [
        'Nottingham officer',
        person({ code: 'NOT', role: 'OFFICER' }),
        { invite: false, respond: false, read: false },
      ],
      [
        'Nottingham editor',
        person({ code: 'NOT', role: 'EDITOR' }),
        { invite: false, respond: true, read: true },
      ],
      [
        'Nottingham admin',
        person({ code: 'NOT', role: 'ADMIN' }),
        { invite: false, respond: true, read: true },
      ],
      [
        'Kent editor',
        person({ code: 'KEN', role: 'EDITOR' }),
        { invite: false, respond: false, read: false },
      ],
      [
        'platform admin',
        person(undefined, ['ADMIN']),
        { invite: false, respond: false, read: false },
      ],
      [
        'moderator',
        person(undefined, ['MODERATOR']),
        { invite: false, respond: false, read: false },
      ],
    ];
    for (const [role, actor, expected] of roles) {
      for (const kind of ['case-study.co-author', 'component.co-maintainer'] as const) {
        expect({
          role,
          kind,
          invite: allowed(actor, { action: `${kind}.invite`, councilCodes: ['DER'] }),
          respond: allowed(actor, { action: `${kind}.respond`, invitedCouncilCode: 'NOT' }),
          leave: allowed(actor, { action: `${kind}.leave`, councilCode: 'NOT' }),
          read: allowed(actor, { action: 'council.invitations.read', councilCode: 'NOT' }),
        }).toEqual({ role, kind, ...expected, leave: expected.respond });
      }
    }
  });

  it('lets officers add suppliers and write their own council’s experiences; moderators moderate', () => {
    const officer = person({ code: 'SKP', role: 'OFFICER' });
    const moderator = person(undefined, ['MODERATOR']);
    const unverified = { ...person(), emailVerified: false };
    expect(allowed(officer, { action: 'supplier.create' })).toBe(true);
    expect(allowed(unverified, { action: 'supplier.create' })).toBe(false);
    expect(allowed(officer, { action: 'supplier-experience.write', councilCode: 'SKP' })).toBe(
      true,
    );
    expect(allowed(officer, { action: 'supplier-experience.write', councilCode: 'DER' })).toBe(
      false,
    );
    expect(allowed(moderator, { action: 'supplier-experience.write', councilCode: 'SKP' })).toBe(
      false,
    );
    for (const action of ['supplier.moderate', 'supplier-experience.moderate'] as const) {
      expect(allowed(moderator, { action })).toBe(true);
      expect(allowed(person(undefined, ['ADMIN']), { action })).toBe(true);
      expect(allowed(person({ code: 'SKP', role: 'ADMIN' }), { action })).toBe(false);
      expect(allowed(VISITOR, { action })).toBe(false);
    }
    const unpublished: PolicyRequest = {
      action: 'supplier-experience.read-unpublished',
      councilCode: 'SKP',
    };
    expect(allowed(officer, unpublished)).toBe(true);
    expect(allowed(moderator, unpublished)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'ADMIN' }), unpublished)).toBe(false);
    expect(allowed(VISITOR, { action: 'supplier-experience.raise-concern' })).toBe(false);
    expect(allowed(unverified, { action: 'supplier-experience.raise-concern' })).toBe(true);
  });

  it('lets only platform admins see and decide which council a contract buyer is', () => {
    const request: PolicyRequest = { action: 'contract-buyer.decide' };
    const roles: [string, Actor, boolean][] = [
      ['visitor', VISITOR, false],
      ['officer', person({ code: 'DER', role: 'OFFICER' }), false],
      ['editor', person({ code: 'DER', role: 'EDITOR' }), false],
      ['council admin', person({ code: 'DER', role: 'ADMIN' }), false],
      ['platform moderator', person(undefined, ['MODERATOR']), false],
      ['platform admin', person(undefined, ['ADMIN']), true],
    ];
    for (const [who, actor, expected] of roles)
      expect([who, allowed(actor, request)]).toEqual([who, expected]);
  });

  it('lets editors of the actor council add components, and editors of a maintainer edit them', () => {
    const create: PolicyRequest = { action: 'component.create', councilCode: 'DER' };
    expect(allowed(person({ code: 'DER', role: 'EDITOR' }), create)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'OFFICER' }), create)).toBe(false);
    expect(allowed(person({ code: 'NOT', role: 'ADMIN' }), create)).toBe(false);
    const edit: PolicyRequest = { action: 'component.edit', councilCodes: ['DER', 'NOT'] };
    expect(allowed(person({ code: 'NOT', role: 'EDITOR' }), edit)).toBe(true);
    expect(allowed(person({ code: 'NOT', role: 'OFFICER' }), edit)).toBe(false);
    expect(allowed(person({ code: 'KEN', role: 'ADMIN' }), edit)).toBe(false);
    expect(allowed(person(undefined, ['ADMIN']), edit)).toBe(false);
    const read: PolicyRequest = { action: 'component.read-unpublished', councilCodes: ['DER'] };
    expect(allowed(person({ code: 'DER', role: 'OFFICER' }), read)).toBe(true);
    expect(allowed(person({ code: 'KEN', role: 'OFFICER' }), read)).toBe(false);
    expect(allowed(VISITOR, read)).toBe(false);
  });

  it('lets any officer record adoption for their own council only', () => {
    const adopt: PolicyRequest = { action: 'component.adopt', councilCode: 'KEN' };
    expect(allowed(person({ code: 'KEN', role: 'OFFICER' }), adopt)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'EDITOR' }), adopt)).toBe(false);
    expect(allowed(person(), adopt)).toBe(false);
    expect(allowed(VISITOR, adopt)).toBe(false);
    const ask: PolicyRequest = { action: 'component.ask-adopters' };
    expect(allowed(person({ code: 'KEN', role: 'OFFICER' }), ask)).toBe(true);
    expect(allowed(person(undefined, ['ADMIN']), ask)).toBe(false);
    expect(allowed(VISITOR, ask)).toBe(false);
  });

  it('keeps council admins from changing their own membership', () => {
    const admin = person({ code: 'DER', role: 'ADMIN' });
    expect(
      allowed(admin, { action: 'council.members.remove', councilCode: 'DER', targetUserId: 'u1' }),
    ).toBe(false);
    expect(
      allowed(admin, { action: 'council.members.remove', councilCode: 'DER', targetUserId: 'u2' }),
    ).toBe(true);
    expect(
      allowed(admin, { action: 'council.members.remove', councilCode: 'NOT', targetUserId: 'u2' }),
    ).toBe(false);
  });

  it('lets editors of the lead council manage a procurement group, and no one else', () => {
    const manage: PolicyRequest = { action: 'procurement-group.manage', leadCouncilCode: 'DER' };
    expect(allowed(person({ code: 'DER', role: 'EDITOR' }), manage)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'ADMIN' }), manage)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'OFFICER' }), manage)).toBe(false);
    expect(allowed(person({ code: 'NOT', role: 'ADMIN' }), manage)).toBe(false);
    expect(allowed(person(undefined, ['ADMIN']), manage)).toBe(false);
    expect(allowed(VISITOR, manage)).toBe(false);
  });

  it("lets only the lead council's editors and admins change a group's details", () => {
    const edit: PolicyRequest = { action: 'procurement-group.edit', leadCouncilCode: 'DER' };
    expect(allowed(person({ code: 'DER', role: 'EDITOR' }), edit)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'ADMIN' }), edit)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'OFFICER' }), edit)).toBe(false);
    expect(allowed(person({ code: 'NOT', role: 'EDITOR' }), edit)).toBe(false);
    expect(allowed(person(undefined, ['ADMIN']), edit)).toBe(false);
    expect(allowed(person(undefined), edit)).toBe(false);
    expect(allowed(VISITOR, edit)).toBe(false);
  });

  it('lets editors of the council that shared a group document, or of the lead, remove it', () => {
    const remove: PolicyRequest = {
      action: 'procurement-group.document.remove',
      sharedByCouncilCode: 'NOT',
      leadCouncilCode: 'DER',
    };
    expect(allowed(person({ code: 'NOT', role: 'EDITOR' }), remove)).toBe(true);
    expect(allowed(person({ code: 'DER', role: 'ADMIN' }), remove)).toBe(true);
    expect(allowed(person({ code: 'NOT', role: 'OFFICER' }), remove)).toBe(false);
    expect(allowed(person({ code: 'DER', role: 'OFFICER' }), remove)).toBe(false);
    expect(allowed(person({ code: 'SKP', role: 'EDITOR' }), remove)).toBe(false);
    expect(allowed(person(undefined, ['ADMIN']), remove)).toBe(false);
    expect(allowed(VISITOR, remove)).toBe(false);
  });

  it('lets officers express interest, editors commit, and each withdraw what they may give', () => {
    const officer = person({ code: 'NOT', role: 'OFFICER' });
    const editor = person({ code: 'NOT', role: 'EDITOR' });
    const other = person({ code: 'KEN', role: 'ADMIN' });
    const interest: PolicyRequest = {
      action: 'procurement-group.express-interest',
      councilCode: 'NOT',
    };
    const commit: PolicyRequest = { action: 'procurement-group.commit', councilCode: 'NOT' };
    const withdraw = (committed: boolean): PolicyRequest => ({
      action: 'procurement-group.withdraw',
      councilCode: 'NOT',
      committed,
    });
    expect([officer, editor, other].map((actor) => allowed(actor, interest))).toEqual([
      true,
      true,
      false,
    ]);
    expect([officer, editor, other].map((actor) => allowed(actor, commit))).toEqual([
      false,
      true,
      false,
    ]);
    expect([officer, editor, other].map((actor) => allowed(actor, withdraw(false)))).toEqual([
      true,
      true,
      false,
    ]);
    expect([officer, editor, other].map((actor) => allowed(actor, withdraw(true)))).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("keeps a group's discussion and documents to officers of its member councils", () => {
    const request: PolicyRequest = {
      action: 'procurement-group.read-private',
      memberCouncilCodes: ['DER', 'NOT'],
    };
    expect(allowed(person({ code: 'NOT', role: 'OFFICER' }), request)).toBe(true);
    expect(allowed(person({ code: 'KEN', role: 'ADMIN' }), request)).toBe(false);
    expect(allowed(person(undefined, ['ADMIN']), request)).toBe(false);
    expect(allowed(VISITOR, request)).toBe(false);
  });
});

describe('the policy on access requests', () => {
  const unverified: Actor = { ...person(), emailVerified: false };
  const officer = person({ code: 'DER', role: 'OFFICER' });
  const derbyAdmin = person({ code: 'DER', role: 'ADMIN' });
  const otherAdmin = person({ code: 'NOT', role: 'ADMIN' });
  const platformAdmin = person(undefined, ['ADMIN']);

  it('lets only a confirmed account without a council ask for a council domain', () => {
    const ask: PolicyRequest = { action: 'access-request.council-domain.ask' };
    expect(allowed(person(), ask)).toBe(true);
    expect(allowed(unverified, ask)).toBe(false);
    expect(allowed(officer, ask)).toBe(false);
  });

  it("lets a council's admins decide its editor requests, and only platform admins the rest", () => {
    const editor: PolicyRequest = {
      action: 'access-request.decide',
      kind: 'EDITOR_ROLE',
      councilCode: 'DER',
    };
    const domain: PolicyRequest = { ...editor, kind: 'COUNCIL_DOMAIN' };
    const admin: PolicyRequest = { ...editor, kind: 'COUNCIL_ADMIN' };
    expect([derbyAdmin, otherAdmin, officer, platformAdmin].map((a) => allowed(a, editor))).toEqual(
      [true, false, false, true],
    );
    for (const request of [domain, admin])
      expect(
        [derbyAdmin, otherAdmin, officer, platformAdmin].map((a) => allowed(a, request)),
      ).toEqual([false, false, false, true]);
  });

  it("shows a council's admins and editors to its own officers only", () => {
    const read: PolicyRequest = { action: 'council-contacts.read', councilCode: 'DER' };
    expect([officer, otherAdmin, platformAdmin, VISITOR].map((a) => allowed(a, read))).toEqual([
      true,
      false,
      true,
      false,
    ]);
  });
});

// A question put to Derby (the case study's lead) and Nottingham (a co-author).
const ask: PolicyRequest = { action: 'question.ask', councilCodes: ['DER', 'NOT'] };
const answer: PolicyRequest = { action: 'question.answer', councilCodes: ['DER', 'NOT'] };
const readOfficersOnly: PolicyRequest = { action: 'question.read-officers-only', askedBy: 'u9' };
const listDerby: PolicyRequest = { action: 'question.list-council', councilCode: 'DER' };

const roles: [string, Actor, Record<'ask' | 'answer' | 'read' | 'list', boolean>][] = [
  ['visitor', VISITOR, { ask: false, answer: false, read: false, list: false }],
  ['account without a council', person(), { ask: true, answer: false, read: false, list: false }],
  [
    'Kent officer (another council)',
    person({ code: 'KEN', role: 'OFFICER' }),
    { ask: true, answer: false, read: true, list: false },
  ],
  [
    'Derby officer',
    person({ code: 'DER', role: 'OFFICER' }),
    { ask: false, answer: true, read: true, list: true },
  ],
  [
    'Derby editor',
    person({ code: 'DER', role: 'EDITOR' }),
    { ask: false, answer: true, read: true, list: true },
  ],
  [
    'Nottingham admin',
    person({ code: 'NOT', role: 'ADMIN' }),
    { ask: false, answer: true, read: true, list: false },
  ],
  [
    'platform admin',
    person(undefined, ['ADMIN']),
    { ask: true, answer: false, read: true, list: false },
  ],
];

describe('the policy for questions', () => {
  it.each(roles)('%s', (_name, actor, expected) => {
    expect({
      ask: allowed(actor, ask),
      answer: allowed(actor, answer),
      read: allowed(actor, readOfficersOnly),
      list: allowed(actor, listDerby),
    }).toEqual(expected);
  });

  it('lets the person who asked see their own officers-only question, and refuses unconfirmed addresses', () => {
    const asker = { ...person(), userId: 'u9' };
    expect(allowed(asker, readOfficersOnly)).toBe(true);
    expect(allowed({ ...person(), emailVerified: false }, ask)).toBe(false);
  });
});
