import {
  COMPONENT_KINDS,
  COMPONENT_STANDARDS,
  COUNCIL_GLOSSARY,
  SERVICE_AREAS,
  STRATEGIC_OBJECTIVES,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

/**
 * The words of council business (the glossary and the taxonomies: "waste",
 * "housing", "chatbots"...), lower case, sorted as Meilisearch returns them,
 * each long enough to be given a typo (`minLength` letters). Search takes
 * them as typed, never as a typo of a council's name ("waste" is not "Western
 * Isles").
 */
export function councilBusinessWords(minLength: number): string[] {
  const phrases = [
    ...COUNCIL_GLOSSARY.flat(),
    ...[
      SERVICE_AREAS,
      STRATEGIC_OBJECTIVES,
      TECHNOLOGIES,
      COMPONENT_KINDS,
      COMPONENT_STANDARDS,
    ].flatMap((taxonomy) => Object.values(taxonomy)),
  ];
  const words = phrases.flatMap((phrase) => phrase.toLowerCase().split(/[^a-z]+/));
  return [...new Set(words.filter((word) => word.length >= minLength))].sort();
}
