import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import {
  type ConnectionShape,
  decodeCursor,
  encodeCursor,
  pageSize,
  toConnection,
} from '@lgx/api/core/graphql';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, LessThan } from 'typeorm';

import { AmbitionCellEntity } from './ambition-cell.entity';
import { AmbitionEvidenceFinder } from './ambition-evidence';
import { AmbitionMapEntity } from './ambition-map.entity';
import { councilNotFound } from './ambition-map.errors';
import type { AmbitionEvidence, AmbitionMap, AmbitionMapVersion } from './ambition-map.object';
import { evidenceKey, toAmbitionMap, toAmbitionMapVersion } from './ambition-map.view';
import { AmbitionMapVersionEntity } from './ambition-map-version.entity';
import { AmbitionObjectiveEntity } from './ambition-objective.entity';

/**
 * Reading a council's map: its officers always, everyone else only once it
 * is published. A private map and no map at all read the same (null), so
 * nothing says whether a council has one.
 */
@Injectable()
export class AmbitionMapListService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly councils: CouncilDirectory,
    private readonly evidence: AmbitionEvidenceFinder,
  ) {}

  async one(reader: Actor, code: string): Promise<AmbitionMap | null> {
    const council = await this.councils.findByCode(code);
    if (!council) return null;
    const councilCode = council.code;
    const map = await this.dataSource.getRepository(AmbitionMapEntity).findOneBy({ councilCode });
    const member = this.policy.can(reader, { action: 'ambition.read-private', councilCode });
    if (!member && !map?.published) return null;
    const objectives = await this.dataSource
      .getRepository(AmbitionObjectiveEntity)
      .findBy({ councilCode });
    const cells = await this.dataSource.getRepository(AmbitionCellEntity).findBy({ councilCode });
    const wanted = cells.flatMap((cell) => {
      const key = evidenceKey(cell);
      if (!key) return [];
      const [kind, id] = key.split(':') as [string, string];
      return [{ kind, id }];
    });
    return toAmbitionMap({
      council: { code: councilCode, name: council.name },
      map,
      objectives,
      cells,
      evidence: await this.evidence.valid(councilCode, wanted),
      canEdit: this.policy.can(reader, { action: 'ambition.edit', councilCode }),
      canPublish: this.policy.can(reader, { action: 'ambition.publish', councilCode }),
    });
  }

  /** What an editor may choose as evidence: the council's own published case studies and adoptions. */
  async evidenceOptions(reader: Actor, code: string): Promise<AmbitionEvidence[]> {
    const council = await this.councils.findByCode(code);
    if (!council) throw councilNotFound(code);
    await this.policy.authorize(reader, { action: 'ambition.edit', councilCode: council.code });
    return this.evidence.options(council.code);
  }

  /** The map's dated changes, newest first: for the council's officers only. */
  async history(
    reader: Actor,
    code: string,
    page: { first?: number | null; after?: string | null },
  ): Promise<ConnectionShape<AmbitionMapVersion>> {
    const council = await this.councils.findByCode(code);
    if (!council) throw councilNotFound(code);
    const councilCode = council.code;
    await this.policy.authorize(reader, { action: 'ambition.read-private', councilCode });
    const size = pageSize(page.first);
    const before = page.after ? decodeCursor(page.after, ['number'] as const)[0] : undefined;
    const versions = this.dataSource.getRepository(AmbitionMapVersionEntity);
    // Two more than a page: one tells there is a next page, one is the last shown's previous.
    const rows = await versions.find({
      where: { councilCode, ...(before !== undefined ? { version: LessThan(before) } : {}) },
      order: { version: 'DESC' },
      take: size + 2,
    });
    const totalCount = await versions.countBy({ councilCode });
    const views = rows
      .slice(0, size + 1)
      .map((row, index) => toAmbitionMapVersion(row, rows[index + 1] ?? null));
    return toConnection(views, size, totalCount, (view) => encodeCursor([view.version]));
  }
}
