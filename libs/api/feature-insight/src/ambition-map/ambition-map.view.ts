import {
  labelOf,
  STRATEGIC_OBJECTIVES,
  type StrategicObjective,
  TECHNOLOGIES,
  type Technology,
} from '@lgx/shared/domain';

import type { AmbitionCellEntity } from './ambition-cell.entity';
import { describeAmbitionChanges } from './ambition-change';
import type { AmbitionMapEntity } from './ambition-map.entity';
import type {
  AmbitionCell,
  AmbitionEvidence,
  AmbitionMap,
  AmbitionMapVersion,
} from './ambition-map.object';
import type { AmbitionMapVersionEntity, AmbitionSnapshot } from './ambition-map-version.entity';
import type { AmbitionObjectiveEntity } from './ambition-objective.entity';

/** The "kind:id" key of a cell's evidence, as AmbitionEvidenceFinder.valid keys them. */
export function evidenceKey(cell: AmbitionCellEntity): string | null {
  if (cell.evidenceCaseStudyId) return `CASE_STUDY:${cell.evidenceCaseStudyId}`;
  if (cell.evidenceAdoptionId) return `ADOPTION:${cell.evidenceAdoptionId}`;
  return null;
}

export interface AmbitionMapParts {
  council: { code: string; name: string };
  map: AmbitionMapEntity | null;
  objectives: AmbitionObjectiveEntity[];
  cells: AmbitionCellEntity[];
  /** Evidence still published, by evidenceKey. */
  evidence: Map<string, AmbitionEvidence>;
  canEdit: boolean;
  canPublish: boolean;
}

/** Every objective in taxonomy order, each with its answered cells in taxonomy order. */
export function toAmbitionMap(parts: AmbitionMapParts): AmbitionMap {
  const technologies = Object.keys(TECHNOLOGIES);
  const toCell = (cell: AmbitionCellEntity): AmbitionCell => {
    const key = evidenceKey(cell);
    return {
      technology: cell.technology as Technology,
      technologyLabel: labelOf(TECHNOLOGIES, cell.technology) ?? cell.technology,
      potential: cell.potential,
      plan: cell.plan,
      barriers: cell.barriers,
      readiness: cell.readiness,
      evidence: (key && parts.evidence.get(key)) || null,
    };
  };
  return {
    councilCode: parts.council.code,
    councilName: parts.council.name,
    published: parts.map?.published ?? false,
    publishedAt: parts.map?.publishedAt ?? null,
    version: parts.map?.version ?? 0,
    updatedAt: parts.map && parts.map.version > 0 ? parts.map.updatedAt : null,
    canEdit: parts.canEdit,
    canPublish: parts.canPublish,
    objectives: (Object.keys(STRATEGIC_OBJECTIVES) as StrategicObjective[]).map((objective) => ({
      objective,
      label: STRATEGIC_OBJECTIVES[objective],
      importance: parts.objectives.find((o) => o.objective === objective)?.importance ?? null,
      cells: parts.cells
        .filter((cell) => cell.objective === objective)
        .sort((a, b) => technologies.indexOf(a.technology) - technologies.indexOf(b.technology))
        .map(toCell),
    })),
  };
}

/** The map's answers as kept in a snapshot. */
export function toSnapshot(
  objectives: AmbitionObjectiveEntity[],
  cells: AmbitionCellEntity[],
): AmbitionSnapshot {
  return {
    objectives: objectives.map(({ objective, importance }) => ({ objective, importance })),
    cells: cells.map((cell) => ({
      objective: cell.objective,
      technology: cell.technology,
      potential: cell.potential,
      plan: cell.plan,
      barriers: cell.barriers,
      readiness: cell.readiness,
      evidenceCaseStudyId: cell.evidenceCaseStudyId,
      evidenceAdoptionId: cell.evidenceAdoptionId,
    })),
  };
}

export function toAmbitionMapVersion(
  version: AmbitionMapVersionEntity,
  previous: AmbitionMapVersionEntity | null,
): AmbitionMapVersion {
  return {
    version: version.version,
    kind: version.kind,
    savedAt: version.savedAt,
    changes: describeAmbitionChanges(version.kind, previous?.snapshot ?? null, version.snapshot),
  };
}
