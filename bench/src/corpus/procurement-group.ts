import type { GroupStage, ProcurementRoute } from '@lgx/shared/domain';

import type { Random } from '../prng';
import { GROUP_ROUTE_WEIGHTS, GROUP_STAGE_WEIGHTS } from '../vocabulary/facets';
import { SERVICE_AREAS } from '../vocabulary/service-areas';
import type { BenchCouncil } from './bench-councils';
import {
  benchUuid,
  type CorpusContext,
  isoDate,
  NOW,
  publishedAt,
  timestamp,
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

/** A row of procurement_group_member: where a council stands with a group. */
export interface GroupMemberRow {
  group_id: string;
  council_code: string;
  status: 'INVITED' | 'REQUESTED' | 'INTERESTED' | 'COMMITTED' | 'WITHDRAWN' | 'DECLINED';
  volume: number | null;
  volume_unit: string | null;
  estimated_value_pence: number | null;
  committed_at: string | null;
  created_at: string;
}

/**
 * A row of the procurement_group table (snake_case, as PostgreSQL names the
 * columns), with its members: the feature's search source reads the group
 * and its interested and committed members (their count and regions).
 */
export interface ProcurementGroupRow {
  id: string;
  title: string;
  need: string;
  cpv_code: string;
  lead_council_code: string;
  value_per_council_pence: number | null;
  total_value_pence: number | null;
  desired_start: string;
  route: ProcurementRoute;
  framework_name: string | null;
  framework_lot: string | null;
  minimum_councils: number;
  visibility: 'OPEN' | 'INVITE_ONLY';
  interest_closes_on: string;
  stage: GroupStage;
  end_reason: string | null;
  created_at: string;
  updated_at: string;
  members: GroupMemberRow[];
}

const STAGES = weighted(GROUP_STAGE_WEIGHTS);
const ROUTES = weighted(GROUP_ROUTE_WEIGHTS);
/** Open groups are found by every verified officer; invite-only ones by their members only. */
const OPEN_SHARE = 0.65;
/** Where the councils beside the lead stand: most are members (interested or committed). */
const MEMBER_STATUSES = weighted<GroupMemberRow['status']>([
  ['INTERESTED', 52],
  ['COMMITTED', 33],
  ['INVITED', 6],
  ['REQUESTED', 4],
  ['WITHDRAWN', 3],
  ['DECLINED', 2],
]);
const STAGE_WORDS: Record<GroupStage, string> = {
  FORMING: 'gathering interest',
  SPECIFYING: 'agreeing a specification',
  MARKET_ENGAGEMENT: 'talking to the market',
  TENDERING: 'out to tender',
  AWARDED: 'contract awarded',
  CLOSED: 'closed',
  ABANDONED: 'abandoned',
};
const AREAS = new Map(SERVICE_AREAS.map((area) => [area.name, area]));
const day = 86_400;
/** A moment no later than the corpus's "now". */
const past = (seconds: number): string => timestamp(Math.min(NOW, seconds));

/** What one group is, drawn in this order (a seed gives the same corpus). */
function drawGroup(context: CorpusContext, random: Random) {
  const lead = context.councils.pick(random);
  const category = context.categories.pick(random);
  const area = AREAS.get(category.serviceArea) ?? SERVICE_AREAS[0]!;
  const size = Math.min(60, 1 + Math.floor(random.logNormal(4, 0.8)));
  const others = context.councils.partners(random, lead, size);
  const statuses = others.map(() => MEMBER_STATUSES.pick(random));
  const members = [
    lead,
    ...others.filter((_, i) => ['INTERESTED', 'COMMITTED'].includes(statuses[i]!)),
  ];
  const stage = STAGES.pick(random);
  const route = ROUTES.pick(random);
  const created = publishedAt(random);
  const endYear = random.int(2026, 2030);
  const gl = (key: string) => glossaryTerm(key, random);
  const task = random.pick(area.tasks);
  const categoryName = midSentence(category.name);
  return {
    lead,
    category,
    others,
    statuses,
    members,
    stage,
    route,
    created,
    endYear,
    gl,
    task,
    categoryName,
  };
}

type GroupDraw = ReturnType<typeof drawGroup>;

function groupTitle({ lead, gl, categoryName, task }: GroupDraw, random: Random): string {
  const titles = [
    () => `Joint procurement of ${categoryName}`,
    () => `Councils ${inRegion(lead.region ?? lead.nation)} buying ${categoryName} together`,
    () => `${capitalise(gl('co-procurement'))}: ${categoryName} for ${task}`,
  ];
  return random.pick(titles)();
}

function needSections(draw: GroupDraw, random: Random): (() => string)[][] {
  const { lead, members, categoryName, task, endYear, gl, stage } = draw;
  const named = members.slice(0, 3).map((member) => member.name);
  return [
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
      () => `Stage: ${STAGE_WORDS[stage]}.`,
      () => `The lead council will act as the procuring entity for all members.`,
      () => `Each member signs a memorandum of understanding before the tender is published.`,
      () => `Members meet online every ${random.pick(['fortnight', 'month'])}.`,
      () =>
        `Officers from the ${random.pick(['finance', 'legal', 'procurement', 'IT'])} teams of each council support the group.`,
      () => `A shared ${gl('business case')} is being drafted for each member's cabinet.`,
    ],
  ];
}

