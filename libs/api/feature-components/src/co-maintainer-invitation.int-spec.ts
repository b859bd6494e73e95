import { SearchIndexer } from '@lgx/api/core/search';
import {
  errorCodeOf as code,
  expectOnlyTheInvitedCouncilAnswers,
  officerSearchIds,
  type TestApp,
  type TestSession,
  useCouncilInvitationApp,
} from '@lgx/api/testing';

import { COMPONENT_ENTITIES, ComponentsModule } from './components.module';

const CREATE = `mutation($input: ComponentInput!) { createComponent(input: $input) { id maintainingCouncils { code } } }`;
const UPDATE = `mutation($id: ID!, $input: ComponentInput!) { updateComponent(id: $id, input: $input) { id maintainingCouncils { code } } }`;
const PUBLISH = `mutation($id: ID!) { publishComponent(id: $id) { id } }`;
const GET = `query($id: ID!) {
  component(id: $id) {
    id canEdit maintainingCouncils { code }
    coMaintainerInvitations { council { code } invitedBy { code } status }
    invitationToMyCouncil { componentId status }
  }
}`;
const MAINTAINS = `query($code: String!) { councilComponents(councilCode: $code) { maintains { id } } }`;
const RECEIVED = `{ coMaintainerInvitationsToMyCouncil { componentId componentName componentStatus council { code } status } }`;
const RESPOND = `mutation($id: ID!, $accept: Boolean!) { respondToCoMaintainerInvitation(componentId: $id, accept: $accept) }`;
const WITHDRAW = `mutation($id: ID!, $code: String!) { withdrawCoMaintainerInvitation(componentId: $id, councilCode: $code) }`;
const LEAVE = `mutation($id: ID!) { leaveComponent(componentId: $id) }`;

const input = (extra: object = {}) => ({
  name: 'Shared bin day finder',
  kind: 'SERVICE_PATTERN',
  summary: 'Tells residents which bin goes out this week.',
  licence: 'OGL-UK-3.0',
  maturity: 'LIVE',
  ...extra,
});

type Component = {
  id: string;
  canEdit: boolean;
  maintainingCouncils: { code: string }[];
  coMaintainerInvitations: { council: { code: string }; status: string }[];
  invitationToMyCouncil: { componentId: string } | null;
};

