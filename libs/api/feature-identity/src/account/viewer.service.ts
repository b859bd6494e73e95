import type { Actor } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { MfaService } from '../mfa/mfa.service';
import { AccountEntity } from './account.entity';
import type { Account, Viewer } from './account.object';
import { toAccount } from './account.view';

/** The signed-in person's view of themselves. */
@Injectable()
export class ViewerService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly councils: CouncilDirectory,
    private readonly mfa: MfaService,
  ) {}

  async viewer(actor: Actor): Promise<Viewer> {
    if (!actor.userId) {
      return {
        account: null,
        council: null,
        councilRole: null,
        platformRoles: [],
        mfaChallengePending: false,
        mfaEnrolmentRequired: false,
      };
    }
    return {
      account: await this.account(actor.userId),
      council: actor.council ? await this.councils.findByCode(actor.council.code) : null,
      councilRole: actor.council?.role ?? null,
      platformRoles: actor.platformRoles,
      mfaChallengePending: actor.mfaChallengePending,
      mfaEnrolmentRequired: actor.mfaEnrolmentRequired,
    };
  }

  async account(id: string): Promise<Account> {
    const entity = await this.dataSource.getRepository(AccountEntity).findOneByOrFail({ id });
    return toAccount(
      entity,
      entity.mfaEnabledAt ? await this.mfa.remainingRecoveryCodes(entity.id) : 0,
    );
  }
}
