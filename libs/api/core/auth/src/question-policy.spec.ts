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
