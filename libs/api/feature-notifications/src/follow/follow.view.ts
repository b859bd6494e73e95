import type { FollowEntity } from './follow.entity';
import type { Follow } from './follow.object';
import { describeSearch, searchPath } from './follow.rules';
import type { FollowTarget } from './follow-target.service';

/** What a follow whose target is gone, or no longer visible to its follower, is called. */
export const UNAVAILABLE_TARGET = 'No longer available to you';

export function toFollow(entity: FollowEntity, target: FollowTarget | undefined): Follow {
  const named =
    entity.kind === 'SAVED_SEARCH' && entity.search
      ? { name: describeSearch(entity.search), url: searchPath(entity.search) }
      : (target ?? { name: UNAVAILABLE_TARGET, url: '' });
  return {
    id: entity.id,
    kind: entity.kind,
    targetId: entity.targetKey,
    name: named.name,
    url: named.url,
    digest: entity.digest,
    createdAt: entity.createdAt,
  };
}
