import { findCpv } from '@lgx/shared/domain';

import { Random, Weighted } from '../prng';
import { count, ms } from '../report/format';
import { officerSession } from '../services/officer-session';
import { insertProcurementGroups } from '../store/procurement-group-rows';
import type { ContractBenchContext, ContractBenchStep } from './contract-bench-steps';
import { keepAlive, sequentialLatency, timedGraphql } from './graphql-timing';

const REQUESTS = 200;
const WARM_UP = 5;
const GROUPS = 2;

/** What the radar page asks for: the window, the groups to join and the endings with peers. */
const RADAR_DOCUMENT = `query Radar($code: String!) {
  renewalRadar(councilCode: $code) {
    endsFrom endsTo
    suggestions { councilStatus group { id title } contracts { ocid title endsOn supplierName } }
    endings {
      contract { source ocid title endsOn endsOnBasis certainty supplierName valueAmount valueCurrency category { code label } }
      peers { council { code } sameDivision contract { ocid title endsOn } }
      groups { id title }
    }
  }
}`;

interface RadarAnswer {
  data: { renewalRadar: { suggestions: unknown[]; endings: unknown[] } };
}

/** Councils with contracts, with how many each has. */
async function councilsWithContracts(context: ContractBenchContext) {
  const { rows } = await context.db.query<{ code: string; contracts: number }>(
    `SELECT buyer_council_code AS code, count(*)::int AS contracts FROM contracting_process
     WHERE buyer_council_code IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1`,
  );
  if (rows.length === 0) throw new Error('no imported contract has a council for its buyer');
  return rows;
}

/**
 * Open groups (forming, interest open for a year) in the most common CPV
 * codes of the imported contracts, led by the council with the most, so the
 * radar matches contracts to groups as well as listing endings.
 */
async function openGroups(context: ContractBenchContext, lead: string): Promise<string[]> {
  const { rows } = await context.db.query<{ cpv: string }>(
    `SELECT cpv_main AS cpv FROM contracting_process WHERE cpv_main IS NOT NULL
     GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT $1`,
    [GROUPS],
  );
  const now = new Date();
  const day = (months: number) =>
    new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + months, 1))
      .toISOString()
      .slice(0, 10);
  const codes = rows.map((row) => findCpv(row.cpv)?.code ?? row.cpv);
  await insertProcurementGroups(
    context.db,
    codes.map((cpv, at) => ({
      id: `00000000-0000-4000-8000-00000000000${at + 1}`,
      title: `Bench group ${at + 1}: ${findCpv(cpv)?.label ?? cpv}`,
      need: 'A bench group, so the renewal radar has groups to match contracts with.',
      cpv_code: cpv,
      lead_council_code: lead,
      value_per_council_pence: null,
      total_value_pence: null,
      desired_start: day(18),
      route: 'NEW_FRAMEWORK',
      framework_name: null,
      framework_lot: null,
      minimum_councils: 2,
      visibility: 'OPEN',
      interest_closes_on: day(12),
      stage: 'FORMING',
      end_reason: null,
      created_at: now.toISOString(),
      updated_at: now.toISOString(),
      members: [],
    })),
  );
  return codes;
}

/**
 * The renewal radar of councils drawn by their number of contracts, one
 * request at a time over HTTP as a signed-in officer (GraphQL renewalRadar,
 * which calls RenewalRadarService.forCouncil).
 */
export const radarQuery: ContractBenchStep = {
  name: 'radar',
  title: 'Renewal radar: GraphQL renewalRadar for councils with contracts, one at a time',
  async run(context) {
    const councils = await councilsWithContracts(context);
    const groupCpv = await openGroups(context, councils[0]!.code);
    const cookie = await officerSession(context.db, councils[0]!.code);
    const weighted = new Weighted(
      councils.map((row) => row.code),
      councils.map((row) => row.contracts),
    );
    const random = new Random(`${context.options.seed}/radar`);
    const codes = Array.from({ length: WARM_UP + REQUESTS }, () => weighted.pick(random));
    const agent = keepAlive();
    let withGroups = 0;
    let endings = 0;
    const stats = await sequentialLatency(codes, WARM_UP, (code) =>
      timedGraphql(
        context.api.url,
        JSON.stringify({ query: RADAR_DOCUMENT, variables: { code } }),
        { cookie },
        agent,
      ).then((answer) => {
        const radar = (JSON.parse(answer.text) as RadarAnswer).data.renewalRadar;
        if (radar.suggestions.length > 0) withGroups += 1;
        endings += radar.endings.length;
        return answer.ms;
      }),
    );
    agent.destroy();
    const answers = WARM_UP + REQUESTS;
    context.say(
      `  ${count(endings / answers)} endings an answer on average; ${withGroups} of ${answers} answers suggest a group`,
    );
    context.say(
      `  ${REQUESTS} requests over ${councils.length} councils (open groups in ${groupCpv.join(', ')}): p50 ${ms(stats.p50)} ms, p95 ${ms(stats.p95)} ms, max ${ms(stats.max)} ms`,
    );
    return {
      councils: councils.length,
      groupCpv,
      answersWithGroups: withGroups,
      endings,
      ...stats,
    };
  },
};