describe('co-maintainer councils by invitation', () => {
  const world = useCouncilInvitationApp({
    imports: [ComponentsModule],
    entities: COMPONENT_ENTITIES,
  });
  const mailTo = (email: string) => world.mailbox.to(email);

  let counter = 0;
  async function named(publish = true, extra: object = {}): Promise<string> {
    const created = await world.derbyEditor.graphql<{ createComponent: { id: string } }>(CREATE, {
      input: input({
        name: `Bin day finder ${++counter}`,
        maintainingCouncilCodes: ['NOT'],
        ...extra,
      }),
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createComponent.id;
    if (publish) expect((await world.derbyEditor.graphql(PUBLISH, { id })).errors).toBeUndefined();
    return id;
  }
  const get = async (as: TestSession | TestApp, id: string) =>
    (await as.graphql<{ component: Component }>(GET, { id })).data!.component;
  const maintains = async (as: TestSession | TestApp, council: string) =>
    (
      await as.graphql<{ councilComponents: { maintains: { id: string }[] } }>(MAINTAINS, {
        code: council,
      })
    ).data!.councilComponents.maintains.map((component) => component.id);

  it('invites a named council, and shows nothing as its own until it accepts', async () => {
    const id = await named();
    expect(await get(world.harness, id)).toMatchObject({
      maintainingCouncils: [{ code: 'DER' }],
      coMaintainerInvitations: [],
    });
    expect((await get(world.derbyOfficer, id)).coMaintainerInvitations).toEqual([
      { council: { code: 'NOT' }, invitedBy: { code: 'DER' }, status: 'PENDING' },
    ]);
    for (const as of [world.harness, world.nottinghamOfficer, world.nottinghamEditor])
      expect(await maintains(as, 'NOT')).not.toContain(id);
    expect((await get(world.nottinghamEditor, id)).canEdit).toBe(false);
    expect(code(await world.nottinghamEditor.graphql(UPDATE, { id, input: input() }))).toBe(
      'FORBIDDEN',
    );
    expect((await get(world.nottinghamEditor, id)).invitationToMyCouncil).toMatchObject({
      componentId: id,
    });
    expect((await get(world.nottinghamOfficer, id)).invitationToMyCouncil).toBeNull();
    expect((await get(world.kentEditor, id)).invitationToMyCouncil).toBeNull();
    expect(mailTo(world.nottinghamEditor.email).join()).toContain(
      'Subject: Derby asks Nottingham to maintain a component',
    );
    expect(mailTo(world.nottinghamOfficer.email)).toHaveLength(0);

    expect(
      (await world.nottinghamAdmin.graphql(RESPOND, { id, accept: true })).errors,
    ).toBeUndefined();
    expect((await get(world.harness, id)).maintainingCouncils).toEqual([
      { code: 'DER' },
      { code: 'NOT' },
    ]);
    expect(await maintains(world.harness, 'NOT')).toContain(id);
    expect((await get(world.nottinghamEditor, id)).canEdit).toBe(true);
    // Its editor can save the form; Derby stays a maintainer.
    const saved = await world.nottinghamEditor.graphql<{ updateComponent: Component }>(UPDATE, {
      id,
      input: input({ maintainingCouncilCodes: ['DER'] }),
    });
    expect(saved.data!.updateComponent.maintainingCouncils).toEqual([
      { code: 'NOT' },
      { code: 'DER' },
    ]);
    expect(mailTo(world.derbyEditor.email).join()).toMatch(/Subject: Nottingham accepted/);
  });

  it('keeps a draft named for another council out of its search and drafts until it accepts', async () => {
    const id = await named(false, { name: 'Wombat gritting routes' });
    const found = (councilCode: string) =>
      officerSearchIds(world.harness, 'wombat gritting', ['component'], councilCode);
    const indexer = world.harness.app.get(SearchIndexer);
    await indexer.settle();
    // Found by the inviting council only, and not even readable by the invited one's officers.
    expect([await found('DER'), await found('NOT')]).toEqual([[id], []]);
    expect(code(await world.nottinghamOfficer.graphql(GET, { id }))).toBe('NOT_FOUND');
    const received = await world.nottinghamEditor.graphql<{
      coMaintainerInvitationsToMyCouncil: { componentId: string; componentStatus: string }[];
    }>(RECEIVED);
    expect(received.data!.coMaintainerInvitationsToMyCouncil).toContainEqual(
      expect.objectContaining({ componentId: id, componentStatus: 'DRAFT' }),
    );
    await world.nottinghamEditor.graphql(RESPOND, { id, accept: true });
    await indexer.settle();
    expect(await found('NOT')).toEqual([id]);
  });

  it('lets only editors and admins of the invited council answer', async () => {
    const id = await named();
    await expectOnlyTheInvitedCouncilAnswers(world, id, { respond: RESPOND, received: RECEIVED });
    expect(await get(world.derbyOfficer, id)).toMatchObject({
      maintainingCouncils: [{ code: 'DER' }],
      coMaintainerInvitations: [{ status: 'PENDING' }],
    });
  });

  it('shows a decline to the maintainers, lets them withdraw, and lets a co-maintainer leave', async () => {
    const declined = await named();
    await world.nottinghamEditor.graphql(RESPOND, { id: declined, accept: false });
    expect((await get(world.derbyOfficer, declined)).coMaintainerInvitations).toEqual([
      expect.objectContaining({ status: 'DECLINED' }),
    ]);
    expect(
      code(await world.nottinghamEditor.graphql(RESPOND, { id: declined, accept: true })),
    ).toBe('INVITATION_NOT_FOUND');
    expect(mailTo(world.derbyEditor.email).join()).toMatch(/Subject: Nottingham declined/);

    const withdrawn = await named();
    expect(
      code(await world.nottinghamEditor.graphql(WITHDRAW, { id: withdrawn, code: 'NOT' })),
    ).toBe('FORBIDDEN');
    expect(code(await world.derbyOfficer.graphql(WITHDRAW, { id: withdrawn, code: 'NOT' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      (await world.derbyEditor.graphql(WITHDRAW, { id: withdrawn, code: 'NOT' })).errors,
    ).toBeUndefined();
    expect(
      code(await world.nottinghamEditor.graphql(RESPOND, { id: withdrawn, accept: true })),
    ).toBe('INVITATION_NOT_FOUND');

    const left = await named();
    await world.nottinghamEditor.graphql(RESPOND, { id: left, accept: true });
    expect(code(await world.nottinghamOfficer.graphql(LEAVE, { id: left }))).toBe('FORBIDDEN');
    expect(code(await world.kentEditor.graphql(LEAVE, { id: left }))).toBe('NOT_A_CO_MAINTAINER');
    expect((await world.nottinghamEditor.graphql(LEAVE, { id: left })).errors).toBeUndefined();
    expect((await get(world.harness, left)).maintainingCouncils).toEqual([{ code: 'DER' }]);
    expect(await maintains(world.harness, 'NOT')).not.toContain(left);
    // The last maintainer cannot leave it orphaned.
    expect(code(await world.derbyEditor.graphql(LEAVE, { id: left }))).toBe('LAST_MAINTAINER');
  });
});
