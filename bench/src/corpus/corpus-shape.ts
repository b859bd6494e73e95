import type { SearchDocument } from '@lgx/api/core/search';

import type { CaseStudyRow } from './case-study';

/** Counts that show a corpus is shaped as intended: sizes, visibility and the top facet values. */
export interface CorpusShape {
  add(batch: SearchDocument[]): void;
  addCaseStudies(batch: CaseStudyRow[]): void;
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
  'councilCode',
];

export function describeCorpus(): CorpusShape {
  const byType = new Map<
    string,
    { documents: number; words: number; facets: Map<string, Map<string, number>> }
  >();
  return {
    add(batch) {
      for (const doc of batch) {
        const entry = byType.get(doc.type) ?? { documents: 0, words: 0, facets: new Map() };
        byType.set(doc.type, entry);
        entry.documents++;
        entry.words += (doc.body ?? '').split(/\s+/).length;
        for (const facet of FACETS) {
          const raw = doc[facet];
          if (raw === undefined) continue;
          const counts = entry.facets.get(facet) ?? new Map<string, number>();
          entry.facets.set(facet, counts);
          for (const value of Array.isArray(raw) ? raw : [raw])
            counts.set(String(value), (counts.get(String(value)) ?? 0) + 1);
        }
      }
    },
    addCaseStudies(batch) {
      this.add(
        batch.map((row) => ({
          id: row.id,
          type: 'case_study',
          title: row.title,
          summary: row.summary,
          body: [row.challenge, row.what_was_done, row.impact, row.lessons_learned, row.body].join(
            '\n\n',
          ),
          url: '',
          visibility: row.status === 'PUBLISHED' ? 'public' : 'council',
          councilCodes: [row.lead_council_code, ...row.co_author_council_codes],
          groupIds: [],
          councilCode: row.lead_council_code,
          serviceAreas: row.service_areas,
          technologies: row.technologies,
          status: row.status,
          stage: row.stage,
        })),
      );
    },
    summary() {
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
          lines.push(
            `  ${facet} (${counts.size} values): ${shown}${top.length > 5 ? ', ...' : ''}`,
          );
        }
      }
      return lines.join('\n') + '\n';
    },
  };
}
