import { STRATEGIC_OBJECTIVES } from '@lgx/shared/domain';

import type { Random } from '../prng';
import {
  EVIDENCE_WEIGHTS,
  OBJECTIVE_WEIGHTS,
  STAGE_WEIGHTS,
  STATUS_WEIGHTS,
} from '../vocabulary/facets';
import { councilTypeLabel } from './bench-councils';
import { benchUuid, type CorpusContext, publishedAt, weighted } from './common';
import {
  capitalise,
  compose,
  fill,
  formatMoney,
  formatNumber,
  GLOSSARY_KEYS,
  glossaryTerm,
  inRegion,
  midSentence,
  withArticle,
} from './text';

/**
 * A row of the case_study table (snake_case, as PostgreSQL names the
 * columns): case studies have landed, so the bench stores them where the
 * feature does and the feature's own search source indexes them.
 */
export interface CaseStudyRow {
  id: string;
  title: string;
  summary: string;
  challenge: string;
  what_was_done: string;
  impact: string;
  lessons_learned: string;
  body: string;
  lead_council_code: string;
  co_author_council_codes: string[];
  service_areas: string[];
  objectives: string[];
  technologies: string[];
  stage: string;
  stopped_reason: string | null;
  start_date: string | null;
  contact_name: string | null;
  contact_email: string | null;
  investment_pence: number | null;
  running_cost_pence_per_year: number | null;
  cashable_savings_pence_per_year: number | null;
  hours_saved_per_year: number | null;
  residents_affected: number | null;
  evidence_level: string | null;
  status: string;
  published_at: string | null;
}

const STAGES = weighted(STAGE_WEIGHTS);
const EVIDENCE = weighted(EVIDENCE_WEIGHTS);
const OBJECTIVES = weighted(OBJECTIVE_WEIGHTS);
const STATUSES = weighted(STATUS_WEIGHTS);
const ROLES = [
  'frontline staff',
  'the contact centre team',
  'councillors',
  'the information governance team',
  'finance colleagues',
  'trade union representatives',
  'the IT service desk',
  'social workers',
];
const FAILURES = [
  'the first supplier could not integrate with our case management system',
  'staff did not trust the first version until we showed how each result was reached',
  'take-up among older residents was low until we kept a phone option',
  'the data was messier than we expected and cleansing took {k} months',
  'the pilot overran by {k} months',
  'we underestimated the training staff needed',
];
const STOPPED_BECAUSE = [
  'the savings did not cover the licence costs',
  'the supplier withdrew the product',
  'the data could not be shared lawfully without a new agreement',
  'staff found it slower than the old process',
];

/** What one case study is about, drawn in this order (a seed gives the same corpus). */
function drawCaseStudy(context: CorpusContext, random: Random) {
  const council = context.councils.pick(random);
  const area = context.serviceAreas.pick(random);
  const otherArea = random.chance(0.3) ? context.serviceAreas.pick(random) : undefined;
  const technology = context.technologies.pick(random);
  const otherTechnology = random.chance(0.35) ? context.technologies.pick(random) : undefined;
  const task = random.pick(area.tasks);
  const measure = random.pick(area.measures);
  const supplier =
    context.suppliers.pickDistinct(random, random.int(0, 1))[0] ?? 'an in-house team';
  const stage = STAGES.pick(random);
  const status = STATUSES.pick(random);
  const savings = random.chance(0.3) ? 0 : Math.round(random.logNormal(60_000, 1.2) / 1000) * 1000;
  const investment = Math.round(random.logNormal(80_000, 1.1) / 1000) * 1000;
  const partners = random.chance(0.12)
    ? context.councils.partners(random, council, random.int(1, 3))
    : [];
  const gl = (key: string) => glossaryTerm(key, random);
  const areaTerm = () => gl(area.glossary.length > 0 ? random.pick(area.glossary) : 'roi');
  const verb = random.pick(technology.verbs);
  const pct = random.int(12, 64);
  const areaName = midSentence(area.name);
  return {
    council,
    area,
    otherArea,
    technology,
    otherTechnology,
    task,
    measure,
    supplier,
    stage,
    status,
    savings,
    investment,
    partners,
    gl,
    areaTerm,
    verb,
    pct,
    areaName,
  };
}

type CaseStudyDraw = ReturnType<typeof drawCaseStudy>;

