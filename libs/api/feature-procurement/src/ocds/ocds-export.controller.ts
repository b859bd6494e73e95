import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Controller, Get, HttpStatus, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

import { OcdsExportService } from './ocds-export.service';

/** A group's OCDS release package, as a file. */
@Controller()
export class OcdsExportController {
  constructor(private readonly ocds: OcdsExportService) {}

  @Access.officer()
  @Get('procurement-exports/:id/ocds.json')
  async exportOcds(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { group, releasePackage } = await this.ocds.releasePackage(actor, id);
    response.setHeader('Content-Type', 'application/json; charset=utf-8');
    response.setHeader(
      'Content-Disposition',
      `attachment; filename="procurement-group-${group.id}-ocds.json"`,
    );
    response.setHeader('Cache-Control', 'private, no-store');
    response.status(HttpStatus.OK).send(JSON.stringify(releasePackage, null, 2));
  }
}
