import { currentRequest } from '@lgx/api/core/audit';
import { Injectable, type NestMiddleware } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { NextFunction, Response } from 'express';
import type { DataSource } from 'typeorm';

import { describeActor } from '../actor';
import type { ActorRequest } from '../request-actor';
import { AccountEntity } from './account.entity';
import { buildActor } from './build-actor';
import { readCookie } from './cookies';
import { CouncilMembershipEntity } from './council-membership.entity';
import { SESSION_COOKIE, SessionsService } from './sessions.service';

/** Reads the session cookie and puts the Actor on the request for guards, services and the audit log. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly sessions: SessionsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async use(request: ActorRequest, response: Response, next: NextFunction): Promise<void> {
    try {
      const token = readCookie(request.headers.cookie, SESSION_COOKIE);
      const session = await this.sessions.resolve(token);
      if (session) {
        const account = await this.dataSource
          .getRepository(AccountEntity)
          .findOneBy({ id: session.accountId });
        if (account?.status === 'active') {
          const membership = await this.dataSource
            .getRepository(CouncilMembershipEntity)
            .findOneBy({ accountId: account.id });
          const actor = buildActor(account, session, membership);
          request.lgxActor = actor;
          request.lgxActorId = actor.userId;
          const context = currentRequest();
          if (context) {
            context.actor = {
              userId: actor.userId,
              councilCode: actor.council?.code,
              role: describeActor(actor),
            };
          }
        } else {
          await this.sessions.end(session.id, response);
        }
      } else if (token) {
        this.sessions.clearCookie(response);
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
