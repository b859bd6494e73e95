import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { LgxEvents } from '@lgx/api/core/contracts';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { CoMaintainerInvitationService } from './co-maintainer-invitation.service';
import { ComponentEntity } from './component.entity';
import {
  alreadyPublished,
  badComponentTransition,
  componentNotFound,
  invalidComponent,
} from './component.errors';
import { checkComponent, type ComponentFields, repositoryKey } from './component.rules';
import { maintainerNames, repositoryClaims } from './component-repository-claim';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Every council named is emailed and asked, so one save asks a handful, not the register. */
const MAX_CO_MAINTAINERS = 20;

/** Components: writing, reading and publishing (importing is ComponentImportService). */
@Injectable()
export class ComponentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly invitations: CoMaintainerInvitationService,
    private readonly events: LgxEvents,
  ) {}

  /** A draft maintained by the actor's council; other councils named are invited to maintain it. */
  async create(actor: Actor, input: ComponentFields): Promise<ComponentEntity> {
    const own = await this.authorizeCreate(actor);
    const { maintainingCouncilCodes: named, ...values } = await this.checked(input, own);
    const key = repositoryKey(values.url);
    if (key) await this.refuseDuplicate(actor, key);
    const { component, invited } = await this.dataSource.transaction(async (manager) => {
      const component = await manager.getRepository(ComponentEntity).save({
        ...values,
        maintainingCouncilCodes: [own],
        repositoryKey: key,
        status: 'DRAFT' as const,
        maintainedAt: new Date(),
        createdBy: actor.userId ?? null,
      });
      const invited = await this.invitations.sync(manager, actor, component, named, own);
      return { component, invited };
    });
    await this.invitations.tellInvited(component, invited, actor);
    return component;
  }

  async update(actor: Actor, id: string, input: ComponentFields): Promise<ComponentEntity> {
    const { saved, invited } = await this.dataSource.transaction(async (manager) => {
      const component = await this.lockForEdit(actor, id, manager);
      const own = actor.council!.code;
      const { maintainingCouncilCodes: named, ...values } = await this.checked(input, own);
      const key =
        values.url === component.url ? component.repositoryKey : repositoryKey(values.url);
      if (key && key !== component.repositoryKey)
        await this.refuseDuplicate(actor, key, manager, component.id);
      Object.assign(component, values, { repositoryKey: key, maintainedAt: new Date() });
      // Named councils maintain it only once they accept.
      const invited = await this.invitations.sync(manager, actor, component, named, own);
      const saved = await manager.getRepository(ComponentEntity).save(component);
      if (saved.status === 'PUBLISHED') await this.published(manager, saved.id, 'updated');
      return { saved, invited };
    });
    await this.invitations.tellInvited(saved, invited, actor);
    return saved;
  }

  publish(actor: Actor, id: string) {
    return this.transition(actor, id, 'PUBLISHED');
  }

  unpublish(actor: Actor, id: string) {
    return this.transition(actor, id, 'DRAFT');
  }

  /** A component the actor may read: published ones for everyone, drafts for their maintainers. */
  async get(actor: Actor, id: string): Promise<ComponentEntity> {
    if (!UUID.test(id)) throw componentNotFound();
    const component = await this.dataSource.getRepository(ComponentEntity).findOneBy({ id });
    if (!component || !this.canRead(actor, component)) throw componentNotFound();
    return component;
  }

  canRead(actor: Actor, component: ComponentEntity): boolean {
    return (
      component.status === 'PUBLISHED' ||
      this.policy.can(actor, {
        action: 'component.read-unpublished',
        councilCodes: component.maintainingCouncilCodes,
      })
    );
  }

  canEdit(actor: Actor, component: ComponentEntity): boolean {
    return this.policy.can(actor, {
      action: 'component.edit',
      councilCodes: component.maintainingCouncilCodes,
    });
  }

  /** Components a council maintains: published ones, and drafts for its own officers. */
  async maintainedBy(actor: Actor, councilCode: string): Promise<ComponentEntity[]> {
    const components = await this.dataSource
      .getRepository(ComponentEntity)
      .createQueryBuilder('component')
      .where(':code = ANY(component.maintainingCouncilCodes)', { code: councilCode })
      .orderBy('component.name', 'ASC')
      .take(200)
      .getMany();
    return components.filter((component) => this.canRead(actor, component));
  }

  /** The actor's council, once the policy allows it to add components. */
  async authorizeCreate(actor: Actor): Promise<string> {
    await this.policy.authorize(actor, {
      action: 'component.create',
      councilCode: actor.council?.code ?? '',
    });
    return actor.council!.code;
  }

  /**
   * Refuses a repository address that is published already (public) or that
   * the actor's council already has a component for. Other councils' drafts
   * do not count, so their existence is never revealed.
   */
  private async refuseDuplicate(
    actor: Actor,
    key: string,
    manager: EntityManager = this.dataSource.manager,
    exceptId?: string,
  ): Promise<void> {
    const { published, own } = await this.claims(actor, key, manager, exceptId);
    const names = published ? await this.maintainerNames(published) : '';
    const message = published
      ? `"${published.name}" is already in the catalogue for this repository, maintained by ${names}: record that your council uses it instead`
      : own
        ? 'Your council already has a component for this repository address: edit or re-import that one'
        : null;
    if (message) throw invalidComponent([{ field: 'url', message }]);
  }

  /** The published component and the actor's own for a repository (see repositoryClaims). */
  claims(actor: Actor, key: string, manager: EntityManager, exceptId?: string) {
    return repositoryClaims(manager, key, (component) => this.canEdit(actor, component), exceptId);
  }

  /** The maintaining councils' names, for messages. */
  maintainerNames(component: ComponentEntity): Promise<string> {
    return maintainerNames(this.councils, component);
  }

  /** Followers hear of it (issue 17): recorded in the same transaction as the change. */
  private async published(manager: EntityManager, id: string, change: 'new' | 'updated') {
    await this.events.record(manager, {
      type: 'content.published',
      contentType: 'component',
      id,
      change,
    });
  }

  private async transition(
    actor: Actor,
    id: string,
    to: 'DRAFT' | 'PUBLISHED',
  ): Promise<ComponentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const component = await this.lockForEdit(actor, id, manager);
      if (component.status === to)
        throw badComponentTransition(
          to === 'PUBLISHED'
            ? 'This component is already published.'
            : 'This component is already a draft.',
        );
      if (to === 'PUBLISHED' && component.repositoryKey) {
        const { published } = await this.claims(actor, component.repositoryKey, manager, id);
        if (published)
          throw alreadyPublished(published.name, await this.maintainerNames(published));
      }
      const before = component.status;
      const change = component.publishedAt ? 'updated' : 'new';
      component.status = to;
      if (to === 'PUBLISHED' && !component.publishedAt) component.publishedAt = new Date();
      const saved = await manager.getRepository(ComponentEntity).save(component);
      if (to === 'PUBLISHED') await this.published(manager, saved.id, change);
      await this.audit.record(
        {
          action: 'component.transition',
          outcome: 'success',
          target: { type: 'component', id },
          details: { from: before, to },
        },
        manager,
      );
      return saved;
    });
  }

  /** The component, locked for the transaction, when the actor may read it; NOT_FOUND otherwise. */
  async lockReadable(actor: Actor, id: string, manager: EntityManager): Promise<ComponentEntity> {
    if (!UUID.test(id)) throw componentNotFound();
    const component = await manager
      .getRepository(ComponentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!component || !this.canRead(actor, component)) throw componentNotFound();
    return component;
  }

  private async lockForEdit(
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<ComponentEntity> {
    const component = await this.lockReadable(actor, id, manager);
    await this.policy.authorize(actor, {
      action: 'component.edit',
      councilCodes: component.maintainingCouncilCodes,
    });
    return component;
  }

  /** Valid values to store, or every problem by field. */
  private async checked(input: ComponentFields, ownCouncilCode: string) {
    const { problems, licence } = checkComponent(input);
    const others = [
      ...new Set((input.maintainingCouncilCodes ?? []).map((code) => code.trim().toUpperCase())),
    ].filter((code) => code && code !== ownCouncilCode);
    if (others.length > MAX_CO_MAINTAINERS)
      problems.push({
        field: 'maintainingCouncilCodes',
        message: `Name at most ${MAX_CO_MAINTAINERS} other maintaining councils: each one is asked to confirm`,
      });
    const notCurrent = await this.councils.notCurrentCouncils(others.slice(0, MAX_CO_MAINTAINERS));
    if (notCurrent) problems.push({ field: 'maintainingCouncilCodes', message: notCurrent });
    if (problems.length > 0) throw invalidComponent(problems);
    const trimmed = (value: string | null | undefined) => value?.trim() || null;
    return {
      name: input.name.trim(),
      kind: input.kind,
      summary: input.summary.trim(),
      description: input.description ?? '',
      url: trimmed(input.url),
      licence: licence!,
      maturity: input.maturity,
      maintainingCouncilCodes: [ownCouncilCode, ...others],
      serviceAreas: [...new Set(input.serviceAreas ?? [])],
      technologies: [...new Set(input.technologies ?? [])],
      standards: [...new Set(input.standards ?? [])],
      features: (input.features ?? []).map((feature) => feature.trim()).filter(Boolean),
      documentationUrl: trimmed(input.documentationUrl),
      dependencies: (input.dependencies ?? []).map((dependency) => ({
        name: dependency.name.trim(),
        proprietary: Boolean(dependency.proprietary),
      })),
    };
  }
}
