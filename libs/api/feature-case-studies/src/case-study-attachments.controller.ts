import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';

import {
  CaseStudyAttachmentsService,
  MAX_ATTACHMENT_BYTES,
} from './case-study-attachments.service';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  MFA_REQUIRED: HttpStatus.FORBIDDEN,
  MFA_ENROLMENT_REQUIRED: HttpStatus.FORBIDDEN,
  PAYLOAD_TOO_LARGE: HttpStatus.PAYLOAD_TOO_LARGE,
};

/** Reads a request body up to a limit, without trusting Content-Length. */
function readBody(request: Request, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume();
        resolve('too-large');
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? 'too-large' : Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/**
 * Upload (raw body, with the name in X-Filename: a header a cross-site form
 * cannot send) and download of case study attachments.
 */
@Controller()
export class CaseStudyAttachmentsController {
  constructor(private readonly attachments: CaseStudyAttachmentsService) {}

  @Access.councilRole('EDITOR')
  @Post('case-studies/:id/attachments')
  async upload(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const filename = request.header('x-filename');
    if (!filename)
      return this.fail(response, 'BAD_USER_INPUT', 'Send the file name in the X-Filename header.');
    const body = await readBody(request, MAX_ATTACHMENT_BYTES);
    if (body === 'too-large')
      return this.fail(response, 'PAYLOAD_TOO_LARGE', 'The file must be smaller than 10 MB.');
    try {
      const saved = await this.attachments.add(actor, id, decodeURIComponent(filename), body);
      response.status(HttpStatus.CREATED).json({
        id: saved.id,
        filename: saved.filename,
        contentType: saved.contentType,
        size: saved.size,
        url: `/attachments/${saved.id}/${saved.filename}`,
      });
    } catch (error) {
      this.failWith(response, error);
    }
  }

  @Access.public()
  @Get('attachments/:id/:filename')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const { attachment, stream } = await this.attachments.open(actor, id);
      const inline = attachment.contentType.startsWith('image/');
      response.setHeader('Content-Type', attachment.contentType);
      response.setHeader('Content-Length', String(attachment.size));
      response.setHeader(
        'Content-Disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${attachment.filename}"`,
      );
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Cache-Control', 'private, max-age=300');
      stream.pipe(response);
    } catch (error) {
      this.failWith(response, error);
    }
  }

  private failWith(response: Response, error: unknown): void {
    const code = (error as GraphQLError).extensions?.['code'];
    if (typeof code === 'string' && STATUS[code])
      return this.fail(response, code, (error as Error).message);
    throw error;
  }

  private fail(response: Response, code: string, message: string): void {
    response.status(STATUS[code] ?? 400).json({ errors: [{ message, extensions: { code } }] });
  }
}
