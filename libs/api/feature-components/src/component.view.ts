import type { Council } from '@lgx/api/core/councils';
import { renderMarkdown } from '@lgx/api/core/graphql';
import {
  COMPONENT_KINDS,
  COMPONENT_MATURITIES,
  COMPONENT_STANDARDS,
  componentHealth,
  labelOf,
  type LabelTable,
  SERVICE_AREAS,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import type { ComponentEntity } from './component.entity';
import type { Component, ComponentTerm } from './component.object';

const term = (key: string, labels: LabelTable): ComponentTerm => ({
  key,
  label: labelOf(labels, key) ?? key,
});
const terms = (keys: string[], labels: LabelTable) => keys.map((key) => term(key, labels));

/** The description and features as one Markdown document. */
export function componentMarkdown(component: Pick<ComponentEntity, 'description' | 'features'>) {
  const features = component.features.length
    ? `\n\n## Features\n\n${component.features.map((feature) => `- ${feature.replace(/\n/g, ' ')}`).join('\n')}`
    : '';
  return `${component.description}${features}`.trim();
}

/** The GraphQL view of a component. */
export function toComponent(
  component: ComponentEntity,
  councils: Map<string, Council>,
  canEdit: boolean,
  now = new Date(),
): Component {
  return {
    id: component.id,
    name: component.name,
    kind: term(component.kind, COMPONENT_KINDS),
    summary: component.summary,
    description: component.description,
    html: renderMarkdown(component.description),
    url: component.url,
    licence: component.licence,
    maturity: term(component.maturity, COMPONENT_MATURITIES),
    maintainingCouncils: component.maintainingCouncilCodes
      .map((code) => councils.get(code))
      .filter((council): council is Council => Boolean(council)),
    serviceAreas: terms(component.serviceAreas, SERVICE_AREAS),
    technologies: terms(component.technologies, TECHNOLOGIES),
    standards: terms(component.standards, COMPONENT_STANDARDS),
    features: component.features,
    dependencies: component.dependencies,
    documentationUrl: component.documentationUrl,
    softwareVersion: component.softwareVersion,
    releaseDate: component.releaseDate,
    publiccodeVersion: component.publiccodeVersion,
    status: component.status,
    isSample: component.isSample,
    canEdit,
    health: componentHealth(
      {
        lastUpdatedAt: component.maintainedAt,
        maturity: component.maturity,
        adoptionCount: component.adoptionCount,
      },
      now,
    ),
    publishedAt: component.publishedAt,
    updatedAt: component.updatedAt,
  };
}
