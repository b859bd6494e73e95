import { SearchClient, SearchIndexer, SearchService } from '@lgx/api/core/search';
import { signedIn, type TestSession } from '@lgx/api/testing';

import {
  bootSuppliersApp,
  CREATE_EXPERIENCE,
  errorCode,
  experience,
  experienceInput,
  fieldsOf,
  GET_EXPERIENCE,
  newSupplier,
  PUBLISH,
  type SuppliersTestApp,
} from '../test/suppliers-test-app';
import { ModerationClock } from './moderation-clock';

const MY_COUNCIL = `{ myCouncilSupplierExperiences { id status council { code } } }`;
const LIST = `query($id: ID!) { supplierExperiences(supplierId: $id) { totalCount edges { node { id attributedTo council { code } } } } }`;
const UPDATE = `mutation($id: ID!, $input: SupplierExperienceInput!) { updateSupplierExperience(id: $id, input: $input) { id status } }`;
const REQUEST_CHANGES = `mutation($id: ID!, $message: String!) { requestSupplierExperienceChanges(id: $id, message: $message) { id status moderatorMessage } }`;
const REJECT = `mutation($id: ID!) { rejectSupplierExperience(id: $id, reason: "Not about a supplier") { id status } }`;
const QUEUE = `{ supplierModerationQueue { submitted { id attributedTo council { code } } concerns { id experienceId kind deadlineAt hoursLeft overdue } } }`;
const CONCERN = `mutation($id: ID!, $details: String!) { raiseSupplierExperienceConcern(id: $id, details: $details) { id kind deadlineAt } }`;
const COMPLAINT = `mutation($id: ID!, $details: String!) { recordSupplierComplaint(id: $id, details: $details) { id kind deadlineAt hoursLeft overdue } }`;
const RESOLVE = `mutation($id: ID!, $outcome: ConcernOutcome!, $edit: ExperienceTextEdit) { resolveSupplierExperienceConcern(concernId: $id, outcome: $outcome, note: "Checked with the council", edit: $edit) { id outcome overdue } }`;

type Role = [string, Parameters<typeof signedIn>[1] | null];

