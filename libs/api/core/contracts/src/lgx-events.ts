import type { EntityManager } from 'typeorm';

/** Published content that people may follow: what a `content.published` event names. */
export type EventContentType = 'case_study' | 'component' | 'supplier_experience' | 'contract';

/**
 * Something that happened that people may want to hear of (issue 17). An
 * event carries ids, never content or audiences: whoever is told is worked out
 * when telling, with each reader's permissions at that moment, so a draft, a
 * supplier experience or a private group's news never reaches someone who may
 * not see it.
 */
export type LgxEvent =
  /** A case study, component, supplier experience or public contract published, or changed once published. */
  | {
      type: 'content.published';
      contentType: EventContentType;
      id: string;
      change: 'new' | 'updated';
      /**
       * The record's version, when it has one (a contract's count of releases):
       * each version is told once, however often it is recorded.
       */
      version?: string;
    }
  /** A question asked of a council (about its case study or component). */
  | { type: 'question.asked'; questionId: string }
  /** An answer to a question. */
  | { type: 'question.answered'; questionId: string; answerId: string }
  /** A procurement group moved stage, gained a council or shared a document. */
  | {
      type: 'group.changed';
      groupId: string;
      change: 'stage' | 'joined' | 'document';
      /** The new stage, the council that joined or the document shared. */
      subjectId: string;
    }
  /**
   * The renewal radar has something new for a council: a contract of theirs
   * ending soon, and the open group it matches, when there is one.
   */
  | { type: 'radar.suggestion'; councilCode: string; ocid: string; groupId?: string }
  /**
   * A case study's check-in (6, 12 or 24 months after it went live) is due:
   * its councils' editors and admins are asked for the measured actuals.
   */
  | { type: 'case-study.actuals-due'; caseStudyId: string; checkInMonths: number };

/**
 * Where features record events: in the caller's transaction, so an event is
 * delivered when (and only when) the change it tells of commits, and never
 * lost if a process dies after the commit. The job queue provides it
 * (core/jobs); notifications consume what it records.
 */
export abstract class LgxEvents {
  abstract record(manager: EntityManager, events: LgxEvent | readonly LgxEvent[]): Promise<void>;
}