/** The lead first, then every other council the group asked or heard from, with its status. */
function memberRows(
  id: string,
  { lead, others, statuses, created }: GroupDraw,
  valuePerCouncil: number,
  random: Random,
): GroupMemberRow[] {
  const member = (council: BenchCouncil, status: GroupMemberRow['status']) => {
    const joined = created + random.int(0, 120) * day;
    const committed = status === 'COMMITTED';
    return {
      group_id: id,
      council_code: council.code,
      status,
      volume: committed ? random.int(1, 500) : null,
      volume_unit: committed ? random.pick(['licences', 'users', 'sites', 'devices']) : null,
      estimated_value_pence: committed
        ? Math.round(valuePerCouncil * random.logNormal(1, 0.4))
        : null,
      committed_at: committed ? past(joined + random.int(10, 90) * day) : null,
      created_at: past(joined),
    };
  };
  return [
    member(lead, random.chance(0.5) ? 'COMMITTED' : 'INTERESTED'),
    ...others.map((council, i) => member(council, statuses[i]!)),
  ];
}

/** Procurement groups: councils with the same need buying together (~190 words). */
export function procurementGroupGenerator(context: CorpusContext) {
  return (index: number, random: Random): ProcurementGroupRow => {
    const id = benchUuid('procurement_group', index);
    const draw = drawGroup(context, random);
    const { lead, members, category, categoryName, task, endYear, stage, route, created } = draw;
    const title = groupTitle(draw, random);
    const sections = needSections(draw, random);
    // The feature's summary is the start of the need, so the need opens with one.
    const need =
      `A shared need for ${categoryName} for ${task}, for councils whose contracts end by ${endYear}. ` +
      `${members.length} ${members.length === 1 ? 'council' : 'councils'}, led by ${lead.name}; ${STAGE_WORDS[stage]}.\n\n` +
      compose(sections, random.int(150, 230), random).text;
    const valuePerCouncil = Math.round(random.logNormal(120_000, 1.0) / 1000) * 1000 * 100;
    const desiredStart = created + random.int(180, 720) * day;
    const framework = route === 'EXISTING_FRAMEWORK';
    return {
      id,
      title: title.slice(0, 150),
      need,
      cpv_code: category.cpv,
      lead_council_code: lead.code,
      value_per_council_pence: random.chance(0.8) ? valuePerCouncil : null,
      total_value_pence: random.chance(0.6) ? valuePerCouncil * members.length : null,
      desired_start: isoDate(desiredStart),
      route,
      framework_name: framework
        ? `${random.pick(['CCS', 'ESPO', 'YPO', 'NEPO'])} ${category.name}`
        : null,
      framework_lot: framework ? `Lot ${random.int(1, 6)}` : null,
      minimum_councils: Math.max(2, Math.min(members.length, random.int(2, 6))),
      visibility: random.chance(OPEN_SHARE) ? 'OPEN' : 'INVITE_ONLY',
      interest_closes_on: isoDate(desiredStart - random.int(30, 150) * day),
      stage,
      end_reason:
        stage === 'CLOSED'
          ? 'The contract was awarded and the group has handed over to contract management.'
          : stage === 'ABANDONED'
            ? 'Too few councils could commit before their contracts ended.'
            : null,
      created_at: timestamp(created),
      updated_at: past(created + random.int(0, 200) * day),
      members: memberRows(id, draw, valuePerCouncil, random),
    };
  };
}
