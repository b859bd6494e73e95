import {
  COMPONENT_KINDS,
  COMPONENT_MATURITIES,
  findCpv,
  GROUP_STAGES,
  overallRating,
  ratingBand,
  ROUTES_TO_MARKET,
  SERVICE_AREAS,
  TECHNOLOGIES,
} from '@lgx/shared/domain';

import type { CaseStudyRow } from './case-study';
import type { ComponentRow } from './component';
import type { ProcurementGroupRow } from './procurement-group';
import type { SupplierExperienceRow, SupplierRow } from './supplier-experience';

/**
 * Counts that show a corpus is shaped as intended: sizes, visibility and the
 * top facet values. Rows are read roughly as the features' search sources
 * read them (visibility, facet labels, the body's words).
 */
interface ShapeRecord {
  type: string;
  body: string;
  [facet: string]: unknown;
}

export interface CorpusShape {
  add(batch: ShapeRecord[]): void;
  addCaseStudies(batch: CaseStudyRow[]): void;
  addComponents(batch: ComponentRow[]): void;
  addSupplierExperiences(batch: SupplierExperienceRow[], suppliers: SupplierRow[]): void;
  addProcurementGroups(batch: ProcurementGroupRow[]): void;
  summary(): string;
}

const FACETS = [
  'visibility',
  'status',
  'stage',
  'serviceAreas',
  'technologies',
  'category',
  'supplier',
  'routeToMarket',
  'ratingBand',
  'licence',
  'maturity',
  'membersCount',
  'councilCode',
];

const label = (labels: Record<string, string>) => (key: string) => labels[key] ?? key;

type Tally = Map<
  string,
  { documents: number; words: number; facets: Map<string, Map<string, number>> }
>;

function tally(byType: Tally, batch: ShapeRecord[]): void {
  for (const doc of batch) {
    const entry = byType.get(doc.type) ?? { documents: 0, words: 0, facets: new Map() };
    byType.set(doc.type, entry);
    entry.documents++;
    entry.words += doc.body.split(/\s+/).length;
    for (const facet of FACETS) {
      const raw = doc[facet];
      if (raw === undefined) continue;
      const counts = entry.facets.get(facet) ?? new Map<string, number>();
      entry.facets.set(facet, counts);
      for (const value of Array.isArray(raw) ? raw : [raw])
        counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
    }
  }
}

function summarise(byType: Tally): string {
  const lines: string[] = [];
  for (const [type, entry] of byType) {
    lines.push(
      `${type}: ${entry.documents} documents, ${Math.round(entry.words / entry.documents)} words per body on average`,
    );
    for (const [facet, counts] of entry.facets) {
      const top = [...counts].sort((a, b) => b[1] - a[1]);
      const shown = top
        .slice(0, 5)
        .map(([value, count]) => `${value} ${((100 * count) / entry.documents).toFixed(1)}%`)
        .join(', ');
      lines.push(`  ${facet} (${counts.size} values): ${shown}${top.length > 5 ? ', ...' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

function caseStudyShape(row: CaseStudyRow): ShapeRecord {
  return {
    id: row.id,
    type: 'case_study',
    title: row.title,
    summary: row.summary,
    body: [row.challenge, row.what_was_done, row.impact, row.lessons_learned, row.body].join(
      '\n\n',
    ),
    visibility: row.status === 'PUBLISHED' ? 'public' : 'council',
    councilCodes: [row.lead_council_code, ...row.co_author_council_codes],
    groupIds: [],
    councilCode: row.lead_council_code,
    serviceAreas: row.service_areas,
    technologies: row.technologies,
    status: row.status,
    stage: row.stage,
  };
}

function componentShape(row: ComponentRow): ShapeRecord {
  return {
    id: row.id,
    type: 'component',
    body: [row.description, ...row.features].join('\n'),
    visibility: row.status === 'PUBLISHED' ? 'public' : 'council',
    status: row.status,
    councilCode: row.maintaining_council_codes[0],
    category: label(COMPONENT_KINDS)(row.kind),
    licence: row.licence,
    maturity: label(COMPONENT_MATURITIES)(row.maturity),
    serviceAreas: row.service_areas.map(label(SERVICE_AREAS)),
    technologies: row.technologies.map(label(TECHNOLOGIES)),
  };
}

function experienceShape(row: SupplierExperienceRow, names: Map<string, string>): ShapeRecord {
  return {
    id: row.id,
    type: 'supplier_experience',
    body: [row.what_worked, row.what_did_not_work, row.advice].join('\n\n'),
    visibility: 'officers',
    councilCode: row.attribution === 'NAMED' ? row.council_code : '(anonymised)',
    category: findCpv(row.cpv_code)?.label ?? row.cpv_code,
    supplier: names.get(row.supplier_id),
    routeToMarket: label(ROUTES_TO_MARKET)(row.route_to_market),
    ratingBand: ratingBand(
      overallRating([
        row.rating_delivery,
        row.rating_value_for_money,
        row.rating_support,
        row.rating_interoperability,
        row.rating_exit_and_data_portability,
      ])!,
    ),
  };
}

function groupShape(row: ProcurementGroupRow): ShapeRecord {
  return {
    id: row.id,
    type: 'procurement_group',
    body: row.need,
    visibility: row.visibility === 'OPEN' ? 'officers' : 'group',
    councilCode: row.lead_council_code,
    category: findCpv(row.cpv_code)?.label ?? row.cpv_code,
    stage: label(GROUP_STAGES)(row.stage),
    membersCount: row.members.filter((member) =>
      ['INTERESTED', 'COMMITTED'].includes(member.status),
    ).length,
  };
}

export function describeCorpus(): CorpusShape {
  const byType: Tally = new Map();
  return {
    add: (batch) => tally(byType, batch),
    addCaseStudies: (batch) => tally(byType, batch.map(caseStudyShape)),
    addComponents: (batch) => tally(byType, batch.map(componentShape)),
    addSupplierExperiences(batch, suppliers) {
      const names = new Map(suppliers.map((supplier) => [supplier.id, supplier.name]));
      tally(
        byType,
        batch.map((row) => experienceShape(row, names)),
      );
    },
    addProcurementGroups: (batch) => tally(byType, batch.map(groupShape)),
    summary: () => summarise(byType),
  };
}
