import type { SearchDocument } from '@lgx/api/core/search';
import { SERVICE_AREAS, TECHNOLOGIES } from '@lgx/shared/domain';

import { type Random, skewed } from '../prng';
import { COMPONENT_CATEGORIES, LICENCES, MATURITIES } from '../vocabulary/facets';
import { councilTypeLabel, leadCouncilFields } from './bench-councils';
import {
  type CorpusContext,
  type DocumentGenerator,
  documentId,
  publishedAt,
  visibilities,
  visibilityOf,
  weighted,
} from './common';
import { capitalise, compose, formatNumber, glossaryTerm, midSentence, withArticle } from './text';

const CATEGORIES = skewed(COMPONENT_CATEGORIES, 0.8);
const LICENCE = weighted(LICENCES);
const MATURITY = weighted(MATURITIES);
const VISIBILITY = visibilities({ public: 92, council: 5, group: 3 });
const READERS = ['service managers', 'developers', 'information governance leads', 'buyers'];

/** Reusable components: code, patterns, templates, APIs and datasets (~250 words). */
export function componentGenerator(context: CorpusContext): DocumentGenerator {
  return (index: number, random: Random): SearchDocument => {
    const id = documentId('cmp', index);
    const council = context.councils.pick(random);
    const area = context.serviceAreas.pick(random);
    const technology = context.technologies.pick(random);
    const task = random.pick(area.tasks);
    const category = CATEGORIES.pick(random);
    const licence =
      category === 'Open-source code' || random.chance(0.2) ? LICENCE.pick(random) : 'OGL-UK-3.0';
    const maturity = MATURITY.pick(random);
    const { visibility, groupIds } = visibilityOf(random, context, VISIBILITY);
    const adoptionCount = Math.min(300, Math.floor(random.logNormal(2, 1.3)));
    const supplier = random.chance(0.3) ? context.suppliers.pick(random) : undefined;
    const gl = (key: string) => glossaryTerm(key, random);
    const areaTerm = () => gl(area.glossary.length > 0 ? random.pick(area.glossary) : 'api');
    const technologyName = technology.phrase;
    const areaName = midSentence(area.name);
    const name = `${council.name} ${random.pick(['Open', 'Shared', 'Common'])} ${capitalise(task.split(' ')[0]!)}`;

    const titles: Record<string, () => string> = {
      Template: () => `Template for ${task}`,
      'Open-source code': () => `${name}: open-source tool for ${task}`,
      'Service pattern': () => `Service pattern for ${task}`,
      API: () => `${area.name} API for ${task}`,
      Dataset: () => `Open dataset of ${task}`,
      'Business case': () => `Business case for ${technologyName} in ${areaName}`,
      Specification: () => `Specification for ${task} (${areaTerm()})`,
      'Data sharing agreement': () => `${capitalise(gl('dsa'))} for ${task} with the ${gl('nhs')}`,
      DPIA: () => `${capitalise(gl('dpia'))} for ${technologyName} in ${areaName}`,
      'Training material': () => `Training for staff on ${technologyName}`,
    };
    const title = titles[category]!();
    const usedBy =
      adoptionCount === 0
        ? 'No other council uses it yet'
        : `Used by ${formatNumber(adoptionCount)} other ${adoptionCount === 1 ? 'council' : 'councils'}`;
    const summary = `${category} from ${council.name} for ${task}, ${licence === 'Proprietary' ? 'shared with other councils on request' : `under ${licence}`}. ${usedBy}.`;
    const sections: (() => string)[][] = [
      [
        () =>
          `${council.name} made this ${midSentence(category)} for ${task} and shares it so others need not start again.`,
        () => `It covers ${task} from the first contact to the final decision.`,
        () => `It grew out of a project using ${technologyName} in ${areaName}.`,
        () =>
          `It is written for ${areaName} teams in any type of council, not only ${councilTypeLabel(council).toLowerCase()}s.`,
        () => `Before it existed, each council wrote its own version, often from scratch.`,
        () =>
          `It has been reviewed by ${random.int(2, 9)} councils and by their ${gl('ig')} leads.`,
      ],
      [
        () =>
          `To reuse it, copy it, replace the council's name and check the steps against your own ${areaTerm()} process.`,
        () =>
          `It connects to case management systems through ${withArticle(gl('api'))} and needs no new licences.`,
        () =>
          `${capitalise(withArticle(gl('dpia')))} and ${withArticle(gl('dsa'))} come with it, ready to adapt.`,
        () =>
          `It was tested with ${random.int(5, 40)} residents and ${random.int(3, 25)} officers.`,
        () => `Setting it up takes about ${random.int(1, 10)} days of one officer's time.`,
        () => `There is a short guide for ${random.pick(READERS)}.`,
        () => `It works with ${gl('m365')} and with open formats such as CSV and JSON.`,
      ],
      [
        () =>
          `Maintained by ${council.name}${supplier ? ` with ${supplier}` : ''}; issues and changes are welcome.`,
        () => `Councils using it report ${random.pick(area.measures)} improving within months.`,
        () => `Maturity: ${maturity.toLowerCase()}. Licence: ${licence}.`,
        () => `Changes are discussed in a monthly call open to any council.`,
        () => `The roadmap includes support for ${random.pick(area.tasks)}.`,
        () => `Questions go to the ${areaName} team at ${council.name}.`,
        () => `${usedBy}, and each adoption is confirmed by the adopting council.`,
        () => `Version ${random.int(1, 4)}.${random.int(0, 9)} was released this year.`,
        () => `A demonstration is available on request, with test data only.`,
        () => `Where it has screens, it follows the GOV.UK Design System.`,
      ],
    ];
    return {
      id,
      type: 'component',
      title,
      titleSort: title.toLowerCase(),
      summary,
      body: compose(sections, random.int(180, 320), random).text,
      url: `/components/${id}`,
      visibility,
      councilCodes: [council.code],
      groupIds,
      ...leadCouncilFields(council),
      publishedAt: publishedAt(random),
      category,
      licence,
      maturity,
      serviceAreas: [SERVICE_AREAS[area.taxonomy]],
      technologies: [TECHNOLOGIES[technology.taxonomy]],
      maintainers: supplier ? [council.name, supplier] : [council.name],
      adoptionCount,
    };
  };
}
