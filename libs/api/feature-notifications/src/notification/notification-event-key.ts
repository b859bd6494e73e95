import type { LgxEvent } from '@lgx/api/core/contracts';
import { GROUP_STAGES, labelOf } from '@lgx/shared/domain';

/** One day, in milliseconds: updates of one record within a day are one notification. */
const DAY_MS = 86_400_000;

/**
 * The key that makes delivering an event idempotent per account. An event
 * that names its own version (a contract's) is told once per version, and a
 * radar suggestion of a group once per council and group, however many jobs
 * record them. Otherwise, with the job's own id (the queue passes it), every
 * retry of one job has one key. Without it the key comes from the event: a
 * record is new once, a question asked once, an answer given once; an update
 * counts once per record per day.
 */
export function eventKeyOf(event: LgxEvent, eventId?: string, now = Date.now()): string {
  const own = ownKeyOf(event);
  if (own) return own;
  if (eventId) return `${event.type}:job:${eventId}`;
  switch (event.type) {
    case 'content.published': {
      const base = `${event.type}:${event.contentType}:${event.id}:${event.change}`;
      return event.change === 'new' ? base : `${base}:${Math.floor(now / DAY_MS)}`;
    }
    case 'question.asked':
      return `${event.type}:${event.questionId}`;
    case 'question.answered':
      return `${event.type}:${event.answerId}`;
    case 'group.changed':
      return `${event.type}:${event.groupId}:${event.change}:${event.subjectId}`;
    case 'radar.suggestion':
      return `${event.type}:${event.councilCode}:${event.ocid}`;
    case 'case-study.actuals-due':
      return `${event.type}:${event.caseStudyId}:${event.checkInMonths}`;
  }
}

/** The key an event carries in itself, whatever job records it; null when it has none. */
function ownKeyOf(event: LgxEvent): string | null {
  if (event.type === 'content.published' && event.version)
    return `${event.type}:${event.contentType}:${event.id}:version:${event.version}`;
  // Each check-in is asked for once, whichever job records it.
  if (event.type === 'case-study.actuals-due')
    return `${event.type}:${event.caseStudyId}:${event.checkInMonths}`;
  if (event.type === 'radar.suggestion' && event.groupId)
    return `${event.type}:${event.councilCode}:group:${event.groupId}`;
  return null;
}

/** What happened to a group, in words for a notification's title. */
export function groupChangeWords(
  change: 'stage' | 'joined' | 'document',
  subjectId: string,
  councilName?: string,
): string {
  switch (change) {
    case 'stage':
      return `moved to the ${(labelOf(GROUP_STAGES, subjectId) ?? subjectId).toLowerCase()} stage`;
    case 'joined':
      return `${councilName ?? 'a council'} joined`;
    case 'document':
      return 'a document was shared';
  }
}
