import { AuditService } from '@lgx/api/core/audit';
import { type Actor, PolicyService } from '@lgx/api/core/auth';
import { CouncilDirectory } from '@lgx/api/core/councils';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

import { CoMaintainerInvitationsService } from './co-maintainer-invitations.service';
import { ComponentEntity } from './component.entity';
import { checkComponent, type ComponentFields, repositoryKey } from './component-input';
import { maintainerNames, repositoryClaims } from './component-repository-claims';
import {
  alreadyInCatalogue,
  alreadyPublished,
  badComponentTransition,
  componentNotFound,
  importInputMissing,
  invalidComponent,
  urlFetchFailed,
  urlRefused,
} from './components.errors';
import { MAX_PUBLICCODE_BYTES, parsePubliccode, type PubliccodeVerdict } from './publiccode';
import { fetchRemoteFile, type RemoteFileOptions } from './remote-file';

/** At most `length` UTF-16 units, never ending on half of a surrogate pair (which PostgreSQL refuses). */
const cut = (text: string, length: number) =>
  text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface ImportOutcome {
  outcome: 'CREATED' | 'UPDATED' | 'INVALID';
  verdict: PubliccodeVerdict;
  component: ComponentEntity | null;
}

/** Every council named is emailed and asked, so one save asks a handful, not the register. */
const MAX_CO_MAINTAINERS = 20;

/** Where URL imports may fetch from; tests replace the address check, nothing else. */
export const REMOTE_FILE_OPTIONS = 'COMPONENTS_REMOTE_FILE_OPTIONS';
export const DEFAULT_REMOTE_FILE_OPTIONS: RemoteFileOptions = {
  timeoutMs: 5_000,
  maxBytes: MAX_PUBLICCODE_BYTES,
  maxRedirects: 3,
};

/** Components: writing, publishing, and importing from publiccode.yml. */
@Injectable()
export class ComponentsService {
  remoteFileOptions: RemoteFileOptions = DEFAULT_REMOTE_FILE_OPTIONS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly audit: AuditService,
    private readonly councils: CouncilDirectory,
    private readonly invitations: CoMaintainerInvitationsService,
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
      const invited = await this.invitations.sync(manager, actor, component, own, named);
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
      const invited = await this.invitations.sync(manager, actor, component, own, named);
      return { saved: await manager.getRepository(ComponentEntity).save(component), invited };
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

  /**
   * Imports a publiccode.yml, pasted (`content`) or uploaded (`fileBase64`, so
   * the bytes are checked as UTF-8). Invalid files change nothing and come back
   * with every problem; a file for a repository already in the catalogue
   * updates that component.
   */
  async importPubliccode(
    actor: Actor,
    source: { content?: string | null; fileBase64?: string | null },
  ): Promise<ImportOutcome> {
    await this.authorizeCreate(actor);
    const hasContent = typeof source.content === 'string' && source.content.trim() !== '';
    const hasFile = typeof source.fileBase64 === 'string' && source.fileBase64 !== '';
    if (hasContent === hasFile) throw importInputMissing();
    let bytes: Uint8Array | string;
    if (hasFile) {
      if (source.fileBase64!.length > Math.ceil((MAX_PUBLICCODE_BYTES * 4) / 3) + 4)
        return this.invalid(`The file is larger than ${MAX_PUBLICCODE_BYTES / 1024} KB`);
      bytes = Buffer.from(source.fileBase64!, 'base64');
    } else {
      bytes = source.content!;
    }
    return this.importVerdict(actor, parsePubliccode(bytes), null);
  }

  /** Fetches a publiccode.yml from a public address (never internal ones) and imports it. */
  async importFromUrl(actor: Actor, url: string): Promise<ImportOutcome> {
    await this.authorizeCreate(actor);
    let bytes: Buffer;
    try {
      bytes = await fetchRemoteFile(url.trim(), this.remoteFileOptions);
    } catch (error) {
      const reason = (error as { reason?: string }).reason;
      const message = (error as Error).message;
      if (reason === 'NOT_ALLOWED') throw urlRefused(message);
      if (reason === 'TIMEOUT') throw urlFetchFailed('URL_TIMEOUT', message.toLowerCase());
      if (reason === 'TOO_LARGE') throw urlFetchFailed('URL_TOO_LARGE', message.toLowerCase());
      throw urlFetchFailed('URL_FETCH_FAILED', message.replace(/^The address/, 'the address'));
    }
    return this.importVerdict(actor, parsePubliccode(bytes), url.trim());
  }

