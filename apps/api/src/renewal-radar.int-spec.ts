import { RenewalRadarClock } from '@lgx/api/feature-procurement';
import {
  bootTestApp,
  errorCodeOf,
  problemFieldsOf,
  seedTestCouncils,
  signedIn,
  type TestApp,
  type TestSession,
} from '@lgx/api/testing';
import { addMonthsIso } from '@lgx/shared/domain';

import { createApp } from './bootstrap';

/** The radar's today, fixed so the window's edges are known to the day. */
const TODAY = new Date().toISOString().slice(0, 10);
const months = (n: number, days = 0) => {
  const date = new Date(`${addMonthsIso(TODAY, n)}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

const START = `mutation($input: ProcurementGroupInput!) { startProcurementGroup(input: $input) { id } }`;
const INTEREST = `mutation($id: ID!) { expressInterestInGroup(id: $id) { id } }`;
const INVITE = `mutation($id: ID!, $code: String!) { inviteCouncilToGroup(id: $id, councilCode: $code) { id } }`;
const MOVE = `mutation($input: MoveGroupStageInput!) { moveProcurementGroupStage(input: $input) { stage } }`;
const RADAR = `query($code: String!, $from: Int, $to: Int) {
  renewalRadar(councilCode: $code, fromMonths: $from, toMonths: $to) {
    council { code } fromMonths toMonths endsFrom endsTo
    suggestions { group { id title } councilStatus contracts { category { code } endsOn supplierName } }
  }
}`;
const SUGGESTED = `query($id: ID!, $months: Int) {
  suggestedCouncilsForGroup(id: $id, monthsEitherSide: $months) {
    monthsEitherSide endsFrom endsTo
    suggestions { council { code } status contracts { category { code } endsOn supplierName } }
  }
}`;
const CREATE_SUPPLIER = `mutation($input: SupplierInput!) { createSupplier(input: $input) { id } }`;
const CREATE_EXPERIENCE = `mutation($input: SupplierExperienceInput!) { createSupplierExperience(input: $input) { id } }`;
const PUBLISH = `mutation($id: ID!) { publishSupplierExperience(id: $id) { id } }`;

type Radar = {
  council: { code: string };
  fromMonths: number;
  toMonths: number;
  endsFrom: string;
  endsTo: string;
  suggestions: {
    group: { id: string; title: string };
    councilStatus: string | null;
    contracts: { category: { code: string }; endsOn: string; supplierName: string }[];
  }[];
};
type Suggested = {
  monthsEitherSide: number;
  endsFrom: string;
  endsTo: string;
  suggestions: {
    council: { code: string };
    status: string | null;
    contracts: { category: { code: string }; endsOn: string; supplierName: string }[];
  }[];
};

/** The renewal radar, with supplier experiences providing the contracts it matches. */
describe('renewal radar: procurement groups and supplier experiences together', () => {
  let harness: TestApp;
  let moderator: TestSession;
  const editors: Record<string, TestSession> = {};
  const officers: Record<string, TestSession> = {};
  let supplierCount = 0;

  beforeAll(async () => {
    harness = await bootTestApp((config) =>
      createApp(config, { logger: false, importCouncils: false }),
    );
    await seedTestCouncils(harness.dataSource);
    jest.spyOn(harness.app.get(RenewalRadarClock), 'today').mockReturnValue(TODAY);
    moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
    for (const code of ['DER', 'NOT', 'SKP', 'KEN']) {
      editors[code] = await signedIn(harness, { council: code, role: 'EDITOR' });
      officers[code] = await signedIn(harness, { council: code });
    }
  });
  afterAll(() => harness?.close());

  /** A group led by `lead`, open to join, interest closing in three months. */
  const group = async (
    lead: string,
    title: string,
    cpvCode: string,
    extra: { desiredStart?: string; visibility?: string } = {},
  ) => {
    const response = await editors[lead]!.graphql<{ startProcurementGroup: { id: string } }>(
      START,
      {
        input: {
          title,
          need: 'Councils buying the same thing at the same time, together.',
          cpvCode,
          desiredStart: extra.desiredStart ?? months(12),
          route: 'OPEN_PROCEDURE',
          minimumCouncils: 2,
          visibility: extra.visibility ?? 'OPEN',
          interestClosesOn: months(3),
        },
      },
    );
    if (!response.data) throw new Error(JSON.stringify(response.errors));
    return response.data.startProcurementGroup.id;
  };

  /** A supplier experience of `council`'s contract, published (unless `draft`) by a moderator. */
  const contract = async (
    council: string,
    cpvCode: string,
    contractEnd: string,
    options: { attribution?: 'NAMED' | 'ANONYMISED'; draft?: boolean; supplier?: string } = {},
  ) => {
    const supplierName = options.supplier ?? `Radar Supplier ${++supplierCount}`;
    const supplier = await officers[council]!.graphql<{ createSupplier: { id: string } }>(
      CREATE_SUPPLIER,
      { input: { name: supplierName } },
    );
    if (!supplier.data) throw new Error(JSON.stringify(supplier.errors));
    const created = await officers[council]!.graphql<{ createSupplierExperience: { id: string } }>(
      CREATE_EXPERIENCE,
      {
        input: {
          supplierId: supplier.data.createSupplier.id,
          product: 'What the council bought',
          cpvCode,
          contractStart: '2022-04-01',
          contractEnd,
          extensionOptions: 'None',
          valueBand: 'FROM_500K_TO_2M',
          routeToMarket: 'FRAMEWORK_FURTHER_COMPETITION',
          frameworkName: 'A framework',
          frameworkLot: 'Lot 1',
          ratingDelivery: 4,
          ratingValueForMoney: 3,
          ratingSupport: 4,
          ratingInteroperability: 3,
          ratingExitAndDataPortability: 3,
          wouldBuyAgain: true,
          whatWorked: 'Delivery went to plan.',
          whatDidNotWork: 'Reports cost extra.',
          advice: 'Agree the exit plan up front.',
          isCurrent: true,
          attribution: options.attribution ?? 'NAMED',
        },
      },
    );
    if (!created.data) throw new Error(JSON.stringify(created.errors));
    if (!options.draft) {
      const published = await moderator.graphql(PUBLISH, {
        id: created.data.createSupplierExperience.id,
      });
      if (published.errors) throw new Error(JSON.stringify(published.errors));
    }
    return supplierName;
  };

  const radar = async (reader: TestSession, code: string, from?: number, to?: number) => {
    const response = await reader.graphql<{ renewalRadar: Radar }>(RADAR, { code, from, to });
    expect(response.errors).toBeUndefined();
    return response.data!.renewalRadar;
  };
  const suggested = async (reader: TestSession, id: string, monthsEitherSide?: number) => {
    const response = await reader.graphql<{ suggestedCouncilsForGroup: Suggested }>(SUGGESTED, {
      id,
      months: monthsEitherSide,
    });
    expect(response.errors).toBeUndefined();
    return response.data!.suggestedCouncilsForGroup;
  };
  const titlesIn = (result: Radar) => result.suggestions.map((s) => s.group.title);

  it('suggests groups in the CPV division of a contract ending 6 to 36 months from today, edges included', async () => {
    // Division 34 (transport equipment): Derby's contracts just inside and just outside the window.
    await contract('DER', '34144511-3', months(6, -1), { supplier: 'Too Soon Ltd' });
    await contract('DER', '34144511-3', months(6), { supplier: 'First Day Ltd' });
    await contract('DER', '34100000-8', months(36), { supplier: 'Last Day Ltd' });
    await contract('DER', '34144511-3', months(36, 1), { supplier: 'Too Late Ltd' });
    const vehicles = await group('NOT', 'Radar: electric refuse vehicles', '34100000-8');
    await group('NOT', 'Radar: software in another division', '72000000-5');
    const tendering = await group('NOT', 'Radar: vehicles already tendering', '34144511-3');
    for (const to of ['SPECIFYING', 'MARKET_ENGAGEMENT', 'TENDERING'])
      await editors['NOT']!.graphql(MOVE, { input: { groupId: tendering, to } });
    const closed = await group('NOT', 'Radar: vehicles, interest closed', '34144511-3');
    await harness.dataSource.query(
      `UPDATE procurement_group SET interest_closes_on = $2 WHERE id = $1`,
      [closed, months(0, -1)],
    );
    const joined = await group('SKP', 'Radar: vehicles Derby already joined', '34144511-3');
    await officers['DER']!.graphql(INTEREST, { id: joined });
    const inviteOnly = await group('KEN', 'Radar: invite-only vehicles', '34144511-3', {
      visibility: 'INVITE_ONLY',
    });

    const result = await radar(officers['DER']!, 'der');
    expect(result).toMatchObject({
      council: { code: 'DER' },
      fromMonths: 6,
      toMonths: 36,
      endsFrom: months(6),
      endsTo: months(36),
    });
    expect(titlesIn(result)).toEqual(['Radar: electric refuse vehicles']);
    expect(result.suggestions[0]).toEqual({
      group: { id: vehicles, title: 'Radar: electric refuse vehicles' },
      councilStatus: null,
      contracts: [
        { category: { code: '34144511-3' }, endsOn: months(6), supplierName: 'First Day Ltd' },
        { category: { code: '34100000-8' }, endsOn: months(36), supplierName: 'Last Day Ltd' },
      ],
    });

    // A narrower window leaves only the later contract.
    const later = await radar(officers['DER']!, 'DER', 12, 36);
    expect(later.suggestions[0]!.contracts.map((c) => c.supplierName)).toEqual(['Last Day Ltd']);
    expect(titlesIn(await radar(officers['DER']!, 'DER', 6, 35))).toEqual([
      'Radar: electric refuse vehicles',
    ]);
    expect(
      (await radar(officers['DER']!, 'DER', 7, 35)).suggestions.filter((s) =>
        s.group.title.startsWith('Radar: '),
      ),
    ).toEqual([]);

    // Once invited, the invite-only group is suggested too, even after its closing date
    // (on the same contract, the group whose interest closes first comes first).
    await editors['KEN']!.graphql(INVITE, { id: inviteOnly, code: 'DER' });
    await harness.dataSource.query(
      `UPDATE procurement_group SET interest_closes_on = $2 WHERE id = $1`,
      [inviteOnly, months(0, -1)],
    );
    const invited = await radar(officers['DER']!, 'DER');
    expect(invited.suggestions.map((s) => [s.group.title, s.councilStatus])).toEqual([
      ['Radar: invite-only vehicles', 'INVITED'],
      ['Radar: electric refuse vehicles', null],
    ]);
    // Another council's reader does not see the invite-only group in Derby's radar.
    expect(titlesIn(await radar(officers['NOT']!, 'DER'))).toEqual([
      'Radar: electric refuse vehicles',
    ]);

    // Derby's invitation to an open group is for Derby and the group's members: another
    // council reading Derby's radar sees the group, not where Derby stands (decision 0010).
    expect(
      (await editors['NOT']!.graphql(INVITE, { id: vehicles, code: 'DER' })).errors,
    ).toBeUndefined();
    const statusIn = async (reader: TestSession) =>
      (await radar(reader, 'DER')).suggestions
        .filter((s) => s.group.id === vehicles)
        .map((s) => s.councilStatus);
    expect(await statusIn(officers['DER']!)).toEqual(['INVITED']);
    expect(await statusIn(officers['SKP']!)).toEqual([null]);
    expect(await statusIn(moderator)).toEqual([null]);
  });

  it('reveals an anonymised or unpublished contract to its own council only, and never uses it for another reader', async () => {
    // Division 72 (IT services): Kent's contracts near Stockport's group's start.
    const start = months(12);
    const assistant = await group('SKP', 'Radar: AI digital assistant', '72000000-5', {
      desiredStart: start,
    });
    await contract('KEN', '72200000-7', months(12), {
      attribution: 'ANONYMISED',
      supplier: 'Anonymised Contract Ltd',
    });
    await contract('KEN', '72300000-8', months(13), {
      draft: true,
      supplier: 'Draft Contract Ltd',
    });

    const own = await radar(officers['KEN']!, 'KEN');
    const forKent = own.suggestions.find((s) => s.group.id === assistant);
    expect(forKent?.contracts.map((c) => c.supplierName)).toEqual([
      'Anonymised Contract Ltd',
      'Draft Contract Ltd',
    ]);
    // Derby's officer looking at Kent, and Stockport's lead looking for councils, see nothing.
    expect((await radar(officers['DER']!, 'KEN')).suggestions.map((s) => s.group.id)).not.toContain(
      assistant,
    );
    expect((await suggested(editors['SKP']!, assistant)).suggestions).toEqual([]);

    // A published contract that names Kent is shown to others, and only it.
    await contract('KEN', '72000000-5', months(14), { supplier: 'Named Contract Ltd' });
    const forDerby = (await radar(officers['DER']!, 'KEN')).suggestions.find(
      (s) => s.group.id === assistant,
    );
    expect(forDerby?.contracts).toEqual([
      { category: { code: '72000000-5' }, endsOn: months(14), supplierName: 'Named Contract Ltd' },
    ]);
    const forLead = await suggested(editors['SKP']!, assistant);
    expect(forLead.suggestions).toEqual([
      {
        council: { code: 'KEN' },
        status: null,
        contracts: [
          {
            category: { code: '72000000-5' },
            endsOn: months(14),
            supplierName: 'Named Contract Ltd',
          },
        ],
      },
    ]);
    const text = JSON.stringify([forDerby, forLead]);
    expect(text).not.toContain('Anonymised Contract Ltd');
    expect(text).not.toContain('Draft Contract Ltd');
  });

  it('suggests councils whose contracts end near a group’s start, not its members, to the lead’s editors only', async () => {
    // Division 48 (software packages).
    const start = months(18);
    const records = await group('DER', 'Radar: records management system', '48000000-8', {
      desiredStart: start,
    });
    await contract('NOT', '48100000-9', addMonthsIso(start, 6), { supplier: 'Six After Ltd' });
    await contract('SKP', '48000000-8', addMonthsIso(start, -7), { supplier: 'Seven Before Ltd' });
    await contract('KEN', '48000000-8', addMonthsIso(start, 1), { supplier: 'Member Ltd' });
    await officers['KEN']!.graphql(INTEREST, { id: records });

    const near = await suggested(editors['DER']!, records);
    expect(near).toMatchObject({
      monthsEitherSide: 6,
      endsFrom: addMonthsIso(start, -6),
      endsTo: addMonthsIso(start, 6),
    });
    expect(near.suggestions).toEqual([
      {
        council: { code: 'NOT' },
        status: null,
        contracts: [
          {
            category: { code: '48100000-9' },
            endsOn: addMonthsIso(start, 6),
            supplierName: 'Six After Ltd',
          },
        ],
      },
    ]);
    const wider = await suggested(editors['DER']!, records, 7);
    expect(wider.suggestions.map((s) => s.council.code)).toEqual(['NOT', 'SKP']);

    // Invited councils stay on the list, marked, until they join.
    await editors['DER']!.graphql(INVITE, { id: records, code: 'NOT' });
    expect(
      (await suggested(editors['DER']!, records)).suggestions.map((s) => [
        s.council.code,
        s.status,
      ]),
    ).toEqual([['NOT', 'INVITED']]);

    // Roles: an officer (not editor) of the lead, and an editor of a member council, are refused.
    for (const reader of [officers['DER']!, editors['KEN']!, editors['NOT']!]) {
      const refused = await reader.graphql(SUGGESTED, { id: records });
      expect(errorCodeOf(refused)).toBe('FORBIDDEN');
      expect(JSON.stringify(refused)).not.toContain('Six After Ltd');
    }
    expect(errorCodeOf(await harness.graphql(SUGGESTED, { id: records }))).toBe('UNAUTHENTICATED');
    const admin = await signedIn(harness, { council: 'DER', role: 'ADMIN' });
    expect((await suggested(admin, records)).suggestions).toHaveLength(1);

    // Once tendering, the group takes no new members: nothing to suggest.
    for (const to of ['SPECIFYING', 'MARKET_ENGAGEMENT', 'TENDERING'])
      await editors['DER']!.graphql(MOVE, { input: { groupId: records, to } });
    expect((await suggested(editors['DER']!, records)).suggestions).toEqual([]);
  });

  it('refuses a bad window, naming the argument, and readers who are not verified officers', async () => {
    const derby = officers['DER']!;
    const cases: [Record<string, unknown>, string[]][] = [
      [{ code: 'DER', from: 5 }, ['fromMonths']],
      [{ code: 'DER', to: 37 }, ['toMonths']],
      [{ code: 'DER', from: 0, to: 99 }, ['fromMonths', 'toMonths']],
      [{ code: 'DER', from: 24, to: 12 }, ['toMonths']],
      [{ code: 'NOPE' }, ['councilCode']],
    ];
    for (const [variables, fields] of cases) {
      const response = await derby.graphql(RADAR, variables);
      expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemFieldsOf(response)).toEqual(fields);
      expect(response.errors![0]!.message).toMatch(/month|council/i);
    }
    const id = await group('DER', 'Radar: window check', '79000000-4');
    for (const span of [0, 25]) {
      const response = await editors['DER']!.graphql(SUGGESTED, { id, months: span });
      expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemFieldsOf(response)).toEqual(['monthsEitherSide']);
    }
    expect(errorCodeOf(await harness.graphql(RADAR, { code: 'DER' }))).toBe('UNAUTHENTICATED');
    const unverified = await signedIn(harness, { council: 'DER', unverified: true });
    expect(errorCodeOf(await unverified.graphql(RADAR, { code: 'DER' }))).toBe('FORBIDDEN');
  });
});
