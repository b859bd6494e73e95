import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { readFileUpload, sendStoredFile } from '@lgx/api/core/graphql';
import { Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { documentUrl } from './procurement-group.view';
import {
  MAX_DOCUMENT_BYTES,
  ProcurementGroupWorkspaceService,
} from './procurement-group-workspace.service';

/**
 * Shared documents, as files: raw body upload with the name in X-Filename (a
 * header a cross-site form cannot send), and download.
 */
@Controller()
export class ProcurementGroupController {
  constructor(private readonly workspace: ProcurementGroupWorkspaceService) {}

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
      url: documentUrl(saved),
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
}
