import {
  COMPONENT_MATURITIES,
  type ComponentMaturity,
  type ComponentStandard,
  type ServiceArea as ServiceAreaKey,
  type Technology as TechnologyKey,
} from '@lgx/shared/domain';

import { type Random, skewed } from '../prng';
import { COMPONENT_CATEGORIES, LICENCES, MATURITIES, STANDARDS } from '../vocabulary/facets';
import { councilTypeLabel } from './bench-councils';
import {
  benchUuid,
  type CorpusContext,
  isoDate,
  NOW,
  publishedAt,
  timestamp,
  weighted,
} from './common';
import { capitalise, compose, formatNumber, glossaryTerm, midSentence, withArticle } from './text';

/** A row of component_adoption: a council evaluating, using or having stopped using a component. */
export interface ComponentAdoptionRow {
  component_id: string;
  council_code: string;
  status: 'EVALUATING' | 'IN_USE' | 'STOPPED';
  started_on: string;
  stopped_on: string | null;
  created_at: string;
}

/**
 * A row of the component table (snake_case, as PostgreSQL names the columns),
 * with its adoptions: the feature's search source reads the row and its
 * maintaining councils, and adoption_count is the count of adoptions
 * evaluating or in use, as the feature keeps it.
 */
export interface ComponentRow {
  id: string;
  name: string;
  kind: string;
  summary: string;
  description: string;
  url: string | null;
  repository_key: string | null;
  licence: string;
  maturity: ComponentMaturity;
  maintaining_council_codes: string[];
  service_areas: ServiceAreaKey[];
  technologies: TechnologyKey[];
  standards: ComponentStandard[];
  features: string[];
  status: 'DRAFT' | 'PUBLISHED';
  adoption_count: number;
  maintained_at: string;
  published_at: string | null;
  created_at: string;
  updated_at: string;
  adoptions: ComponentAdoptionRow[];
}

const CATEGORIES = skewed(COMPONENT_CATEGORIES, 0.8);
const LICENCE = weighted(LICENCES);
const MATURITY = weighted(MATURITIES);
const STANDARD = skewed(STANDARDS, 1.0);
/** Published components are public; drafts are visible to their maintaining councils only. */
const PUBLISHED_SHARE = 0.92;
const READERS = ['service managers', 'developers', 'information governance leads', 'buyers'];
const PROPRIETARY = 'LicenseRef-Proprietary';
const day = 86_400;

/** What one component is, drawn in this order (a seed gives the same corpus). */
function drawComponent(context: CorpusContext, random: Random) {
  const council = context.councils.pick(random);
  const coMaintainers = random.chance(0.1)
    ? context.councils.partners(random, council, random.int(1, 2))
    : [];
  const area = context.serviceAreas.pick(random);
  const technology = context.technologies.pick(random);
  const task = random.pick(area.tasks);
  const [category, kind] = CATEGORIES.pick(random);
  const licence =
    category === 'Open-source code' || random.chance(0.2) ? LICENCE.pick(random) : 'OGL-UK-3.0';
  const maturity = MATURITY.pick(random);
  const published = random.chance(PUBLISHED_SHARE);
  const wanted = published ? Math.min(300, Math.floor(random.logNormal(2, 1.3))) : 0;
  const adopters = wanted > 0 ? context.councils.partners(random, council, wanted) : [];
  const stopped = adopters.length > 1 && random.chance(0.15) ? 1 : 0;
  const supplier = random.chance(0.3) ? context.suppliers.pick(random) : undefined;
  const gl = (key: string) => glossaryTerm(key, random);
  const areaTerm = () => gl(area.glossary.length > 0 ? random.pick(area.glossary) : 'api');
  const name = `${council.name} ${random.pick(['Open', 'Shared', 'Common'])} ${capitalise(task.split(' ')[0]!)}`;
  return {
    council,
    coMaintainers,
    area,
    technology,
    task,
    category,
    kind,
    licence,
    maturity,
    published,
    adopters,
    stopped,
    adoptionCount: adopters.length - stopped,
    supplier,
    gl,
    areaTerm,
    technologyName: technology.phrase,
    areaName: midSentence(area.name),
    name,
  };
}

type ComponentDraw = ReturnType<typeof drawComponent>;

function componentTitle(draw: ComponentDraw): string {
  const { task, name, area, technologyName, areaName, areaTerm, gl } = draw;
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
  return titles[draw.category]!();
}

