import { SERVICE_AREAS, STRATEGIC_OBJECTIVES, TECHNOLOGIES } from '../case-study/taxonomies';

/**
 * Topics: the values of the three taxonomies people follow and browse by
 * (service areas, technologies, strategic objectives). A topic has a page at
 * /topics/<kind>/<slug> (e.g. /topics/service-area/housing), a follow key
 * `<TAXONOMY>:<KEY>` (e.g. SERVICE_AREA:HOUSING) and a search facet whose
 * values are the taxonomy's labels.
 */
export const TOPIC_KINDS = Object.freeze({
  'service-area': {
    taxonomy: 'SERVICE_AREA',
    label: 'Service area',
    plural: 'Service areas',
    facet: 'serviceAreas',
    terms: SERVICE_AREAS,
    description:
      'What a council delivers, under the broad headings of the LGA’s service list: case studies and reusable components are tagged with the services they are for.',
    /** Whether components are tagged with it too (they have no strategic objectives). */
    components: true,
  },
  technology: {
    taxonomy: 'TECHNOLOGY',
    label: 'Technology',
    plural: 'Technologies',
    facet: 'technologies',
    terms: TECHNOLOGIES,
    description:
      'The kind of technology a council used: case studies and reusable components are tagged with the technologies they are built on.',
    components: true,
  },
  objective: {
    taxonomy: 'STRATEGIC_OBJECTIVE',
    label: 'Strategic objective',
    plural: 'Strategic objectives',
    facet: 'objectives',
    terms: STRATEGIC_OBJECTIVES,
    description:
      'What a council set out to achieve: case studies are tagged with the strategic objectives their work served.',
    components: false,
  },
} as const);

export type TopicKind = keyof typeof TOPIC_KINDS;
export type TopicTaxonomyName = (typeof TOPIC_KINDS)[TopicKind]['taxonomy'];
export type TopicFacet = (typeof TOPIC_KINDS)[TopicKind]['facet'];

/** One topic, with every name it goes by. */
export interface Topic {
  kind: TopicKind;
  /** The taxonomy's key, as records store it: HOUSING. */
  key: string;
  /** In the page's address: housing. */
  slug: string;
  /** For people, and the search facet's value: "Housing and homelessness". */
  name: string;
  /** The follow's target id: SERVICE_AREA:HOUSING. */
  followKey: string;
  /** The topic's page: /topics/service-area/housing. */
  path: string;
  /** The search facet it filters: serviceAreas. */
  facet: TopicFacet;
}

const KIND_NAMES = Object.keys(TOPIC_KINDS) as TopicKind[];

/** A taxonomy key in an address: HOUSING_AND_X to housing-and-x. */
export const topicSlug = (key: string): string => key.toLowerCase().replace(/_/g, '-');

function topic(kind: TopicKind, key: string): Topic {
  const definition = TOPIC_KINDS[kind];
  const slug = topicSlug(key);
  return {
    kind,
    key,
    slug,
    name: (definition.terms as Readonly<Record<string, string>>)[key]!,
    followKey: `${definition.taxonomy}:${key}`,
    path: `/topics/${kind}/${slug}`,
    facet: definition.facet,
  };
}

const isKind = (kind: string): kind is TopicKind => Object.hasOwn(TOPIC_KINDS, kind);

/** Every topic of one kind, in the taxonomy's order. */
export function topicsOfKind(kind: TopicKind): Topic[] {
  return Object.keys(TOPIC_KINDS[kind].terms).map((key) => topic(kind, key));
}

/** Every topic, kind by kind. */
export function allTopics(): Topic[] {
  return KIND_NAMES.flatMap(topicsOfKind);
}

/** The topic an address names (/topics/<kind>/<slug>), in any letter case; null when none. */
export function findTopic(kind: string, slug: string): Topic | null {
  if (!isKind(kind)) return null;
  const key = slug.trim().toUpperCase().replace(/-/g, '_');
  return Object.hasOwn(TOPIC_KINDS[kind].terms, key) ? topic(kind, key) : null;
}

/** The topic of a taxonomy key, e.g. ('SERVICE_AREA', 'HOUSING'); null when none. */
export function topicOfTaxonomy(taxonomy: string, key: string): Topic | null {
  const kind = KIND_NAMES.find((name) => TOPIC_KINDS[name].taxonomy === taxonomy);
  return kind ? findTopic(kind, topicSlug(key)) : null;
}

/** The topic a follow names (SERVICE_AREA:HOUSING); null when none. */
export function topicOfFollowKey(followKey: string): Topic | null {
  const [taxonomy, key, ...rest] = followKey.toUpperCase().split(':');
  return taxonomy && key && rest.length === 0 ? topicOfTaxonomy(taxonomy, key) : null;
}

/** The topic of a search facet's value (serviceAreas, "Housing and homelessness"); null when none. */
export function topicOfFacetValue(facet: string, value: string): Topic | null {
  const kind = KIND_NAMES.find((name) => TOPIC_KINDS[name].facet === facet);
  if (!kind) return null;
  const entry = Object.entries(TOPIC_KINDS[kind].terms).find(([, label]) => label === value);
  return entry ? topic(kind, entry[0]) : null;
}

/** The search page's address of a topic's records of one type (case-study, component). */
export function topicSearchPath(topic: Topic, type?: 'case-study' | 'component'): string {
  const params = new URLSearchParams(type ? [['type', type]] : []);
  params.set(topic.facet, topic.name);
  return `/search?${params.toString()}`;
}

/** The Atom feed of a topic's public case studies (and components, when they have the kind). */
export function topicFeedPath(topic: Topic): string {
  const params = new URLSearchParams([['type', 'case-study']]);
  if (TOPIC_KINDS[topic.kind].components) params.append('type', 'component');
  params.set(topic.facet, topic.name);
  return `/feeds/search.atom?${params.toString()}`;
}
