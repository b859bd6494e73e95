import type { Readable } from 'node:stream';

import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { ERROR_CODES, UserFacingError } from '@lgx/api/core/graphql';
import { detectFileType, FileStorage, safeFilename } from '@lgx/api/core/storage';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import type { ProcurementGroupEntity } from './procurement-group.entity';
import { fieldProblem, groupNotFound, sampleContent } from './procurement-group.errors';
import { GROUP_LIMITS } from './procurement-group.rules';
import { ProcurementGroupService } from './procurement-group.service';
import { ProcurementGroupDocumentEntity } from './procurement-group-document.entity';
import { ProcurementGroupMessageEntity } from './procurement-group-message.entity';

export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
export const MAX_DOCUMENTS = 50;

const refused = (message: string) =>
  new UserFacingError(ERROR_CODES.BAD_USER_INPUT, message, { field: 'file' });

/** A group's discussion and shared documents, for its member councils only. */
@Injectable()
export class ProcurementGroupWorkspaceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly groups: ProcurementGroupService,
    private readonly storage: FileStorage,
    private readonly audit: AuditService,
    private readonly policy: PolicyService,
  ) {}

  async messages(actor: Actor, groupId: string): Promise<ProcurementGroupMessageEntity[]> {
    await this.memberOnly(actor, groupId);
    return this.dataSource
      .getRepository(ProcurementGroupMessageEntity)
      .find({ where: { groupId }, order: { createdAt: 'ASC' }, take: 500 });
  }

  async post(
    actor: Actor,
    groupId: string,
    rawBody: string,
  ): Promise<ProcurementGroupMessageEntity> {
    await this.memberOnly(actor, groupId, true);
    const body = rawBody.trim();
    if (!body) throw fieldProblem('body', 'Enter a message');
    if (body.length > GROUP_LIMITS.message)
      throw fieldProblem('body', `The message must be ${GROUP_LIMITS.message} characters or fewer`);
    return this.dataSource.getRepository(ProcurementGroupMessageEntity).save({
      groupId,
      councilCode: actor.council!.code,
      authorId: actor.userId ?? null,
      authorName: await this.groups.nameOf(actor),
      body,
    });
  }

  async documents(actor: Actor, groupId: string): Promise<ProcurementGroupDocumentEntity[]> {
    await this.memberOnly(actor, groupId);
    return this.dataSource
      .getRepository(ProcurementGroupDocumentEntity)
      .find({ where: { groupId }, order: { createdAt: 'ASC' } });
  }

  /** Any officer of a member council may share a file; its type is recognised from its content. */
  async addDocument(
    actor: Actor,
    groupId: string,
    filename: string,
    content: Buffer,
  ): Promise<ProcurementGroupDocumentEntity> {
    await this.memberOnly(actor, groupId, true);
    if (content.length === 0) throw refused('The file is empty.');
    if (content.length > MAX_DOCUMENT_BYTES) throw refused('The file must be smaller than 10 MB.');
    const type = detectFileType(content, filename);
    if (!type)
      throw refused(
        'The file must be a PDF, a Word, Excel or PowerPoint document, or a PNG, JPEG, GIF or WebP image.',
      );
    const repository = this.dataSource.getRepository(ProcurementGroupDocumentEntity);
    if ((await repository.countBy({ groupId })) >= MAX_DOCUMENTS)
      throw refused(`A group can share at most ${MAX_DOCUMENTS} documents.`);
    const document = repository.create({
      groupId,
      filename: safeFilename(filename, type.extension),
      contentType: type.mime,
      size: content.length,
      councilCode: actor.council!.code,
      uploadedBy: actor.userId ?? null,
      storageKey: `procurement-groups/${groupId}/${crypto.randomUUID()}`,
    });
    const saved = await this.storage.putThenRecord(document.storageKey, content, () =>
      this.dataSource.transaction(async (manager) => {
        const row = await manager.getRepository(ProcurementGroupDocumentEntity).save(document);
        await this.groups.recordChange(manager, groupId, 'document', row.id);
        return row;
      }),
    );
    await this.audit.record({
      action: 'procurement-group.document.add',
      outcome: 'success',
      target: { type: 'procurement_group', id: groupId },
      details: { contentType: type.mime, size: content.length },
    });
    return saved;
  }

  /** The file, for an officer of a member council. */
  async open(
    actor: Actor,
    id: string,
  ): Promise<{ document: ProcurementGroupDocumentEntity; stream: Readable }> {
    const document = await this.find(id);
    await this.memberOnly(actor, document.groupId);
    const stream = await this.storage.open(document.storageKey);
    if (!stream) throw groupNotFound();
    return { document, stream };
  }

  /** The council that shared a file (an editor) or the lead's editors may remove it. */
  async removeDocument(actor: Actor, id: string): Promise<void> {
    const document = await this.find(id);
    const group = await this.memberOnly(actor, document.groupId);
    await this.policy.authorize(actor, this.removal(document, group));
    await this.dataSource.getRepository(ProcurementGroupDocumentEntity).delete({ id });
    await this.storage.remove(document.storageKey);
    await this.audit.record({
      action: 'procurement-group.document.remove',
      outcome: 'success',
      target: { type: 'procurement_group', id: group.id },
      details: { documentId: id, sharedBy: document.councilCode },
    });
  }

  /** Whether the actor may remove the document, for showing the button. */
  canRemove(
    actor: Actor,
    document: ProcurementGroupDocumentEntity,
    group: ProcurementGroupEntity,
  ): boolean {
    return this.policy.can(actor, this.removal(document, group));
  }

  private removal(document: ProcurementGroupDocumentEntity, group: ProcurementGroupEntity) {
    return {
      action: 'procurement-group.document.remove',
      sharedByCouncilCode: document.councilCode,
      leadCouncilCode: group.leadCouncilCode,
    } as const;
  }

  private async find(id: string): Promise<ProcurementGroupDocumentEntity> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) throw groupNotFound();
    const document = await this.dataSource
      .getRepository(ProcurementGroupDocumentEntity)
      .findOneBy({ id });
    if (!document) throw groupNotFound();
    return document;
  }

  private async memberOnly(actor: Actor, groupId: string, adding = false) {
    const group = await this.groups.get(actor, groupId);
    await this.groups.authorizeMember(actor, group);
    if (adding && group.isSample)
      throw sampleContent(
        'This group is sample content, written for LGX from a public source: it has no discussion or documents on LGX.',
      );
    return group;
  }
}