describe('supplier experiences', () => {
  let harness: SuppliersTestApp;
  let stockport: TestSession;
  let moderator: TestSession;

  beforeAll(async () => {
    harness = await bootSuppliersApp();
    stockport = await signedIn(harness, { council: 'SKP' });
    moderator = await signedIn(harness, { platformRole: 'MODERATOR' });
  });
  afterAll(() => harness?.close());

  const as = async (options: Role[1]) =>
    options ? (await signedIn(harness, options)).graphql : harness.graphql;

  it('refuses bad input naming each field, and stores nothing', async () => {
    const supplier = await newSupplier(harness, 'Validation Ltd');
    const [{ n: before }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM supplier_experience`,
    );
    const cases: [object, string][] = [
      [{ product: '' }, 'product'],
      [{ cpvCode: '99999999-9' }, 'cpvCode'],
      [{ contractStart: '2024-02-30' }, 'contractStart'],
      [{ contractEnd: '2020-01-01' }, 'contractEnd'],
      [{ valueBand: 'LOTS' }, 'valueBand'],
      [{ routeToMarket: 'HANDSHAKE' }, 'routeToMarket'],
      [{ frameworkName: '' }, 'frameworkName'],
      [{ ratingDelivery: 6 }, 'ratingDelivery'],
      [{ ratingExitAndDataPortability: 0 }, 'ratingExitAndDataPortability'],
      [{ whatWorked: '', whatDidNotWork: '', advice: '' }, 'whatWorked'],
      [{ advice: 'x'.repeat(5_001) }, 'advice'],
    ];
    for (const [extra, field] of cases) {
      const response = await stockport.graphql(CREATE_EXPERIENCE, {
        input: experienceInput(supplier, extra),
      });
      expect({ field, code: errorCode(response), fields: fieldsOf(response) }).toEqual({
        field,
        code: 'BAD_USER_INPUT',
        fields: [field],
      });
    }
    // A direct award needs no framework.
    const direct = await stockport.graphql(CREATE_EXPERIENCE, {
      input: experienceInput(supplier, { routeToMarket: 'DIRECT_AWARD', frameworkName: null }),
    });
    expect(direct.errors).toBeUndefined();
    const [{ n: after }] = await harness.dataSource.query(
      `SELECT count(*)::int AS n FROM supplier_experience`,
    );
    expect(after).toBe(before + 1);
  });

  it('shows a submitted experience only to its council and moderators, and a published one to every verified officer only', async () => {
    const supplier = await newSupplier(harness, 'Visibility Systems');
    const id = await experience(stockport, null, supplier);
    // [role, sees it while submitted, sees it once published]
    const roles: [string, Role[1], boolean, boolean][] = [
      ['visitor', null, false, false],
      ['unverified account', { unverified: true }, false, false],
      [
        'unverified account with a council address',
        { unverified: true, council: 'SKP' },
        false,
        false,
      ],
      ['Stockport officer', { council: 'SKP' }, true, true],
      ['Derby officer', { council: 'DER' }, false, true],
      ['Kent admin', { council: 'KEN', role: 'ADMIN' }, false, true],
      ['moderator', { platformRole: 'MODERATOR' }, true, true],
      ['platform admin', { platformRole: 'ADMIN' }, true, true],
    ];
    const check = async (published: boolean) => {
      for (const [role, options, whileSubmitted, once] of roles) {
        const graphql = await as(options);
        const sees = published ? once : whileSubmitted;
        const one = await graphql<{ supplierExperience: { id: string } }>(GET_EXPERIENCE, { id });
        const list = await graphql<{ supplierExperiences: { totalCount: number } }>(LIST, {
          id: supplier,
        });
        expect({
          role,
          published,
          one: one.data?.supplierExperience?.id ?? errorCode(one),
        }).toEqual({
          role,
          published,
          one: sees
            ? id
            : options === null
              ? 'UNAUTHENTICATED'
              : options?.unverified
                ? 'FORBIDDEN'
                : 'NOT_FOUND',
        });
        expect({
          role,
          count: list.data?.supplierExperiences.totalCount ?? errorCode(list),
        }).toEqual({
          role,
          count:
            options === null
              ? 'UNAUTHENTICATED'
              : options?.unverified
                ? 'FORBIDDEN'
                : published
                  ? 1
                  : 0,
        });
      }
    };
    await check(false);
    // Not found reads the same for an experience that does not exist.
    const missing = await (
      await as({ council: 'DER' })
    )(GET_EXPERIENCE, {
      id: '00000000-0000-4000-8000-000000000000',
    });
    const hidden = await (await as({ council: 'DER' }))(GET_EXPERIENCE, { id });
    expect(missing.errors?.[0]?.message).toBe(hidden.errors?.[0]?.message);
    await moderator.graphql(PUBLISH, { id });
    await check(true);
    const mine = await stockport.graphql<{ myCouncilSupplierExperiences: { id: string }[] }>(
      MY_COUNCIL,
    );
    expect(mine.data!.myCouncilSupplierExperiences.map((e) => e.id)).toContain(id);
    const derbys = await (
      await as({ council: 'DER' })
    )<{ myCouncilSupplierExperiences: { id: string }[] }>(MY_COUNCIL);
    expect(derbys.data!.myCouncilSupplierExperiences.map((e) => e.id)).not.toContain(id);
  });

  it('lists on a council’s page only the published experiences that name it, except for its own officers', async () => {
    const supplier = await newSupplier(harness, 'Council Page Ltd');
    const named = await experience(stockport, moderator, supplier);
    const anonymised = await experience(stockport, moderator, supplier, {
      attribution: 'ANONYMISED',
    });
    const submitted = await experience(stockport, null, supplier);
    const COUNCIL = `query($code: String!) { councilSupplierExperiences(councilCode: $code) { id } }`;
    const ids = async (options: Role[1]) => {
      const response = await (
        await as(options)
      )<{ councilSupplierExperiences: { id: string }[] }>(COUNCIL, { code: 'skp' });
      return (
        response.data?.councilSupplierExperiences
          .map((e) => e.id)
          .filter((id) => [named, anonymised, submitted].includes(id))
          .sort() ?? errorCode(response)
      );
    };
    expect(await ids({ council: 'DER' })).toEqual([named]);
    expect(await ids({ platformRole: 'MODERATOR' })).toEqual([named]);
    expect(await ids({ council: 'SKP' })).toEqual([named, anonymised].sort());
    expect(await ids({ unverified: true })).toBe('FORBIDDEN');
    expect(await ids(null)).toBe('UNAUTHENTICATED');
  });

  it('never reveals the council of an anonymised experience to other readers: API, search documents, hits or facets', async () => {
    const supplier = await newSupplier(harness, 'Quietly Anonymous Software');
    const id = await experience(stockport, moderator, supplier, {
      attribution: 'ANONYMISED',
      product: 'Housing repairs portal',
    });
    const derby = await as({ council: 'DER' });
    const read = await derby<{ supplierExperience: Record<string, unknown> }>(GET_EXPERIENCE, {
      id,
    });
    expect(read.data!.supplierExperience).toMatchObject({
      attribution: 'ANONYMISED',
      attributedTo: 'a metropolitan borough in the North West',
      region: 'North West',
      council: null,
    });
    expect(JSON.stringify(read.data)).not.toMatch(/Stockport|SKP/);
    const list = await derby(LIST, { id: supplier });
    expect(JSON.stringify(list.data)).not.toMatch(/Stockport|SKP/);
    // Its own council and moderators still see whose it is.
    const own = await stockport.graphql<{ supplierExperience: { council: { code: string } } }>(
      GET_EXPERIENCE,
      { id },
    );
    expect(own.data!.supplierExperience.council.code).toBe('SKP');

    await harness.app.get(SearchIndexer).settle();
    const client = harness.app.get(SearchClient);
    const document = await client.meili
      .index(client.indexName('supplier_experiences'))
      .getDocument(id);
    expect(document).toMatchObject({
      visibility: 'officers',
      councilCodes: [],
      region: 'North West',
      councilType: 'MD',
      supplier: 'Quietly Anonymous Software',
    });
    expect(document['councilCode']).toBeUndefined();
    expect(document['_geo']).toBeUndefined();
    expect(JSON.stringify(document)).not.toMatch(/Stockport|SKP/);

    const search = harness.app.get(SearchService);
    const officerScope = { officer: true, councilCode: 'DER', groupIds: [] };
    const byName = await search.run({
      query: 'Stockport',
      types: ['supplier_experience'],
      limit: 20,
      offset: 0,
      scope: officerScope,
    });
    expect(byName.hits.map((hit) => hit.id)).not.toContain(id);
    const bySupplier = await search.run({
      query: 'Quietly Anonymous',
      types: ['supplier_experience'],
      limit: 20,
      offset: 0,
      scope: officerScope,
    });
    expect(bySupplier.hits.map((hit) => hit.id)).toEqual([id]);
    expect(bySupplier.hits[0]!.councilName).toBeUndefined();
    expect(JSON.stringify(bySupplier)).not.toMatch(/Stockport|SKP/);
    const facets = Object.fromEntries(
      bySupplier.facets.map((facet) => [facet.attribute, facet.values.map((v) => v.value)]),
    );
    expect(facets).toMatchObject({
      region: ['North West'],
      councilType: ['MD'],
      supplier: ['Quietly Anonymous Software'],
      category: ['Software package and information systems'],
      routeToMarket: ['Framework: further competition'],
      ratingBand: ['3 to 4 stars'],
    });
    expect(Object.keys(facets)).not.toContain('councilCode');
    // Each facet filters.
    const byBand = await search.run({
      query: 'Quietly Anonymous',
      types: ['supplier_experience'],
      facetFilters: [
        { attribute: 'ratingBand', values: ['3 to 4 stars'] },
        { attribute: 'councilType', values: ['MD'] },
      ],
      limit: 20,
      offset: 0,
      scope: officerScope,
    });
    expect(byBand.total).toBe(1);
    // No council filter ("near my council", "councils like mine") can find it.
    const filtered = await client.meili
      .index(client.indexName('supplier_experiences'))
      .search('Quietly Anonymous', { filter: 'councilCode = "SKP" OR councilCodes = "SKP"' });
    expect(filtered.hits).toEqual([]);
  });

  it('keeps experiences out of search, facets and totals for visitors, and finds them for officers with a typo', async () => {
    const supplier = await newSupplier(harness, 'Zanzibar Waste Logistics');
    const submitted = await experience(stockport, null, supplier, { product: 'Bin lorries' });
    const published = await experience(stockport, moderator, supplier, { product: 'Bin lorries' });
    await harness.app.get(SearchIndexer).settle();
    const search = harness.app.get(SearchService);
    const run = (scope: { officer: boolean; councilCode?: string }) =>
      search.run({
        query: 'Zanzibr Waste',
        limit: 20,
        offset: 0,
        scope: { ...scope, groupIds: [] },
      });
    const officer = await run({ officer: true, councilCode: 'DER' });
    // The supplier itself is found too (officers only, like its experiences).
    expect(officer.hits.map((hit) => [hit.type, hit.id]).sort()).toEqual([
      ['supplier', supplier],
      ['supplier_experience', published],
    ]);
    expect(officer.hits.find((hit) => hit.id === published)).toMatchObject({
      councilName: 'Stockport',
    });
    const visitor = await run({ officer: false });
    expect(visitor.total).toBe(0);
    expect(visitor.hits).toEqual([]);
    expect(JSON.stringify(visitor.facets)).not.toMatch(/supplier_experience|Zanzibar/);
    // The author's own council does not find the submitted one either: only published ones are indexed.
    const own = await run({ officer: true, councilCode: 'SKP' });
    expect(own.hits.map((hit) => hit.id)).not.toContain(submitted);
    // Removing takes it out of the index.
    const complaint = await moderator.graphql<{ recordSupplierComplaint: { id: string } }>(
      COMPLAINT,
      { id: published, details: 'The supplier disputes the delivery rating.' },
    );
    await moderator.graphql(RESOLVE, {
      id: complaint.data!.recordSupplierComplaint.id,
      outcome: 'REMOVED',
    });
    await harness.app.get(SearchIndexer).settle();
    const after = await run({ officer: true, councilCode: 'DER' });
    expect(after.hits.map((hit) => hit.type)).toEqual(['supplier']);
  });

  it('lets only moderators publish, ask for changes (mailing the author) and reject', async () => {
    const supplier = await newSupplier(harness, 'Transitions Ltd');
    const author = await signedIn(harness, { council: 'SKP', role: 'EDITOR' });
    const id = await experience(author, null, supplier);
    const notModerators: [string, Role[1], string][] = [
      ['visitor', null, 'UNAUTHENTICATED'],
      ['unverified', { unverified: true }, 'FORBIDDEN'],
      ['Stockport admin', { council: 'SKP', role: 'ADMIN' }, 'FORBIDDEN'],
      ['Derby officer', { council: 'DER' }, 'FORBIDDEN'],
    ];
    for (const [role, options, code] of notModerators) {
      const graphql = await as(options);
      for (const mutation of [PUBLISH, REJECT]) {
        expect({ role, code: errorCode(await graphql(mutation, { id })) }).toEqual({ role, code });
      }
      expect(errorCode(await graphql(QUEUE))).toBe(code);
    }
    const queue = await moderator.graphql<{
      supplierModerationQueue: { submitted: { id: string; council: { code: string } }[] };
    }>(QUEUE);
    expect(queue.data!.supplierModerationQueue.submitted.find((e) => e.id === id)).toMatchObject({
      council: { code: 'SKP' },
    });

    const asked = await moderator.graphql<{
      requestSupplierExperienceChanges: Record<string, unknown>;
    }>(REQUEST_CHANGES, { id, message: 'Please remove the named account manager.' });
    expect(asked.data!.requestSupplierExperienceChanges).toMatchObject({
      status: 'CHANGES_REQUESTED',
      moderatorMessage: 'Please remove the named account manager.',
    });
    const mail = harness.mail().find((raw) => raw.toLowerCase().includes(`to: ${author.email}`));
    expect(mail).toBeDefined();
    expect(mail!.replace(/=\r?\n/g, '')).toContain('Please remove the named account manager.');
    expect(fieldsOf(await moderator.graphql(REQUEST_CHANGES, { id, message: ' ' }))).toEqual([
      'message',
    ]);
    // Publishing needs it back in the queue first; the author's change puts it there.
    expect(errorCode(await moderator.graphql(PUBLISH, { id }))).toBe('BAD_TRANSITION');
    expect(
      errorCode(
        await (
          await as({ council: 'DER' })
        )(UPDATE, { id, input: experienceInput(supplier) }),
      ),
    ).toBe('NOT_FOUND');
    const resubmitted = await author.graphql<{ updateSupplierExperience: { status: string } }>(
      UPDATE,
      { id, input: experienceInput(supplier, { whatWorked: 'Migration went to plan.' }) },
    );
    expect(resubmitted.data!.updateSupplierExperience.status).toBe('SUBMITTED');
    const published = await moderator.graphql<{ publishSupplierExperience: { status: string } }>(
      PUBLISH,
      { id },
    );
    expect(published.data!.publishSupplierExperience.status).toBe('PUBLISHED');
    expect(errorCode(await author.graphql(UPDATE, { id, input: experienceInput(supplier) }))).toBe(
      'BAD_TRANSITION',
    );

    const other = await experience(author, null, supplier);
    const rejected = await moderator.graphql<{ rejectSupplierExperience: { status: string } }>(
      REJECT,
      { id: other },
    );
    expect(rejected.data!.rejectSupplierExperience.status).toBe('REJECTED');
    expect(errorCode(await (await as({ council: 'DER' }))(GET_EXPERIENCE, { id: other }))).toBe(
      'NOT_FOUND',
    );
    const audit: { details: { from: string; to: string } }[] = await harness.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'supplier-experience.transition' AND target_id = $1 ORDER BY occurred_at, id`,
      [id],
    );
    expect(audit.map((row) => `${row.details.from}>${row.details.to}`)).toEqual([
      'SUBMITTED>CHANGES_REQUESTED',
      'SUBMITTED>PUBLISHED',
    ]);
  });

  it('lets anyone signed in who can read it raise a concern; moderators resolve it', async () => {
    const supplier = await newSupplier(harness, 'Concerning Ltd');
    const id = await experience(stockport, moderator, supplier);
    expect(errorCode(await harness.graphql(CONCERN, { id, details: 'Unfair' }))).toBe(
      'UNAUTHENTICATED',
    );
    expect(
      errorCode(await (await as({ unverified: true }))(CONCERN, { id, details: 'Unfair' })),
    ).toBe('NOT_FOUND');
    const derby = await as({ council: 'DER' });
    expect(fieldsOf(await derby(CONCERN, { id, details: '' }))).toEqual(['details']);
    const raised = await derby<{ raiseSupplierExperienceConcern: { id: string; kind: string } }>(
      CONCERN,
      { id, details: 'This names a member of staff.' },
    );
    expect(raised.data!.raiseSupplierExperienceConcern).toMatchObject({ kind: 'CONCERN' });
    const concernId = raised.data!.raiseSupplierExperienceConcern.id;
    expect(errorCode(await stockport.graphql(RESOLVE, { id: concernId, outcome: 'KEPT' }))).toBe(
      'FORBIDDEN',
    );
    expect(
      fieldsOf(await moderator.graphql(RESOLVE, { id: concernId, outcome: 'EDITED' })),
    ).toEqual(['edit']);
    const resolved = await moderator.graphql<{
      resolveSupplierExperienceConcern: { outcome: string };
    }>(RESOLVE, {
      id: concernId,
      outcome: 'EDITED',
      edit: { whatWorked: 'Migration went to plan (name removed).' },
    });
    expect(resolved.data!.resolveSupplierExperienceConcern.outcome).toBe('EDITED');
    const read = await derby<{ supplierExperience: { status: string } }>(
      `query($id: ID!) { supplierExperience(id: $id) { status whatWorked } }`,
      { id },
    );
    expect(read.data!.supplierExperience).toEqual({
      status: 'PUBLISHED',
      whatWorked: 'Migration went to plan (name removed).',
    });
    const [audit] = await harness.dataSource.query(
      `SELECT details FROM audit_event WHERE action = 'supplier-experience.concern-resolved' AND target_id = $1`,
      [id],
    );
    expect(audit.details).toMatchObject({ outcome: 'EDITED', overdue: false });
  });

  it('starts a 48-hour clock on a supplier’s complaint, shown in the queue until resolved', async () => {
    const clock = harness.app.get(ModerationClock);
    const start = new Date('2026-03-02T09:00:00Z');
    const now = jest.spyOn(clock, 'now').mockReturnValue(start);
    try {
      const supplier = await newSupplier(harness, 'Complaining Ltd');
      const id = await experience(stockport, moderator, supplier);
      expect(
        errorCode(await stockport.graphql(COMPLAINT, { id, details: 'We dispute this.' })),
      ).toBe('FORBIDDEN');
      const recorded = await moderator.graphql<{
        recordSupplierComplaint: Record<string, unknown>;
      }>(COMPLAINT, { id, details: 'Notice of complaint from the supplier’s legal team.' });
      expect(recorded.data!.recordSupplierComplaint).toMatchObject({
        kind: 'COMPLAINT',
        deadlineAt: '2026-03-04T09:00:00.000Z',
        hoursLeft: 48,
        overdue: false,
      });
      const complaintId = recorded.data!.recordSupplierComplaint['id'] as string;
      // Its author is told of the complaint.
      const notice = harness
        .mail()
        .find(
          (raw) =>
            raw.toLowerCase().includes(`to: ${stockport.email}`) &&
            raw.replace(/=\r?\n/g, '').includes('Notice of complaint from the supplier'),
        );
      expect(notice).toBeDefined();
      const inQueue = async () =>
        (
          await moderator.graphql<{
            supplierModerationQueue: {
              concerns: { id: string; hoursLeft: number; overdue: boolean }[];
            };
          }>(QUEUE)
        ).data!.supplierModerationQueue.concerns.find((c) => c.id === complaintId);
      now.mockReturnValue(new Date('2026-03-03T20:30:00Z'));
      expect(await inQueue()).toMatchObject({ hoursLeft: 13, overdue: false });
      now.mockReturnValue(new Date('2026-03-04T09:00:01Z'));
      expect(await inQueue()).toMatchObject({ hoursLeft: 0, overdue: true });
      const kept = await moderator.graphql<{
        resolveSupplierExperienceConcern: Record<string, unknown>;
      }>(RESOLVE, { id: complaintId, outcome: 'KEPT' });
      expect(kept.data!.resolveSupplierExperienceConcern).toMatchObject({
        outcome: 'KEPT',
        overdue: false,
      });
      expect(await inQueue()).toBeUndefined();
      const actions: { action: string; details: Record<string, unknown> }[] =
        await harness.dataSource.query(
          `SELECT action, details FROM audit_event WHERE target_id = $1 AND action LIKE 'supplier-experience.complaint%' ORDER BY occurred_at, id`,
          [id],
        );
      expect(actions).toEqual([
        {
          action: 'supplier-experience.complaint-received',
          details: { concern: complaintId, deadlineAt: '2026-03-04T09:00:00.000Z' },
        },
        {
          action: 'supplier-experience.complaint-resolved',
          details: { concern: complaintId, outcome: 'KEPT', overdue: true },
        },
      ]);
      // A resolved complaint cannot be resolved again.
      expect(
        errorCode(await moderator.graphql(RESOLVE, { id: complaintId, outcome: 'REMOVED' })),
      ).toBe('NOT_FOUND');
    } finally {
      now.mockRestore();
    }
  });
});
