import type { Readable } from 'node:stream';

import { AuditService } from '@lgx/api/core/audit';
import type { Actor } from '@lgx/api/core/auth';
import { detectFileType, FileStorage, safeFilename } from '@lgx/api/core/storage';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { attachmentRefused as refused, caseStudyNotFound } from './case-study.errors';
import { CaseStudyService } from './case-study.service';
import { CaseStudyAttachmentEntity } from './case-study-attachment.entity';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

/** Files attached to case studies: PDFs, Office documents and images, checked by content. */
@Injectable()
export class CaseStudyAttachmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly studies: CaseStudyService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
  ) {}

  async add(
    actor: Actor,
    caseStudyId: string,
    filename: string,
    content: Buffer,
  ): Promise<CaseStudyAttachmentEntity> {
    const study = await this.studies.get(actor, caseStudyId);
    await this.studies.authorizeEdit(actor, study);
    if (content.length === 0) throw refused('The file is empty.');
    if (content.length > MAX_ATTACHMENT_BYTES)
      throw refused('The file must be smaller than 10 MB.');
    const type = detectFileType(content, filename);
    if (!type)
      throw refused(
        'The file must be a PDF, a Word, Excel or PowerPoint document, or a PNG, JPEG, GIF or WebP image.',
      );
    const repository = this.dataSource.getRepository(CaseStudyAttachmentEntity);
    if ((await repository.countBy({ caseStudyId })) >= MAX_ATTACHMENTS)
      throw refused(`A case study can have at most ${MAX_ATTACHMENTS} attachments.`);
    const attachment = repository.create({
      caseStudyId,
      filename: safeFilename(filename, type.extension),
      contentType: type.mime,
      size: content.length,
      uploadedBy: actor.userId ?? null,
    });
    attachment.storageKey = `case-studies/${caseStudyId}/${crypto.randomUUID()}`;
    const saved = await this.storage.putThenRecord(attachment.storageKey, content, () =>
      repository.save(attachment),
    );
    await this.audit.record({
      action: 'case-study.attachment.add',
      outcome: 'success',
      target: { type: 'case_study', id: caseStudyId },
      details: { contentType: type.mime, size: content.length },
    });
    return saved;
  }

  async list(actor: Actor, caseStudyId: string): Promise<CaseStudyAttachmentEntity[]> {
    await this.studies.get(actor, caseStudyId);
    return this.dataSource
      .getRepository(CaseStudyAttachmentEntity)
      .find({ where: { caseStudyId }, order: { createdAt: 'ASC' } });
  }

  /** The file, for a reader who may read its case study. */
  async open(
    actor: Actor,
    id: string,
  ): Promise<{ attachment: CaseStudyAttachmentEntity; stream: Readable }> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw caseStudyNotFound();
    const attachment = await this.dataSource
      .getRepository(CaseStudyAttachmentEntity)
      .findOneBy({ id });
    if (!attachment) throw caseStudyNotFound();
    await this.studies.get(actor, attachment.caseStudyId);
    const stream = await this.storage.open(attachment.storageKey);
    if (!stream) throw caseStudyNotFound();
    return { attachment, stream };
  }

  async remove(actor: Actor, id: string): Promise<void> {
    const { attachment, stream } = await this.open(actor, id);
    stream.destroy();
    const study = await this.studies.get(actor, attachment.caseStudyId);
    await this.studies.authorizeEdit(actor, study);
    await this.dataSource.getRepository(CaseStudyAttachmentEntity).delete({ id });
    await this.storage.remove(attachment.storageKey);
  }
}
