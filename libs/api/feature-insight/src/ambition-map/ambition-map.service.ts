import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { AmbitionCellEntity } from './ambition-cell.entity';
import { AmbitionEvidenceFinder } from './ambition-evidence';
import { AmbitionMapEntity } from './ambition-map.entity';
import { councilNotFound, invalidAmbition, nothingToPublish } from './ambition-map.errors';
import type { AmbitionObjectiveInput } from './ambition-map.input';
import {
  type AmbitionProblem,
  cellField,
  checkAmbitionObjective,
  type CheckedCell,
} from './ambition-map.rules';
import { toSnapshot } from './ambition-map.view';
import {
  type AmbitionMapChangeKind,
  AmbitionMapVersionEntity,
} from './ambition-map-version.entity';
import { AmbitionObjectiveEntity } from './ambition-objective.entity';

/**
 * Changing a council's digital ambition map: saving one objective at a time,
 * publishing and unpublishing. Every change keeps a dated snapshot of the
 * whole map; changes to one council's map are serialised by a row lock.
 */
@Injectable()
export class AmbitionMapService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly councils: CouncilDirectory,
    private readonly evidence: AmbitionEvidenceFinder,
  ) {}

  /** Saves one objective whole: its importance and its cells (cells left out are cleared). */
  async saveObjective(actor: Actor, input: AmbitionObjectiveInput): Promise<string> {
    const councilCode = await this.currentCouncil(input.councilCode);
    await this.policy.authorize(actor, { action: 'ambition.edit', councilCode });
    const checked = checkAmbitionObjective(input);
    if ('problems' in checked) throw invalidAmbition(checked.problems);
    const { objective, importance, cells } = checked.value;
    await this.dataSource.transaction(async (manager) => {
      await this.lockMap(manager, councilCode);
      await this.checkEvidence(manager, councilCode, cells);
      const objectives = manager.getRepository(AmbitionObjectiveEntity);
      if (importance === null) await objectives.delete({ councilCode, objective });
      else
        await objectives.upsert({ councilCode, objective, importance }, [
          'councilCode',
          'objective',
        ]);
      const cellRows = manager.getRepository(AmbitionCellEntity);
      await cellRows.delete({ councilCode, objective });
      if (cells.length > 0)
        await cellRows.insert(
          cells.map((cell) => ({
            councilCode,
            objective,
            technology: cell.technology,
            potential: cell.potential,
            plan: cell.plan,
            barriers: cell.barriers,
            readiness: cell.readiness,
            evidenceCaseStudyId: cell.evidence?.kind === 'CASE_STUDY' ? cell.evidence.id : null,
            evidenceAdoptionId: cell.evidence?.kind === 'ADOPTION' ? cell.evidence.id : null,
          })),
        );
      await this.keepVersion(manager, actor, councilCode, 'SAVE');
    });
    return councilCode;
  }

  /** Publishes the map (anyone may read it) or makes it private again; a change of nothing keeps no version. */
  async setPublished(actor: Actor, code: string, published: boolean): Promise<string> {
    const councilCode = await this.currentCouncil(code);
    await this.policy.authorize(actor, { action: 'ambition.publish', councilCode });
    await this.dataSource.transaction(async (manager) => {
      const map = await this.lockMap(manager, councilCode);
      if (published && map.version === 0) throw nothingToPublish();
      if (map.published === published) return;
      await manager
        .getRepository(AmbitionMapEntity)
        .update({ councilCode }, { published, publishedAt: published ? new Date() : null });
      await this.keepVersion(manager, actor, councilCode, published ? 'PUBLISH' : 'UNPUBLISH');
    });
    return councilCode;
  }

  private async currentCouncil(code: string): Promise<string> {
    const council = await this.councils.findByCode(code);
    if (!council || !council.isCurrent) throw councilNotFound(code);
    return council.code;
  }

  /** The council's map row, made if it has none, locked until the transaction ends. */
  private async lockMap(manager: EntityManager, councilCode: string): Promise<AmbitionMapEntity> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(AmbitionMapEntity)
      .values({ councilCode })
      .orIgnore()
      .execute();
    return manager.getRepository(AmbitionMapEntity).findOneOrFail({
      where: { councilCode },
      lock: { mode: 'pessimistic_write' },
    });
  }

  /** Each cell's evidence must be the council's own and published: refused by field otherwise. */
  private async checkEvidence(manager: EntityManager, councilCode: string, cells: CheckedCell[]) {
    const wanted = cells.flatMap((cell) =>
      cell.evidence ? [{ ...cell.evidence, index: cell.index }] : [],
    );
    const valid = await this.evidence.valid(councilCode, wanted, manager);
    const problems: AmbitionProblem[] = wanted
      .filter((item) => !valid.has(`${item.kind}:${item.id}`))
      .map((item) => ({
        field: cellField(item.index, 'evidence'),
        message:
          item.kind === 'CASE_STUDY'
            ? "That case study is not one of your council's published case studies: choose one of them, or publish it first"
            : "That component adoption is not one of your council's (of a published component): choose one of them",
      }));
    if (problems.length > 0) throw invalidAmbition(problems);
  }

  private async keepVersion(
    manager: EntityManager,
    actor: Actor,
    councilCode: string,
    kind: AmbitionMapChangeKind,
  ): Promise<void> {
    const objectives = await manager
      .getRepository(AmbitionObjectiveEntity)
      .find({ where: { councilCode } });
    const cells = await manager.getRepository(AmbitionCellEntity).find({ where: { councilCode } });
    const maps = manager.getRepository(AmbitionMapEntity);
    const { version } = await maps.findOneByOrFail({ councilCode });
    const next = version + 1;
    await manager.getRepository(AmbitionMapVersionEntity).insert({
      councilCode,
      version: next,
      kind,
      snapshot: toSnapshot(objectives, cells),
      savedBy: actor.userId ?? null,
    });
    await maps.update({ councilCode }, { version: next, updatedAt: new Date() });
  }
}
