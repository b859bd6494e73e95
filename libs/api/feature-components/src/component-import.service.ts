import { AuditService } from '@lgx/api/core/audit';
import type { Actor } from '@lgx/api/core/auth';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

import { ComponentEntity } from './component.entity';
import {
  alreadyInCatalogue,
  importInputMissing,
  urlFetchFailed,
  urlRefused,
} from './component.errors';
import { checkComponent, repositoryKey } from './component.rules';
import { ComponentService } from './component.service';
import { MAX_PUBLICCODE_BYTES, parsePubliccode, type PubliccodeVerdict } from './publiccode';
import { fetchRemoteFile, type RemoteFileOptions } from './remote-file';

/** At most `length` UTF-16 units, never ending on half of a surrogate pair (which PostgreSQL refuses). */
const cut = (text: string, length: number) =>
  text.slice(0, /[\uD800-\uDBFF]/.test(text.charAt(length - 1)) ? length - 1 : length);

export interface ImportOutcome {
  outcome: 'CREATED' | 'UPDATED' | 'INVALID';
  verdict: PubliccodeVerdict;
  component: ComponentEntity | null;
}

/** Where URL imports may fetch from; tests replace the address check, nothing else. */
export const REMOTE_FILE_OPTIONS = 'COMPONENTS_REMOTE_FILE_OPTIONS';
export const DEFAULT_REMOTE_FILE_OPTIONS: RemoteFileOptions = {
  timeoutMs: 5_000,
  maxBytes: MAX_PUBLICCODE_BYTES,
  maxRedirects: 3,
};

/** Components from a publiccode.yml: pasted, uploaded or fetched from a public address. */
@Injectable()
export class ComponentImportService {
  remoteFileOptions: RemoteFileOptions = DEFAULT_REMOTE_FILE_OPTIONS;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly components: ComponentService,
  ) {}

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
    await this.components.authorizeCreate(actor);
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
    await this.components.authorizeCreate(actor);
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

  /** A file refused before it is read. */
  private invalid(message: string): ImportOutcome {
    return {
      outcome: 'INVALID',
      component: null,
      verdict: { valid: false, version: null, errors: [{ path: '', message }], warnings: [] },
    };
  }

  /** A valid file creates a draft of the actor's council, or updates the component it may edit. */
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
      const claims = await this.components.claims(actor, key, manager);
      // Another council's draft is private: it is neither found nor named here.
      const { published } = claims;
      if (published && !this.components.canEdit(actor, published))
        throw alreadyInCatalogue(published.name, await this.components.maintainerNames(published));
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
}
