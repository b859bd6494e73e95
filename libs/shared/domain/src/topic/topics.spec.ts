import { SERVICE_AREAS, STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '../case-study/taxonomies';
import {
  allTopics,
  findTopic,
  topicFeedPath,
  topicOfFacetValue,
  topicOfFollowKey,
  topicOfTaxonomy,
  topicSearchPath,
  topicsOfKind,
} from './topics';

describe('topics', () => {
  it('names one topic every way it is known', () => {
    expect(findTopic('service-area', 'adult-social-care')).toEqual({
      kind: 'service-area',
      key: 'ADULT_SOCIAL_CARE',
      slug: 'adult-social-care',
      name: 'Adult social care',
      followKey: 'SERVICE_AREA:ADULT_SOCIAL_CARE',
      path: '/topics/service-area/adult-social-care',
      facet: 'serviceAreas',
    });
  });

  it('has a topic for every value of the three taxonomies, each found again from its path', () => {
    const count =
      Object.keys(SERVICE_AREAS).length +
      Object.keys(TECHNOLOGIES).length +
      Object.keys(STRATEGIC_OBJECTIVES).length;
    expect(allTopics()).toHaveLength(count);
    expect(new Set(allTopics().map((topic) => topic.path)).size).toBe(count);
    for (const topic of allTopics()) {
      expect(findTopic(topic.kind, topic.slug)).toEqual(topic);
      expect(topicOfFollowKey(topic.followKey)).toEqual(topic);
      expect(topicOfFacetValue(topic.facet, topic.name)).toEqual(topic);
    }
    expect(topicsOfKind('objective').map((topic) => topic.name)).toContain('Net zero');
  });

  it('reads an address in any letter case', () => {
    expect(findTopic('technology', 'Generative-AI')?.key).toBe('GENERATIVE_AI');
    expect(topicOfFollowKey('technology:generative_ai')?.path).toBe(
      '/topics/technology/generative-ai',
    );
    expect(topicOfTaxonomy('STRATEGIC_OBJECTIVE', 'NET_ZERO')?.path).toBe(
      '/topics/objective/net-zero',
    );
  });

  it.each([
    ['an unknown kind', 'colour', 'housing'],
    ['an unknown value', 'service-area', 'balloons'],
    ['a value of another kind', 'technology', 'housing'],
    ['an empty value', 'service-area', ''],
    ['an inherited property', 'service-area', 'constructor'],
    ['a kind named like an object property', 'toString', 'housing'],
  ])('finds no topic for %s', (_, kind, slug) => {
    expect(findTopic(kind, slug)).toBeNull();
  });

  it('finds no topic for a malformed follow key or a facet value it does not know', () => {
    for (const key of ['SERVICE_AREA', 'SERVICE_AREA:HOUSING:X', 'COLOUR:RED', ':HOUSING'])
      expect(topicOfFollowKey(key)).toBeNull();
    expect(topicOfFacetValue('serviceAreas', 'Balloons')).toBeNull();
    expect(topicOfFacetValue('region', 'East Midlands')).toBeNull();
  });

  it('links to the search page with the topic’s filter', () => {
    const housing = findTopic('service-area', 'housing')!;
    expect(topicSearchPath(housing, 'case-study')).toBe(
      '/search?type=case-study&serviceAreas=Housing+and+homelessness',
    );
    expect(topicSearchPath(housing)).toBe('/search?serviceAreas=Housing+and+homelessness');
  });

  it('has an Atom feed of its case studies, and components when they have the kind', () => {
    expect(topicFeedPath(findTopic('technology', 'cloud')!)).toBe(
      '/feeds/search.atom?type=case-study&type=component&technologies=Cloud',
    );
    expect(topicFeedPath(findTopic('objective', 'net-zero')!)).toBe(
      '/feeds/search.atom?type=case-study&objectives=Net+zero',
    );
  });
});
