import type { ConcernOutcome, ExperienceConcernEntity } from './experience-concern.entity';

const HOUR = 3_600_000;

export interface ConcernView {
  id: string;
  experienceId: string;
  kind: string;
  details: string;
  raisedAt: Date;
  deadlineAt: Date | null;
  hoursLeft: number | null;
  overdue: boolean;
  outcome: ConcernOutcome | null;
}

/** A concern as moderators see it, with a complaint's hours left at `now`. */
export function toConcernView(concern: ExperienceConcernEntity, now: Date): ConcernView {
  const open = concern.outcome === null;
  const left = concern.deadlineAt ? concern.deadlineAt.getTime() - now.getTime() : null;
  return {
    id: concern.id,
    experienceId: concern.experienceId,
    kind: concern.kind,
    details: concern.details,
    raisedAt: concern.createdAt,
    deadlineAt: concern.deadlineAt,
    hoursLeft: left === null ? null : Math.max(0, Math.ceil(left / HOUR)),
    overdue: open && left !== null && left < 0,
    outcome: concern.outcome,
  };
}
