import { APP_CONFIG, type AppConfig } from '@lgx/api/core/config';
import { Controller, Get, Inject, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { SsoError } from './sso.errors';
import { SsoService } from './sso.service';

/** The browser's side of single sign-on: redirects to the council's provider and back. */
@Controller('auth/sso')
export class SsoController {
  constructor(
    private readonly sso: SsoService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get('start')
  async start(@Query('email') email: string | undefined, @Res() response: Response): Promise<void> {
    try {
      response.redirect(303, await this.sso.start(String(email ?? '')));
    } catch (error) {
      this.fail(error, response);
    }
  }

  @Get('callback')
  async callback(@Req() request: Request, @Res() response: Response): Promise<void> {
    try {
      await this.sso.complete(new URL(request.originalUrl, this.config.publicUrl), response);
      response.redirect(303, '/');
    } catch (error) {
      this.fail(error, response);
    }
  }

  private fail(error: unknown, response: Response): void {
    const reason = error instanceof SsoError ? error.reason : 'failed';
    response.redirect(303, `/sign-in?sso=${reason}`);
  }
}
