import { chosenTopics } from './chosen-topics';

describe('chosenTopics', () => {
  it('finds the topics among the chosen filter values, and nothing else', () => {
    const topics = chosenTopics({
      facets: [
        { attribute: 'serviceAreas', values: ['Housing and homelessness', 'Balloons'] },
        { attribute: 'region', values: ['East Midlands'] },
        { attribute: 'technologies', values: ['Cloud'] },
      ],
    });
    expect(topics.map((topic) => topic.path)).toEqual([
      '/topics/service-area/housing',
      '/topics/technology/cloud',
    ]);
  });
});
