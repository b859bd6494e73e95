import type { CouncilDirectory } from '@lgx/api/core/councils';
import type { EntityManager } from 'typeorm';

import { ComponentEntity } from './component.entity';

/** Who holds a repository, as far as one person may know (decision 0013). */
export interface RepositoryClaims {
  /** The published component for the repository: public, so it may be named. */
  published?: ComponentEntity;
  /** A component the person may edit (their council's draft or published component). */
  own?: ComponentEntity;
}

/**
 * The claims on a repository. Other councils' drafts are private and claim
 * nothing, so they are never returned. In a transaction, work on the same
 * repository waits its turn (an advisory lock, and the rows locked).
 */
export async function repositoryClaims(
  manager: EntityManager,
  key: string,
  canEdit: (component: ComponentEntity) => boolean,
  exceptId?: string,
): Promise<RepositoryClaims> {
  const inTransaction = Boolean(manager.queryRunner?.isTransactionActive);
  if (inTransaction)
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`component:${key}`]);
  const components = await manager.getRepository(ComponentEntity).find({
    where: { repositoryKey: key },
    order: { createdAt: 'ASC' },
    ...(inTransaction ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  const candidates = components.filter((component) => component.id !== exceptId);
  return {
    published: candidates.find((component) => component.status === 'PUBLISHED'),
    own: candidates.find(canEdit),
  };
}

/** The names of a published component's maintaining councils, for a message. */
export async function maintainerNames(
  councils: CouncilDirectory,
  component: ComponentEntity,
): Promise<string> {
  const found = await councils.findByCodes(component.maintainingCouncilCodes);
  return found.map((council) => council.name).join(', ') || 'another council';
}
