import { type Actor } from '@lgx/api/core/auth';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { CouncilEntity } from '@lgx/api/core/councils';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, In } from 'typeorm';

import { sampleContent } from '../procurement-group/procurement-group.errors';
import { ProcurementGroupService } from '../procurement-group/procurement-group.service';
import { buildReleasePackage, exportRefusal } from './ocds-release-package';

/** A group's OCDS release package, for officers of its member councils. */
@Injectable()
export class OcdsExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: ProcurementGroupService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async releasePackage(actor: Actor, groupId: string) {
    const group = await this.groups.get(actor, groupId);
    // Per-council values are members' business until the group publishes them itself.
    await this.groups.authorizeMember(actor, group);
    const refusal = exportRefusal(group);
    const { route, desiredStart } = group;
    if (refusal || route === null || desiredStart === null) throw sampleContent(refusal ?? '');
    const memberships = await this.groups.memberships(group.id);
    const committed = memberships.filter((m) => m.status === 'COMMITTED');
    const councils = new Map(
      (
        await this.dataSource.getRepository(CouncilEntity).findBy({
          code: In([group.leadCouncilCode, ...committed.map((m) => m.councilCode)]),
        })
      ).map((council) => [council.code, council]),
    );
    const changedAt = new Date(
      Math.max(group.updatedAt.getTime(), ...memberships.map((m) => m.updatedAt.getTime())),
    );
    return {
      group,
      releasePackage: buildReleasePackage({
        group: { ...group, route, desiredStart },
        lead: councils.get(group.leadCouncilCode)!,
        commitments: committed.map((m) => ({ ...m, council: councils.get(m.councilCode)! })),
        changedAt,
        publicUrl: this.config.publicUrl,
      }),
    };
  }
}
