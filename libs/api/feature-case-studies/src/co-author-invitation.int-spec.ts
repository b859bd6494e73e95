import { SearchIndexer } from '@lgx/api/core/search';
import {
  errorCodeOf as code,
  expectOnlyTheInvitedCouncilAnswers,
  officerSearchIds,
  signedIn,
  type TestApp,
  type TestSession,
  useCouncilInvitationApp,
} from '@lgx/api/testing';

import { CASE_STUDY_ENTITIES, CaseStudiesModule } from './case-studies.module';

const CREATE = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id coAuthorCouncils { code } } }`;
const UPDATE = `mutation($id: ID!, $input: CaseStudyInput!) { updateCaseStudy(id: $id, input: $input) { id title coAuthorCouncils { code } } }`;
const PUBLISH = `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`;
const GET = `query($id: ID!) {
  caseStudy(id: $id) {
    id canEdit coAuthorCouncils { code }
    coAuthorInvitations { council { code } invitedBy { code } status }
    invitationToMyCouncil { caseStudyId status invitedBy { code } }
  }
}`;
const COUNCIL_STUDIES = `query($code: String!) { councilCaseStudies(councilCode: $code) { id } }`;
const RECEIVED = `{ coAuthorInvitationsToMyCouncil { caseStudyId caseStudyTitle caseStudyStatus council { code } invitedBy { code } status } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToCoAuthorInvitation(caseStudyId: $id, accept: $accept) }`;
const WITHDRAW = `mutation($id: ID!, $code: String!) { withdrawCoAuthorInvitation(caseStudyId: $id, councilCode: $code) }`;
const LEAVE = `mutation($id: ID!) { leaveCaseStudy(caseStudyId: $id) }`;

const input = (extra: object = {}) => ({
  title: 'Shared street lighting sensors',
  summary: 'Two councils, one procurement, fewer dark streets.',
  stage: 'PILOT',
  ...extra,
});

type Study = {
  id: string;
  canEdit: boolean;
  coAuthorCouncils: { code: string }[];
  coAuthorInvitations: { council: { code: string }; invitedBy: { code: string }; status: string }[];
  invitationToMyCouncil: { caseStudyId: string; status: string } | null;
};

describe('co-author councils by invitation', () => {
  const world = useCouncilInvitationApp({
    imports: [CaseStudiesModule],
    entities: CASE_STUDY_ENTITIES,
  });
  const mailTo = (email: string) => world.mailbox.to(email);

  async function named(extra: object = {}, publish = true): Promise<string> {
    const created = await world.derbyEditor.graphql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: input({ coAuthorCouncilCodes: ['not'], ...extra }),
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCaseStudy.id;
    if (publish) expect((await world.derbyEditor.graphql(PUBLISH, { id })).errors).toBeUndefined();
    return id;
  }
  const get = async (as: TestSession | TestApp, id: string) =>
    (await as.graphql<{ caseStudy: Study }>(GET, { id })).data!.caseStudy;
  const councilStudies = async (as: TestSession | TestApp, council: string) =>
    (
      await as.graphql<{ councilCaseStudies: { id: string }[] }>(COUNCIL_STUDIES, { code: council })
    ).data!.councilCaseStudies.map((study) => study.id);

  it('invites a named council, and shows nothing as its own until it accepts', async () => {
    const id = await named();
    expect(await get(world.harness, id)).toMatchObject({
      coAuthorCouncils: [],
      coAuthorInvitations: [],
    });
    expect((await get(world.derbyOfficer, id)).coAuthorInvitations).toEqual([
      { council: { code: 'NOT' }, invitedBy: { code: 'DER' }, status: 'PENDING' },
    ]);
    // Not theirs: not on their page, no edit rights, not among the invitations of another council.
    for (const as of [world.harness, world.nottinghamOfficer, world.nottinghamEditor])
      expect(await councilStudies(as, 'NOT')).not.toContain(id);
    expect((await get(world.nottinghamEditor, id)).canEdit).toBe(false);
    expect(code(await world.nottinghamEditor.graphql(UPDATE, { id, input: input() }))).toBe(
      'FORBIDDEN',
    );
    expect((await get(world.nottinghamEditor, id)).coAuthorInvitations).toEqual([]);
    // Its editors and admins are asked, on the study and in their list, and by email.
    expect((await get(world.nottinghamEditor, id)).invitationToMyCouncil).toMatchObject({
      caseStudyId: id,
      status: 'PENDING',
    });
    expect((await get(world.nottinghamOfficer, id)).invitationToMyCouncil).toBeNull();
    expect((await get(world.kentEditor, id)).invitationToMyCouncil).toBeNull();
    const received = await world.nottinghamAdmin.graphql<{
      coAuthorInvitationsToMyCouncil: { caseStudyId: string; council: { code: string } }[];
    }>(RECEIVED);
    expect(received.data!.coAuthorInvitationsToMyCouncil).toContainEqual(
      expect.objectContaining({ caseStudyId: id, council: { code: 'NOT' } }),
    );
    expect(mailTo(world.nottinghamEditor.email).join()).toContain(
      'Subject: Derby asks Nottingham to co-author a case study',
    );
    expect(mailTo(world.nottinghamAdmin.email)).not.toHaveLength(0);
    expect(mailTo(world.nottinghamOfficer.email)).toHaveLength(0);
    expect(mailTo(world.kentEditor.email)).toHaveLength(0);

    expect(
      (await world.nottinghamEditor.graphql(RESPOND, { id, accept: true })).errors,
    ).toBeUndefined();
    expect((await get(world.harness, id)).coAuthorCouncils).toEqual([{ code: 'NOT' }]);
    expect((await get(world.derbyOfficer, id)).coAuthorInvitations).toEqual([]);
    expect(await councilStudies(world.harness, 'NOT')).toContain(id);
    expect((await get(world.nottinghamEditor, id)).canEdit).toBe(true);
    expect(
      (
        await world.nottinghamEditor.graphql(UPDATE, {
          id,
          input: input({ coAuthorCouncilCodes: ['NOT'] }),
        })
      ).errors,
    ).toBeUndefined();
    expect(mailTo(world.derbyEditor.email).join()).toMatch(/Subject: Nottingham accepted/);
  });

  it('keeps a draft named for another council out of its search until it accepts', async () => {
    const id = await named({ title: 'Quokka footfall counters' }, false);
    const indexer = world.harness.app.get(SearchIndexer);
    const found = (councilCode: string) =>
      officerSearchIds(world.harness, 'quokka footfall', ['case_study'], councilCode);
    await indexer.settle();
    expect(await found('DER')).toEqual([id]);
    expect(await found('NOT')).toEqual([]);
    // Nor can its officers open the draft.
    expect(code(await world.nottinghamOfficer.graphql(GET, { id }))).toBe('NOT_FOUND');
    const received = await world.nottinghamEditor.graphql<{
      coAuthorInvitationsToMyCouncil: { caseStudyId: string; caseStudyStatus: string }[];
    }>(RECEIVED);
    expect(received.data!.coAuthorInvitationsToMyCouncil).toContainEqual(
      expect.objectContaining({ caseStudyId: id, caseStudyStatus: 'DRAFT' }),
    );
    await world.nottinghamEditor.graphql(RESPOND, { id, accept: true });
    await indexer.settle();
    expect(await found('NOT')).toEqual([id]);
  });

  it('lets only editors and admins of the invited council answer, and tells the others nothing', async () => {
    const id = await named();
    await expectOnlyTheInvitedCouncilAnswers(
      world,
      id,
      { respond: RESPOND, received: RECEIVED },
      // Nothing changes, whoever tried.
      async (role) =>
        expect({ role, ...(await get(world.derbyOfficer, id)) }).toMatchObject({
          role,
          coAuthorCouncils: [],
          coAuthorInvitations: [{ status: 'PENDING' }],
        }),
    );
    expect(code(await world.harness.graphql(RECEIVED))).toBe('UNAUTHENTICATED');
    expect(code(await world.nottinghamOfficer.graphql(RECEIVED))).toBe('FORBIDDEN');
  });

  it('shows a declined invitation to the inviting council, and invites again only when named again', async () => {
    const id = await named();
    expect(
      (await world.nottinghamAdmin.graphql(RESPOND, { id, accept: false })).errors,
    ).toBeUndefined();
    expect(await get(world.derbyOfficer, id)).toMatchObject({
      coAuthorCouncils: [],
      coAuthorInvitations: [{ council: { code: 'NOT' }, status: 'DECLINED' }],
    });
    expect(code(await world.nottinghamEditor.graphql(RESPOND, { id, accept: true }))).toBe(
      'INVITATION_NOT_FOUND',
    );
    expect(mailTo(world.derbyEditor.email).join()).toMatch(/Subject: Nottingham declined/);
    // Saving the study without naming it keeps the refusal on record; naming it asks again.
    await world.derbyEditor.graphql(UPDATE, { id, input: input({ title: 'Renamed' }) });
    expect((await get(world.derbyOfficer, id)).coAuthorInvitations).toEqual([
      expect.objectContaining({ status: 'DECLINED' }),
    ]);
    await world.derbyEditor.graphql(UPDATE, {
      id,
      input: input({ coAuthorCouncilCodes: ['NOT'] }),
    });
    expect((await get(world.derbyOfficer, id)).coAuthorInvitations).toEqual([
      expect.objectContaining({ status: 'PENDING' }),
    ]);
  });

  it('lets the inviting council withdraw, by button or by taking the name off the form', async () => {
    const id = await named();
    expect(code(await world.nottinghamEditor.graphql(WITHDRAW, { id, code: 'NOT' }))).toBe(
      'FORBIDDEN',
    );
    expect(code(await world.kentEditor.graphql(WITHDRAW, { id, code: 'NOT' }))).toBe('FORBIDDEN');
    expect(code(await world.derbyOfficer.graphql(WITHDRAW, { id, code: 'NOT' }))).toBe('FORBIDDEN');
    expect((await world.derbyEditor.graphql(WITHDRAW, { id, code: 'NOT' })).errors).toBeUndefined();
    expect((await get(world.derbyOfficer, id)).coAuthorInvitations).toEqual([]);
    expect(code(await world.nottinghamEditor.graphql(RESPOND, { id, accept: true }))).toBe(
      'INVITATION_NOT_FOUND',
    );
    expect(code(await world.derbyEditor.graphql(WITHDRAW, { id, code: 'NOT' }))).toBe(
      'INVITATION_NOT_FOUND',
    );

    const other = await named();
    await world.derbyEditor.graphql(UPDATE, {
      id: other,
      input: input({ coAuthorCouncilCodes: [] }),
    });
    expect((await get(world.derbyOfficer, other)).coAuthorInvitations).toEqual([]);
    expect(code(await world.nottinghamEditor.graphql(RESPOND, { id: other, accept: true }))).toBe(
      'INVITATION_NOT_FOUND',
    );
  });

  it('refuses to ask more than 20 councils at once, and odd council codes, changing nothing', async () => {
    const codes = Array.from({ length: 21 }, (_, index) => `X${index}`);
    const [{ n: before }] = await world.harness.dataSource.query(
      `SELECT count(*)::int AS n FROM case_study_co_author_invitation`,
    );
    const refused = await world.derbyEditor.graphql(CREATE, {
      input: input({ coAuthorCouncilCodes: codes }),
    });
    expect(code(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.message).toMatch(/at most 20 co-author councils/);
    const id = await named();
    // A NUL byte is refused at the edge for every argument (issue 13, defect 6), not here.
    for (const odd of ['', 'not a code', 'x'.repeat(5000)])
      expect(code(await world.derbyEditor.graphql(WITHDRAW, { id, code: odd }))).toBe(
        'INVITATION_NOT_FOUND',
      );
    const [{ n: after }] = await world.harness.dataSource.query(
      `SELECT count(*)::int AS n FROM case_study_co_author_invitation`,
    );
    expect(after).toBe(before + 1);
  });

  it('lets a co-author council leave, by its own editors only', async () => {
    const id = await named();
    expect(code(await world.nottinghamEditor.graphql(LEAVE, { id }))).toBe('NOT_A_CO_AUTHOR');
    await world.nottinghamEditor.graphql(RESPOND, { id, accept: true });
    expect(code(await world.nottinghamOfficer.graphql(LEAVE, { id }))).toBe('FORBIDDEN');
    expect(code(await world.derbyEditor.graphql(LEAVE, { id }))).toBe('NOT_A_CO_AUTHOR');
    expect(code(await world.kentEditor.graphql(LEAVE, { id }))).toBe('NOT_A_CO_AUTHOR');
    expect((await get(world.harness, id)).coAuthorCouncils).toEqual([{ code: 'NOT' }]);
    expect((await world.nottinghamEditor.graphql(LEAVE, { id })).errors).toBeUndefined();
    expect((await get(world.harness, id)).coAuthorCouncils).toEqual([]);
    expect(await councilStudies(world.harness, 'NOT')).not.toContain(id);
    expect((await get(world.nottinghamEditor, id)).canEdit).toBe(false);
  });

  it('lets an accepted co-author invite others, but never a council that is not an author', async () => {
    const id = await named();
    await world.nottinghamEditor.graphql(RESPOND, { id, accept: true });
    const invited = await world.nottinghamEditor.graphql(UPDATE, {
      id,
      input: input({ coAuthorCouncilCodes: ['NOT', 'KEN'] }),
    });
    expect(invited.errors).toBeUndefined();
    expect(await get(world.derbyOfficer, id)).toMatchObject({
      coAuthorCouncils: [{ code: 'NOT' }],
      coAuthorInvitations: [{ council: { code: 'KEN' }, invitedBy: { code: 'NOT' } }],
    });
    // A platform admin is no author: it cannot name councils either.
    const admin = await signedIn(world.harness, { platformRole: 'ADMIN' });
    expect(['FORBIDDEN', 'NOT_FOUND']).toContain(
      code(await admin.graphql(UPDATE, { id, input: input({ coAuthorCouncilCodes: ['SKP'] }) })),
    );
  });
});