function descriptionSections(
  draw: ComponentDraw,
  usedBy: string,
  random: Random,
): (() => string)[][] {
  const { council, category, task, technologyName, areaName, gl, areaTerm } = draw;
  const { supplier, area, maturity, licence } = draw;
  return [
    [
      () =>
        `${council.name} made this ${midSentence(category)} for ${task} and shares it so others need not start again.`,
      () => `It covers ${task} from the first contact to the final decision.`,
      () => `It grew out of a project using ${technologyName} in ${areaName}.`,
      () =>
        `It is written for ${areaName} teams in any type of council, not only ${councilTypeLabel(council).toLowerCase()}s.`,
      () => `Before it existed, each council wrote its own version, often from scratch.`,
      () => `It has been reviewed by ${random.int(2, 9)} councils and by their ${gl('ig')} leads.`,
    ],
    [
      () =>
        `To reuse it, copy it, replace the council's name and check the steps against your own ${areaTerm()} process.`,
      () =>
        `It connects to case management systems through ${withArticle(gl('api'))} and needs no new licences.`,
      () =>
        `${capitalise(withArticle(gl('dpia')))} and ${withArticle(gl('dsa'))} come with it, ready to adapt.`,
      () => `It was tested with ${random.int(5, 40)} residents and ${random.int(3, 25)} officers.`,
      () => `Setting it up takes about ${random.int(1, 10)} days of one officer's time.`,
      () => `There is a short guide for ${random.pick(READERS)}.`,
      () => `It works with ${gl('m365')} and with open formats such as CSV and JSON.`,
    ],
    [
      () =>
        `Maintained by ${council.name}${supplier ? ` with ${supplier}` : ''}; issues and changes are welcome.`,
      () => `Councils using it report ${random.pick(area.measures)} improving within months.`,
      () => `Maturity: ${COMPONENT_MATURITIES[maturity].toLowerCase()}. Licence: ${licence}.`,
      () => `Changes are discussed in a monthly call open to any council.`,
      () => `The roadmap includes support for ${random.pick(area.tasks)}.`,
      () => `Questions go to the ${areaName} team at ${council.name}.`,
      () => `${usedBy}, and each adoption is confirmed by the adopting council.`,
      () => `Version ${random.int(1, 4)}.${random.int(0, 9)} was released this year.`,
      () => `A demonstration is available on request, with test data only.`,
      () => `Where it has screens, it follows the GOV.UK Design System.`,
    ],
  ];
}

function componentFeatures(draw: ComponentDraw, random: Random): string[] {
  return [
    `Covers ${draw.task} end to end`,
    `Works with ${draw.technologyName}`,
    `Ready-made ${draw.gl('dpia')}`,
    `Open formats (CSV and JSON)`,
    `Guidance for ${random.pick(READERS)}`,
    `Tested with residents and ${draw.areaName} officers`,
  ]
    .filter(() => random.chance(0.5))
    .slice(0, random.int(0, 4));
}

/** The councils that adopted it, the first `stopped` of them no longer using it. */
function adoptionRows(
  id: string,
  { adopters, stopped }: ComponentDraw,
  publishedOn: number,
  random: Random,
): ComponentAdoptionRow[] {
  const adoptionStart = (seconds: number) => isoDate(Math.min(NOW, seconds));
  return adopters.map((adopter, position) => {
    const started = publishedOn + random.int(7, 700) * day;
    const isStopped = position < stopped;
    return {
      component_id: id,
      council_code: adopter.code,
      status: isStopped ? 'STOPPED' : random.chance(0.7) ? 'IN_USE' : 'EVALUATING',
      started_on: adoptionStart(started),
      stopped_on: isStopped ? adoptionStart(started + random.int(60, 400) * day) : null,
      created_at: timestamp(Math.min(NOW, started)),
    };
  });
}

/** Reusable components: code, patterns, templates, APIs and datasets (~250 words). */
export function componentGenerator(context: CorpusContext) {
  return (index: number, random: Random): ComponentRow => {
    const id = benchUuid('component', index);
    const draw = drawComponent(context, random);
    const { council, task, kind, licence, adoptionCount, published } = draw;
    const title = componentTitle(draw);
    const usedBy =
      adoptionCount === 0
        ? 'No other council uses it yet'
        : `Used by ${formatNumber(adoptionCount)} other ${adoptionCount === 1 ? 'council' : 'councils'}`;
    const summary = `${draw.category} from ${council.name} for ${task}, ${licence === PROPRIETARY ? 'shared with other councils on request' : `under ${licence}`}. ${usedBy}.`;
    const sections = descriptionSections(draw, usedBy, random);
    const features = componentFeatures(draw, random);
    const created = publishedAt(random);
    const publishedOn = created + random.int(0, 60) * day;
    const maintained = Math.min(NOW, publishedOn + Math.floor(random.next() * (NOW - publishedOn)));
    const repository =
      kind === 'OPEN_SOURCE_SOFTWARE' || kind === 'API'
        ? `https://github.com/${council.code.toLowerCase()}-council/${task.split(' ')[0]!.toLowerCase()}-${index}`
        : null;
    return {
      id,
      name: title,
      kind,
      summary: summary.slice(0, 300),
      description: compose(sections, random.int(160, 300), random).text,
      url: repository,
      repository_key: repository ? repository.replace(/^https:\/\//, '') : null,
      licence,
      maturity: draw.maturity,
      maintaining_council_codes: [
        council.code,
        ...draw.coMaintainers.map((partner) => partner.code),
      ],
      service_areas: [draw.area.taxonomy],
      technologies: [draw.technology.taxonomy],
      standards: STANDARD.pickDistinct(random, random.int(0, 3)),
      features,
      status: published ? 'PUBLISHED' : 'DRAFT',
      adoption_count: adoptionCount,
      maintained_at: timestamp(maintained),
      published_at: published ? timestamp(publishedOn) : null,
      created_at: timestamp(created),
      updated_at: timestamp(maintained),
      adoptions: adoptionRows(id, draw, publishedOn, random),
    };
  };
}