function titleAndSummary(draw: CaseStudyDraw, random: Random) {
  const { council, technology, verb, task, measure, pct, areaTerm, areaName, savings } = draw;
  const titles = [
    () => `${technology.subject} ${verb} ${task}`,
    () => `${capitalise(task)} with ${technology.phrase}`,
    () => `How ${council.name} used ${technology.phrase} for ${task}`,
    () => `${capitalise(measure)} down ${pct}% with ${technology.phrase}`,
    () => `${capitalise(areaTerm())}: ${technology.subject} ${verb} ${task}`,
  ];
  const title = random.pick(titles)();
  const summary =
    `${council.name} brought in ${technology.phrase} for ${task} in ${areaName}. ` +
    (savings > 0
      ? `It saves about ${formatMoney(savings)} a year and cut ${measure} by ${pct}%.`
      : `It cut ${measure} by ${pct}%, with no cashable saving yet.`);
  return { title, summary };
}

function challengeText(draw: CaseStudyDraw, random: Random): string {
  const { council, task, areaName, area, gl, measure } = draw;
  return compose(
    [
      [
        () =>
          `${council.name} is a ${councilTypeLabel(council).toLowerCase()} ${inRegion(council.region ?? council.nation)}` +
          (council.population ? ` serving about ${formatNumber(council.population)} people.` : '.'),
        () => `For years ${task} had been handled the same way, mostly on paper and by email.`,
        () => `Demand for ${areaName} had grown every year since 2019.`,
        () =>
          `The ${areaName} team of ${random.int(8, 120)} staff handles about ${formatNumber(random.int(2, 90) * 100)} cases a year.`,
        () =>
          `Budgets for ${areaName} had been cut by ${random.int(10, 40)}% since 2015 while demand kept rising.`,
      ],
      [
        () => `Before the project, ${fill(random.pick(area.problems), random)}.`,
        () =>
          `Officers told us that ${fill(random.pick(area.problems), random)}, and that ${fill(random.pick(area.problems), random)}.`,
        () => `The ${gl('business case')} was simple: ${fill(random.pick(area.problems), random)}.`,
        () =>
          `A review found ${random.int(3, 12)} separate systems holding information about ${task}.`,
        () =>
          `Residents told us the process was confusing: ${random.int(20, 70)}% of calls were about the progress of a case.`,
        () => `Managers had no timely data on ${measure}.`,
      ],
    ],
    random.int(70, 110),
    random,
  ).text;
}

function whatWasDoneText(draw: CaseStudyDraw, random: Random): string {
  const { supplier, technology, task, verb, gl, areaTerm, otherTechnology, otherArea, area } = draw;
  return compose(
    [
      [
        () => `We worked with ${supplier} to introduce ${technology.phrase} for ${task}.`,
        () =>
          `${technology.subject} now ${verb} ${task}, and an officer checks every result before anything is sent.`,
        () =>
          `The team ran a discovery with ${formatNumber(random.int(2, 40) * 10)} residents and ${random.int(5, 60)} ${random.pick(ROLES)} before building anything.`,
        () =>
          `We completed ${withArticle(gl('dpia'))} and agreed ${withArticle(gl('dsa'))} with our partners before any data moved.`,
        () =>
          `Records from the ${gl('crm')} and the case management system are matched on ${gl('uprn')}.`,
        () => `The work also touched ${areaTerm()}, so colleagues there joined the project board.`,
        () =>
          otherTechnology
            ? `It works alongside ${otherTechnology.phrase}, which ${random.pick(otherTechnology.verbs)} ${random.pick(area.tasks)}.`
            : `It connects to existing systems through ${withArticle(gl('api'))}.`,
        () =>
          otherArea
            ? `The same approach now supports ${random.pick(otherArea.tasks)} in ${midSentence(otherArea.name)}.`
            : `We kept the old process running in parallel for ${random.int(4, 12)} weeks.`,
        () =>
          `The council's digital strategy names ${STRATEGIC_OBJECTIVES[random.pick(OBJECTIVE_WEIGHTS)[0]].toLowerCase()} as a priority, and ${task} was an obvious place to start.`,
      ],
    ],
    random.int(90, 130),
    random,
  ).text;
}

function impactText(draw: CaseStudyDraw, random: Random): string {
  const { measure, pct, savings, investment, area, gl } = draw;
  return compose(
    [
      [
        () => `${capitalise(measure)} fell by ${pct}% in the first ${random.int(3, 12)} months.`,
        () =>
          savings > 0
            ? `The council now saves about ${formatMoney(savings)} a year, against an investment of ${formatMoney(investment)}.`
            : `The investment of ${formatMoney(investment)} has not yet produced a cashable saving.`,
        () =>
          `Staff got back around ${random.int(5, 120)} hours a week, which went into ${random.pick(area.tasks)}.`,
        () => `Resident satisfaction rose from ${random.int(40, 60)}% to ${random.int(65, 92)}%.`,
        () =>
          `The ${gl('roi')} came within ${random.int(6, 30)} months, measured against the ${gl('business case')}.`,
      ],
    ],
    random.int(50, 80),
    random,
  ).text;
}

