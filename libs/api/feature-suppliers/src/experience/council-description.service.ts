import {
  type CouncilDescription,
  type CouncilDescriptions,
  describeCouncils,
  type RegisterCouncil,
} from '@lgx/shared/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * How anonymised experiences name their councils, worked out from the council
 * register as it is now: every description fits at least 5 current councils
 * (not ended). Worked out again whenever the register changes, so a corrected
 * region is taken up without a restart.
 */
@Injectable()
export class CouncilDescriptionService {
  private cached: { fingerprint: string; descriptions: CouncilDescriptions } | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async current(manager: EntityManager = this.dataSource.manager): Promise<CouncilDescriptions> {
    // Everything the descriptions depend on, and the day: an end date can pass.
    const [{ fingerprint }]: { fingerprint: string }[] = await manager.query(
      `SELECT coalesce(md5(string_agg(concat_ws('|', code, type_code, region, nation, end_date), ',' ORDER BY code)), '')
              || current_date AS fingerprint FROM council`,
    );
    if (this.cached?.fingerprint === fingerprint) return this.cached.descriptions;
    const rows: RegisterCouncil[] = await manager.query(
      `SELECT code, type_code AS "typeCode", region, nation FROM council
        WHERE end_date IS NULL OR end_date > current_date ORDER BY code`,
    );
    const descriptions = describeCouncils(rows);
    this.cached = { fingerprint, descriptions };
    return descriptions;
  }

  /** The description of one council (any council the register holds, current or not). */
  async of(
    council: RegisterCouncil | undefined,
    manager?: EntityManager,
  ): Promise<CouncilDescription> {
    const descriptions = await this.current(manager);
    return descriptions.of(council ?? { code: '', typeCode: '', region: null, nation: '' });
  }
}
