import type { LgxEvent } from '@lgx/api/core/contracts';
import {
  bootTestApp,
  createFeatureApp,
  errorCodeOf,
  problemFieldsOf,
  seedTestCouncils,
  signedIn,
  type TestApp,
  type TestSession,
  watchEvents,
} from '@lgx/api/testing';

import { CASE_STUDY_ENTITIES, CaseStudiesModule } from './case-studies.module';
import { CaseStudyActualsService } from './case-study-actuals.service';

const CREATE = `mutation($input: CaseStudyInput!) { createCaseStudy(input: $input) { id liveSince } }`;
const PUBLISH = `mutation($id: ID!) { publishCaseStudy(id: $id) { id } }`;
const RECORD = `mutation($id: ID!, $checkIn: Int!, $figures: CaseStudyActualsInput!) {
  recordCaseStudyActuals(caseStudyId: $id, checkIn: $checkIn, figures: $figures) { months status }
}`;
const GET = `query($id: ID!) { caseStudy(id: $id) {
  liveSince actualsOverdue investment { pence }
  checkIns { months dueOn status actuals { reportedAt investmentToDate { pence formatted }
    runningCostPerYear { pence } cashableSavingsPerYear { pence } note } }
} }`;

const FEATURE = { imports: [CaseStudiesModule], entities: CASE_STUDY_ENTITIES };
const DAY = 86_400_000;
const daysAgo = (days: number, from = new Date()) =>
  new Date(from.getTime() - days * DAY).toISOString().slice(0, 10);

type CheckIn = { months: number; dueOn: string; status: string; actuals: unknown };
type Study = { liveSince: string | null; actualsOverdue: boolean; checkIns: CheckIn[] };

