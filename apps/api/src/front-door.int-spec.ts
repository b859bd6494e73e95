import { SearchIndexer as SearchIndexerToken } from '@lgx/api/core/search';
import { FrontDoorService } from '@lgx/api/feature-discovery';
import { signedIn, type TestApp } from '@lgx/api/testing';

import { bootApiApp } from '../test/api-test-app';
import {
  componentInput,
  type ContentOfEveryVisibility,
  contentOfEveryVisibility,
  made,
} from '../test/content-of-every-visibility';

const FRONT_DOOR = `{
  frontDoor {
    figures { councilsTakingPart caseStudies components contracts countedAt }
    newestCaseStudies { type title url councilName publishedAt }
    mostAdoptedComponents { type title adoptionCount }
  }
}`;
const ADOPT = `mutation($id: ID!, $input: AdoptionInput!) { recordAdoption(componentId: $id, input: $input) { id } }`;
const TOTAL = `query($type: ContentType!) { search(query: "", filters: { types: [$type] }, first: 1) { totalCount } }`;

interface Figures {
  councilsTakingPart: number;
  caseStudies: number;
  components: number;
  contracts: number;
}

/** The home page's one query: honest figures (public only), the newest case studies, the most adopted components. */
describe('the front door', () => {
  let harness: TestApp;
  let content: ContentOfEveryVisibility;

  beforeAll(async () => {
    harness = await bootApiApp();
    content = await contentOfEveryVisibility(harness, 'Quillwort');
  });
  afterAll(() => harness?.close());

  const counted = () => harness.app.get(FrontDoorService).count();

  it('counts published records only, never drafts, records in review, officers-only or private ones', async () => {
    const response = await harness.graphql<{ frontDoor: { figures: Figures } }>(FRONT_DOOR);
    expect(response.errors).toBeUndefined();
    // Derby: one published case study (a draft and one in review), one published component
    // (and a draft), one public contract; a supplier experience and two groups are not counted.
    expect(response.data!.frontDoor.figures).toMatchObject({
      councilsTakingPart: 1,
      caseStudies: 1,
      components: 1,
      contracts: 1,
    });
  });

  it('counts what a visitor’s search finds, type by type', async () => {
    const figures = await counted();
    const total = async (type: string) =>
      (await harness.graphql<{ search: { totalCount: number } }>(TOTAL, { type })).data!.search
        .totalCount;
    expect([figures.caseStudies, figures.components, figures.contracts]).toEqual([
      await total('CASE_STUDY'),
      await total('COMPONENT'),
      await total('CONTRACT'),
    ]);
  });

  it('counts a council taking part by an active officer account or published work, not by a contract', async () => {
    const before = (await counted()).councilsTakingPart;
    // Nottingham: an officer account, later removed; Kent: only named as a contract's buyer.
    const nottingham = await signedIn(harness, { council: 'NOT' });
    expect((await counted()).councilsTakingPart).toBe(before + 1);
    await harness.dataSource.query(
      `UPDATE council_membership SET status = 'removed' WHERE account_id = $1`,
      [nottingham.accountId],
    );
    expect((await counted()).councilsTakingPart).toBe(before);
    // Derby's people leave; its published work keeps it taking part.
    await harness.dataSource.query(
      `UPDATE account SET status = 'deleted' WHERE id IN (SELECT account_id FROM council_membership WHERE council_code = 'DER')`,
    );
    expect((await counted()).councilsTakingPart).toBe(before);
    await harness.dataSource.query(
      `UPDATE account SET status = 'active' WHERE id IN (SELECT account_id FROM council_membership WHERE council_code = 'DER')`,
    );
  });

  it('keeps the figures for a minute, and counts again after', async () => {
    const service = harness.app.get(FrontDoorService);
    // Ten minutes on from any count so far: this one counts afresh.
    const start = Date.now() + 600_000;
    const first = await service.figures(start);
    await signedIn(harness, { council: 'SKP' });
    expect(await service.figures(start + 59_000)).toBe(first);
    const later = await service.figures(start + 60_000);
    expect(later.councilsTakingPart).toBe(first.councilsTakingPart + 1);
  });

  it('lists the newest published case studies and the adopted components, most adopted first', async () => {
    const kent = await signedIn(harness, { council: 'KEN', role: 'EDITOR' });
    const stockport = await signedIn(harness, { council: 'SKP', role: 'EDITOR' });
    const component = async (name: string, adopters: (typeof kent)[]) => {
      const id = await made(content.derbyEditor, 'createComponent', {
        input: componentInput(name),
      });
      await made(content.derbyEditor, 'publishComponent', { id });
      for (const adopter of adopters)
        expect(
          (
            await adopter.graphql(ADOPT, {
              id,
              input: { status: 'IN_USE', startedOn: '2024-01-01' },
            })
          ).errors,
        ).toBeUndefined();
    };
    await component('Adopted once', [kent]);
    await component('Adopted twice', [kent, stockport]);
    await harness.app.get(SearchIndexerToken).settle();
    const response = await content.derbyEditor.graphql<{
      frontDoor: {
        newestCaseStudies: { type: string; title: string }[];
        mostAdoptedComponents: { title: string; adoptionCount: number }[];
      };
    }>(FRONT_DOOR);
    expect(response.errors).toBeUndefined();
    // Derby's editor sees Derby's drafts in search; the home page shows everyone the public ones.
    expect(response.data!.frontDoor.newestCaseStudies.map((hit) => hit.title)).toEqual([
      'Quillwort published case study',
    ]);
    expect(response.data!.frontDoor.mostAdoptedComponents).toEqual([
      { type: 'COMPONENT', title: 'Adopted twice', adoptionCount: 2 },
      { type: 'COMPONENT', title: 'Adopted once', adoptionCount: 1 },
    ]);
  });
});
