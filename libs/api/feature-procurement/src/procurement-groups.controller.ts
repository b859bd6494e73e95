import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { readFileUpload, sendStoredFile } from '@lgx/api/core/graphql';
import { Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { GroupWorkspaceService, MAX_DOCUMENT_BYTES } from './group-workspace.service';
import { OcdsExportService } from './ocds/ocds-export.service';

/**
 * Shared documents (raw body upload with the name in X-Filename, a header a
 * cross-site form cannot send; download) and the OCDS export, as files.
 */
@Controller()
export class ProcurementGroupsController {
  constructor(
    private readonly workspace: GroupWorkspaceService,
    private readonly ocds: OcdsExportService,
  ) {}

  @Access.officer()
  @Post('procurement-groups/:id/documents')
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { filename, content } = await readFileUpload(request, MAX_DOCUMENT_BYTES, '10 MB');
    const saved = await this.workspace.addDocument(actor, id, filename, content);
    response.status(HttpStatus.CREATED).json({
      id: saved.id,
      filename: saved.filename,
      contentType: saved.contentType,
      size: saved.size,
      url: `/procurement-documents/${saved.id}/${saved.filename}`,
    });
  }

  @Access.officer()
  @Get('procurement-documents/:id/:filename')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { document, stream } = await this.workspace.open(actor, id);
    sendStoredFile(response, document, stream, 'private, no-store');
  }

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
