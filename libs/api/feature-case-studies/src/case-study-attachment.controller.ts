import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { readFileUpload, sendStoredFile } from '@lgx/api/core/graphql';
import { Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';

import { CaseStudyAttachmentService, MAX_ATTACHMENT_BYTES } from './case-study-attachment.service';

/**
 * Upload (raw body, with the name in X-Filename: a header a cross-site form
 * cannot send) and download of case study attachments.
 */
@Controller()
export class CaseStudyAttachmentController {
  constructor(private readonly attachments: CaseStudyAttachmentService) {}

  @Access.councilRole('EDITOR')
  @Post('case-studies/:id/attachments')
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const { filename, content } = await readFileUpload(request, MAX_ATTACHMENT_BYTES, '10 MB');
    const saved = await this.attachments.add(actor, id, filename, content);
    response.status(HttpStatus.CREATED).json({
      id: saved.id,
      filename: saved.filename,
      contentType: saved.contentType,
      size: saved.size,
      url: `/attachments/${saved.id}/${saved.filename}`,
    });
  }

  @Access.public()
  @Get('attachments/:id/:filename')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    const { attachment, stream } = await this.attachments.open(actor, id);
    sendStoredFile(response, attachment, stream, 'private, max-age=300');
  }
}