function lessonsText(draw: CaseStudyDraw, random: Random): string {
  const { measure, technology, task, gl } = draw;
  return compose(
    [
      [
        () => `What we would do differently: involve ${random.pick(ROLES)} from the first week.`,
        () => `Not everything worked: ${fill(random.pick(FAILURES), random)}.`,
        () =>
          `Our advice to other councils is to start small, measure ${measure} before you begin, and share what you learn.`,
        () =>
          `The biggest lesson was that ${technology.phrase} is the easy part; changing how ${task} is organised is hard.`,
        () => `We shared the ${gl('dpia')} and our code with ${random.int(2, 12)} other councils.`,
      ],
    ],
    random.int(40, 70),
    random,
  ).text;
}

function bodyText({ gl }: CaseStudyDraw, random: Random): string {
  return compose(
    [
      [
        () =>
          `Information governance colleagues reviewed the approach against ${gl('gdpr')} and the council's ${gl('ig')} policy.`,
        () =>
          `The service runs as ${gl('saas')} and is supported by the council's ${gl('ict')} team.`,
        () =>
          `We are talking to neighbouring councils about ${gl('co-procurement')} of the next phase.`,
        () =>
          `Questions about ${gl(random.pick(GLOSSARY_KEYS))} came up often, so we wrote a short guide.`,
        () =>
          `Councillors on the ${random.pick(['cabinet', 'scrutiny committee', 'digital board'])} reviewed progress every quarter.`,
        () =>
          `The ${gl('ig')} lead signed off the use of ${gl(random.pick(GLOSSARY_KEYS))} data for this purpose.`,
      ],
    ],
    random.int(30, 70),
    random,
  ).text;
}

/** The row's structured fields, drawn after its text. */
function caseStudyFacts(draw: CaseStudyDraw, random: Random) {
  const { council, area, otherArea, technology, otherTechnology, partners, stage, status } = draw;
  const { investment, savings } = draw;
  const published = publishedAt(random);
  return {
    lead_council_code: council.code,
    co_author_council_codes: partners.map((partner) => partner.code),
    service_areas: [...new Set([area.taxonomy, ...(otherArea ? [otherArea.taxonomy] : [])])],
    objectives: OBJECTIVES.pickDistinct(random, random.int(1, 3)),
    technologies: [
      ...new Set([technology.taxonomy, ...(otherTechnology ? [otherTechnology.taxonomy] : [])]),
    ],
    stage,
    stopped_reason: stage === 'STOPPED' ? capitalise(`${random.pick(STOPPED_BECAUSE)}.`) : null,
    start_date: new Date((published - random.int(60, 900) * 86_400) * 1000)
      .toISOString()
      .slice(0, 10),
    contact_name: random.chance(0.6) ? `${area.name} lead` : null,
    contact_email: random.chance(0.6)
      ? `digital@${council.code.toLowerCase()}.example.gov.uk`
      : null,
    investment_pence: investment * 100,
    running_cost_pence_per_year: random.chance(0.7)
      ? Math.round(investment * random.next() * 0.3) * 100
      : null,
    cashable_savings_pence_per_year: savings > 0 ? savings * 100 : null,
    hours_saved_per_year: random.chance(0.6) ? random.int(100, 20_000) : null,
    residents_affected: random.chance(0.5) ? random.int(100, 200_000) : null,
    evidence_level: EVIDENCE.pick(random),
    status,
    published_at:
      status === 'PUBLISHED' || status === 'ARCHIVED'
        ? new Date(published * 1000).toISOString()
        : null,
  };
}

/**
 * Case studies: what a council did, what it cost, what it saved, what failed,
 * under the LGA template's headings (~400 words in all).
 */
export function caseStudyGenerator(context: CorpusContext) {
  return (
    index: number,
    random: Random,
    kind: 'case_study' | 'extra_case_study' = 'case_study',
  ): CaseStudyRow => {
    const draw = drawCaseStudy(context, random);
    const { title, summary } = titleAndSummary(draw, random);
    const challenge = challengeText(draw, random);
    const whatWasDone = whatWasDoneText(draw, random);
    const impact = impactText(draw, random);
    const lessonsLearned = lessonsText(draw, random);
    const body = bodyText(draw, random);
    return {
      id: benchUuid(kind, index),
      title,
      summary,
      challenge,
      what_was_done: whatWasDone,
      impact,
      lessons_learned: lessonsLearned,
      body,
      ...caseStudyFacts(draw, random),
    };
  };
}
