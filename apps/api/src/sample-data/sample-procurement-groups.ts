import { checkGroup, type GroupFields } from '@lgx/api/feature-procurement';
import type { GroupStage } from '@lgx/shared/domain';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';

interface SampleMember {
  councilCode: string;
  /** Only where the source gives the council's own share, in pence. */
  estimatedValuePence: number | null;
}

/**
 * The details LGX asks of every group that the source does not state: left
 * out (null) rather than made up. Only sample groups may do that (a check
 * constraint on procurement_group holds it).
 */
type NotStated = 'route' | 'desiredStart' | 'interestClosesOn' | 'minimumCouncils';

interface SampleProcurementGroup extends Omit<GroupFields, NotStated> {
  minimumCouncils: null;
  leadCouncilCode: string;
  /** Register codes of the councils the source names; all committed, as the procurement ran. */
  members: SampleMember[];
  stage: GroupStage;
  /** The stage history's one entry: what the source says happened. */
  stageNote: string;
  sourceUrl: string;
}

/** The name on a stage change LGX made, not a person (the history needs one). */
export const SAMPLE_HISTORY_NAME = 'LGX sample content';

const SAMPLE_NOTE =
  'Sample content: written for LGX from the public report linked as its source. The councils did not write it and did not run this group on LGX; check the source before relying on it.';

/**
 * Co-procurement groups from public reports of what councils bought together
 * (see DOMAIN.md), marked as sample content with their source. Only facts the
 * source states: what it does not state is left out, not made up.
 */
export const SAMPLE_PROCUREMENT_GROUPS: SampleProcurementGroup[] = [
  {
    leadCouncilCode: 'GMCA',
    members: [
      { councilCode: 'GMCA', estimatedValuePence: null },
      { councilCode: 'BUR', estimatedValuePence: null },
      { councilCode: 'BOL', estimatedValuePence: null },
      { councilCode: 'OLD', estimatedValuePence: null },
      { councilCode: 'RCH', estimatedValuePence: null },
      { councilCode: 'SKP', estimatedValuePence: 740_000_00 },
      { councilCode: 'TRF', estimatedValuePence: null },
      { councilCode: 'WGN', estimatedValuePence: null },
    ],
    title: 'One full fibre network for more than 1,550 public service sites',
    need: [
      SAMPLE_NOTE,
      'Bury, Bolton, Oldham, Rochdale, Stockport, Trafford and Wigan councils, with the Greater Manchester Combined Authority, Greater Manchester Fire and Rescue and Transport for Greater Manchester, ran one procurement for fibre to their public service sites. In early 2020 a supplier was appointed to deliver and support fibre to more than 1,550 public service sites for 30 years.',
      'Stockport agreed up-front capital of £740,000 as its share; the source gives no other council’s share. Fire and rescue and transport are not councils, so they are not listed as members. The source does not state the procurement route, the contract start or a closing date for interest, so they are not given.',
    ].join('\n\n'),
    // The network itself, delivered and supported for 30 years (CPV 32412000-4).
    cpvCode: '32412000-4',
    estimatedValuePerCouncil: null,
    estimatedTotalValue: null,
    frameworkName: null,
    frameworkLot: null,
    // The source states no minimum number of councils.
    minimumCouncils: null,
    visibility: 'OPEN',
    stage: 'AWARDED',
    stageNote:
      'Sample content, from the source: in early 2020 a supplier was appointed to deliver and support fibre to more than 1,550 public service sites for 30 years.',
    sourceUrl:
      'https://i-network.org.uk/gmca-greater-manchester-local-full-fibre-network-programme/',
  },
];

/** Problems with a sample group, checked as a group started on LGX is, apart from what it leaves out. */
export function sampleGroupProblems(sample: SampleProcurementGroup): string[] {
  const { problems } = checkGroup({
    ...sample,
    route: '',
    desiredStart: '',
    interestClosesOn: '',
    minimumCouncils: 0,
  });
  const leftOut = new Set<string>(['route', 'desiredStart', 'interestClosesOn', 'minimumCouncils']);
  return [
    ...problems.filter((p) => !leftOut.has(p.field)).map((p) => p.message),
    ...(sample.members.some((m) => m.councilCode === sample.leadCouncilCode)
      ? []
      : ['The lead council must be a member']),
  ];
}

/**
 * Adds each sample group once: a group already loaded from the same source is
 * left alone, so every start can call this. Members are only the councils the
 * register has (current); a sample whose lead it lacks is skipped.
 */
export async function loadSampleProcurementGroups(app: INestApplication): Promise<number> {
  return addSampleProcurementGroups(app.get(DataSource));
}

/** The same, on a data source (for the admin CLI, e.g. the browser tests' set-up). */
export async function addSampleProcurementGroups(db: DataSource): Promise<number> {
  let added = 0;
  for (const sample of SAMPLE_PROCUREMENT_GROUPS) {
    const problems = sampleGroupProblems(sample);
    if (problems.length > 0)
      throw new Error(`Sample "${sample.title}" is not valid: ${problems.join('; ')}`);
    const loaded = await db.transaction(async (manager) => {
      const [exists] = await manager.query(
        `SELECT 1 FROM procurement_group WHERE is_sample AND source_url = $1`,
        [sample.sourceUrl],
      );
      if (exists) return false;
      const known: { code: string }[] = await manager.query(
        `SELECT code FROM council WHERE code = ANY($1) AND is_current`,
        [sample.members.map((m) => m.councilCode)],
      );
      const codes = new Set(known.map((row) => row.code));
      if (!codes.has(sample.leadCouncilCode)) return false;
      const [{ id }] = await manager.query(
        `INSERT INTO procurement_group (title, need, cpv_code, lead_council_code, minimum_councils, visibility, stage,
           framework_name, framework_lot, is_sample, source_url)
         VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,true,$10) RETURNING id`,
        [
          sample.title,
          sample.need,
          sample.cpvCode,
          sample.leadCouncilCode,
          sample.minimumCouncils,
          sample.visibility,
          sample.stage,
          sample.frameworkName ?? null,
          sample.frameworkLot ?? null,
          sample.sourceUrl,
        ],
      );
      for (const member of sample.members.filter((m) => codes.has(m.councilCode)))
        await manager.query(
          `INSERT INTO procurement_group_member (group_id, council_code, status, estimated_value_pence) VALUES ($1,$2,'COMMITTED',$3)`,
          [id, member.councilCode, member.estimatedValuePence],
        );
      // Made by LGX, not by a person or a council on LGX: no account and no council code.
      await manager.query(
        `INSERT INTO procurement_group_stage_change (group_id, from_stage, to_stage, note, changed_by, changed_by_name, changed_by_council_code)
         VALUES ($1,'TENDERING',$2,$3,NULL,$4,'')`,
        [id, sample.stage, sample.stageNote, SAMPLE_HISTORY_NAME],
      );
      return true;
    });
    if (loaded) added += 1;
  }
  return added;
}
