import { VISITOR } from '@lgx/api/core/auth';
import { allTopics, findTopic, type Topic as TopicTerm, TOPIC_KINDS } from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';

import type { ContentTypeKey, SearchHit } from '../discovery.object';
import { DiscoveryService } from '../discovery.service';
import type { Topic } from './topic.object';

/** How many case studies and components a topic's page lists; the search page has the rest. */
export const TOPIC_LIST_SIZE = 10;

type Counts = Map<string, number>;

/**
 * Topics and what is tagged with them, searched as a visitor whoever asks: a
 * topic's page is public, and lists only published records (an officer's own
 * drafts are never on it), as the home page's lists.
 */
@Injectable()
export class TopicService {
  constructor(private readonly discovery: DiscoveryService) {}

  /** Every topic, kind by kind, with how many published case studies and components have it. */
  async topics(): Promise<Topic[]> {
    const [caseStudies, components] = await Promise.all([
      this.counts('CASE_STUDY'),
      this.counts('COMPONENT'),
    ]);
    return allTopics().map((term) => this.withCounts(term, caseStudies, components));
  }

  /** The topic an address names, with its counts; null when there is none. */
  async topic(kind: string, slug: string): Promise<Topic | null> {
    const term = findTopic(kind, slug);
    if (!term) return null;
    const [caseStudies, components] = await Promise.all([
      this.counts('CASE_STUDY', term),
      this.counts('COMPONENT', term),
    ]);
    return this.withCounts(term, caseStudies, components);
  }

  /** The newest published case studies, or most adopted components, with the topic. */
  async tagged(topic: Topic, type: 'CASE_STUDY' | 'COMPONENT'): Promise<SearchHit[]> {
    if (type === 'COMPONENT' && topic.componentCount === null) return [];
    const results = await this.discovery.search(VISITOR, {
      filters: { types: [type], facets: [{ attribute: topic.facet, values: [topic.name] }] },
      sort: type === 'CASE_STUDY' ? 'NEWEST' : 'MOST_ADOPTED',
      first: TOPIC_LIST_SIZE,
    });
    return results.edges.map((edge) => edge.node);
  }

  /**
   * Published records of one type by topic name, from the search's facet counts (one search,
   * every topic); only `term`'s facet when one is given.
   */
  private async counts(type: ContentTypeKey, term?: TopicTerm): Promise<Map<string, Counts>> {
    const byFacet = new Map<string, Counts>();
    // Components have no strategic objectives: a filter on them would be refused.
    if (type === 'COMPONENT' && term && !TOPIC_KINDS[term.kind].components) return byFacet;
    const results = await this.discovery.search(VISITOR, {
      filters: {
        types: [type],
        facets: term ? [{ attribute: term.facet, values: [term.name] }] : [],
      },
      first: 1,
    });
    for (const facet of results.facets)
      byFacet.set(facet.attribute, new Map(facet.values.map((v) => [v.value, v.count])));
    return byFacet;
  }

  private withCounts(
    term: TopicTerm,
    caseStudies: Map<string, Counts>,
    components: Map<string, Counts>,
  ): Topic {
    const kind = TOPIC_KINDS[term.kind];
    const count = (counts: Map<string, Counts>) => counts.get(term.facet)?.get(term.name) ?? 0;
    return {
      key: term.followKey,
      kind: term.kind,
      kindLabel: kind.label,
      slug: term.slug,
      name: term.name,
      description: kind.description,
      url: term.path,
      facet: term.facet,
      caseStudyCount: count(caseStudies),
      componentCount: kind.components ? count(components) : null,
    };
  }
}
