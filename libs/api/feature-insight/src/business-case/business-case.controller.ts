import { Access, type Actor, CurrentActor } from '@lgx/api/core/auth';
import { Controller, Get, HttpStatus, Query, Res } from '@nestjs/common';
import type { Response } from 'express';

import { businessCaseDocument } from './business-case.document';
import { businessCaseDocx } from './business-case.docx';
import { businessCaseMarkdown } from './business-case.markdown';
import type { BusinessCaseAsked } from './business-case.rules';
import { BusinessCaseService } from './business-case.service';
import { businessCaseView } from './business-case.view';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The business case as a file to edit: Word or Markdown, laid out as the Five Case Model. */
@Controller('business-case')
export class BusinessCaseController {
  constructor(private readonly businessCases: BusinessCaseService) {}

  @Access.officer()
  @Get('document.docx')
  async docx(
    @CurrentActor() actor: Actor,
    @Query() asked: BusinessCaseAsked,
    @Res() response: Response,
  ): Promise<void> {
    const { view, blocks } = await this.document(actor, asked);
    send(response, `${view.documentName}.docx`, DOCX, await businessCaseDocx(blocks, view.title));
  }

  @Access.officer()
  @Get('document.md')
  async markdown(
    @CurrentActor() actor: Actor,
    @Query() asked: BusinessCaseAsked,
    @Res() response: Response,
  ): Promise<void> {
    const { view, blocks } = await this.document(actor, asked);
    send(
      response,
      `${view.documentName}.md`,
      'text/markdown; charset=utf-8',
      businessCaseMarkdown(blocks),
    );
  }

  private async document(actor: Actor, asked: BusinessCaseAsked) {
    const model = await this.businessCases.businessCase(actor, {
      caseStudy: asked.caseStudy,
      objective: asked.objective,
      technology: asked.technology,
      measuredOnly: asked.measuredOnly,
    });
    const view = businessCaseView(model);
    return { view, blocks: businessCaseDocument(view, model) };
  }
}

function send(response: Response, filename: string, contentType: string, body: Buffer | string) {
  response.setHeader('Content-Type', contentType);
  response.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  response.setHeader('Cache-Control', 'private, no-store');
  response.status(HttpStatus.OK).send(body);
}
