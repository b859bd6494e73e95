import type { SearchDocument } from '@lgx/api/core/search';

import type { Random } from '../prng';
import { GROUP_STAGES } from '../vocabulary/facets';
import { SERVICE_AREAS } from '../vocabulary/service-areas';
import { leadCouncilFields } from './bench-councils';
import {
  type CorpusContext,
  type DocumentGenerator,
  groupId,
  publishedAt,
  visibilities,
  visibilityOf,
  weighted,
} from './common';
import {
  capitalise,
  compose,
  formatNumber,
  glossaryTerm,
  inRegion,
  midSentence,
  withArticle,
} from './text';

const STAGES = weighted(GROUP_STAGES);
const VISIBILITY = visibilities({ public: 65, group: 35 });
const AREAS = new Map(SERVICE_AREAS.map((area) => [area.name, area]));

/** Procurement groups: councils with the same need buying together (~200 words). */
export function procurementGroupGenerator(context: CorpusContext): DocumentGenerator {
  return (index: number, random: Random): SearchDocument => {
    const id = groupId(index);
    const lead = context.councils.pick(random);
    const category = context.categories.pick(random);
    const area = AREAS.get(category.serviceArea) ?? SERVICE_AREAS[0]!;
    const size = Math.min(60, 1 + Math.floor(random.logNormal(4, 0.8)));
    const members = [lead, ...context.councils.partners(random, lead, size)];
    const regions = [...new Set(members.map((member) => member.region ?? member.nation))].sort();
    const stage = STAGES.pick(random);
    const endYear = random.int(2026, 2030);
    const gl = (key: string) => glossaryTerm(key, random);
    const task = random.pick(area.tasks);
    const categoryName = midSentence(category.name);
    const need = `${categoryName} for ${task}, for councils whose contracts end by ${endYear}`;
    const titles = [
      () => `Joint procurement of ${categoryName}`,
      () => `Councils ${inRegion(lead.region ?? lead.nation)} buying ${categoryName} together`,
      () => `${capitalise(gl('co-procurement'))}: ${categoryName} for ${task}`,
    ];
    const title = random.pick(titles)();
    // A private group's record is visible to its own members only.
    const { visibility } = visibilityOf(random, context, VISIBILITY);
    const named = members.slice(0, 3).map((member) => member.name);
    const sections: (() => string)[][] = [
      [
        () =>
          `${lead.name} leads a group of ${members.length} councils that need ${categoryName} for ${task}.`,
        () =>
          `Most members' contracts end between ${endYear - 1} and ${endYear}, so a joint ${gl('itt')} makes sense.`,
        () =>
          `Together the members serve about ${formatNumber(members.reduce((sum, member) => sum + (member.population ?? 0), 0))} people.`,
        () =>
          `The group formed after ${random.int(3, 12)} councils found they had the same need on LGX.`,
        () => `Members include ${named.join(', ')}${members.length > 3 ? ' and others' : ''}.`,
      ],
      [
        () => `We are pooling demand and agreeing one specification, with lots by region.`,
        () =>
          `The route to market is likely to be ${withArticle(gl('dps'))} or ${withArticle(gl('ccs'))} framework.`,
        () =>
          `Items are classified by ${gl('cpv')} code, and ${gl('sme')} suppliers are encouraged to bid.`,
        () => `Each member completes ${withArticle(gl('dpia'))} before joining the contract.`,
        () => `Pooling demand should cut prices by ${random.int(5, 25)}% against buying alone.`,
        () => `A soft market test with ${random.int(3, 15)} suppliers is planned.`,
      ],
      [
        () =>
          `Councils interested in joining should register interest before the specification is signed off.`,
        () => `Stage: ${stage.toLowerCase()}.`,
        () => `The lead council will act as the procuring entity for all members.`,
        () => `Each member signs a memorandum of understanding before the tender is published.`,
        () => `Members meet online every ${random.pick(['fortnight', 'month'])}.`,
        () =>
          `Officers from the ${random.pick(['finance', 'legal', 'procurement', 'IT'])} teams of each council support the group.`,
        () => `A shared ${gl('business case')} is being drafted for each member's cabinet.`,
      ],
    ];
    return {
      id,
      type: 'procurement_group',
      title,
      titleSort: title.toLowerCase(),
      summary: `A shared ${need}. ${members.length} councils, led by ${lead.name}; ${stage.toLowerCase()}.`,
      body: compose(sections, random.int(160, 240), random).text,
      url: `/procurement-groups/${id}`,
      visibility,
      councilCodes: members.map((member) => member.code),
      groupIds: visibility === 'group' ? [id] : [],
      ...leadCouncilFields(lead),
      publishedAt: publishedAt(random),
      need,
      category: category.name,
      stage,
      regions,
      membersCount: members.length,
    };
  };
}
