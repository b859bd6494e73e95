import { SearchIndexer } from '@lgx/api/core/search';
import { readAtom, signedIn, type TestApp } from '@lgx/api/testing';
import { allTopics, findTopic, topicFeedPath } from '@lgx/shared/domain';

import { bootApiApp } from '../test/api-test-app';
import {
  componentInput,
  type ContentOfEveryVisibility,
  contentOfEveryVisibility,
  made,
} from '../test/content-of-every-visibility';

interface TopicShape {
  key: string;
  kind: string;
  name: string;
  url: string;
  caseStudyCount: number;
  componentCount: number | null;
  caseStudies?: { title: string; url: string }[];
  components?: { title: string }[];
}

const TOPIC = `query($kind: String!, $slug: String!) {
  topic(kind: $kind, slug: $slug) {
    key kind kindLabel slug name description url facet caseStudyCount componentCount
    caseStudies { title url } components { title }
  }
}`;
const TOPICS = `{ topics { key kind name url caseStudyCount componentCount } }`;

/** Topic pages and the topic index: public records only, the same for everybody. */
describe('topics', () => {
  let harness: TestApp;
  let content: ContentOfEveryVisibility;

  beforeAll(async () => {
    harness = await bootApiApp();
    // Its case studies are tagged Adult social care and AI (caseStudyInput).
    content = await contentOfEveryVisibility(harness, 'Bracken');
    const tagged = {
      ...componentInput('Bracken tagged component'),
      serviceAreas: ['ADULT_SOCIAL_CARE'],
    };
    const id = await made(content.derbyEditor, 'createComponent', { input: tagged });
    await made(content.derbyEditor, 'publishComponent', { id });
    await made(content.derbyEditor, 'createComponent', {
      input: { ...tagged, name: 'Bracken tagged draft component' },
    });
    await harness.app.get(SearchIndexer).settle();
  });
  afterAll(() => harness?.close());

  const askers = async () => [
    ['visitor', harness] as const,
    ['Derby editor', content.derbyEditor] as const,
    ['platform admin', await signedIn(harness, { platformRole: 'ADMIN' })] as const,
  ];

  it('shows a topic’s published case studies and components only, whoever asks', async () => {
    for (const [who, asker] of await askers()) {
      const response = await asker.graphql<{ topic: TopicShape }>(TOPIC, {
        kind: 'service-area',
        slug: 'adult-social-care',
      });
      expect({ who, errors: response.errors }).toEqual({ who, errors: undefined });
      expect(response.data!.topic).toMatchObject({
        key: 'SERVICE_AREA:ADULT_SOCIAL_CARE',
        kind: 'service-area',
        kindLabel: 'Service area',
        slug: 'adult-social-care',
        name: 'Adult social care',
        url: '/topics/service-area/adult-social-care',
        facet: 'serviceAreas',
        caseStudyCount: 1,
        componentCount: 1,
        caseStudies: [
          {
            title: 'Bracken published case study',
            url: expect.stringMatching(/^\/case-studies\//),
          },
        ],
        components: [{ title: 'Bracken tagged component' }],
      });
    }
  });

  it('finds a topic in any letter case, and has no components for a strategic objective', async () => {
    const ai = await harness.graphql<{ topic: TopicShape }>(TOPIC, {
      kind: 'technology',
      slug: 'AI',
    });
    expect(ai.data!.topic).toMatchObject({
      key: 'TECHNOLOGY:AI',
      caseStudyCount: 1,
      componentCount: 0,
    });
    const netZero = await harness.graphql<{ topic: TopicShape }>(TOPIC, {
      kind: 'objective',
      slug: 'net-zero',
    });
    expect(netZero.errors).toBeUndefined();
    expect(netZero.data!.topic).toMatchObject({
      key: 'STRATEGIC_OBJECTIVE:NET_ZERO',
      caseStudyCount: 0,
      componentCount: null,
      caseStudies: [],
      components: [],
    });
  });

  it.each([
    ['an unknown kind', 'colour', 'housing'],
    ['an unknown value', 'service-area', 'balloons'],
    ['a value of another kind', 'objective', 'housing'],
    ['an inherited property', 'service-area', '__proto__'],
  ])('answers null for %s', async (_, kind, slug) => {
    const response = await harness.graphql<{ topic: TopicShape | null }>(TOPIC, { kind, slug });
    expect(response.errors).toBeUndefined();
    expect(response.data!.topic).toBeNull();
  });

  it('lists every topic with its public counts, the same for everybody', async () => {
    const answers = new Set<string>();
    for (const [, asker] of await askers()) {
      const response = await asker.graphql<{ topics: TopicShape[] }>(TOPICS);
      expect(response.errors).toBeUndefined();
      answers.add(JSON.stringify(response.data!.topics));
    }
    expect(answers.size).toBe(1);
    const topics: TopicShape[] = JSON.parse([...answers][0]!);
    expect(topics.map((topic) => topic.key)).toEqual(allTopics().map((topic) => topic.followKey));
    const byKey = new Map(topics.map((topic) => [topic.key, topic]));
    expect(byKey.get('SERVICE_AREA:ADULT_SOCIAL_CARE')).toMatchObject({
      caseStudyCount: 1,
      componentCount: 1,
    });
    expect(byKey.get('TECHNOLOGY:AI')).toMatchObject({ caseStudyCount: 1, componentCount: 0 });
    expect(byKey.get('SERVICE_AREA:HOUSING')).toMatchObject({
      caseStudyCount: 0,
      componentCount: 0,
    });
    expect(byKey.get('STRATEGIC_OBJECTIVE:NET_ZERO')).toMatchObject({ componentCount: null });
  });

  it('has an Atom feed of its public case studies and components', async () => {
    const feed = await harness
      .http()
      .get(topicFeedPath(findTopic('service-area', 'adult-social-care')!))
      .set('cookie', content.derbyEditor.cookie);
    expect(feed.status).toBe(200);
    expect(
      readAtom(feed.text)
        .entries.map((entry) => entry.title)
        .filter((title) => title.startsWith('Bracken'))
        .sort(),
    ).toEqual(['Bracken published case study', 'Bracken tagged component']);
    const objective = await harness.http().get(topicFeedPath(findTopic('objective', 'net-zero')!));
    expect(objective.status).toBe(200);
  });

  it('is followed by its key, and the follow links to its page', async () => {
    const officer = await signedIn(harness, { council: 'NOT' });
    const followed = await officer.graphql<{ follow: { name: string; url: string } }>(
      `mutation($input: FollowInput!) { follow(input: $input) { name url } }`,
      { input: { kind: 'TOPIC', targetId: 'SERVICE_AREA:ADULT_SOCIAL_CARE' } },
    );
    expect(followed.data!.follow).toEqual({
      name: 'Adult social care',
      url: '/topics/service-area/adult-social-care',
    });
  });
});
