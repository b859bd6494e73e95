import { currentRequest } from '@lgx/api/core/audit';
import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Inject, Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Response } from 'express';

import { describeActor } from '../actor';
import type { ActorRequest } from '../request-actor';
import { ActorReader } from './actor-reader';
import { readCookie } from './cookies';
import { SESSION_COOKIE, sessionCookieOptions } from './session-cookie';

/** Reads the session cookie and puts the Actor on the request for guards, services and the audit log. */
@Injectable()
export class SessionMiddleware implements NestMiddleware {
  constructor(
    private readonly actors: ActorReader,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async use(request: ActorRequest, response: Response, next: NextFunction): Promise<void> {
    try {
      const reading = await this.actors.read(readCookie(request.headers.cookie, SESSION_COOKIE));
      if (reading.kind === 'signed-in') {
        const { actor } = reading;
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
      } else if (reading.kind === 'ended') {
        response.clearCookie(SESSION_COOKIE, sessionCookieOptions(this.config.environment));
      }
      next();
    } catch (error) {
      next(error);
    }
  }
}