describe('forecast and actual: check-ins 6, 12 and 24 months after going live', () => {
  let harness: TestApp;
  let editor: TestSession;
  let events: LgxEvent[];

  beforeAll(async () => {
    harness = await bootTestApp((config) => createFeatureApp(config, FEATURE));
    events = watchEvents(harness.app);
    await seedTestCouncils(harness.dataSource);
    editor = await signedIn(harness, { council: 'DER', role: 'EDITOR' });
  });
  afterAll(() => harness?.close());

  async function study(liveSince: string | null, publish = true): Promise<string> {
    const created = await editor.graphql<{ createCaseStudy: { id: string } }>(CREATE, {
      input: {
        title: 'Chatbot for council tax',
        summary: 'Answers questions at night.',
        stage: 'LIVE',
        investment: '200000',
        cashableSavingsPerYear: '90000',
        liveSince,
      },
    });
    expect(created.errors).toBeUndefined();
    const id = created.data!.createCaseStudy.id;
    if (publish) expect((await editor.graphql(PUBLISH, { id })).errors).toBeUndefined();
    return id;
  }

  const read = async (id: string, as = editor) =>
    (await as.graphql<{ caseStudy: Study }>(GET, { id })).data!.caseStudy;
  const actualsRows = async (id: string) =>
    Number(
      (
        await harness.dataSource.query(
          `SELECT count(*) AS n FROM case_study_actuals WHERE case_study_id = $1`,
          [id],
        )
      )[0].n,
    );
  const asked = (id: string) =>
    events.flatMap((event) =>
      event.type === 'case-study.actuals-due' && event.caseStudyId === id
        ? [event.checkInMonths]
        : [],
    );

  it('refuses a live since date in the future, and accepts none', async () => {
    const tomorrow = new Date(Date.now() + DAY).toISOString().slice(0, 10);
    const response = await editor.graphql(CREATE, {
      input: { title: 'T', summary: 'S', stage: 'LIVE', liveSince: tomorrow },
    });
    expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
    expect(problemFieldsOf(response)).toEqual(['liveSince']);
    expect((await read(await study(null))).checkIns).toEqual([]);
  });

  it('asks once per check-in that fell due, only for published case studies', async () => {
    const jobs = harness.app.get(CaseStudyActualsService);
    const id = await study(daysAgo(400));
    const draft = await study(daysAgo(400), false);
    await jobs.askForDueActuals(new Date());
    expect(asked(id)).toEqual([6, 12]);
    expect(asked(draft)).toEqual([]);
    // The job runs daily and may run twice: nobody is asked again.
    await jobs.askForDueActuals(new Date());
    expect(asked(id)).toEqual([6, 12]);
    // Two years on, the 24 month check-in; a check-in with actuals is never asked.
    await harness.dataSource.query(
      `INSERT INTO case_study_actuals (case_study_id, check_in_months, reported_at, investment_to_date_pence)
       VALUES ($1, 12, current_date, 1)`,
      [draft],
    );
    await harness.dataSource.query(`UPDATE case_study SET status = 'PUBLISHED' WHERE id = $1`, [
      draft,
    ]);
    await jobs.askForDueActuals(new Date(Date.now() + 400 * DAY));
    expect(asked(id)).toEqual([6, 12, 24]);
    expect(asked(draft)).toEqual([6, 24]);
  });

  it('shows forecast beside actual, and "overdue" until the missed check-ins are recorded', async () => {
    const liveSince = daysAgo(400);
    const id = await study(liveSince);
    const before = await read(id);
    expect(before.actualsOverdue).toBe(true);
    expect(before.checkIns.map((c) => [c.months, c.status])).toEqual([
      [6, 'OVERDUE'],
      [12, 'OVERDUE'],
      [24, 'NOT_DUE'],
    ]);
    const recorded = await editor.graphql(RECORD, {
      id,
      checkIn: 6,
      figures: { investmentToDate: '£210,000', cashableSavingsPerYear: '45k', note: 'Half' },
    });
    expect(recorded.errors).toBeUndefined();
    expect((await read(id)).actualsOverdue).toBe(true);
    await editor.graphql(RECORD, { id, checkIn: 12, figures: { runningCostPerYear: '12000' } });
    const after = await read(id, await signedIn(harness, { council: 'KEN' }));
    expect(after.actualsOverdue).toBe(false);
    expect(after.checkIns[0]).toMatchObject({
      status: 'RECORDED',
      actuals: {
        investmentToDate: { pence: '21000000', formatted: '£210,000' },
        cashableSavingsPerYear: { pence: '4500000' },
        runningCostPerYear: null,
        note: 'Half',
      },
    });
    expect(after.checkIns[1]!.status).toBe('RECORDED');
  });

  it('lets only the editors and admins of its councils record actuals', async () => {
    const id = await study(daysAgo(200));
    const roles: [string, Parameters<typeof signedIn>[1] | null, boolean][] = [
      ['visitor', null, false],
      ['Derby officer', { council: 'DER' }, false],
      ['Kent editor', { council: 'KEN', role: 'EDITOR' }, false],
      ['Kent admin', { council: 'KEN', role: 'ADMIN' }, false],
      ['platform admin', { platformRole: 'ADMIN' }, false],
      ['Derby editor', { council: 'DER', role: 'EDITOR' }, true],
      ['Derby admin', { council: 'DER', role: 'ADMIN' }, true],
    ];
    for (const [role, options, allowed] of roles) {
      const graphql = options ? (await signedIn(harness, options)).graphql : harness.graphql;
      await harness.dataSource.query(`DELETE FROM case_study_actuals WHERE case_study_id = $1`, [
        id,
      ]);
      const response = await graphql(RECORD, {
        id,
        checkIn: 6,
        figures: { investmentToDate: '1000', note: role },
      });
      if (allowed) expect(response.errors).toBeUndefined();
      else expect(['UNAUTHENTICATED', 'FORBIDDEN']).toContain(errorCodeOf(response));
      expect(await actualsRows(id)).toBe(allowed ? 1 : 0);
    }
  });

  it('refuses bad actuals with the field at fault, and changes nothing', async () => {
    const id = await study(daysAgo(200));
    const cases: [number, object, string][] = [
      [9, { investmentToDate: '1' }, 'checkIn'],
      [12, { investmentToDate: '1' }, 'checkIn'],
      [6, {}, 'figures'],
      [6, { cashableSavingsPerYear: '-3' }, 'cashableSavingsPerYear'],
      [6, { investmentToDate: 'a lot' }, 'investmentToDate'],
      [6, { investmentToDate: '1', reportedAt: '2999-01-01' }, 'reportedAt'],
      [6, { investmentToDate: '1', reportedAt: 'yesterday' }, 'reportedAt'],
    ];
    for (const [checkIn, figures, field] of cases) {
      const response = await editor.graphql(RECORD, { id, checkIn, figures });
      expect(errorCodeOf(response)).toBe('BAD_USER_INPUT');
      expect(problemFieldsOf(response)).toContain(field);
    }
    const notLive = await study(null);
    const response = await editor.graphql(RECORD, {
      id: notLive,
      checkIn: 6,
      figures: { investmentToDate: '1' },
    });
    expect(problemFieldsOf(response)).toEqual(['liveSince']);
    expect(await actualsRows(id)).toBe(0);
    expect(await actualsRows(notLive)).toBe(0);
    const missing = await editor.graphql(RECORD, {
      id: '00000000-0000-0000-0000-000000000000',
      checkIn: 6,
      figures: { investmentToDate: '1' },
    });
    expect(errorCodeOf(missing)).toBe('NOT_FOUND');
  });
});
