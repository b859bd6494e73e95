import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Controller, Get, HttpStatus, Param, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { GraphQLError } from 'graphql';

import { GroupWorkspaceService, MAX_DOCUMENT_BYTES } from './group-workspace.service';
import { OcdsExportService } from './ocds/ocds-export.service';

const STATUS: Record<string, number> = {
  BAD_USER_INPUT: HttpStatus.BAD_REQUEST,
  NOT_FOUND: HttpStatus.NOT_FOUND,
  UNAUTHENTICATED: HttpStatus.UNAUTHORIZED,
  FORBIDDEN: HttpStatus.FORBIDDEN,
  NOT_A_MEMBER: HttpStatus.FORBIDDEN,
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
    const filename = request.header('x-filename');
    if (!filename)
      return this.fail(response, 'BAD_USER_INPUT', 'Send the file name in the X-Filename header.');
    const body = await readBody(request, MAX_DOCUMENT_BYTES);
    if (body === 'too-large')
      return this.fail(response, 'PAYLOAD_TOO_LARGE', 'The file must be smaller than 10 MB.');
    try {
      const saved = await this.workspace.addDocument(actor, id, decodeURIComponent(filename), body);
      response.status(HttpStatus.CREATED).json({
        id: saved.id,
        filename: saved.filename,
        contentType: saved.contentType,
        size: saved.size,
        url: `/procurement-documents/${saved.id}/${saved.filename}`,
      });
    } catch (error) {
      this.failWith(response, error);
    }
  }

  @Access.officer()
  @Get('procurement-documents/:id/:filename')
  async download(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const { document, stream } = await this.workspace.open(actor, id);
      const inline = document.contentType.startsWith('image/');
      response.setHeader('Content-Type', document.contentType);
      response.setHeader('Content-Length', String(document.size));
      response.setHeader(
        'Content-Disposition',
        `${inline ? 'inline' : 'attachment'}; filename="${document.filename}"`,
      );
      response.setHeader('X-Content-Type-Options', 'nosniff');
      response.setHeader('Cache-Control', 'private, no-store');
      stream.pipe(response);
    } catch (error) {
      this.failWith(response, error);
    }
  }

  @Access.officer()
  @Get('procurement-exports/:id/ocds.json')
  async exportOcds(
    @CurrentActor() actor: Actor,
    @Param('id') id: string,
    @Res() response: Response,
  ): Promise<void> {
    try {
      const { group, releasePackage } = await this.ocds.releasePackage(actor, id);
      response.setHeader('Content-Type', 'application/json; charset=utf-8');
      response.setHeader(
        'Content-Disposition',
        `attachment; filename="procurement-group-${group.id}-ocds.json"`,
      );
      response.setHeader('Cache-Control', 'private, no-store');
      response.status(HttpStatus.OK).send(JSON.stringify(releasePackage, null, 2));
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