  private invalid(message: string): ImportOutcome {
    return {
      outcome: 'INVALID',
      component: null,
      verdict: { valid: false, version: null, errors: [{ path: '', message }], warnings: [] },
    };
  }

  private async importVerdict(
    actor: Actor,
    verdict: PubliccodeVerdict,
    sourceUrl: string | null,
  ): Promise<ImportOutcome> {
    if (!verdict.valid || !verdict.component)
      return { outcome: 'INVALID', verdict, component: null };
    const imported = verdict.component;
    const own = actor.council!.code;
    const fields = {
      name: cut(imported.name, 150),
      summary: imported.summary,
      description: imported.description,
      url: imported.repositoryUrl.startsWith('http')
        ? imported.repositoryUrl
        : (imported.landingUrl ?? null),
      licence: imported.licence,
      maturity: imported.maturity,
      features: imported.features.slice(0, 30).map((feature) => cut(feature, 200)),
      documentationUrl: imported.documentationUrl,
      dependencies: imported.dependencies.slice(0, 30).map((dependency) => ({
        name: cut(dependency.name, 100),
        proprietary: dependency.kind === 'proprietary',
      })),
      softwareVersion: imported.softwareVersion,
      releaseDate: imported.releaseDate,
      publiccodeVersion: verdict.version,
    };
    const key = repositoryKey(imported.repositoryUrl)!;
    const result = await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(ComponentEntity);
      const claims = await this.claims(actor, key, manager);
      // Another council's draft is private: it is neither found nor named here.
      const { published } = claims;
      if (published && !this.canEdit(actor, published))
        throw alreadyInCatalogue(published.name, await this.maintainerNames(published));
      const existing = published ?? claims.own;
      if (existing) {
        const { problems } = checkComponent({ ...existing, ...fields });
        if (problems.length > 0) return this.mappingProblems(verdict, problems);
        Object.assign(existing, fields, { maintainedAt: new Date() });
        return { outcome: 'UPDATED' as const, verdict, component: await repository.save(existing) };
      }
      const values = {
        ...fields,
        kind: 'OPEN_SOURCE_SOFTWARE',
        maintainingCouncilCodes: [own],
        serviceAreas: [],
        technologies: ['OPEN_SOURCE'],
        standards: [],
      };
      const { problems } = checkComponent(values);
      if (problems.length > 0) return this.mappingProblems(verdict, problems);
      const saved = await repository.save(
        repository.create({
          ...values,
          repositoryKey: key,
          status: 'DRAFT',
          maintainedAt: new Date(),
          createdBy: actor.userId ?? null,
        }),
      );
      return { outcome: 'CREATED' as const, verdict, component: saved };
    });
    if (result.component)
      await this.audit.record({
        action: 'component.import',
        outcome: 'success',
        target: { type: 'component', id: result.component.id },
        details: { outcome: result.outcome, version: verdict.version, fromUrl: sourceUrl !== null },
      });
    return result;
  }

  /** A valid file whose values do not fit our record (e.g. a name over 150 characters). */
  private mappingProblems(
    verdict: PubliccodeVerdict,
    problems: { field: string; message: string }[],
  ): ImportOutcome {
    return {
      outcome: 'INVALID',
      component: null,
      verdict: {
        ...verdict,
        valid: false,
        errors: problems.map((problem) => ({ path: problem.field, message: problem.message })),
      },
    };
  }

  private async authorizeCreate(actor: Actor): Promise<string> {
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

  private claims(actor: Actor, key: string, manager: EntityManager, exceptId?: string) {
    return repositoryClaims(manager, key, (component) => this.canEdit(actor, component), exceptId);
  }

  private maintainerNames(component: ComponentEntity): Promise<string> {
    return maintainerNames(this.councils, component);
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
      component.status = to;
      if (to === 'PUBLISHED' && !component.publishedAt) component.publishedAt = new Date();
      const saved = await manager.getRepository(ComponentEntity).save(component);
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

  private async lockForEdit(
    actor: Actor,
    id: string,
    manager: EntityManager,
  ): Promise<ComponentEntity> {
    if (!UUID.test(id)) throw componentNotFound();
    const component = await manager
      .getRepository(ComponentEntity)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!component || !this.canRead(actor, component)) throw componentNotFound();
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
